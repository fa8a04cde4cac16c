import { describeRole } from "../../../core/access.ts";
import { changeRole } from "../../../service/roles.ts";
import { mention } from "../../blocks/kit.ts";
import type { Ctx } from "../../deps.ts";
import { tell, tellFailure, type Where } from "../../reply.ts";
import type { CaseCheckCommand } from "./parse.ts";

/** `/casecheck role @person ROLE`: changeRole decides (leads only; never the last lead). */
export async function setRole(ctx: Ctx, where: Where, command: Extract<CaseCheckCommand, { kind: "role" }>): Promise<void> {
  const changed = await changeRole(ctx.deps.store, { channel: where.channel, by: where.user, user: command.user, role: command.role ?? undefined });
  if (!changed.ok) {
    if (changed.error.code === "last_lead")
      return tell(ctx, where, `${mention(command.user)} is the only lead of this inspection; make someone else lead first.`);
    return tellFailure(ctx, where, changed.error);
  }
  const now = command.role ? `is now ${describeRole(command.role)}` : "no longer has a role";
  await tell(ctx, where, `${mention(command.user)} ${now} in \`${changed.inspection}\`.`);
}
