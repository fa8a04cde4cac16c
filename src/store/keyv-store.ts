import { randomUUID } from "node:crypto";
import type { Answer, Answers, AuditEntry, Case, Inspection, Role } from "../core/records.ts";
import type { Backend } from "./backend.ts";
import { keys } from "./keys.ts";
import { StoreUnavailableError, type Store } from "./store.ts";

export interface RetryPolicy {
  /** Tries in all, including the first. */
  attempts: number;
  /** The wait before the second try; it doubles for each try after. */
  backoffMs: number;
}

/** The Store over keyv and one of its backends (memory, SQLite, Redis). */
export class KeyvStore implements Store {
  constructor(
    private readonly backend: Backend,
    private readonly retry: RetryPolicy = { attempts: 3, backoffMs: 100 },
  ) {
    // Failures are thrown (throwOnErrors) and handled in io(); keyv also emits them as
    // events, which must not become unhandled errors that stop the process.
    backend.keyv.on("error", () => {});
  }

  private get keyv() {
    return this.backend.keyv;
  }

  /** Every read and write goes through here: a busy or briefly unreachable backend is tried
   * again with backoff, and a lasting failure becomes one named error. Every write is
   * idempotent (fixed keys, audit keys chosen before the first try), so a retry never doubles. */
  private async io<T>(what: string, work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= this.retry.attempts) throw new StoreUnavailableError(`The store could not ${what} (${(error as Error).message})`, { cause: error });
        await new Promise((r) => setTimeout(r, this.retry.backoffMs * 2 ** (attempt - 1)));
      }
    }
  }

  private async readAll<T>(prefix: string): Promise<Array<[string, T]>> {
    if (this.backend.entries) return ((await this.backend.entries(prefix)) as Array<[string, T]>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const found = await this.backend.keys(prefix);
    if (!found.length) return [];
    found.sort();
    const values = (await this.keyv.get(found)) as Array<T | undefined>;
    return found.flatMap((k, i) => (values[i] === undefined ? [] : [[k, values[i] as T] as [string, T]]));
  }

  getInspection(id: string) {
    return this.io("read the inspection", () => this.keyv.get<Inspection>(keys.inspection(id)));
  }
  async saveInspection(inspection: Inspection) {
    await this.io("save the inspection", () => this.keyv.set(keys.inspection(inspection.id), inspection));
  }
  listInspections() {
    return this.io("list inspections", async () => (await this.readAll<Inspection>(keys.inspections())).map(([, v]) => v));
  }
  async deleteInspection(id: string) {
    await this.io("delete the inspection", async () => {
      // Cases first: from then on every guarded write for them is refused (saveAnswers with
      // caseCreatedAt), and a write that got in before is among the keys listed below.
      const cases = await this.backend.keys(keys.cases(id));
      for (let i = 0; i < cases.length; i += 500) await this.keyv.delete(cases.slice(i, i + 500));
      const prefixes = [keys.answers(id), keys.audits(id), keys.roles(id)];
      const found = (await Promise.all(prefixes.map((p) => this.backend.keys(p)))).flat();
      const channels = (await this.readAll<string>("channel:")).filter(([, v]) => v === id).map(([k]) => k);
      // The adapters' small values name their inspection right after their kind
      // (`value:slack-live:<inspection>:…`) or hold it (`{ inspection, ref }` for a thread).
      const values = (await this.readAll<unknown>(keys.value("")))
        .filter(([k, v]) => k.split(":")[2] === id || (typeof v === "object" && v !== null && (v as { inspection?: unknown }).inspection === id))
        .map(([k]) => k);
      const all = [...found, ...channels, ...values];
      // Claims (`claim:slack-turn:<inspection>:…`) expire by themselves; removed now all the same.
      for (const k of await this.backend.keys(keys.claim(""))) if (k.split(":")[2] === id) await this.backend.unset(k);
      // The inspection record goes last, so an interrupted delete can be run again.
      for (let i = 0; i < all.length; i += 500) await this.keyv.delete(all.slice(i, i + 500));
      await this.keyv.delete(keys.inspection(id));
    });
  }

  getCase(inspection: string, ref: string) {
    return this.io("read the case", () => this.keyv.get<Case>(keys.case(inspection, ref)));
  }
  getCases(inspection: string, refs: readonly string[]) {
    return this.io("read the cases", async () => {
      if (!refs.length) return new Map<string, Case>();
      const found = (await this.keyv.get(refs.map((r) => keys.case(inspection, r)))) as Array<Case | undefined>;
      return new Map(refs.flatMap((r, i) => (found[i] ? [[r, found[i]] as [string, Case]] : [])));
    });
  }
  async saveCase(kase: Case, existing?: "existing") {
    const key = keys.case(kase.inspection, kase.ref);
    if (existing) return this.io("save the case", () => this.backend.setAllIf({ key, createdAt: kase.createdAt }, [{ key, value: kase }]));
    await this.io("save the case", () => this.keyv.set(key, kase));
    return true;
  }
  async saveCaseBatch(inspection: string, items: ReadonlyArray<{ kase?: Case; ref: string; answers: Answer[]; audit: AuditEntry[] }>) {
    const entries = items.flatMap((item) => [
      ...(item.kase ? [{ key: keys.case(inspection, item.ref), value: item.kase }] : []),
      ...item.answers.map((a) => ({ key: keys.answer(inspection, item.ref, a.question), value: a })),
      ...item.audit.map((e) => ({ key: keys.audit(inspection, item.ref, e.at, randomUUID()), value: e })),
    ]);
    await this.io("save the imported cases", () => this.backend.setAll(entries));
  }
  listCases(inspection: string) {
    return this.io("list cases", async () => (await this.readAll<Case>(keys.cases(inspection))).map(([, v]) => v));
  }

  getAnswers(inspection: string, ref: string) {
    return this.io("read the answers", async () => {
      const out: Record<string, Answer> = {};
      for (const [, a] of await this.readAll<Answer>(keys.answers(inspection, ref))) out[a.question] = a;
      return out as Answers;
    });
  }
  listAnswers(inspection: string) {
    return this.io("read the answers", async () => {
      const byCase = new Map<string, Record<string, Answer>>();
      for (const [key, a] of await this.readAll<Answer>(keys.answers(inspection))) {
        const ref = key.split(":")[2]!;
        const answers = byCase.get(ref) ?? {};
        answers[a.question] = a;
        byCase.set(ref, answers);
      }
      return byCase as Map<string, Answers>;
    });
  }
  async saveAnswers(inspection: string, ref: string, answers: Answer[], audit: AuditEntry[], caseCreatedAt?: string) {
    const entries = [
      ...answers.map((a) => ({ key: keys.answer(inspection, ref, a.question), value: a })),
      ...audit.map((e) => ({ key: keys.audit(inspection, ref, e.at, randomUUID()), value: e })),
    ];
    if (caseCreatedAt !== undefined)
      return this.io("save the answer", () => this.backend.setAllIf({ key: keys.case(inspection, ref), createdAt: caseCreatedAt }, entries));
    await this.io("save the answer", () => this.backend.setAll(entries));
    return true;
  }

  listAudit(inspection: string, ref?: string) {
    return this.io("read the audit trail", async () => (await this.readAll<AuditEntry>(keys.audits(inspection, ref))).map(([, v]) => v));
  }

  getRole(inspection: string, user: string) {
    return this.io("read the role", () => this.keyv.get<Role>(keys.role(inspection, user)));
  }
  async setRole(inspection: string, user: string, role: Role | undefined) {
    await this.io("save the role", () => (role ? this.keyv.set(keys.role(inspection, user), role) : this.keyv.delete(keys.role(inspection, user))));
  }
  listRoles(inspection: string) {
    return this.io("list roles", async () =>
      (await this.readAll<Role>(keys.roles(inspection))).map(([k, role]) => ({ user: k.slice(keys.roles(inspection).length), role })),
    );
  }

  getChannelInspection(channel: string) {
    return this.io("read the channel", () => this.keyv.get<string>(keys.channel(channel)));
  }
  async bindChannel(channel: string, inspection: string) {
    await this.io("bind the channel", () => this.keyv.set(keys.channel(channel), inspection));
  }

  claim(key: string, ttlMs: number) {
    return this.io("check for a repeated request", () => this.backend.setIfAbsent(keys.claim(key), ttlMs));
  }

  async release(key: string) {
    await this.io("release a claim", () => this.backend.unset(keys.claim(key)));
  }

  getValue<T>(key: string) {
    return this.io("read a value", () => this.keyv.get<T>(keys.value(key)));
  }
  async setValue<T>(key: string, value: T, ttlMs?: number) {
    await this.io("save a value", () => this.keyv.set(keys.value(key), value, ttlMs));
  }
  listValues<T>(prefix: string) {
    return this.io("list values", async () =>
      (await this.readAll<T>(keys.value(prefix))).map(([k, value]) => ({ key: k.slice(keys.value("").length), value })),
    );
  }

  close() {
    return this.backend.close();
  }
}
