import { createHmac } from "node:crypto";
import pino from "pino";
import { loadConfig, type Config } from "../../src/config.ts";
import { createSlackApp, type SlackApp } from "../../src/slack/app.ts";
import type { ModelParser } from "../../src/llm/parse-query.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { BOT, FakeSlack, type FakeMessage, type SlackJson } from "./fake-slack.ts";
import { blockActions, eventCallback, slashCommand, viewSubmission, type ClickedButton, type SlackBody } from "./slack-payloads.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const CHANNEL = "C0INSPECT";

/** Signs a body as Slack does: v0 HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function sign(body: string, secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
}

/** What a test may bring instead of the defaults; what it brings, it also closes. */
export interface TestBedOptions {
  /** Share one fake Slack between app instances. */
  slack?: FakeSlack;
  /** Another store: a Redis shared by instances, or one that fails on purpose. */
  store?: Store;
  model?: ModelParser;
  now?: () => string;
  /** Settings beyond the defaults (TZ_DEFAULT, SUMMARY_POST_TIME). */
  config?: Partial<Config>;
}

/** A clock that moves a second per reading, so audit entries sort in the order things happened. */
export function testClock(): () => string {
  let seconds = 0;
  return () => new Date(Date.UTC(2026, 0, 5, 9, 0, seconds++)).toISOString();
}

/** The real Bolt app over HTTP on a free port, its Web API pointed at a fake Slack, a memory
 * store, and a log kept in memory: everything an end-to-end test needs, nothing mocked. */
export class SlackTestBed {
  private constructor(
    readonly slack: FakeSlack,
    readonly store: Store,
    readonly app: SlackApp,
    readonly url: string,
    /** Everything the app logged, as pino's JSON lines. */
    readonly logs: Array<Record<string, SlackJson>>,
    readonly now: () => string,
    private readonly owned: { slack: boolean; store: boolean },
  ) {}

  static async start(options: TestBedOptions = {}): Promise<SlackTestBed> {
    const slack = options.slack ?? (await new FakeSlack().start());
    const store = options.store ?? (await openStore("memory://"));
    const logs: Array<Record<string, SlackJson>> = [];
    const logger = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.url,
      PORT: "0",
      STORE_URL: "memory://",
    });
    const now = options.now ?? testClock();
    // Reminders and scheduled posts run only when a test steps them (bed.app.tick()).
    const app = createSlackApp({ config: { ...config, ...options.config }, store, logger, now, model: options.model, ticker: false });
    const port = await app.start();
    return new SlackTestBed(slack, store, app, `http://127.0.0.1:${port}/slack/events`, logs, now, { slack: !options.slack, store: !options.store });
  }

  async stop(): Promise<void> {
    await this.app.stop();
    if (this.owned.slack) await this.slack.stop();
    if (this.owned.store) await this.store.close();
  }

  /** Sends a signed request and waits until the app has finished the work it does after acking;
   * `ms` is how long the app took to answer the request itself (Slack allows 3 seconds). */
  async send({ body, contentType }: SlackBody, headers: Record<string, string> = sign(body)): Promise<{ status: number; text: string; ms: number }> {
    const started = performance.now();
    const response = await fetch(this.url, { method: "POST", headers: { "content-type": contentType, ...headers }, body });
    const text = await response.text();
    const ms = performance.now() - started;
    await this.app.idle();
    return { status: response.status, text, ms };
  }

  command(user: string, text: string, channel = CHANNEL) {
    return this.send(slashCommand(user, channel, text, this.slack.responseUrl()));
  }

  event(name: Parameters<typeof eventCallback>[0], event: Record<string, unknown>, options: { eventId?: string; retryNum?: number } = {}) {
    const request = eventCallback(name, event, options.eventId);
    const retry: Record<string, string> = options.retryNum ? { "x-slack-retry-num": String(options.retryNum), "x-slack-retry-reason": "http_timeout" } : {};
    return this.send(request, { ...sign(request.body), ...retry });
  }

  reply(user: string, thread: string, text: string, options: { eventId?: string; channel?: string; retryNum?: number } = {}) {
    return this.event("message.thread-reply", { user, text, thread_ts: thread, ts: this.slack.nextTs(), channel: options.channel ?? CHANNEL }, options);
  }

  mention(user: string, text: string, options: { thread?: string; channel?: string; eventId?: string } = {}) {
    const ts = this.slack.nextTs();
    return this.event(
      "app-mention",
      { user, text: `<@${BOT.user_id}> ${text}`, ts, channel: options.channel ?? CHANNEL, ...(options.thread ? { thread_ts: options.thread } : {}) },
      options,
    );
  }

  /** Clicks the button of `message` that `pick` chooses (by its text or decoded value). */
  click(user: string, message: FakeMessage, pick: (button: ClickedButton & { decoded?: SlackJson }) => boolean, state: Record<string, unknown> = {}) {
    return this.send(this.clickRequest(user, message, pick, state));
  }

  /** The request a click sends, to send to more than one instance. */
  clickRequest(
    user: string,
    message: FakeMessage,
    pick: (button: ClickedButton & { decoded?: SlackJson }) => boolean,
    state: Record<string, unknown> = {},
  ): SlackBody {
    const button = buttonsOf(message).find(pick);
    if (!button)
      throw new Error(
        `no such button in: ${buttonsOf(message)
          .map((b) => b.text.text)
          .join(", ")}`,
      );
    const { decoded: _decoded, ...clicked } = button;
    return blockActions(user, message, clicked, state, this.slack.responseUrl());
  }

  submit(user: string, view: { callback_id: string; private_metadata?: string; id?: string; hash?: string }, values: Record<string, Record<string, unknown>>) {
    return this.send(viewSubmission(user, view, values));
  }

  /** The root message of a case thread, found by its case ref. */
  root(ref: string): FakeMessage {
    const found = this.slack.messages.find((m) => !m.thread_ts && m.text?.startsWith(`Case ${ref}:`));
    if (!found) throw new Error(`no root message for case ${ref}`);
    return found;
  }

  /** The last message in a case thread that still has answer buttons (the live question). */
  liveQuestion(ref: string): FakeMessage | undefined {
    const root = this.root(ref);
    return this.slack
      .thread(root.channel, root.ts)
      .filter((m) => m.blocks?.some((b: SlackJson) => b.block_id === "answer" || b.block_id === "choices"))
      .at(-1);
  }
}

