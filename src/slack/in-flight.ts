import type { App, Receiver, ReceiverEvent } from "@slack/bolt";

/** Wraps a receiver to count the requests being processed, so `stop()` can let an answer that
 * is being stored finish before the store closes (and tests can wait for the work that
 * continues after Slack has been acknowledged). */
export class InFlightReceiver implements Receiver {
  private count = 0;
  private waiters: Array<() => void> = [];

  constructor(readonly inner: Receiver) {}

  init(app: App): void {
    // The receivers call only processEvent on the app they are given.
    this.inner.init({ processEvent: (event: ReceiverEvent) => this.track(() => app.processEvent(event)) } as unknown as App);
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
