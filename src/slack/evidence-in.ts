import type { Evidence } from "../core/records.ts";

/** A file as Slack describes it in a message event (only what casecheck keeps). */
export interface SharedFile {
  id?: string;
  name?: string;
  title?: string;
  permalink?: string;
}

/** Links as Slack writes them in message text: <https://…> or <https://…|label>. */
const LINK = /<(https?:\/\/[^>|\s]+)(?:\|([^>]*))?>/g;

/** True when a message is nothing but links: shared as evidence, not typed as an answer. */
export function onlyLinks(text: string | undefined): boolean {
  return !!text && text.match(LINK) !== null && text.replace(LINK, "").trim() === "";
}

/** The evidence in a message: each file's id and permalink (never its content), and each link. */
export function evidenceIn(message: { text?: string; files?: SharedFile[] }, by: string, at: string): Evidence[] {
  const files = (message.files ?? []).flatMap((f) =>
    f.permalink ? [{ ...(f.id ? { file: f.id } : {}), url: f.permalink, ...(f.name || f.title ? { name: f.name ?? f.title } : {}), by, at }] : [],
  );
  const links = [...(message.text ?? "").matchAll(LINK)].map((m) => ({ url: m[1]!, ...(m[2] ? { name: m[2] } : {}), by, at }));
  return [...files, ...links];
}
