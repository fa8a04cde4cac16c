import { parseCommand, required } from "../args.ts";
import { UsageError, type Command } from "../io.ts";

const USAGE = "casecheck delete --inspection ID [--yes]";

/** Removes an inspection's answers, notes, roles and audit entries, after the id is typed
 * again (or --yes, for scripts). */
export const deleteCommand: Command = async (args, io) => {
  const { values } = parseCommand(args, { inspection: { type: "string" }, yes: { type: "boolean" } }, USAGE);
  const id = required(values.inspection, "--inspection", USAGE);
  const store = await io.openStore();
  try {
    const inspection = await store.getInspection(id);
    if (!inspection) throw new UsageError([`There is no inspection "${id}"; nothing was deleted.`]);
    const cases = await store.listCases(id);
    if (!values.yes) {
      io.stderr(
        `This deletes inspection ${id} (${inspection.name}): ${cases.length} cases with all their answers, notes and audit entries. It cannot be undone.`,
      );
      io.stderr(`Type the inspection id (${id}) to confirm:`);
      let typed = "";
      for await (const line of io.stdin()) {
        typed = line.trim();
        break;
      }
      if (typed !== id) {
        io.stderr("Not confirmed; nothing was deleted.");
        return 2;
      }
    }
    await store.deleteInspection(id);
    io.stdout(`Deleted inspection ${id}: ${cases.length} cases with their answers, notes and audit entries.`);
    return 0;
  } finally {
    await store.close();
  }
};
