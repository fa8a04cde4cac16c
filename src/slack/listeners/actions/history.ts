import type { Ctx } from "../../deps.ts";
import { showHistory } from "../../thread/history.ts";
import type { CaseClick } from "./case-button.ts";

/** History under an answered question: that question's audit trail, for the person pressing it. */
export const onHistory = (ctx: Ctx, click: CaseClick) => showHistory(ctx, click.where, click.open, click.actor, click.button.q);
