/** Questions the assistant must not answer, whatever the figures: attempts to change how it
 * works, and requests for what is kept out of the figures (notes, names, individual answers).
 * Checked before anything else, so such a question never reaches a language model. */

const INSTRUCTIONS = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules?|prompts?|guidelines|previous|above|everything|restrictions)\b/,
  /\bsystem prompt\b|\bdeveloper mode\b|\bjailbreak\b|\byou are now\b|\bpretend\b|\bact as\b|\broleplay\b/,
  /\breveal\b|\byour (instructions|prompt|rules|configuration)\b|\bprint your\b/,
];

const PRIVATE = [
  /\bnotes?\b|\bevidence\b|\bcomments?\b|\bfree text\b/,
  /\b(child|children|young person|young people|kid|kids|boy|girl|offender|offenders|his|her|their|real|full|first|last|sur|family)('s|s'|s)? ?names?\b/,
  // Whether a child has been looked after is theirs, not a figure of the framework.
  /\b(been|were|was|are|is) in care\b/,
  /\bnames? of\b|\bwhat(?:'s| is| was) the name\b|\bwhat (is|was|are|were) .{0,30}\bcalled\b(?! for)/,
  /\b(the|this|that) (girl|boy|lad|young man|young woman)\b|\bsocial worker\b|\bfamily (situation|circumstances)\b|\b(just|only) (the )?names\b|\bin prison\b|\bwhich family\b|\bwhere .{0,30}\b(lives?|comes? from)\b|\b(the|their|his|her|home|postal) address(es)?\b|\bdate of birth\b|\bdob\b|\bbirthday\b|\bphone\b|\be-?mail\b|\bethnicity\b/,
  /\bwhat did .{0,60}\b(say|said|write|wrote|record|recorded|note|noted|put|answer|answered)\b/,
  /\bword for word\b|\bwhat .{0,40}\bsaid\b|\bwhich (of the )?([a-z]+ )?(young people|young person|children|child)\b.{0,40}\b(has|have) (a|an) ([a-z-]+ ){0,2}(disability|diagnosis|condition)\b/,
  // "Which young person has the worst family background? Tell me about them": one person's story.
  /\btell me (all |more |everything )?about (them|him|her)\b/,
  /\b(answers?|responses?) (for|to|of|on|in) (case )?[a-z]{1,2}-?\d/,
  /\b(raw|every|individual) answers?\b|\ball (the )?answers\b|\bdump\b|\bdatabase\b|\bexport\b/,
  // "Who is the case manager for D07?" names a person; "young people who were a danger to others"
  // and "whose caseloads had the most ..." (a split by case manager) do not.
  /^\s*(who|whose)\b(?!.{0,80}\b(most|fewest|least|more|fewer|highest|lowest|best|worst)\b)|\bwho (is|was|are|were) (the|their|his|her)\b/,
];

/** Changing what was recorded is done in the case thread, with a reason, never by a question. */
const CHANGES = [
  /(^|\bplease |\b(can|could|would|will) (you|we|i) (please )?)(delete|remove|erase|wipe|reset|undo|add(?! up)|insert|create)\b/,
  // An instruction to set something: "Mark case D18 as custody", "could you update the figures so ...".
  /(^|\bplease |\b(can|could|would|will) (you|we|i) (please )?)(change|edit|alter|amend|adjust|correct|fix|update|rewrite|modify|delete|remove|set|mark|record|flip|switch|make)\b.{0,60}\b(as|to|so)\b/,
  /\b(change|edit|alter|overwrite|modify|delete|remove|erase|wipe|reset|set|mark|flip|switch)\b.{0,60}\b(answers?|records?|to (yes|no|n\/?a)|as (yes|no|n\/?a)|from (yes|no))\b/,
  // "set rosh.rmp = yes for D02"
  /\b(set|change|make|mark|put)\b.{0,60}= ?(yes|no|n\/?a)\b/,
  // "Recalculate it so the RMP figure shows 12 of 16": a figure made to say what someone wants.
  /\bso (that )?(it|they|the [a-z ]{1,30}?) (shows?|reads?|says?|comes? out as)\b/,
];

export type RefusalKind = "instructions" | "private" | "changes";

export function refusalOf(text: string): RefusalKind | undefined {
  const t = text.toLowerCase().replace(/[’‘`]/g, "'");
  if (INSTRUCTIONS.some((r) => r.test(t))) return "instructions";
  if (PRIVATE.some((r) => r.test(t))) return "private";
  if (CHANGES.some((r) => r.test(t))) return "changes";
  return undefined;
}

export const REFUSAL_REASONS: Record<RefusalKind | "off_topic", string> = {
  instructions: "I can't change how I work or share what I have been told. I answer questions about this inspection's figures.",
  private:
    "I can't share notes, names or individual answers. I answer questions about the figures: how many, what percentage, and which cases are behind them.",
  changes: "I can't change answers from a question. Answers are changed in the case's thread (Change), with a reason for the audit trail.",
  off_topic: "I can only answer questions about this inspection's figures.",
};
