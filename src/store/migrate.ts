import type { Backend } from "./backend.ts";

const DONE = "migration:slack-entities";
const ENTITY = /&(amp|lt|gt);/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt);/g, (_, name: string) => ENTITIES[name]!);

type Noted = { note?: unknown; reason?: unknown };
const fix = (v: unknown) => (typeof v === "string" && ENTITY.test(v) ? unescape(v) : v);

/** Once per store: notes and reasons stored before casecheck unescaped Slack's text where it
 * enters still carry Slack's entities (`late &amp; &lt;incomplete&gt;`); they become the
 * characters that were typed. Run at every open, it reads one key once done. One instance
 * does it (a claim); a note typed in a form as a literal `&amp;` is read as `&` too, which is
 * the one thing this cannot tell apart. */
export async function unescapeStoredText(backend: Backend): Promise<number> {
  if (await backend.keyv.get(DONE)) return 0;
  if (!(await backend.setIfAbsent(`claim:${DONE}`, 10 * 60_000))) return 0;
  let changed = 0;
  for (const prefix of ["answer:", "audit:"]) {
    const found = await backend.keys(prefix);
    for (let i = 0; i < found.length; i += 500) {
      const chunk = found.slice(i, i + 500);
      const values = (await backend.keyv.get(chunk)) as Array<Noted | undefined>;
      const updates = chunk.flatMap((key, j) => {
        const v = values[j];
        if (!v || (fix(v.note) === v.note && fix(v.reason) === v.reason)) return [];
        return [{ key, value: { ...v, ...(v.note !== undefined ? { note: fix(v.note) } : {}), ...(v.reason !== undefined ? { reason: fix(v.reason) } : {}) } }];
      });
      await backend.setAll(updates);
      changed += updates.length;
    }
  }
  await backend.keyv.set(DONE, { changed });
  return changed;
}
