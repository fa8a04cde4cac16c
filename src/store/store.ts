import type { Answer, Answers, AuditEntry, Case, Inspection, Role } from "../core/records.ts";

/** Where casecheck keeps everything. One key per answer and append-only audit entries, so
 * two instances never overwrite each other's work (DESIGN.md, Storage). */
export interface Store {
  getInspection(id: string): Promise<Inspection | undefined>;
  saveInspection(inspection: Inspection): Promise<void>;
  listInspections(): Promise<Inspection[]>;
  /** Removes an inspection with all its cases, answers, notes, roles and audit entries. */
  deleteInspection(id: string): Promise<void>;

  getCase(inspection: string, ref: string): Promise<Case | undefined>;
  /** Several cases in one read, by ref (refs with no case are left out). */
  getCases(inspection: string, refs: readonly string[]): Promise<Map<string, Case>>;
  /** With `existing`, the case is written only if it is still stored as created (the same
   * `createdAt`): false, and nothing written, when it was deleted (or deleted and started
   * again) meanwhile. */
  saveCase(kase: Case, existing?: "existing"): Promise<boolean>;
  /** Many cases with their answers and audit entries (an import), in as few writes as the
   * backend allows; not atomic as a whole (an import marks its inspection while it runs). */
  saveCaseBatch(inspection: string, items: ReadonlyArray<{ kase?: Case; ref: string; answers: Answer[]; audit: AuditEntry[] }>): Promise<void>;
  listCases(inspection: string): Promise<Case[]>;

  getAnswers(inspection: string, ref: string): Promise<Answers>;
  /** Every case's answers in one bulk read, by case ref. */
  listAnswers(inspection: string): Promise<Map<string, Answers>>;
  /** Stores answers with their audit entries in one write where the backend allows it. With
   * `caseCreatedAt` (the case as it was read), only while that case is still stored: false,
   * and nothing written, when the case or its inspection was deleted meanwhile, so an answer
   * in flight cannot outlive a delete or land in an inspection created again with the same id. */
  saveAnswers(inspection: string, ref: string, answers: Answer[], audit: AuditEntry[], caseCreatedAt?: string): Promise<boolean>;

  listAudit(inspection: string, ref?: string): Promise<AuditEntry[]>;

  getRole(inspection: string, user: string): Promise<Role | undefined>;
  setRole(inspection: string, user: string, role: Role | undefined): Promise<void>;
  listRoles(inspection: string): Promise<Array<{ user: string; role: Role }>>;

  /** Which inspection a Slack channel is bound to. */
  getChannelInspection(channel: string): Promise<string | undefined>;
  bindChannel(channel: string, inspection: string): Promise<void>;

  /** Atomic set-if-absent: true for the first caller only, for `ttlMs`. Used to recognise Slack
   * retries and double clicks across instances. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Gives a claim back before it expires: its holder failed before finishing (the store or
   * Slack was down), so the same request may be tried again. */
  release(key: string): Promise<void>;

  /** Small values the adapters keep (a thread's case, a user's place in a flow). A key names
   * its inspection right after its kind (`slack-live:<inspection>:…`), or the value holds it
   * as `inspection`, so deleting an inspection removes them too. */
  getValue<T>(key: string): Promise<T | undefined>;
  setValue<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  /** Every value whose key starts with `prefix`, in key order (for append-only trails kept as values). */
  listValues<T>(prefix: string): Promise<Array<{ key: string; value: T }>>;

  close(): Promise<void>;
}

/** The store could not be reached or answered with an error; the caller tells the user their
 * change was not saved. */
export class StoreUnavailableError extends Error {
  readonly code = "store_unavailable";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreUnavailableError";
  }
}
