import { progressOf } from "../../core/interview/case-state.ts";
import type { Prompt } from "../../core/interview/interview.ts";
import { InspectionId, Role } from "../../core/records.ts";
import { summarise } from "../../core/summary/summary.ts";
import { summaryText } from "../../core/summary/text.ts";
import { DEFAULT_FRAMEWORK } from "../../frameworks/index.ts";
import * as cases from "../../service/cases.ts";
import { loadInspection } from "../../service/inspections.ts";
import type { Store } from "../../store/store.ts";
import { progressLine, renderPrompt } from "./render.ts";
import { createReportEditor } from "./report-edit.ts";

export interface ShellDeps {
  store: Store;
  now: () => string;
  user: string;
  /** Answers a question about the figures. */
  ask?: (inspection: string, question: string) => Promise<string>;
}

/** What the shell remembers between lines: where the person is in which case. */
interface State {
  inspection?: string;
  caseRef?: string;
  /** The question on screen, which a typed answer answers. */
  question?: string;
  /** A change waiting for its reason. */
  change?: { question: string; text?: string };
  role: Role;
}

export const HELP = [
  "Commands:",
  "  inspections · use ID · new ID [name]       choose or create an inspection",
  "  case REF [case manager]                   start or carry on a case (refs are codes like D07, never names)",
  "  an answer: yes · no · n/a · 2 · \"no, it was late\" (a note may follow a comma)",
  "  back · skip · pause · note TEXT · change QUESTION_ID",
  "  status · summary [section] · ask QUESTION   progress and figures",
  "  report · report edit PART                  the draft report; write its context, summary, ... (lead)",
  "  as ROLE                                   lead, inspector, case_manager or manager",
  "  help · quit",
];

/** A chat in the terminal over the same engine as Slack. `handle` takes a line and returns
 * the lines to print, so the whole conversation can be tested without a terminal. */
