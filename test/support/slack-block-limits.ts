import { LIMITS } from "../../src/slack/limits.ts";
import type { SlackJson } from "./fake-slack.ts";

/** Every way a message or view breaks Slack's limits (LIMITS), as readable problems; an empty
 * list means Slack would accept it as far as its documented limits go. */
export function limitProblems(
  surface: "message" | "view",
  blocks: readonly SlackJson[],
  extra: { text?: string; title?: string; privateMetadata?: string } = {},
): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || problems.push(what));
  const max = surface === "message" ? LIMITS.messageBlocks : LIMITS.viewBlocks;
  check(blocks.length <= max, `${blocks.length} blocks (max ${max})`);
  if (extra.text !== undefined) check(extra.text.length <= LIMITS.messageText, `message text ${extra.text.length} chars`);
  if (extra.title !== undefined) check(extra.title.length <= LIMITS.modalTitle, `modal title "${extra.title}"`);
  if (extra.privateMetadata !== undefined) check(extra.privateMetadata.length <= LIMITS.privateMetadata, "private_metadata too long");
  const ids = new Set<string>();
  blocks.forEach((block, i) => {
    const at = `block ${i} (${block.type})`;
    if (block.block_id) {
      check(!ids.has(block.block_id), `${at}: block_id ${block.block_id} repeated`);
      ids.add(block.block_id);
      check(block.block_id.length <= LIMITS.blockId, `${at}: block_id too long`);
    }
    if (block.type === "section") {
      check(!!block.text?.text || !!block.fields?.length, `${at}: empty section`);
      if (block.text) check(block.text.text.length <= LIMITS.sectionText && block.text.text.length > 0, `${at}: text ${block.text.text.length} chars`);
    }
    if (block.type === "header") check(block.text.text.length <= LIMITS.headerText, `${at}: header ${block.text.text.length} chars`);
    if (block.type === "context") check(block.elements.length <= LIMITS.contextElements, `${at}: ${block.elements.length} elements`);
    if (block.type === "input") check(block.label.text.length <= LIMITS.inputLabel, `${at}: label too long`);
    const elements = block.type === "actions" ? block.elements : block.element ? [block.element] : block.accessory ? [block.accessory] : [];
    if (block.type === "actions") check(elements.length <= LIMITS.actionsElements && elements.length > 0, `${at}: ${elements.length} elements`);
    const actionIds = new Set<string>();
    for (const e of elements) {
      if (e.action_id) {
        check(!actionIds.has(e.action_id), `${at}: action_id ${e.action_id} repeated`);
        actionIds.add(e.action_id);
        check(e.action_id.length <= LIMITS.actionId, `${at}: action_id too long`);
      }
      if (e.type === "button") {
        check(e.text.text.length <= LIMITS.buttonText, `${at}: button text "${e.text.text}"`);
        check((e.value ?? "").length <= LIMITS.buttonValue, `${at}: button value ${e.value?.length} chars`);
      }
      const options = e.options ?? [];
      const max = e.type === "checkboxes" ? LIMITS.checkboxOptions : e.type === "radio_buttons" ? LIMITS.radioOptions : LIMITS.selectOptions;
      check(options.length <= max, `${at}: ${options.length} options (max ${max})`);
      for (const o of options) {
        check(o.text.text.length <= LIMITS.optionText, `${at}: option text "${o.text.text}"`);
        check(o.value.length <= LIMITS.optionValue, `${at}: option value too long`);
      }
      if (e.placeholder) check(e.placeholder.text.length <= LIMITS.placeholderText, `${at}: placeholder too long`);
    }
  });
  return problems;
}
