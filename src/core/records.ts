import { z } from "zod";

/** What the store keeps. Times are ISO strings and people are opaque ids (a Slack user id,
 * or a name typed in the shell); core never reads a clock or the environment. */

export const AnswerValue = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** Case refs are pseudonymous codes such as D07: letters, digits and dashes, never a name. */
export const CaseRef = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, "a case ref is a short code of letters and digits, such as D07 (never a child's name)");

export const InspectionId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "an inspection id is lower-case letters, digits and dashes, such as dorset-2016");

export const Role = z.enum(["lead", "inspector", "case_manager", "manager"]);
export type Role = z.infer<typeof Role>;

export const Inspection = z.object({
  id: InspectionId,
  name: z.string().min(1),
  framework: z.string().min(1),
  /** The framework's version when the inspection started; it is scored by that version until
   * its end. Older records have none and read as the current version. */
  frameworkVersion: z.union([z.string().min(1), z.number()]).optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  /** The Slack channel the inspection is bound to, if any. */
  channel: z.string().optional(),
  /** Set while an import is being written (and left set if it was stopped part-way): the
   * inspection is then incomplete, and the same file imported again finishes it. */
  importing: z.object({ started: z.string(), sha256: z.string() }).optional(),
});
export type Inspection = z.infer<typeof Inspection>;

export const Case = z.object({
  inspection: InspectionId,
  ref: CaseRef,
  /** The case manager: a Slack user id or a name. */
  manager: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
  /** Where the case's thread lives in Slack. */
  thread: z.object({ channel: z.string(), ts: z.string() }).optional(),
  /** Questions deliberately skipped for now; asked again at the end. */
  skipped: z.array(z.string()).default([]),
  paused: z.boolean().default(false),
});
export type Case = z.infer<typeof Case>;

/** Evidence for an answer: where it is in Slack (a shared file's id and permalink, or a link),
 * never its content. */
export const Evidence = z.object({
  /** The Slack file id, for a file. */
  file: z.string().optional(),
  url: z.string().min(1),
  name: z.string().optional(),
  by: z.string(),
  at: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Answer = z.object({
  question: z.string(),
  value: AnswerValue,
  note: z.string().optional(),
  evidence: z.array(Evidence).optional(),
  by: z.string(),
  at: z.string(),
});
export type Answer = z.infer<typeof Answer>;

/** One entry per change, appended and never edited. */
export const AuditEntry = z.object({
  inspection: InspectionId,
  case: CaseRef,
  question: z.string(),
  action: z.enum(["answer", "change", "note", "clear", "import", "evidence"]),
  before: AnswerValue.nullable(),
  after: AnswerValue.nullable(),
  note: z.string().optional(),
  reason: z.string().optional(),
  by: z.string(),
  at: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** A case's answers by question id. */
export type Answers = Readonly<Record<string, Answer>>;
