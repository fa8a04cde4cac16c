import type { Action } from "../../core/access.ts";
import { progressOf } from "../../core/interview/case-state.ts";
import type { Prompt } from "../../core/interview/interview.ts";
import { getLive } from "../../conversation/live.ts";
import { backTurn, pauseTurn, settleAfterChange, showCurrent, skipTurn } from "../../conversation/moves.ts";
import { threadPrompt } from "../../conversation/move-on.ts";
import { answerTurn, type Move } from "../../conversation/turn.ts";
import { openCase, setPaused, startCase, type OpenCase } from "../../service/cases.ts";
import type { Here } from "../../service/channel.ts";
import { giveAnswer } from "../../service/give-answer.ts";
import { promptAt } from "../../service/navigate.ts";
import { addNote } from "../../service/notes.ts";
import type { Failure } from "../../service/result.ts";
import { progressLine, renderPrompt } from "./render.ts";
import type { ShellDeps, ShellState } from "./session.ts";
import { shellConversation } from "./transport.ts";

type HereFn = (action?: Action) => Promise<({ ok: true } & Here & { lines: string[] }) | { ok: false; lines: string[] }>;

/** The case commands of the shell: each is the same move of the conversation layer as the
 * Slack button or reply, over a transport that prints. */
export function caseCommands(deps: ShellDeps, state: ShellState, here: HereFn) {
  const conversation = () => shellConversation(deps.store, deps.now);

  /** The case in hand, the person acting on it and where its conversation stands. */
  const current = async (): Promise<{ ok: true; move: Move } | { ok: false; lines: string[] }> => {
    const found = await here();
    if (!found.ok) return found;
    if (!state.caseRef) return { ok: false, lines: ["Start a case first: `case D07`."] };
    const [open, live] = await Promise.all([openCase(deps.store, found.inspection, state.caseRef), getLive(deps.store, found.inspection, state.caseRef)]);
    if (!open.ok) return { ok: false, lines: [open.error.message] };
    const { ok: _ok, ...kase } = open;
    return { ok: true, move: { open: kase, actor: { user: deps.user, role: found.role }, live, turn: live.turn, question: live.question ?? "" } };
  };
  const said = (error: Failure) => [error.message];
  /** What the person sees after a move: the conversation's next question, or, when everything
   * they are asked is done, their own end of the case. */
  const shown = (printed: string[], mine?: Prompt) => (mine?.kind === "complete" ? renderPrompt(mine) : printed);

  const commands: Record<string, (rest: string) => Promise<string[]>> = {
    case: async (rest) => {
      const found = await here("start_case");
      if (!found.ok) return found.lines;
      const [ref = "", ...manager] = rest.trim().split(/\s+/);
      const started = await startCase(deps.store, {
        inspection: found.inspection,
        ref,
        manager: manager.join(" ") || undefined,
        by: deps.user,
        at: deps.now(),
      });
      if (!started.ok) return said(started.error);
      state.caseRef = started.kase.ref;
      const open = await openCase(deps.store, found.inspection, started.kase.ref);
      if (!open.ok) return said(open.error);
      const resumed = open.kase.paused ? await setPaused(deps.store, open, false) : open;
      const conv = conversation();
      const prompt = await showCurrent(conv, resumed, "Moved on in the shell.");
      const intro = started.created ? `Started case ${started.kase.ref}.` : `Carrying on with case ${started.kase.ref}.`;
      if (!prompt) return [intro, `Case ${started.kase.ref} is moving on already; try again.`];
      return [intro, ...conv.printed];
    },
    back: async () => {
      const at = await current();
      if (!at.ok) return at.lines;
      const conv = conversation();
      const moved = await backTurn(conv, at.move);
      return moved.ok ? conv.printed : said(moved.error);
    },
    skip: async () => {
      const at = await current();
      if (!at.ok) return at.lines;
      if (!at.move.live.question) return ["There is no question to skip."];
      const conv = conversation();
      const moved = await skipTurn(conv, at.move);
      return moved.ok ? ["Skipped for now; it comes back at the end.", ...conv.printed] : said(moved.error);
    },
    pause: async () => {
      const at = await current();
      if (!at.ok) return at.lines;
      const paused = await pauseTurn(conversation(), at.move);
      if (!paused.ok) return said(paused.error);
      const { open } = paused;
      return [`Paused case ${open.kase.ref} at ${progressLine(progressOf(open.framework, open.answers))}. Type \`case ${open.kase.ref}\` to carry on.`];
    },
    note: async (rest) => {
      const at = await current();
      if (!at.ok) return at.lines;
      const noted = await addNote(deps.store, at.move.open, at.move.actor, { onScreen: at.move.live.question, note: rest, at: deps.now() });
      return noted.ok ? [`Note added to ${noted.question.id}.`] : said(noted.error);
    },
    change: async (rest) => {
      const at = await current();
      if (!at.ok) return at.lines;
      const target = rest.trim() || lastAnswered(at.move.open);
      const prompt = target ? promptAt(at.move.open, at.move.actor, target) : undefined;
      if (!prompt) return ["Nothing is answered on this case yet."];
      if (!prompt.ok)
        return prompt.error.code === "not_found" ? [`There is no question "${target}". Question ids look like rosh.planning.`] : said(prompt.error);
      state.change = { question: target! };
      return [...renderPrompt(prompt.prompt), "Type the new answer; you will then be asked why."];
    },
  };

  /** A line that is no command: the answer to the live question, or a change's answer or reason. */
  async function answer(text: string): Promise<string[]> {
    const at = await current();
    if (!at.ok) return at.lines;
    const { move } = at;
    const change = state.change;
    if (change && change.text === undefined) {
      state.change = { ...change, text };
      return ["Why are you changing it? (kept in the audit trail)"];
    }
    if (change?.text !== undefined) {
      state.change = undefined;
      const given = await giveAnswer(deps.store, move.open, move.actor, { question: change.question, text: change.text, reason: text, at: deps.now() });
      if (!given.ok) return said(given.error);
      const conv = conversation();
      await settleAfterChange(conv, given.open, move.live, change.question);
      return ["Recorded.", ...shown(conv.printed, given.prompt)];
    }
    if (!move.live.question) return ["There is no question waiting. Type `help` for what you can do."];
    const conv = conversation();
    const result = await answerTurn(conv, { ...move, text });
    if (result.ok) return ["Recorded.", ...shown(conv.printed, result.prompt)];
    if (result.error.code === "needs_reason") {
      state.change = { question: move.question, text };
      return [result.error.message, "Why are you changing it? (kept in the audit trail)"];
    }
    const again = result.error.code === "invalid" ? renderPrompt(threadPrompt(move.open, move.question)) : [];
    return [...said(result.error), ...again];
  }

  return { commands, answer };
}

function lastAnswered(open: OpenCase): string | undefined {
  return Object.values(open.answers)
    .sort((a, b) => a.at.localeCompare(b.at))
    .at(-1)?.question;
}
