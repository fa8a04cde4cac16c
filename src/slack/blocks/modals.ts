import type { AnsweredChoice } from "../../service/answered.ts";
import { encodeMeta, type ModalMeta } from "../button-value.ts";
import { INPUTS, VIEWS } from "../ids.ts";
import { LIMITS } from "../limits.ts";
import { fileInput } from "./evidence-modal.ts";
import { cut, option, plain, type Block, type ModalView } from "./kit.ts";

export type { AnsweredChoice };

interface ModalInput {
  meta: ModalMeta;
  caseRef: string;
  answered: AnsweredChoice[];
  /** The question to preselect (the one on screen, or the last answered). */
  initialQuestion?: string;
}

function questionSelect({ answered, initialQuestion }: ModalInput): Block {
  const options = answered.slice(-LIMITS.selectOptions).map((a) => option(a.label, a.id));
  const initial = options.find((o) => o.value === initialQuestion);
  return {
    type: "input",
    block_id: INPUTS.question,
    label: plain("Question", LIMITS.inputLabel),
    element: { type: "static_select", action_id: INPUTS.question, options, ...(initial ? { initial_option: initial } : {}) },
  };
}

function textInput(id: string, label: string, hint: string, multiline: boolean, initial?: string): Block {
  return {
    type: "input",
    block_id: id,
    label: plain(label, LIMITS.inputLabel),
    hint: plain(hint, LIMITS.inputHint),
    element: { type: "plain_text_input", action_id: id, multiline, max_length: LIMITS.plainTextInput, ...(initial ? { initial_value: initial } : {}) },
  };
}

function modal(callbackId: string, title: string, submit: string, meta: ModalMeta, blocks: Block[]): ModalView {
  return {
    type: "modal",
    callback_id: callbackId,
    title: plain(title, LIMITS.modalTitle),
    submit: plain(submit, LIMITS.modalButton),
    close: plain("Cancel", LIMITS.modalButton),
    private_metadata: encodeMeta(meta),
    blocks,
  };
}

/** Change an answer: which question, the new answer as typed, and why (kept in the audit trail). */
export function buildChangeModal(input: ModalInput & { initialValue?: string }): ModalView {
  return modal(VIEWS.changeAnswer, cut(`Change an answer: ${input.caseRef}`, LIMITS.modalTitle), "Change", input.meta, [
    questionSelect(input),
    textInput(INPUTS.value, "New answer", "yes, no or n/a; or the option, as on the buttons (several separated by commas)", false, input.initialValue),
    textInput(INPUTS.reason, "Why is it changing?", "Kept in the audit trail with the old and new answers.", true),
  ]);
}

/** Add evidence to an answered question. */
export function buildNoteModal(input: ModalInput): ModalView {
  return modal(VIEWS.addNote, cut(`Add a note: ${input.caseRef}`, LIMITS.modalTitle), "Save note", input.meta, [
    questionSelect(input),
    { ...textInput(INPUTS.note, "Note", "Evidence for the answer. Never a child's name.", true), optional: true } as Block,
    fileInput("Files (optional): linked from the answer, never read by casecheck"),
  ]);
}
