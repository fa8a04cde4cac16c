import { progressOf } from "../../../core/interview/case-state.ts";
import { waitingFor, whatWaits } from "../../../core/interview/waiting.ts";
import type { Role } from "../../../core/records.ts";
import { loadInspection, type LoadedInspection } from "../../../service/inspections.ts";
import { buildHomeView, type HomeInspection } from "../../blocks/home.ts";
import type { Ctx } from "../../deps.ts";

/** App Home: every inspection the user has a role in, what is in progress and what waits for them. */
export async function onHomeOpened(ctx: Ctx, user: string): Promise<void> {
  const { store } = ctx.deps;
  const mine: HomeInspection[] = [];
  for (const inspection of await store.listInspections()) {
    const role = await store.getRole(inspection.id, user);
    if (!role) continue;
    const loaded = await loadInspection(store, inspection.id);
    if (loaded.ok) mine.push(homeInspection(loaded, user, role));
  }
  await ctx.client.views.publish({ user_id: user, view: buildHomeView(mine) });
}

function homeInspection({ inspection, framework, cases, scored }: LoadedInspection, user: string, role: Role): HomeInspection {
  // Case managers see only their own cases (DESIGN.md, Access).
  const visible = cases.filter((c) => role !== "case_manager" || c.manager === user);
  const rows = visible.map((kase) => {
    const answers = scored.find((s) => s.ref === kase.ref)?.answers ?? {};
    return { kase, all: progressOf(framework, answers), forUser: role === "manager" ? 0 : waitingFor(whatWaits(framework, kase, answers), user) };
  });
  return {
    id: inspection.id,
    name: inspection.name,
    role,
    ...(inspection.channel ? { channel: inspection.channel } : {}),
    cases: visible.length,
    complete: rows.filter((r) => r.all.complete).length,
    inProgress: rows.filter((r) => !r.all.complete).map((r) => ({ ref: r.kase.ref, answered: r.all.answered, total: r.all.total, paused: r.kase.paused })),
    waiting: rows.filter((r) => r.forUser > 0).map((r) => ({ ref: r.kase.ref, questions: r.forUser })),
  };
}
