import type { Role } from "../../core/records.ts";
import { buildReport } from "../../report/build.ts";
import { reportMarkdown } from "../../report/markdown.ts";
import { PART_TITLES, readPartName, ReportPart } from "../../report/parts.ts";
import { reportInput, reportPartsToEdit, setReportPart } from "../../service/report.ts";
import type { Store } from "../../store/store.ts";

interface Deps {
  store: Store;
  now: () => string;
  user: string;
}

const USAGE = `\`report\` shows the draft; \`report edit PART\` writes a part of it (${ReportPart.options.join(", ")}).`;

/** `report` and `report edit PART` in the shell. Editing takes the lines that follow as the
 * text, blank lines and all, up to a line holding only "."; who may edit is the service's call. */
export function createReportEditor(deps: Deps, where: () => Promise<{ inspection?: string; role: Role | undefined }>) {
  let draft: { inspection: string; part: ReportPart; role: Role | undefined; lines: string[] } | undefined;

  return {
    /** True while lines are being taken as a part's text. */
    active: () => draft !== undefined,

    async start(rest: string): Promise<string[]> {
      const { inspection, role } = await where();
      if (!inspection) return ["Choose an inspection first: `use ID`."];
      const [verb = "", ...words] = rest.trim().split(/\s+/);
      const actor = { user: deps.user, role };
      if (!verb) {
        const found = await reportInput(deps.store, inspection, actor);
        return found.ok ? reportMarkdown(buildReport(found.input)).trimEnd().split("\n") : [found.error.message];
      }
      if (verb !== "edit") return [USAGE];
      const part = readPartName(words.join(" "));
      if (!part) return [`\`report edit PART\`: PART is one of ${ReportPart.options.join(", ")}.`];
      const parts = await reportPartsToEdit(deps.store, inspection, actor);
      if (!parts.ok) return [parts.error.message];
      draft = { inspection, part, role, lines: [] };
      const now = parts.texts[part];
      return [
        ...(now ? [`${PART_TITLES[part]} now reads:`, ...now.split("\n").map((l) => `  ${l}`)] : [`${PART_TITLES[part]} is not written yet.`]),
        `Type the new ${PART_TITLES[part].toLowerCase()}; end with a line holding only "." (a "." alone on the first line puts back the default).`,
      ];
    },

    async take(line: string): Promise<string[]> {
      if (!draft) return [];
      if (line.trim() !== ".") {
        draft.lines.push(line);
        return [];
      }
      const { inspection, part, role, lines } = draft;
      draft = undefined;
      const saved = await setReportPart(deps.store, { inspection, part, text: lines.join("\n"), actor: { user: deps.user, role }, at: deps.now() });
      if (!saved.ok) return [saved.error.message];
      return [
        saved.stored.text
          ? `Saved the ${PART_TITLES[part].toLowerCase()} (${saved.stored.text.length} characters).`
          : `The ${PART_TITLES[part].toLowerCase()} is back to its default.`,
      ];
    },
  };
}
