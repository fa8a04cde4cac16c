import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { InspectionId } from "../../core/records.ts";
import { DEFAULT_FRAMEWORK, findFramework, listFrameworks } from "../../frameworks/index.ts";
import { answersFile } from "../../service/csv-import.ts";
import { frameworkOf } from "../../service/framework-version.ts";
import { importInspection } from "../../service/import-inspection.ts";
import { parseCommand, required } from "../args.ts";
import { UsageError, type Command } from "../io.ts";

const USAGE = "casecheck import FILE.csv --inspection ID [--name TEXT] [--framework ID]";

export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommand(args, { inspection: { type: "string" }, name: { type: "string" }, framework: { type: "string" } }, USAGE);
  const file = required(positionals[0], "FILE.csv", USAGE);
  const id = InspectionId.safeParse(required(values.inspection, "--inspection", USAGE));
  if (!id.success) throw new UsageError([`--inspection: ${id.error.issues[0]!.message}`]);
  try {
    await access(file);
  } catch (error) {
    throw new UsageError([`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the path`]);
  }
  const store = await io.openStore();
  try {
    const existing = await store.getInspection(id.data);
    const frameworkId = values.framework ?? existing?.framework ?? DEFAULT_FRAMEWORK;
    if (existing && values.framework && values.framework !== existing.framework)
      throw new UsageError([`--framework: inspection ${id.data} already uses ${existing.framework}; a framework cannot be changed by import`]);
    // An inspection under way keeps reading answers by the version it started with.
    const pinned = existing ? await frameworkOf(store, existing) : undefined;
    if (pinned && !pinned.ok) throw new UsageError([pinned.error.message]);
    const framework = pinned?.framework ?? findFramework(frameworkId);
    if (!framework)
      throw new UsageError([
        `--framework: unknown framework "${frameworkId}"; known: ${listFrameworks()
          .map((k) => k.framework.id)
          .join(", ")}`,
      ]);
    // Streamed twice: once to check every cell (nothing is written if any is bad), once to write.
    const csv = answersFile(framework, () => createReadStream(file));
    const checked = await csv.check();
    if (!checked.ok) throw new UsageError([...checked.problems.map((p) => `${file}: ${p}`), `nothing was imported; correct the file and run the import again`]);
    if (existing?.importing && existing.importing.sha256 && existing.importing.sha256 !== checked.sha256)
      throw new UsageError([
        `inspection ${id.data} has an unfinished import of another file (started ${existing.importing.started}); import that file again to finish it first, or delete the inspection; nothing was imported`,
      ]);
    const result = await importInspection(store, {
      inspection: { id: id.data, name: values.name ?? existing?.name ?? id.data, framework: framework.id },
      rows: csv.rows(),
      by: "import",
      at: io.now(),
      sha256: checked.sha256,
    });
    io.stdout(
      `${existing?.importing ? "Finished the interrupted import of" : result.created ? "Created" : "Updated"} inspection ${id.data}: ${result.cases} cases (${result.newCases} new), ${result.answersWritten} answers written.`,
    );
    return 0;
  } finally {
    await store.close();
  }
};
