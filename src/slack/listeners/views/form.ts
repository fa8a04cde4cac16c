import type { ViewOutput } from "@slack/bolt";
import { findQuestion } from "../../../core/interview/interview.ts";
import type { Question } from "../../../core/framework/schema.ts";
import { findFramework } from "../../../frameworks/index.ts";
import { decodeMeta, type ModalMeta } from "../../button-value.ts";
import { INPUTS } from "../../ids.ts";
import type { Ctx } from "../../deps.ts";

/** A modal's submission: read and checked without the store (so the modal can show errors in
 * its reply to Slack), then acted on after the acknowledgement. */
export interface ViewHandler<T> {
  doing: string;
  read(view: ViewOutput): FormRead<T>;
  run(ctx: Ctx, user: string, form: T, view: ViewOutput): Promise<void>;
}

export type FormRead<T> = { ok: true; form: T } | { ok: false; errors: Record<string, string> };

/** One field's error, shown under that field in the modal. */
export const invalid = (id: string, message: string): FormRead<never> => ({ ok: false, errors: { [id]: message } });

export function field(view: ViewOutput, id: string): string | undefined {
  const input = view.state.values[id]?.[id];
  return (input?.selected_option?.value ?? input?.value ?? undefined)?.trim() || undefined;
}

export function metaOf(view: ViewOutput): ModalMeta | undefined {
  return decodeMeta(view.private_metadata);
}

/** The modal's case (from its metadata) and the question chosen in it, when both are valid. */
export function chosenQuestion(view: ViewOutput): { meta: ModalMeta; question: Question } | undefined {
  const meta = metaOf(view);
  const framework = meta ? findFramework(meta.f) : undefined;
  const question = framework ? findQuestion(framework, field(view, INPUTS.question) ?? "") : undefined;
  return meta && question ? { meta, question } : undefined;
}
