import type { Role } from "../core/records.ts";

/** The role of someone at a terminal who said who they are (`shell --as ROLE`): the terminal is
 * trusted to say so, except for lead, which they hold only where the inspection says they do
 * (they created it, or were made lead). Without a claim, the inspection's own record decides. */
export function claimedRole(stored: Role | undefined, claimed: Role | undefined): Role | undefined {
  if (!claimed) return stored;
  if (claimed === "lead") return stored === "lead" ? "lead" : stored;
  return claimed;
}
