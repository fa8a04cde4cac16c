/** Ids of the slash command, actions and views, in one place: listeners register against them
 * and builders put them on elements, so the two cannot drift apart. */
export const COMMAND = "/casecheck";

export const ACTIONS = {
  /** A value button; the suffix keeps action ids unique within one actions block. */
  answerPrefix: "answer:",
  /** Saves the ticked options of a multi question. */
  saveChoices: "save_choices",
  /** Ticking a box only changes the message's state; it is acknowledged and otherwise ignored. */
  tick: "tick",
  back: "back",
  skip: "skip",
  note: "note",
  pause: "pause",
  change: "change",
  /** On an answered question: who answered what and when, with every change (ephemeral). */
  history: "history",
  /** A link button opening a case thread (Slack still sends the click; it is acknowledged). */
  openCase: "open_case",
  /** On a reminder: no reminders for a day, or none until turned on again. */
  snoozeReminders: "reminders_snooze",
  stopReminders: "reminders_stop",
  /** In a DM, which inspection a question about the figures is about (one button each). */
  askIn: "ask_in",
  /** On a case manager's first question: every factual question of its section in one form. */
  answerSection: "answer_section",
} as const;

export const answerAction = (value: string) => `${ACTIONS.answerPrefix}${value}`;

/** A choice under an unsure answer about the figures: `ask_choice:0`, `ask_choice:1`, ... (one
 * action id per button of the block); the value is the reading to answer. */
export const askChoiceAction = (index: number) => `ask_choice:${index}`;
export const ASK_CHOICE_ACTION = /^ask_choice:/;
export const ANSWER_ACTION = /^answer:/;

export const VIEWS = {
  changeAnswer: "change_answer",
  addNote: "add_note",
  reportEdit: "report_edit",
  answerSection: "answer_section",
  /** The message shortcut "Add to a case as evidence", and its modal (the manifest names it). */
  addEvidence: "add_evidence",
} as const;

/** block_id/action_id of modal inputs, read back from `view.state.values`. */
export const INPUTS = {
  question: "question",
  value: "value",
  reason: "reason",
  note: "note",
  choices: "choices",
  case: "case",
  files: "files",
} as const;
