import { readFile, rename, writeFile } from "node:fs/promises";
import { REPORT_FORMATS, renderReport } from "../../report/render.ts";
import { ReportPart } from "../../report/parts.ts";
import { reportInput, setReportPart, type ReportActor } from "../../service/report.ts";
import { oneOf, parseCommand, required } from "../args.ts";
import { UsageError, type CliIo, type Command } from "../io.ts";

const USAGE = "casecheck report --inspection ID [--format md|html|pdf|docx] [--out FILE]";
const SET_USAGE = `casecheck report set --inspection ID --part ${ReportPart.options.join("|")} --file FILE|-`;

/** Whoever runs the command line runs the server: they act as a lead would. */
const administrator = (io: CliIo): ReportActor => ({ user: io.env.USER ?? "cli", role: "lead" });

/** Written beside the target and renamed into place, so a failure never leaves half a file. */
async function writeWhole(path: string, bytes: Buffer): Promise<void> {
  const temporary = `${path}.${process.pid}.partial`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

/** `report`: the draft report; `report set`: a part of it written by the lead. */
export const reportCommand: Command = async (args, io) => {
  if (args[0] === "set") return setPart(args.slice(1), io);
  const { values } = parseCommand(args, { inspection: { type: "string" }, format: { type: "string" }, out: { type: "string" } }, USAGE);
  const id = required(values.inspection, "--inspection", USAGE);
  const format = oneOf(values.format, REPORT_FORMATS, "md", "--format");
  if ((format === "pdf" || format === "docx") && !values.out)
    throw new UsageError([`--format ${format} writes a file: add --out FILE (for example --out ${id}.${format})`]);
  const store = await io.openStore();
  try {
    const found = await reportInput(store, id, administrator(io));
    if (!found.ok) throw new UsageError([found.error.message]);
    const bytes = await renderReport(found.input, format);
    if (values.out) {
      await writeWhole(values.out, bytes);
      io.stderr(`Wrote the draft report of ${id} to ${values.out} (${format}, ${bytes.length} bytes).`);
    } else io.stdout(bytes.toString("utf8").trimEnd());
    return 0;
  } finally {
    await store.close();
  }
};

async function setPart(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommand(args, { inspection: { type: "string" }, part: { type: "string" }, file: { type: "string" } }, SET_USAGE);
  const id = required(values.inspection, "--inspection", SET_USAGE);
  const part = required(values.part, "--part", SET_USAGE);
  const file = required(values.file, "--file", SET_USAGE);
  let text: string;
  if (file === "-") {
    const lines: string[] = [];
    for await (const line of io.stdin()) lines.push(line);
    text = lines.join("\n");
  } else {
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new UsageError([`--file: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
    }
  }
  const store = await io.openStore();
  try {
    const stored = await setReportPart(store, { inspection: id, part, text, actor: administrator(io), at: io.now() });
    if (!stored.ok) throw new UsageError([stored.error.message]);
    io.stdout(
      stored.stored.text
        ? `Stored ${part} of ${id} (${stored.stored.text.length} characters).`
        : `Cleared ${part} of ${id}: the report shows its default again.`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
