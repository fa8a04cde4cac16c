import fc from "fast-check";
import { ACTIONS, VIEWS } from "../../src/slack/ids.ts";
import { BOT } from "./fake-slack.ts";
import { blockActions, eventCallback, slashCommand, viewSubmission, type SlackBody } from "./slack-payloads.ts";

/** Requests Slack would never send us, but a broken client, a replay or an attacker with the
 * signing secret could: malformed bodies, missing fields, garbage values, oversized strings.
 * `known` names things that exist, so garbage also points at real inspections and cases. */
export interface Known {
  inspection: string;
  caseRef: string;
  channel: string;
  /** The case's thread, and its message with live buttons. */
  thread: string;
  message: string;
  questions: string[];
}

/** A Slack user id no test gives a role: whatever they send, nothing may be stored. */
export const outsider = fc.stringMatching(/^UX[A-Z0-9]{1,10}$/);
const text = fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ minLength: 3_000, maxLength: 6_000 }));
const anything = fc.anything({ maxDepth: 2 });
/** An object with some of its fields dropped or replaced by garbage. */
const mangled = <T extends Record<string, unknown>>(value: T) =>
  fc.tuple(fc.subarray(Object.keys(value)), fc.dictionary(fc.constantFrom(...Object.keys(value)), anything, { maxKeys: 2 })).map(([drop, junk]) => {
    const out: Record<string, unknown> = { ...value, ...junk };
    for (const k of drop) delete out[k];
    return out;
  });

const form = (fields: Record<string, string>): SlackBody => ({
  body: new URLSearchParams(fields).toString(),
  contentType: "application/x-www-form-urlencoded",
});

export function slashCommands(known: Known): fc.Arbitrary<SlackBody> {
  const words = fc.oneof(
    text,
    fc
      .constantFrom("case", "ask", "summary", "status", "export", "role", "history", "help", "case <@>", "role <@U1> boss")
      .chain((w) => text.map((t) => `${w} ${t}`)),
  );
  const good = fc
    .record({ user: outsider, channel: fc.constantFrom(known.channel, "C0NOWHERE"), text: words })
    .map(({ user, channel, text }) => slashCommand(user, channel, text));
  // Missing or junk fields, parsed back from a real command.
  const broken = good
    .chain((request) => mangled(Object.fromEntries(new URLSearchParams(request.body))))
    .map((fields) => form(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === "string" ? v : (JSON.stringify(v) ?? "")]))));
  // `new` in a channel with no inspection is a real request that starts one; garbage never is.
  return fc.oneof(good, broken).filter((request) => !/^\s*new\b/i.test(new URLSearchParams(request.body).get("text") ?? ""));
}

export function buttonValues(known: Known): fc.Arbitrary<string | undefined> {
  const ours = fc.record({
    i: fc.oneof(fc.constant(known.inspection), fc.string()),
    c: fc.oneof(fc.constant(known.caseRef), fc.string()),
    q: fc.oneof(fc.constantFrom(...known.questions), fc.string()),
    n: fc.oneof(fc.nat({ max: 5 }), fc.integer(), fc.double()),
    v: fc.option(fc.oneof(fc.constantFrom("yes", "no", "na", "custody"), text), { nil: undefined }),
  });
  return fc.oneof(
    fc.constant(undefined),
    text,
    anything.map((v) => JSON.stringify(v)),
    ours.map((v) => JSON.stringify(v)),
    ours.chain(mangled).map((v) => JSON.stringify(v)),
  );
}

export function blockActionsRequests(known: Known): fc.Arbitrary<SlackBody> {
  const actionId = fc.oneof(fc.constantFrom(...Object.values(ACTIONS), "answer:yes", "answer:custody"), fc.string());
  const message = { channel: known.channel, ts: known.message, thread_ts: known.thread, blocks: [] };
  const click = fc
    .record({
      user: outsider,
      action: actionId,
      value: buttonValues(known),
      state: fc.oneof(fc.constant({}), fc.dictionary(fc.string(), anything, { maxKeys: 2 })),
    })
    .map(({ user, action, value, state }) =>
      blockActions(user, message, { action_id: action, block_id: "answer", value, text: { type: "plain_text", text: "x" } }, state as Record<string, unknown>),
    );
  const mangledPayload = click
    .chain((request) => mangled(JSON.parse(new URLSearchParams(request.body).get("payload")!)))
    .map((payload) => form({ payload: JSON.stringify(payload) }));
  const badJson = fc.string().map((raw) => form({ payload: `{${raw}` }));
  return fc.oneof(click, mangledPayload, badJson);
}

export function viewSubmissions(known: Known): fc.Arbitrary<SlackBody> {
  const meta = fc.oneof(
    text,
    fc
      .record({
        i: fc.oneof(fc.constant(known.inspection), fc.string()),
        c: fc.oneof(fc.constant(known.caseRef), fc.string()),
        f: fc.constantFrom("sqs-youth-2016", "nope"),
        ch: fc.constant(known.channel),
      })
      .map((m) => JSON.stringify(m)),
  );
  const input = (id: string, value: fc.Arbitrary<string>) =>
    value.map((v) => ({ [id]: { [id]: { type: "plain_text_input", value: v, selected_option: { value: v } } } }));
  const values = fc
    .tuple(
      input("question", fc.oneof(fc.constantFrom(...known.questions), fc.string())),
      input("value", fc.oneof(fc.constantFrom("yes", "no"), text)),
      input("reason", text),
      input("note", text),
    )
    .map((parts) => Object.assign({}, ...parts));
  return fc
    .record({ user: outsider, callback: fc.oneof(fc.constantFrom(...Object.values(VIEWS)), fc.string()), meta, values, id: fc.string(), hash: fc.string() })
    .map(({ user, callback, meta, values, id, hash }) => viewSubmission(user, { callback_id: callback, private_metadata: meta, id, hash }, values));
}

export function events(known: Known): fc.Arbitrary<SlackBody> {
  const type = fc.oneof(fc.constantFrom("app_mention", "message", "app_home_opened", "reaction_added", "member_joined_channel"), fc.string());
  const event = fc.record(
    {
      type,
      user: outsider,
      text,
      channel: fc.constantFrom(known.channel, "C0NOWHERE"),
      ts: fc.constant("1800000000.000100"),
      thread_ts: fc.constantFrom(known.thread, "1.1"),
      tab: fc.constantFrom("home", "messages"),
      parent_user_id: fc.constant(BOT.user_id),
    },
    { requiredKeys: ["type"] },
  );
  const callback = fc.tuple(event, fc.string({ minLength: 1 })).map(([e, id]) => eventCallback("app-mention", e, `EvX${id}`));
  const noEvent = fc
    .record({ type: fc.constantFrom("event_callback", "zzz"), event_id: fc.string() }, { requiredKeys: [] })
    .map((b) => ({ body: JSON.stringify(b), contentType: "application/json" }));
  const badJson = fc.string().map((raw) => ({ body: `{"type":"event_callback",${raw}`, contentType: "application/json" }));
  return fc.oneof(callback, noEvent, badJson);
}
