import { progressOf } from "../../core/interview/case-state.ts";
import { loadInspection } from "../../service/inspections.ts";
import { oneOf, parseCommand } from "../args.ts";
import type { Command } from "../io.ts";

export const inspectionsCommand: Command = async (args, io) => {
  const { values } = parseCommand(args, { format: { type: "string" } }, "casecheck inspections [--format text|json]");
  const format = oneOf(values.format, ["text", "json"] as const, "text", "--format");
  const store = await io.openStore();
  try {
    const rows: Array<{
      id: string;
      name: string;
      framework: string;
      frameworkVersion?: string | number;
      cases: number;
      complete: number;
      incomplete: boolean;
      note?: string;
      problem?: string;
    }> = [];
    for (const inspection of await store.listInspections()) {
      // An import stopped part-way is never shown as complete: its figures are not counted.
      if (inspection.importing) {
        rows.push({ id: inspection.id, name: inspection.name, framework: inspection.framework, cases: 0, complete: 0, incomplete: true });
        continue;
      }
      const loaded = await loadInspection(store, inspection.id);
      const complete = loaded.ok ? loaded.scored.filter((c) => progressOf(loaded.framework, c.answers).complete).length : 0;
      rows.push({
        id: inspection.id,
        name: inspection.name,
        framework: inspection.framework,
        frameworkVersion: loaded.ok ? loaded.framework.version : inspection.frameworkVersion,
        cases: loaded.ok ? loaded.cases.length : 0,
        complete,
        incomplete: false,
        ...(loaded.ok && loaded.frameworkNote ? { note: loaded.frameworkNote } : {}),
        ...(loaded.ok ? {} : { problem: loaded.error.message }),
      });
    }
    if (format === "json") io.stdout(JSON.stringify(rows, null, 2));
    else if (!rows.length) io.stdout("No inspections yet. Import one: casecheck import FILE.csv --inspection ID");
    else
      for (const r of rows)
        io.stdout(
          r.incomplete
            ? `${r.id}  ${r.name}  (${r.framework})  IMPORT INCOMPLETE: import the same file again to finish it, or delete the inspection`
            : `${r.id}  ${r.name}  (${r.framework} version ${r.frameworkVersion ?? "?"})  ${r.complete} of ${r.cases} cases complete${r.note ? `\n    ${r.note}` : ""}${r.problem ? `\n    ${r.problem}` : ""}`,
        );
    return 0;
  } finally {
    await store.close();
  }
};
