import type { FrameworkProblem } from "./problems.ts";
import type { Framework } from "./schema.ts";

const pct = (n: number) => `${n}%`;

/** Bands must give every percentage a word: a gap would leave a figure or a standard with none.
 * Quantifier bands with `shortOf` or `minDenominator` hold only for some counts, so only the
 * unconditional ones are relied on to cover 0-100. Rating bands are tried in order, so a band
 * below an earlier, lower one can never be reached. */
export function checkBands(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const intervals = framework.quantifiers
    .filter((b) => b.shortOf === undefined && b.minDenominator === undefined)
    .map((b) => [b.min ?? 0, b.max ?? 100] as const)
    .sort((a, b) => a[0] - b[0]);
  let reach: number | undefined;
  let gap: string | undefined;
  for (const [lo, hi] of intervals) {
    if (lo > (reach ?? 0)) gap ??= reach === undefined ? `below ${pct(lo)}` : `between ${pct(reach)} and ${pct(lo)}`;
    reach = Math.max(reach ?? hi, hi);
  }
  if (reach === undefined) gap ??= "at every percentage";
  else if (reach < 100) gap ??= `above ${pct(reach)}`;
  if (gap)
    problems.push({
      code: "band_gap",
      path: ["quantifiers"],
      message: `the quantifier bands leave figures ${gap} without a word; add a band that covers them`,
    });

  const rating = framework.rating;
  if (!rating) return problems;
  problems.push(...orderedBands(rating.bands, ["rating", "bands"], "percentage", 100));
  const max = rating.overallOn === "share" ? 100 : Math.max(...rating.bands.map((b) => b.points)) * framework.standards.length;
  problems.push(...orderedBands(rating.overall, ["rating", "overall"], rating.overallOn === "share" ? "share of the points" : "points total", max));
  return problems;
}

/** Bands tried in order from the top: each must start below the one before, the last at 0. */
function orderedBands(bands: ReadonlyArray<{ word: string; min: number }>, path: Array<string | number>, what: string, top: number): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  bands.forEach((band, i) => {
    const before = bands[i - 1];
    if (before && band.min >= before.min)
      problems.push({
        code: "band_gap",
        path: [...path, i, "min"],
        id: band.word,
        message: `${band.word} (from ${band.min}) comes after ${before.word} (from ${before.min}), so no ${what} can reach it; list bands from the highest down`,
      });
    if (band.min > top)
      problems.push({
        code: "band_gap",
        path: [...path, i, "min"],
        id: band.word,
        message: `${band.word} starts at ${band.min}, above the highest possible ${what} (${top})`,
      });
  });
  const lowest = Math.min(...bands.map((b) => b.min));
  if (lowest > 0)
    problems.push({
      code: "band_gap",
      path: [...path, bands.length - 1, "min"],
      id: bands.at(-1)!.word,
      message: `a ${what} below ${lowest} has no band; the last band starts at 0`,
    });
  return problems;
}
