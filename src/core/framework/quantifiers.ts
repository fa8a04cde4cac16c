import type { QuantifierBand } from "./schema.ts";

/** The word a report uses for n of d ("nearly all", "a minority"), from the framework's bands. */
export function quantify(bands: readonly QuantifierBand[], numerator: number, denominator: number): string | null {
  if (denominator <= 0) return null;
  const percent = (numerator / denominator) * 100;
  const band = bands.find(
    (b) =>
      (b.min === undefined || percent >= b.min) &&
      (b.max === undefined || percent <= b.max) &&
      (b.shortOf === undefined || denominator - numerator === b.shortOf) &&
      (b.minDenominator === undefined || denominator >= b.minDenominator),
  );
  return band?.word ?? null;
}
