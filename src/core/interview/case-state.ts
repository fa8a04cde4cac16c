import type { Framework, Question, Section } from "../framework/schema.ts";
import type { Answer, Answers } from "../records.ts";
import { ANSWERED, NOT_APPLICABLE, OPEN, tabulate } from "../scoring/table.ts";

export type QuestionState = "answered" | "open" | "pending" | "not_applicable";

export interface CaseState {
  /** Answers to questions that apply: what is counted. */
  effective: Answers;
  /** Answers kept for questions that no longer apply; they count again if the case changes back. */
  setAside: Answer[];
  states: ReadonlyMap<string, QuestionState>;
}

const NAMES: Record<number, QuestionState> = { [ANSWERED]: "answered", [OPEN]: "open", [NOT_APPLICABLE]: "not_applicable" };

/** Which questions apply to a case, worked out by the same code as scoring (a table of one
 * row), so the guided flow and the figures can never disagree. */
export function caseState(framework: Framework, raw: Answers): CaseState {
  const table = tabulate(framework, [{ ref: "", answers: raw }]);
  const effective: Record<string, Answer> = {};
  const setAside: Answer[] = [];
  const states = new Map<string, QuestionState>();
  table.compiled.questions.forEach((q, i) => {
    const state = NAMES[table.state[i]![0]!] ?? "pending";
    const answer = raw[q.id];
    if (answer && state === "answered") effective[q.id] = answer;
    else if (answer) setAside.push(answer);
    states.set(q.id, state);
  });
  return { effective, setAside, states };
}

export interface SectionProgress {
  section: Section;
  answered: number;
  /** Questions that apply or may yet apply. */
  total: number;
}

export interface Progress {
  answered: number;
  total: number;
  complete: boolean;
  sections: SectionProgress[];
}

/** `state` is caseState(framework, raw), when the caller has it already. */
export function progressOf(framework: Framework, raw: Answers, audience?: (q: Question) => boolean, state: CaseState = caseState(framework, raw)): Progress {
  const { states } = state;
  const sections = framework.sections.map((section) => {
    const qs = section.questions.filter((q) => !audience || audience(q));
    const counted = qs.filter((q) => states.get(q.id) !== "not_applicable");
    return { section, answered: counted.filter((q) => states.get(q.id) === "answered").length, total: counted.length };
  });
  const answered = sections.reduce((n, s) => n + s.answered, 0);
  const total = sections.reduce((n, s) => n + s.total, 0);
  return { answered, total, complete: answered === total, sections: sections.filter((s) => s.total > 0) };
}
