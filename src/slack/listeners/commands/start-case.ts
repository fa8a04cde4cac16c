import { asks } from "../../../core/access.ts";
import { progressOf } from "../../../core/interview/case-state.ts";
import { CaseRef } from "../../../core/records.ts";
import { holdTurn } from "../../../conversation/hold-turn.ts";
import { bindThread, getLive } from "../../../conversation/live.ts";
import { closeTurn } from "../../../conversation/move-on.ts";
import { showCurrent } from "../../../conversation/moves.ts";
import { frameworkOf } from "../../../service/framework-version.ts";
import { attachThread, openCase, setPaused, startCase, type OpenCase } from "../../../service/cases.ts";
import { buildRootMessage } from "../../blocks/case-root.ts";
import { mention } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";
import { slackConversation } from "../../thread/transport.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck case D07 @manager`: opens the case's thread and asks its first question; for a
 * case already open, brings its current question to the bottom of its thread (and un-pauses it). */
export async function startCaseThread(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "case" }>): Promise<void> {
  const here = await inspectionHere(ctx, where, "start_case");
  if (!here) return;
  const ref = CaseRef.safeParse(command.ref);
  if (!ref.success) return tell(ctx, where, `\`${command.ref}\`: ${ref.error.issues[0]!.message}.`);
  const { store } = ctx.deps;
  const existing = await openCase(store, here.inspection, ref.data);
  // inspectionHere has checked this is the inspection's channel: a thread elsewhere was left
  // behind when the inspection moved, and the case carries on in a new thread here.
  if (existing.ok && existing.kase.thread?.channel === where.channel) return carryOn(ctx, where, existing);
  if (existing.ok && existing.kase.thread) await leaveOldThread(ctx, existing, where.channel);

  const found = await frameworkOf(store, here.record);
  if (!found.ok) return tellFailure(ctx, where, found.error);
  const { framework } = found;
  const manager = command.manager ?? (existing.ok ? existing.kase.manager : undefined);
  // The root message first: its ts is the thread, stored with the case. (A case imported
  // from CSV has answers already, and its thread starts from them.)
  const draft = {
    inspection: here.inspection,
    ref: ref.data,
    createdAt: ctx.deps.now(),
    createdBy: where.user,
    skipped: [],
    paused: false,
    ...(manager ? { manager } : {}),
  };
  const progress = progressOf(framework, existing.ok ? existing.answers : {});
  const root = await ctx.client.chat.postMessage({ channel: where.channel, ...buildRootMessage({ kase: draft, progress, flags: [] }) });
  const thread = { channel: where.channel, ts: root.ts! };
  // Two people opening the same case at once get one thread: the second root message goes.
  // (Claimed after posting, so a post Slack refused does not block trying again; per channel,
  // so a case left behind by an inspection that moved can open again in its new channel.)
  if (!(await store.claim(`slack-start:${here.inspection}:${ref.data}:${where.channel}`, 10 * 60_000))) {
    await ctx.client.chat.delete({ channel: thread.channel, ts: thread.ts });
    return tell(ctx, where, `Case ${ref.data} has just been opened by someone else; its thread is in this channel.`);
  }
  if (existing.ok) await attachThread(store, existing.kase, thread, manager);
  else {
    const started = await startCase(store, { inspection: here.inspection, ref: ref.data, manager, by: where.user, at: ctx.deps.now(), thread });
    if (!started.ok) return tellFailure(ctx, where, started.error);
  }
  await bindThread(store, thread.channel, thread.ts, { inspection: here.inspection, ref: ref.data });

  const open = await openCase(store, here.inspection, ref.data);
  if (!open.ok) return tellFailure(ctx, where, open.error);
  const shown = await showCurrent(slackConversation(ctx), open, "");
  if (shown && manager) await welcomeManager(ctx, open, manager);
}

/** Tells the case manager, in the thread and in a direct message, that the factual questions
 * wait for them: a case manager between visits sees it without watching the channel. */
async function welcomeManager(ctx: Ctx, open: OpenCase, manager: string): Promise<void> {
  const theirs = progressOf(open.framework, open.answers, asks("case_manager"));
  const waiting = theirs.total - theirs.answered;
  if (!waiting || !open.kase.thread) return;
  const questions = `${waiting} factual ${waiting === 1 ? "question" : "questions"} about case ${open.kase.ref} ${waiting === 1 ? "waits" : "wait"} for you`;
  await ctx.client.chat.postMessage({
    channel: open.kase.thread.channel,
    thread_ts: open.kase.thread.ts,
    text: `${mention(manager)}, ${questions} here (the case profile). Press the buttons, or type your answer as a reply.`,
  });
  // Only a mention works for a name typed instead of a Slack user.
  if (!/^[UW][A-Z0-9]+$/.test(manager)) return;
  try {
    await ctx.client.chat.postMessage({
      channel: manager,
      text: `${questions} in its thread in <#${open.kase.thread.channel}>. Answer there with the buttons or a reply; your App Home lists everything waiting for you.`,
    });
  } catch (error) {
    // The thread has the same message; a direct message Slack refuses is not worth failing for.
    ctx.deps.logger.warn({ err: error, manager }, "could not send the case manager a direct message");
  }
}

/** Ends the live question of a thread the inspection has left, pointing to the new channel. */
async function leaveOldThread(ctx: Ctx, open: OpenCase, channel: string): Promise<void> {
  const conv = slackConversation(ctx);
  const live = await getLive(ctx.deps.store, open.kase.inspection, open.kase.ref);
  await holdTurn(conv, open.kase.inspection, open.kase.ref, live.turn, (now) => closeTurn(conv, open, now, `Moved to <#${channel}>.`), live);
}

async function carryOn(ctx: Ctx, where: Where, open: OpenCase): Promise<void> {
  const resumed = open.kase.paused ? await setPaused(ctx.deps.store, open, false) : open;
  const shown = await showCurrent(slackConversation(ctx), resumed, "Moved to the bottom of the thread.");
  if (!shown) return tell(ctx, where, `Case ${open.kase.ref} is moving on already.`);
  await tell(
    ctx,
    where,
    shown.kind === "complete" ? `Case ${open.kase.ref} is complete; its thread has the details.` : `Case ${open.kase.ref} carries on in its thread.`,
  );
}
