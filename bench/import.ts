import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "csv-stringify/sync";
import { questionsOf } from "../src/core/framework/define.ts";
import { DEFAULT_FRAMEWORK, findFramework } from "../src/frameworks/index.ts";
const framework = findFramework(DEFAULT_FRAMEWORK)!;
import { generateCase } from "./generate.ts";
import { fmt, seeded } from "./measure.ts";
import type { PartResult } from "./report.ts";

/** Import: a CSV of 100,000 generated cases through `casecheck import` (check every cell, then
 * write cases, answers and audit entries to SQLite), against raw INSERTs of the same answer
 * rows into a table of the same database, each in a process of its own; and the import's peak
 * memory at 20,000 and at 100,000 rows, which should not grow with the file. */

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const SMALL = Math.round(ROWS / 5);

async function writeCsv(file: string, rows: number): Promise<number> {
  const questions = questionsOf(framework);
  const out = createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r())));
  await write(stringify([["case_ref", "case_manager", ...questions.map((q) => q.id), ...questions.map((q) => `${q.id}#note`)]]));
  const rand = seeded(7);
  let answers = 0;
  for (let i = 0; i < rows; i++) {
    const kase = generateCase(framework, `C${i}`, rand, `cm-${i % 40}`);
    const cells = questions.map((q) => {
      const v = kase.answers[q.id]?.value;
      return v === undefined ? "" : Array.isArray(v) ? v.join(";") : v;
    });
    answers += cells.filter(Boolean).length;
    const notes = questions.map((q, j) => (cells[j] && j % 9 === 0 ? `note ${i}/${j}` : ""));
    await write(stringify([[kase.ref, kase.manager ?? "", ...cells, ...notes]]));
  }
  await new Promise<void>((r) => out.end(r));
  return answers;
}

interface Run {
  ms: number;
  rssMb: number;
}

function runChild(args: string[]): Promise<Run> {
  const script = fileURLToPath(new URL("./import-process.ts", import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) return reject(new Error(`import child failed (${code}): ${out}`));
      resolve(JSON.parse(last) as Run);
    });
  });
}

export async function benchImport(tmp: string): Promise<PartResult> {
  const small = join(tmp, "import-small.csv");
  const big = join(tmp, "import-big.csv");
  await writeCsv(small, SMALL);
  const answers = await writeCsv(big, ROWS);
  // Same database file for both: ours through the store, then the raw rows into a table beside it.
  const db = join(tmp, "import.sqlite");
  const ours = await runChild(["ours", big, db]);
  const raw = await runChild(["raw", big, db]);
  const ourSmall = await runChild(["ours", small, join(tmp, "import-small.sqlite")]);
  const ratio = ours.ms / raw.ms;
  const growth = ours.rssMb / ourSmall.rssMb;
  return {
    part: "import",
    raw: [
      `- ${fmt(ROWS)} generated cases (${fmt(answers)} answers, a note on every ninth question), as one CSV file`,
      `- casecheck import (every cell checked in a first pass, then cases, answers and an audit entry per answer written in batches of 500 rows): ${fmt(ours.ms / 1000)} s, peak RSS ${fmt(ours.rssMb)} MB`,
      `- raw: the same file parsed by csv-parse and one INSERT statement per answer through the sqlite3 driver (a transaction per 500 cases), same database: ${fmt(raw.ms / 1000)} s, peak RSS ${fmt(raw.rssMb)} MB`,
      `- casecheck import of ${fmt(SMALL)} cases: ${fmt(ourSmall.ms / 1000)} s, peak RSS ${fmt(ourSmall.rssMb)} MB`,
    ],
    rows: [
      {
        figure: `import of ${fmt(ROWS)} rows, time (casecheck vs raw INSERTs)`,
        ours: ours.ms,
        baseline: raw.ms,
        unit: "ms",
        target: "≤ 2× raw",
        holds: ratio <= 2,
      },
      {
        figure: `import peak memory, ${fmt(ROWS)} vs ${fmt(SMALL)} rows`,
        ours: ours.rssMb,
        baseline: ourSmall.rssMb,
        unit: "MB",
        target: "≤ 1.5× (does not grow with the file)",
        holds: growth <= 1.5,
      },
    ],
  };
}
