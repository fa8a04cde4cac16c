import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { DEFAULT_FRAMEWORK, findFramework } from "../frameworks/index.ts";
import type { Store } from "../store/store.ts";
import { parseAnswersCsv } from "./csv-import.ts";
import { importInspection } from "./import-inspection.ts";

export const DEMO_ID = "dorset-2016";
const DEMO_FILE = fileURLToPath(new URL("../../fixtures/inspections/dorset-2016.csv", import.meta.url));

/** Loads the Dorset inspection of 2016 (20 pseudonymous cases) for a first look; `lead`, who
 * asked for it, leads it. */
export async function loadDemo(store: Store, at: string, lead?: string): Promise<void> {
  const framework = findFramework(DEFAULT_FRAMEWORK)!;
  const parsed = parseAnswersCsv(framework, await readFile(DEMO_FILE, "utf8"));
  if (!parsed.ok) throw new Error(`the demo fixture is invalid: ${parsed.problems.join("; ")}`);
  await importInspection(store, {
    inspection: { id: DEMO_ID, name: "Dorset Combined Youth Offending Service, SQS September 2016", framework: framework.id },
    rows: parsed.rows,
    by: "demo",
    at,
  });
  if (lead) await store.setRole(DEMO_ID, lead, "lead");
}
