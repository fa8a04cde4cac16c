import type { CaseChoice } from "../../service/evidence.ts";
import type { SharedFile } from "../evidence-in.ts";
import { INPUTS, VIEWS } from "../ids.ts";
import { LIMITS } from "../limits.ts";
import { cut, option, plain, section, type Block, type ModalView } from "./kit.ts";

/** What the shortcut's modal remembers: where the message is and what it shares. */
export interface EvidenceMeta {
  /** The message's permalink. */
  link?: string;
  files: Array<Required<Pick<SharedFile, "id" | "permalink">> & { name?: string }>;
}

/** The file input a modal offers for evidence (Slack keeps the file; casecheck its id and link). */
export const fileInput = (label: string): Block => ({
  type: "input",
  block_id: INPUTS.files,
  optional: true,
  label: plain(label, LIMITS.inputLabel),
  element: { type: "file_input", action_id: INPUTS.files, max_files: 5 },
});

/** "Add to a case as evidence": which case, and optionally which question (else its latest answer). */
export function buildEvidenceModal(cases: readonly CaseChoice[], questions: ReadonlyArray<{ id: string; text: string }>, meta: EvidenceMeta): ModalView {
  const blocks: Block[] = [
    section(
      `The message${meta.files.length ? ` and its ${meta.files.length === 1 ? "file" : `${meta.files.length} files`}` : ""} will be linked from the answer, not copied.`,
    ),
    {
      type: "input",
      block_id: INPUTS.case,
      label: plain("Case", LIMITS.inputLabel),
      element: {
        type: "static_select",
        action_id: INPUTS.case,
        options: cases.slice(0, LIMITS.selectOptions).map((c) => option(`${c.ref} · ${c.inspectionName}`, `${c.inspection}/${c.ref}`)),
      },
    },
    {
      type: "input",
      block_id: INPUTS.question,
      optional: true,
      label: plain("Question (empty: the case's latest answer)", LIMITS.inputLabel),
      element: { type: "static_select", action_id: INPUTS.question, options: questions.slice(0, LIMITS.selectOptions).map((q) => option(q.text, q.id)) },
    },
  ];
  return {
    type: "modal",
    callback_id: VIEWS.addEvidence,
    title: plain("Add evidence", LIMITS.modalTitle),
    submit: plain("Add", LIMITS.modalButton),
    close: plain("Cancel", LIMITS.modalButton),
    private_metadata: cut(JSON.stringify(meta), LIMITS.privateMetadata),
    blocks,
  };
}
