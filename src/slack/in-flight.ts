import type { App, Receiver, ReceiverEvent } from "@slack/bolt";
import type { Logger } from "pino";

/** Wraps a receiver to count the requests being processed, so `stop()` can let an answer that
 * is being stored finish before the store closes (and tests can wait for the work that
 * continues after Slack has been acknowledged). It also answers what no listener took (an
 * unknown action, a malformed payload): Bolt would otherwise hold such a request for 3 seconds
 * and then fail it, and an error thrown on a bad payload would become a 500. */
export class InFlightReceiver implements Receiver {
  private count = 0;
  private waiters: Array<() => void> = [];

  constructor(
    readonly inner: Receiver,
    private readonly logger: Logger,
  ) {}

  init(app: App): void {
    // The receivers call only processEvent on the app they are given.
    this.inner.init({ processEvent: (event: ReceiverEvent) => this.track(() => this.process(app, event)) } as unknown as App);
  }

  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }

  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }

  /** Resolves once no request is being processed. */
  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  private async process(app: App, event: ReceiverEvent): Promise<void> {
    let acked = false;
    const ack = event.ack;
    const tracked: ReceiverEvent = { ...event, ack: (response?: unknown) => ((acked = true), ack(response)) };
    try {
      await app.processEvent(tracked);
    } catch (error) {
      this.logger.warn({ err: error, type: event.body?.type }, "a Slack request could not be processed");
      if (acked) return;
    }
    // Every listener acknowledges first, so a request still open here was not ours.
    if (!acked) {
      this.logger.debug({ type: event.body?.type }, "acknowledged a Slack request no listener handled");
      await ack().catch(() => {});
    }
  }

  private async track(work: () => Promise<void>): Promise<void> {
    this.count++;
    try {
      await work();
    } finally {
      this.count--;
      if (this.count === 0) this.waiters.splice(0).forEach((resolve) => resolve());
    }
  }
}
