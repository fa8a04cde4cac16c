import { z } from "zod";

/** The parts of the report written by people (the lead inspector), never by a model. The
 * areas requiring improvement are generated from the figures and may be replaced by an edited
 * list, stored as a part like the others. */
export const ReportPart = z.enum(["context", "summary", "operational_management", "key_strengths", "improvements"]);
export type ReportPart = z.infer<typeof ReportPart>;

export const PART_TITLES: Record<ReportPart, string> = {
  context: "Context",
  summary: "Summary",
  operational_management: "Operational management",
  key_strengths: "Key strengths",
  improvements: "Areas requiring improvement",
};

/** Long enough for any part of a published report; short enough to keep a runaway paste out. */
export const PART_MAX_CHARS = 20_000;

/** One stored version of a part: the text with who wrote it and when. */
export const PartText = z.object({
  part: ReportPart,
  text: z.string().max(PART_MAX_CHARS),
  by: z.string(),
  at: z.string(),
});
export type PartText = z.infer<typeof PartText>;

export type Narrative = Partial<Record<ReportPart, PartText>>;

/** Reads a part's name as people type it ("key strengths", "key-strengths", "operational_management"). */
export function readPartName(text: string): ReportPart | undefined {
  const parsed = ReportPart.safeParse(
    text
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  return parsed.success ? parsed.data : undefined;
}
