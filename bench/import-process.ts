import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
import { main } from "../src/cli/main.ts";
import { openStore } from "../src/store/open-store.ts";
import { openSql } from "./sql.ts";

/** One side of the import benchmark, in a process of its own so its peak memory is its own:
 * `ours FILE DB` runs `casecheck import`; `raw FILE DB` INSERTs the same answers directly.
 * Prints `{ ms, rssMb }` as its last line. */
const [which, file, db] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
if (which === "ours") {
  const code = await main(["import", file, "--inspection", "bench-import"], {
    stdout: () => {},
    stderr: (t) => process.stderr.write(`${t}\n`),
    stdin: async function* () {},
    env: {},
    openStore: () => openStore(`sqlite://${db}`),
    now: () => new Date().toISOString(),
  });
  if (code !== 0) process.exit(code);
} else {
  const sql = await openSql(db);
  await sql.exec(
    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE IF NOT EXISTS raw_answers (inspection TEXT, case_ref TEXT, question TEXT, value TEXT, note TEXT, PRIMARY KEY (inspection, case_ref, question));",
  );
  let header: string[] | undefined;
  let batch = 0;
  await sql.exec("BEGIN");
  for await (const cells of createReadStream(file).pipe(parse()) as AsyncIterable<string[]>) {
    if (!header) {
      header = cells;
      continue;
    }
    const notes = new Map(header.flatMap((h, i) => (h.endsWith("#note") && cells[i] ? [[h.slice(0, -5), cells[i]!]] : [])));
    for (let i = 2; i < header.length; i++)
      if (cells[i] && !header[i]!.endsWith("#note"))
        await sql.run("INSERT OR REPLACE INTO raw_answers VALUES (?, ?, ?, ?, ?)", "bench-raw", cells[0], header[i], cells[i], notes.get(header[i]!) ?? null);
    if (++batch % 500 === 0) await sql.exec("COMMIT; BEGIN");
  }
  await sql.exec("COMMIT");
  await sql.close();
}
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
process.exit(0);
