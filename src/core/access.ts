import type { Question } from "./framework/schema.ts";
import type { Case, Role } from "./records.ts";

/** Who may do what in an inspection (DESIGN.md, Access). Pure: the caller supplies the role. */
export type Action = "answer" | "read_case" | "read_figures" | "post_summary" | "start_case" | "manage" | "export" | "report" | "edit_report";

const CAN: Record<Role, readonly Action[]> = {
  lead: ["answer", "read_case", "read_figures", "post_summary", "start_case", "manage", "export", "report", "edit_report"],
  inspector: ["answer", "read_case", "read_figures", "post_summary", "start_case"],
  case_manager: ["answer", "read_case"],
  manager: ["read_figures", "post_summary", "report"],
};

export type Decision = { ok: true } | { ok: false; reason: string };

const ROLE_WORDS: Record<Role, string> = {
  lead: "a lead inspector",
  inspector: "an inspector",
  case_manager: "a case manager",
  manager: "a manager",
};

export function describeRole(role: Role): string {
  return ROLE_WORDS[role];
}

export function may(role: Role | undefined, action: Action): Decision {
  if (!role) return { ok: false, reason: "You are not part of this inspection. Ask its lead inspector to add you (`/casecheck role @you inspector`)." };
  if (CAN[role].includes(action)) return { ok: true };
  const who = (Object.keys(CAN) as Role[]).filter((r) => CAN[r].includes(action)).map(describeRole);
  return { ok: false, reason: `As ${describeRole(role)} you cannot ${ACTION_WORDS[action]}; that needs ${who.join(" or ")}.` };
}

const ACTION_WORDS: Record<Action, string> = {
  answer: "answer questions",
  read_case: "see case answers",
  read_figures: "see the figures",
  post_summary: "post summaries",
  start_case: "start cases",
  manage: "change roles, import or delete",
  export: "export answers",
  report: "ask for the draft report",
  edit_report: "write the report's narrative",
};

/** Case managers see and answer only their own cases, and only the factual (`cm`) questions. */
export function mayOnCase(role: Role | undefined, user: string, kase: Case, action: "answer" | "read_case"): Decision {
  const general = may(role, action);
  if (!general.ok) return general;
  if (role === "case_manager" && kase.manager !== user)
    return { ok: false, reason: `Case ${kase.ref} is not one of your cases, so you cannot ${ACTION_WORDS[action]} on it.` };
  return { ok: true };
}

export function mayAnswerQuestion(role: Role | undefined, question: Question): Decision {
  if (role === "case_manager" && question.audience !== "cm")
    return { ok: false, reason: "This is an inspector's judgement; case managers answer the factual questions about their case." };
  return may(role, "answer");
}

/** Which questions a role is asked in the guided flow. */
export function asks(role: Role | undefined): (q: Question) => boolean {
  return role === "case_manager" ? (q) => q.audience === "cm" : () => true;
}

/** The cases a person sees: all of them, or a case manager's own. */
export function visibleCases<C extends Pick<Case, "manager">>(role: Role | undefined, user: string, cases: readonly C[]): C[] {
  return cases.filter((kase) => role !== "case_manager" || kase.manager === user);
}
