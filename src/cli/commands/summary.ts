import { summaryMarkdown } from "../../core/summary/markdown.ts";
import { toSummaryJson } from "../../core/summary/summary.ts";
import { summaryText } from "../../core/summary/text.ts";
import { loadInspection, summariseLoaded } from "../../service/inspections.ts";
import { oneOf, parseCommand, required } from "../args.ts";
import { UsageError, type Command } from "../io.ts";

const USAGE = "casecheck summary --inspection ID [--section S] [--format text|md|json]";

export const summaryCommand: Command = async (args, io) => {
  const { values } = parseCommand(args, { inspection: { type: "string" }, section: { type: "string" }, format: { type: "string" } }, USAGE);
  const id = required(values.inspection, "--inspection", USAGE);
  const format = oneOf(values.format, ["text", "md", "json"] as const, "text", "--format");
  const store = await io.openStore();
  try {
    const loaded = await loadInspection(store, id);
    if (!loaded.ok) throw new UsageError([loaded.error.message]);
    const sections = loaded.framework.sections.filter((s) => s.inSummary).map((s) => s.id);
    if (values.section && !sections.includes(values.section))
      throw new UsageError([`--section: "${values.section}" is not a section; use one of ${sections.join(", ")}`]);
    const summary = summariseLoaded(loaded, values.section);
    io.stdout(format === "json" ? JSON.stringify(toSummaryJson(summary), null, 2) : format === "md" ? summaryMarkdown(summary) : summaryText(summary));
    return 0;
  } finally {
    await store.close();
  }
};
