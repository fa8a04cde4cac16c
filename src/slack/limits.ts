/** Slack's Block Kit and message limits, in one place (api.slack.com/reference/block-kit).
 * Builders stay inside these; the block tests check every builder against them. */
export const LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a modal or the App Home. */
  viewBlocks: 100,
  /** Top-level `text` of a message (Slack truncates beyond it). */
  messageText: 40_000,
  sectionText: 3_000,
  sectionFieldText: 2_000,
  sectionFields: 10,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  /** Options in a static select, and option groups. */
  selectOptions: 100,
  checkboxOptions: 10,
  radioOptions: 10,
  optionText: 75,
  optionValue: 150,
  placeholderText: 150,
  inputLabel: 2_000,
  inputHint: 2_000,
  plainTextInput: 3_000,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3_000,
  callbackId: 255,
} as const;

export type Limit = keyof typeof LIMITS;
