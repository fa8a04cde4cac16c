import { Framework } from "../core/framework/schema.ts";
import type { Inspection } from "../core/records.ts";
import { findFramework } from "../frameworks/index.ts";
import type { Store } from "../store/store.ts";
import { fail, type Result } from "./result.ts";

/** A copy of the framework an inspection started with, so a changed file never re-scores an
 * inspection under way. The key names the inspection after its kind, so deleting the
 * inspection deletes its copy. */
const key = (inspection: string) => `framework-snapshot:${inspection}`;
interface Snapshot {
  inspection: string;
  framework: unknown;
}

/** Parsed copies, by framework id and version (a version names one content). */
const parsed = new Map<string, Framework>();

/** Records the framework an inspection uses now: its version on the record, a copy in the store. */
export async function pinFramework(store: Store, inspection: Inspection, framework: Framework): Promise<Inspection> {
  const pinned = { ...inspection, framework: framework.id, frameworkVersion: framework.version };
  await store.setValue<Snapshot>(key(inspection.id), { inspection: inspection.id, framework });
  return pinned;
}

/** The framework an inspection is scored by: the loaded file when its version is the one the
 * inspection started with; otherwise the stored copy of that version, with a note saying so. */
export async function frameworkOf(store: Store, inspection: Inspection): Promise<Result<{ framework: Framework; note?: string }>> {
  const current = findFramework(inspection.framework);
  const version = inspection.frameworkVersion;
  if (current && (version === undefined || String(version) === String(current.version))) return { ok: true, framework: current };
  const cacheKey = `${inspection.framework}@${String(version)}`;
  let framework = parsed.get(cacheKey);
  if (!framework) {
    const snapshot = await store.getValue<Snapshot>(key(inspection.id));
    const copy = Framework.safeParse(snapshot?.framework);
    if (copy.success && String(copy.data.version) === String(version)) parsed.set(cacheKey, (framework = copy.data));
  }
  if (!framework)
    return fail(
      "not_found",
      current
        ? `Inspection ${inspection.id} started with version ${String(version)} of ${inspection.framework}, the file is now version ${current.version}, and no copy of version ${String(version)} is stored; put that version back in the frameworks folder.`
        : `Inspection ${inspection.id} uses framework ${inspection.framework}, which is not loaded; add its file to FRAMEWORKS_DIR.`,
    );
  const now = current ? `the file is now version ${current.version}` : "its file is no longer loaded";
  return { ok: true, framework, note: `Scored by ${framework.name} version ${framework.version}, which this inspection started with; ${now}.` };
}
