import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Timing helpers shared by the benchmarks. Times are milliseconds from performance.now(). */

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Collects garbage before a timed section, so one measurement does not pay for the last. */
export const collectGarbage = () => gc();

export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Runs `work` `reps` times (after `warm` untimed runs) and returns each run's time. */
export async function timeRuns(reps: number, work: () => unknown, warm = 1): Promise<number[]> {
  for (let i = 0; i < warm; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    collectGarbage();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

/** 1234.5 → "1,235"; small numbers keep a few significant digits. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return n.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** A small seeded generator (mulberry32), so every run generates the same data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
