import { may, type Action } from "../core/access.ts";
import { InspectionId, type Inspection, type Role } from "../core/records.ts";
import { DEFAULT_FRAMEWORK, findFramework, listFrameworks } from "../frameworks/index.ts";
import { pinFramework } from "./framework-version.ts";
import type { Framework } from "../core/framework/schema.ts";
import type { Store } from "../store/store.ts";
import { fail, type Result } from "./result.ts";
import { claimedRole } from "./claimed-role.ts";

/** A refusal when the inspection has been brought to another channel since: the old channel's
 * binding is gone, whatever the store's channel key still says. */
export function movedFrom(inspection: Inspection, channel: string): { ok: false; error: ReturnType<typeof fail>["error"] } | undefined {
  if (!inspection.channel || inspection.channel === channel) return undefined;
  return fail("moved", `Inspection ${inspection.id} has moved to another channel; carry on there. Nothing was done here.`, { channel: inspection.channel });
}

export interface Here {
  /** The inspection's id. */
  inspection: string;
  role: Role | undefined;
  record: Inspection;
}

/** The inspection bound to a channel, with the person's role in it, if they may do `action`
 * there. The one place that decides which inspection a channel holds. */
export async function inspectionInChannel(store: Store, channel: string, user: string, action?: Action): Promise<Result<Here>> {
  const id = await store.getChannelInspection(channel);
  const none = fail("not_found", "This channel has no inspection yet. `/casecheck new ID [name]` starts one here.");
  if (!id) return none;
  const [inspection, role] = await Promise.all([store.getInspection(id), store.getRole(id, user)]);
  if (!inspection) return none;
  const moved = movedFrom(inspection, channel);
  if (moved) return moved;
  if (action) {
    const allowed = may(role, action);
    if (!allowed.ok) return fail("not_allowed", allowed.reason);
  }
  return { ok: true, inspection: inspection.id, role, record: inspection };
}

/** The inspection by id, for a surface with no channels (the shell), with the person's role
 * (claimedRole) if they may do `action` in it. */
export async function inspectionById(store: Store, id: string, user: string, action?: Action, claimed?: Role): Promise<Result<Here>> {
  const [inspection, stored] = await Promise.all([store.getInspection(id), store.getRole(id, user)]);
  if (!inspection) return fail("not_found", `There is no inspection "${id}". Type \`inspections\` to list them.`);
  const role = claimedRole(stored, claimed);
  if (action) {
    const allowed = may(role, action);
    if (!allowed.ok) return fail("not_allowed", allowed.reason);
  }
  return { ok: true, inspection: inspection.id, role, record: inspection };
}

export interface BringInspection {
  id: string;
  name?: string;
  /** The framework a new inspection uses (the default when not named). */
  framework?: string;
  channel: string;
  user: string;
  at: string;
}

/** What `new` will do: start an inspection bound to the channel, led by whoever starts it, or
 * bring an existing one here (its lead only; its old channel then refuses it). Nothing is
 * written: the caller announces it first, then calls `saveBrought`. */
export interface Brought {
  inspection: Inspection;
  framework: Framework;
  existing: boolean;
}

export async function planInspection(store: Store, input: BringInspection): Promise<Result<Brought>> {
  const id = InspectionId.safeParse(input.id);
  if (!id.success) return fail("invalid", `\`${input.id}\`: ${id.error.issues[0]!.message}.`);
  const boundId = await store.getChannelInspection(input.channel);
  const [bound, existing, role] = await Promise.all([
    boundId && boundId !== id.data ? store.getInspection(boundId) : undefined,
    store.getInspection(id.data),
    store.getRole(id.data, input.user),
  ]);
  // A channel whose inspection moved on holds nothing any more.
  if (bound && bound.channel === input.channel)
    return fail("invalid", `This channel already holds inspection \`${bound.id}\`. Start a new inspection in its own channel.`);
  if (existing) {
    if (existing.channel === input.channel) return fail("invalid", `Inspection \`${id.data}\` is already here.`);
    if (role !== "lead") return fail("not_allowed", `Inspection \`${id.data}\` already exists; only its lead inspector can bring it to this channel.`);
  }
  if (existing && input.framework && input.framework !== existing.framework)
    return fail("invalid", `Inspection \`${id.data}\` already uses ${existing.framework}; an inspection keeps its framework.`);
  const framework = findFramework(existing?.framework ?? input.framework ?? DEFAULT_FRAMEWORK);
  if (!framework)
    return fail(
      "not_found",
      `There is no framework \`${input.framework ?? existing?.framework}\`. Known: ${listFrameworks()
        .map((k) => `\`${k.framework.id}\``)
        .join(", ")}.`,
    );
  const inspection = existing
    ? { ...existing, channel: input.channel }
    : { id: id.data, name: input.name ?? id.data, framework: framework.id, createdAt: input.at, createdBy: input.user, channel: input.channel };
  return { ok: true, inspection, framework, existing: !!existing };
}

/** Writes what planInspection decided: the inspection, its channel, and a new inspection's lead. */
export async function saveBrought(store: Store, { inspection, existing, framework }: Brought, user: string): Promise<void> {
  // A new inspection keeps the version of its framework it starts with.
  await store.saveInspection(existing ? inspection : await pinFramework(store, inspection, framework));
  await store.bindChannel(inspection.channel!, inspection.id);
  if (!existing) await store.setRole(inspection.id, user, "lead");
}

/** An inspection created outside Slack (the shell's `new`, the demo): its creator is its lead. */
export async function createInspection(store: Store, inspection: Omit<Inspection, "channel">): Promise<Result<{ inspection: Inspection }>> {
  const id = InspectionId.safeParse(inspection.id);
  if (!id.success) return fail("invalid", `\`new ID name\`: ${id.error.issues[0]!.message}.`);
  if (await store.getInspection(id.data)) return fail("invalid", `Inspection ${id.data} already exists: \`use ${id.data}\`.`);
  const framework = findFramework(inspection.framework);
  if (!framework)
    return fail(
      "not_found",
      `There is no framework "${inspection.framework}". Known: ${listFrameworks()
        .map((k) => k.framework.id)
        .join(", ")}.`,
    );
  const created = await pinFramework(store, { ...inspection, id: id.data }, framework);
  await store.saveInspection(created);
  await store.setRole(created.id, created.createdBy, "lead");
  return { ok: true, inspection: created };
}
