/** General words of the inspectors' language, the same for every framework. The framework's own
 * words (its `terms`, phrases and option labels) are added by vocabulary.ts. */
export { REWRITES } from "./rewrites.ts";
export { WORD_SYNONYMS } from "./synonyms.ts";
export * from "./signals.ts";
export { COMMON_WORDS, FILLERS, STOP } from "./stop-words.ts";
