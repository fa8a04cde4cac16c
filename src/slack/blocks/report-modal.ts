import { PART_TITLES, ReportPart } from "../../report/parts.ts";
import { VIEWS } from "../ids.ts";
import { LIMITS } from "../limits.ts";
import { context, plain, type Block, type ModalView } from "./kit.ts";

export interface ReportModalMeta {
  /** The inspection. */
  i: string;
  /** Where to confirm: the channel the command came from. */
  ch: string;
}

const HINTS: Record<ReportPart, string> = {
  context: "The service and what shaped the inspection. Paragraphs separated by a blank line.",
  summary: "The findings in a few paragraphs.",
  operational_management: "How managers made sure the work was done.",
  key_strengths: "One strength a line, each starting with “- ”.",
  improvements: "Generated from the figures; rewrite as the report should say it, one area a line. Empty brings the generated list back.",
};

const LIMIT_NOTE = `Up to ${LIMITS.plainTextInput.toLocaleString("en-GB")} characters here; longer text through \`casecheck report set\`.`;

/** One multiline box per part of the narrative, prefilled with what is stored. A part already
 * longer than Slack allows in a box is not offered here (it would be cut): it is edited on the
 * command line, and the modal says so. */
export function buildReportModal(meta: ReportModalMeta, texts: Record<ReportPart, string>): ModalView {
  const blocks: Block[] = [context("Written by people, never by a model. Every save is kept with who and when.")];
  for (const part of ReportPart.options) {
    const text = texts[part];
    if (text.length > LIMITS.plainTextInput) {
      blocks.push(
        context(
          `*${PART_TITLES[part]}* is ${text.length.toLocaleString("en-GB")} characters, more than a Slack box holds: edit it with \`casecheck report set --inspection ${meta.i} --part ${part} --file FILE\`.`,
        ),
      );
      continue;
    }
    blocks.push({
      type: "input",
      block_id: part,
      optional: true,
      label: plain(PART_TITLES[part], LIMITS.inputLabel),
      hint: plain(`${HINTS[part]} ${LIMIT_NOTE}`, LIMITS.inputHint),
      element: { type: "plain_text_input", action_id: part, multiline: true, max_length: LIMITS.plainTextInput, ...(text ? { initial_value: text } : {}) },
    });
  }
  return {
    type: "modal",
    callback_id: VIEWS.reportEdit,
    title: plain("The report's narrative", LIMITS.modalTitle),
    submit: plain("Save", LIMITS.modalButton),
    close: plain("Cancel", LIMITS.modalButton),
    private_metadata: JSON.stringify(meta),
    blocks,
  };
}
