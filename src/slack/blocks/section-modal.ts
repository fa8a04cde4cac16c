import type { ModalMeta } from "../button-value.ts";
import { encodeMeta } from "../button-value.ts";
import { VIEWS } from "../ids.ts";
import { LIMITS } from "../limits.ts";
import { cut, option, plain, type Block, type ModalView } from "./kit.ts";

export interface SectionQuestion {
  id: string;
  text: string;
  multi: boolean;
  choices: Array<{ value: string; label: string }>;
}

/** The block id of a question's select; the value's action id is always "value". */
export const sectionBlockId = (question: string) => `q:${question}`;
export const SECTION_VALUE = "value";

/** Every factual question of a section in one form, a select each; any left empty stays open
 * in the thread. */
export function buildSectionModal(input: { meta: ModalMeta; caseRef: string; title: string; questions: readonly SectionQuestion[] }): ModalView {
  const blocks: Block[] = input.questions.slice(0, LIMITS.viewBlocks).map((q) => {
    const options = q.choices.slice(0, LIMITS.selectOptions).map((c) => option(c.label, c.value));
    return {
      type: "input",
      block_id: sectionBlockId(q.id),
      optional: true,
      label: plain(q.text, LIMITS.inputLabel),
      element: q.multi ? { type: "multi_static_select", action_id: SECTION_VALUE, options } : { type: "static_select", action_id: SECTION_VALUE, options },
    };
  });
  return {
    type: "modal",
    callback_id: VIEWS.answerSection,
    title: plain(cut(`${input.caseRef}: ${input.title}`, LIMITS.modalTitle), LIMITS.modalTitle),
    submit: plain("Save answers", LIMITS.modalButton),
    close: plain("Cancel", LIMITS.modalButton),
    private_metadata: encodeMeta(input.meta),
    blocks,
  };
}
