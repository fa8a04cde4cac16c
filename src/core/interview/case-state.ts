import { applicability } from "../framework/conditions.ts";
import { questionsOf } from "../framework/define.ts";
import type { Framework, Question, Section } from "../framework/schema.ts";
import type { Answer, Answers } from "../records.ts";

export type QuestionState = "answered" | "open" | "pending" | "not_applicable";

export interface CaseState {
  /** Answers to questions that apply: what is counted. */
  effective: Answers;
  /** Answers kept for questions that no longer apply; they count again if the case changes back. */
  setAside: Answer[];
  states: ReadonlyMap<string, QuestionState>;
}

/** Works out, in asking order, which questions apply to a case. Conditions only look at
 * earlier questions, so one pass decides everything. */
export function caseState(framework: Framework, raw: Answers): CaseState {
  const effective: Record<string, Answer> = {};
  const setAside: Answer[] = [];
  const states = new Map<string, QuestionState>();
  for (const q of questionsOf(framework)) {
    const a = applicability(q, effective, (id) => states.get(id) === "not_applicable");
    const answer = raw[q.id];
    if (a === "applies") {
      if (answer) effective[q.id] = answer;
      states.set(q.id, answer ? "answered" : "open");
    } else {
      if (answer) setAside.push(answer);
      states.set(q.id, a);
    }
  }
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
