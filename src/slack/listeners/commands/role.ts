import { describeRole } from "../../../core/access.ts";
import { mention } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import { tell, type Where } from "../../reply.ts";
import { inspectionHere } from "./here.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck role @person ROLE`: leads only. The last lead cannot be removed, so an
 * inspection is never left without someone who can manage it. */
export async function setRole(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "role" }>): Promise<void> {
  const here = await inspectionHere(ctx, where, "manage");
  if (!here) return;
  const { store } = ctx.deps;
  const roles = await store.listRoles(here.inspection);
  const leads = roles.filter((r) => r.role === "lead").map((r) => r.user);
  if (command.role !== "lead" && leads.length === 1 && leads[0] === command.user)
    return tell(ctx, where, `${mention(command.user)} is the only lead of \`${here.inspection}\`; make someone else lead first.`);
  await store.setRole(here.inspection, command.user, command.role ?? undefined);
  const now = command.role ? `is now ${describeRole(command.role)}` : "no longer has a role";
  await tell(ctx, where, `${mention(command.user)} ${now} in \`${here.inspection}\`.`);
}