export function createSession(deps: ShellDeps, start: { inspection?: string; role?: Role } = {}) {
  const state: State = { inspection: start.inspection, role: start.role ?? "lead" };
  const actor = () => ({ user: deps.user, role: state.role });
  const report = createReportEditor(deps, () => ({ inspection: state.inspection, role: state.role }));

  const show = (prompt: Prompt): string[] => {
    state.question = prompt.kind === "question" ? prompt.question.id : undefined;
    return renderPrompt(prompt);
  };

  const openCurrent = async () => {
    if (!state.inspection) return { ok: false as const, error: "Choose an inspection first: `inspections`, then `use ID`." };
    if (!state.caseRef) return { ok: false as const, error: "Start a case first: `case D07`." };
    return cases.openCase(deps.store, state.inspection, state.caseRef);
  };

  const commands: Record<string, (rest: string) => Promise<string[]>> = {
    help: async () => HELP,
    inspections: async () => {
      const all = await deps.store.listInspections();
      return all.length ? all.map((i) => `${i.id === state.inspection ? "*" : " "} ${i.id}  ${i.name}`) : ["No inspections yet: `new ID name`."];
    },
    use: async (rest) => {
      const inspection = await deps.store.getInspection(rest.trim());
      if (!inspection) return [`There is no inspection "${rest.trim()}". Type \`inspections\` to list them.`];
      Object.assign(state, { inspection: inspection.id, caseRef: undefined, question: undefined });
      return [`Using ${inspection.id}: ${inspection.name}. Start a case with \`case D07\`, or \`summary\`.`];
    },
    new: async (rest) => {
      const [id = "", ...name] = rest.trim().split(/\s+/);
      const parsed = InspectionId.safeParse(id);
      if (!parsed.success) return [`\`new ID name\`: ${parsed.error.issues[0]!.message}.`];
      if (await deps.store.getInspection(parsed.data)) return [`Inspection ${parsed.data} already exists: \`use ${parsed.data}\`.`];
      await deps.store.saveInspection({ id: parsed.data, name: name.join(" ") || parsed.data, framework: DEFAULT_FRAMEWORK, createdAt: deps.now(), createdBy: deps.user });
      Object.assign(state, { inspection: parsed.data, caseRef: undefined, question: undefined });
      return [`Created inspection ${parsed.data}. Start a case with \`case D01\`.`];
    },
    case: async (rest) => {
      if (!state.inspection) return ["Choose an inspection first: `inspections`, then `use ID`."];
      const [ref = "", ...manager] = rest.trim().split(/\s+/);
      const started = await cases.startCase(deps.store, { inspection: state.inspection, ref, manager: manager.join(" ") || undefined, by: deps.user, at: deps.now() });
      if (!started.ok) return [started.error];
      state.caseRef = started.kase.ref;
      const open = await openCurrent();
      if (!open.ok) return [open.error];
      const intro = started.created ? `Started case ${started.kase.ref}.` : `Carrying on with case ${started.kase.ref}.`;
      return [intro, ...show(cases.currentPrompt(open, actor()))];
    },
    back: async () => {
      const open = await openCurrent();
      if (!open.ok) return [open.error];
      const prompt = cases.goBack(open, actor(), state.question ?? "");
      return prompt ? show(prompt) : ["This is the first question."];
    },
    skip: async () => {
      const open = await openCurrent();
      if (!open.ok || !state.question) return [open.ok ? "There is no question to skip." : open.error];
      const skipped = await cases.skipQuestion(deps.store, open, actor(), state.question);
      return skipped.ok ? ["Skipped for now; it comes back at the end.", ...show(skipped.prompt)] : [skipped.error];
    },
    pause: async () => {
      const open = await openCurrent();
      if (!open.ok) return [open.error];
      await cases.setPaused(deps.store, open, true);
      const progress = progressOf(open.framework, open.answers);
      state.question = undefined;
      return [`Paused case ${open.kase.ref} at ${progressLine(progress)}. Type \`case ${open.kase.ref}\` to carry on.`];
    },
    note: async (rest) => {
      const open = await openCurrent();
      if (!open.ok) return [open.error];
      const target = state.question && open.answers[state.question] ? state.question : lastAnswered(open);
      if (!target) return ["Answer a question first, then add a note to it."];
      const noted = await cases.addNote(deps.store, open, actor(), target, rest, deps.now());
      return noted.ok ? [`Note added to ${target}.`] : [noted.error];
    },
    change: async (rest) => {
      const open = await openCurrent();
      if (!open.ok) return [open.error];
      const target = rest.trim() || lastAnswered(open);
      const prompt = target ? cases.promptAt(open, actor(), target) : undefined;
      if (!prompt) return [`There is no question "${rest.trim()}". Question ids look like rosh.planning.`];
      state.change = { question: target! };
      return [...show(prompt), "Type the new answer; you will then be asked why."];
    },
    status: async () => {
      if (!state.inspection) return ["Choose an inspection first: `use ID`."];
      const loaded = await loadInspection(deps.store, state.inspection);
      if (!loaded.ok) return [loaded.error];
      if (!loaded.scored.length) return ["No cases yet: `case D01`."];
      return loaded.scored.map((c) => `${c.ref}${c.manager ? ` (${c.manager})` : ""}: ${progressLine(progressOf(loaded.framework, c.answers))}`);
    },
    summary: async (rest) => {
      if (!state.inspection) return ["Choose an inspection first: `use ID`."];
      const loaded = await loadInspection(deps.store, state.inspection);
      if (!loaded.ok) return [loaded.error];
      const section = rest.trim() || undefined;
      if (section && !loaded.framework.sections.some((s) => s.id === section && s.inSummary))
        return [`"${section}" is not a section; use ${loaded.framework.sections.filter((s) => s.inSummary).map((s) => s.id).join(", ")}.`];
      return summaryText(summarise(loaded.framework, loaded.inspection, loaded.scored, section)).split("\n");
    },
    ask: async (rest) => {
      if (!state.inspection) return ["Choose an inspection first: `use ID`."];
      if (!deps.ask) return ["Questions about the figures are not available here."];
      return (await deps.ask(state.inspection, rest)).split("\n");
    },
    report: (rest) => report.start(rest),
    as: async (rest) => {
      const role = Role.safeParse(rest.trim());
      if (!role.success) return [`\`as ROLE\`: use one of ${Role.options.join(", ")}.`];
      state.role = role.data;
      return [`You are now ${role.data}.`];
    },
  };

  async function answer(text: string): Promise<string[]> {
    const open = await openCurrent();
    if (!open.ok) return [open.error];
    if (!state.question) return ["There is no question waiting. Type `help` for what you can do."];
    if (state.change?.question === state.question && state.change.text === undefined && open.answers[state.question]) {
      state.change.text = text;
      return ["Why are you changing it? (kept in the audit trail)"];
    }
    const change = state.change;
    state.change = undefined;
    const given = await cases.giveAnswer(deps.store, open, actor(), {
      question: state.question,
      text: change?.text ?? text,
      reason: change?.text !== undefined ? text : undefined,
      at: deps.now(),
    });
    if (!given.ok) return [given.error, ...(state.question ? show(cases.promptAt(open, actor(), state.question)!) : [])];
    return ["Recorded.", ...show(given.prompt)];
  }

  return {
    state: () => ({ ...state }),
    async handle(line: string): Promise<string[]> {
      // A part of the report being typed takes every line as it is, blank ones included.
      if (report.active()) return report.take(line);
      const text = line.trim();
      if (!text) return [];
      const [word = "", ...rest] = text.split(/\s+/);
      const command = commands[word.toLowerCase()];
      // "no" and "none" are answers, not commands; only exact command words are commands.
      if (command && !(state.change?.text !== undefined)) return command(rest.join(" "));
      return answer(text);
    },
  };
}

function lastAnswered(open: cases.OpenCase): string | undefined {
  return Object.values(open.answers).sort((a, b) => a.at.localeCompare(b.at)).at(-1)?.question;
}
