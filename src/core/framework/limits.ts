/** How many options a question can show in Slack: a choice question's options are buttons in
 * one actions block, a multi question's are checkboxes. Kept here, as data, so a framework is
 * refused when it is checked rather than cut short in a thread. */
export const OPTION_LIMITS = { choice: 25, multi: 10 } as const;

export const OPTION_LIMIT_REASON = {
  choice: "Slack shows a choice question's options as buttons, at most 25; split the question or group the options",
  multi: "Slack shows a multi question's options as checkboxes, at most 10; split the question or group the options",
} as const;
