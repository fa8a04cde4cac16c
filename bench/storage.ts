import { join } from "node:path";
import { questionsOf } from "../src/core/framework/define.ts";
import type { Answer, AuditEntry } from "../src/core/records.ts";
import { DEFAULT_FRAMEWORK, findFramework } from "../src/frameworks/index.ts";
import { openStore } from "../src/store/open-store.ts";
import { fmt, median } from "./measure.ts";
import type { PartResult } from "./report.ts";
import { openSql } from "./sql.ts";

const framework = findFramework(DEFAULT_FRAMEWORK)!;

/** Storage: answers written one after another through the Store (saveAnswers with its audit
 * entry, SQLite file store), against raw single-row INSERTs into the same database file. */

const WRITES = 2_000;
const ROUNDS = 3;
const QUESTIONS = questionsOf(framework).map((q) => q.id);

export async function benchStorage(tmp: string): Promise<PartResult> {
  const file = join(tmp, "storage.sqlite");
  const store = await openStore(`sqlite://${file}`);
  const at = new Date().toISOString();
  await store.saveInspection({ id: "bench-storage", name: "Storage benchmark", framework: framework.id, createdAt: at, createdBy: "bench" });
  // A second connection to the same file, as the baseline: WAL is a property of the file
  // (the store turned it on); synchronous is per connection, so it is set to match.
  const sql = await openSql(file);
  await sql.exec(
    "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; CREATE TABLE raw_answers (inspection TEXT, case_ref TEXT, question TEXT, value TEXT, by TEXT, at TEXT, PRIMARY KEY (inspection, case_ref, question));",
  );

  let written = 0;
  const next = () => {
    const n = written++;
    return { ref: `S${Math.floor(n / QUESTIONS.length)}`, question: QUESTIONS[n % QUESTIONS.length]! };
  };
  const ours = async () => {
    const { ref, question } = next();
    const answer: Answer = { question, value: "yes", by: "U0INSPECTOR", at };
    const audit: AuditEntry = { inspection: "bench-storage", case: ref, question, action: "answer", before: null, after: "yes", by: "U0INSPECTOR", at };
    await store.saveAnswers("bench-storage", ref, [answer], [audit]);
  };
  const raw = async () => {
    const { ref, question } = next();
    await sql.run("INSERT INTO raw_answers VALUES (?, ?, ?, ?, ?, ?)", "bench-storage", ref, question, "yes", "U0INSPECTOR", at);
  };
  const rate = async (write: () => Promise<void>) => {
    const start = performance.now();
    for (let i = 0; i < WRITES; i++) await write();
    return WRITES / ((performance.now() - start) / 1000);
  };

  // Warm both paths, then alternate so drift on a shared machine hits both alike.
  await rate(ours);
  await rate(raw);
  const oursRates: number[] = [];
  const rawRates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    oursRates.push(await rate(ours));
    rawRates.push(await rate(raw));
  }
  const stored = (await store.listAnswers("bench-storage")).size;
  await sql.close();
  await store.close();
  const o = median(oursRates);
  const b = median(rawRates);
  return {
    part: "storage",
    raw: [
      `- ${ROUNDS} rounds of ${fmt(WRITES)} sequential writes each, alternating; SQLite file in WAL mode, synchronous=NORMAL on both connections`,
      `- Store.saveAnswers (1 answer + 1 audit entry, one INSERT … ON CONFLICT of 2 rows through @keyv/sqlite): ${oursRates.map(fmt).join(", ")} answers/s`,
      `- raw single-row INSERT (sqlite3 driver, same file): ${rawRates.map(fmt).join(", ")} rows/s`,
      `- cases written through the store: ${fmt(stored)}`,
    ],
    rows: [
      { figure: "answers written per second (Store.saveAnswers vs raw INSERT)", ours: o, baseline: b, unit: "/s", target: "≥ 0.5× raw", holds: o >= 0.5 * b },
    ],
  };
}