/** A button's value as JSON when it is (case buttons), otherwise as it is (reminder buttons). */
function decoded(value: string | undefined): SlackJson {
  try {
    return value ? JSON.parse(value) : undefined;
  } catch {
    return value;
  }
}

/** Every button in a message, with its value decoded. */
export function buttonsOf(message: FakeMessage): Array<ClickedButton & { decoded?: SlackJson }> {
  return (message.blocks ?? [])
    .filter((b: SlackJson) => b.type === "actions")
    .flatMap((b: SlackJson) =>
      b.elements
        .filter((e: SlackJson) => e.type === "button")
        .map((e: SlackJson) => ({ action_id: e.action_id, block_id: b.block_id, value: e.value, text: e.text, decoded: decoded(e.value) })),
    );
}

export const PEOPLE = { lead: "U0LEAD", inspector: "U0INSP", caseManager: "U0SAM", otherCaseManager: "U0KIM", manager: "U0MGR", stranger: "U0NOBODY" } as const;

/** An inspection bound to CHANNEL with a lead, an inspector and a manager, set up through the
 * slash command as people would. */
export async function setUpInspection(bed: SlackTestBed, id = "dorset-2016"): Promise<void> {
  await bed.command(PEOPLE.lead, `new ${id} Dorset Combined YOS`);
  await bed.command(PEOPLE.lead, `role <@${PEOPLE.inspector}|insp> inspector`);
  await bed.command(PEOPLE.lead, `role <@${PEOPLE.manager}|mgr> manager`);
  await bed.command(PEOPLE.lead, `role <@${PEOPLE.otherCaseManager}|kim> case_manager`);
}

/** Answers the live question of a case by its button, as `user`. */
export async function clickAnswer(bed: SlackTestBed, ref: string, value: string, user: string = PEOPLE.inspector) {
  const live = bed.liveQuestion(ref);
  if (!live) throw new Error(`case ${ref} has no live question`);
  return bed.click(user, live, (b) => b.decoded?.v === value);
}

/** The question id the live message of a case asks. */
export function liveQuestionId(bed: SlackTestBed, ref: string): string | undefined {
  const live = bed.liveQuestion(ref);
  return live && buttonsOf(live)[0]?.decoded?.q;
}
