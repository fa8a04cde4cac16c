import type { Action } from "../../core/access.ts";
import { Role } from "../../core/records.ts";
import { summaryText } from "../../core/summary/text.ts";
import { DEFAULT_FRAMEWORK, findFramework } from "../../frameworks/index.ts";
import { createInspection, inspectionById } from "../../service/channel.ts";
import { statusOf, summaryOf } from "../../service/figures.ts";
import type { Store } from "../../store/store.ts";
import { caseCommands } from "./case-commands.ts";
import { progressLine } from "./render.ts";
import { createReportEditor } from "./report-edit.ts";

export interface ShellDeps {
  store: Store;
  now: () => string;
  user: string;
  /** Answers a question about the figures. */
  ask?: (inspection: string, question: string) => Promise<string>;
  /** Answers numbered choice `n` of the last unsure answer (undefined: no such choice). */
  choose?: (inspection: string, n: number) => Promise<string | undefined>;
}

/** How the shell starts: which inspection, and who the person at the terminal says they are. */
export interface ShellStart {
  inspection?: string;
  /** `--as ROLE`: the terminal is trusted to say which role its user has (lead only where the
   * inspection says they are lead). Without it, roles come from the inspection, as in Slack,
   * and `as ROLE` is refused. */
  as?: Role;
}

/** What the shell remembers between lines: where the person is, and a change waiting for its
 * answer or reason. Where the case stands (its turn, the live question) is in the store. */
export interface ShellState {
  inspection?: string;
  caseRef?: string;
  change?: { question: string; text?: string };
  as?: Role;
  /** The line before was `ask`: a number now picks one of its choices, not a case answer. */
  choosing?: boolean;
}

export const HELP = [
  "Commands:",
  "  inspections · use ID · new ID [name] [--framework X]   choose or create an inspection",
  "  case REF [case manager]                   start or carry on a case (refs are codes like D07, never names)",
  '  an answer: yes · no · n/a · 2 · "no, it was late" (a note may follow a comma)',
  "  back · skip · pause · note TEXT · change QUESTION_ID",
  "  status · summary [section] · ask QUESTION   progress and figures",
  "  report · report edit PART                  the draft report; write its context, summary, ... (lead)",
  "  as ROLE                                   lead, inspector, case_manager or manager (when started with --as)",
  "  help · quit",
];

const CHOOSE = "Choose an inspection first: `inspections`, then `use ID`.";

/** A chat in the terminal over the same use cases and turns as Slack: the same refusals, the
 * same roles. `handle` takes a line and returns the lines to print, so the whole conversation
 * can be tested without a terminal. */
export function createSession(deps: ShellDeps, start: ShellStart = {}) {
  const state: ShellState = { inspection: start.inspection, ...(start.as ? { as: start.as } : {}) };
  /** The chosen inspection with the person's role, if they may do `action` in it. */
  const here = async (action?: Action) => {
    if (!state.inspection) return { ok: false as const, lines: [CHOOSE] };
    const found = await inspectionById(deps.store, state.inspection, deps.user, action, state.as);
    return found.ok ? { ...found, lines: [] } : { ok: false as const, lines: [found.error.message] };
  };
  const cases = caseCommands(deps, state, here);
  // The role the report editor acts with is the one the store gives (or --as), as everywhere.
  const report = createReportEditor(deps, async () => {
    const found = await here();
    return { inspection: state.inspection, role: found.ok ? found.role : undefined };
  });

  const commands: Record<string, (rest: string) => Promise<string[]>> = {
    ...cases.commands,
    help: async () => HELP,
    inspections: async () => {
      const all = await deps.store.listInspections();
      return all.length ? all.map((i) => `${i.id === state.inspection ? "*" : " "} ${i.id}  ${i.name}`) : ["No inspections yet: `new ID name`."];
    },
    use: async (rest) => {
      const inspection = await deps.store.getInspection(rest.trim());
      if (!inspection) return [`There is no inspection "${rest.trim()}". Type \`inspections\` to list them.`];
      Object.assign(state, { inspection: inspection.id, caseRef: undefined });
      return [`Using ${inspection.id}: ${inspection.name}. Start a case with \`case D07\`, or \`summary\`.`];
    },
    new: async (rest) => {
      const words = rest.trim().split(/\s+/);
      const at = words.indexOf("--framework");
      const framework = at >= 0 ? (words.splice(at, 2)[1] ?? "") : DEFAULT_FRAMEWORK;
      const [id = "", ...name] = words;
      const created = await createInspection(deps.store, { id, name: name.join(" ") || id, framework, createdAt: deps.now(), createdBy: deps.user });
      if (!created.ok) return [created.error.message];
      Object.assign(state, { inspection: created.inspection.id, caseRef: undefined });
      const frameworkName = findFramework(created.inspection.framework)?.name ?? created.inspection.framework;
      return [
        `Created inspection ${created.inspection.id} with ${frameworkName} (version ${String(created.inspection.frameworkVersion)}); you are its lead. Start a case with \`case D01\`.`,
      ];
    },
    status: async () => {
      const found = await here();
      if (!found.ok) return found.lines;
      const status = await statusOf(deps.store, found, deps.user);
      if (!status.ok) return [status.error.message];
      if (!status.rows.length) return ["No cases yet: `case D01`."];
      return status.rows.map(({ kase, progress }) => `${kase.ref}${kase.manager ? ` (${kase.manager})` : ""}: ${progressLine(progress)}`);
    },
    summary: async (rest) => {
      const found = await here("read_figures");
      if (!found.ok) return found.lines;
      const section = rest.trim() || undefined;
      const summary = await summaryOf(deps.store, found.inspection, section);
      if (!summary.ok) return [summary.error.choices ? `"${section}" is not a section; use ${summary.error.choices.join(", ")}.` : summary.error.message];
      return summaryText(summary.summary).split("\n");
    },
    ask: async (rest) => {
      const found = await here("read_figures");
      if (!found.ok) return found.lines;
      if (!deps.ask) return ["Questions about the figures are not available here."];
      state.choosing = true;
      return (await deps.ask(found.inspection, rest)).split("\n");
    },
    report: (rest) => report.start(rest),
    as: async (rest) => {
      if (!start.as)
        return ["Roles come from the inspection here, as in Slack. To say who you are at this terminal, start it with `casecheck shell --as ROLE`."];
      const role = Role.safeParse(rest.trim());
      if (!role.success) return [`\`as ROLE\`: use one of ${Role.options.join(", ")}.`];
      state.as = role.data;
      return [`You are now ${role.data}${role.data === "lead" ? " (where the inspection has you as lead)" : ""}.`];
    },
  };

  return {
    state: () => ({ ...state }),
    async handle(line: string): Promise<string[]> {
      // A part of the report being typed takes every line as it is, blank ones included.
      if (report.active()) return report.take(line);
      const text = line.trim();
      if (!text) return [];
      const choosing = state.choosing;
      state.choosing = false;
      const chosen = choosing && state.inspection && /^\d{1,2}$/.test(text) ? await deps.choose?.(state.inspection, Number(text)) : undefined;
      if (chosen !== undefined) return chosen.split("\n");
      const [word = "", ...rest] = text.split(/\s+/);
      const command = commands[word.toLowerCase()];
      // While a change waits for its reason, the line is the reason, whatever its first word.
      if (command && state.change?.text === undefined) {
        if (word.toLowerCase() !== "change") state.change = undefined;
        return command(rest.join(" "));
      }
      return cases.answer(text);
    },
  };
}
