import type { Role } from "../core/records.ts";
import type { Store } from "../store/store.ts";
import { inspectionInChannel } from "./channel.ts";
import { fail, type Result } from "./result.ts";

export interface ChangeRole {
  channel: string;
  /** Who asks: only a lead may change roles. */
  by: string;
  user: string;
  role: Role | undefined;
}

/** Gives someone a role in the channel's inspection, or takes it away. The last lead cannot be
 * removed, so an inspection is never left without someone who can manage it. */
export async function changeRole(store: Store, input: ChangeRole): Promise<Result<{ inspection: string }>> {
  const here = await inspectionInChannel(store, input.channel, input.by, "manage");
  if (!here.ok) return here;
  const id = here.inspection;
  const leads = (await store.listRoles(id)).filter((r) => r.role === "lead").map((r) => r.user);
  if (input.role !== "lead" && leads.length === 1 && leads[0] === input.user)
    return fail("last_lead", `${input.user} is the only lead of \`${id}\`; make someone else lead first.`);
  await store.setRole(id, input.user, input.role);
  return { ok: true, inspection: id };
}
