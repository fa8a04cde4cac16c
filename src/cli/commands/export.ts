import { exportCsv, exportJson } from "../../service/export.ts";
import { loadInspection } from "../../service/inspections.ts";
import { reportTrail } from "../../service/report.ts";
import { oneOf, parseCommand, required } from "../args.ts";
import { UsageError, type Command } from "../io.ts";

const USAGE = "casecheck export --inspection ID [--format csv|json]";

export const exportCommand: Command = async (args, io) => {
  const { values } = parseCommand(args, { inspection: { type: "string" }, format: { type: "string" } }, USAGE);
  const id = required(values.inspection, "--inspection", USAGE);
  const format = oneOf(values.format, ["csv", "json"] as const, "csv", "--format");
  const store = await io.openStore();
  try {
    const loaded = await loadInspection(store, id);
    if (!loaded.ok) throw new UsageError([loaded.error.message]);
    if (format === "csv") io.stdout(exportCsv(loaded).trimEnd());
    else io.stdout(JSON.stringify(exportJson(loaded, await store.listAudit(id), await reportTrail(store, id)), null, 2));
    return 0;
  } finally {
    await store.close();
  }
};
