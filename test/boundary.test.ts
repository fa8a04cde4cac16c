import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Layers depend downwards only (DESIGN.md, Layers). This test holds the line. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

/** An import as a project path ("src/core/records.ts") or a package name ("zod"). */
const target = (file: string, spec: string) => (spec.startsWith(".") ? resolve(dirname(file), spec).slice(process.cwd().length + 1) : spec);
const within = (...folders: string[]) => (t: string) => folders.some((f) => t.startsWith(`${f}/`));

const RULES: Array<{ folder: string; allowed: (target: string) => boolean; why: string }> = [
  { folder: "src/core", allowed: (t) => t === "zod" || within("src/core")(t), why: "core is pure: zod and itself only" },
  { folder: "src/frameworks", allowed: within("src/core", "src/frameworks"), why: "frameworks are data over core" },
  { folder: "src/store", allowed: (t) => !/^(@slack|openai)/.test(t) && !within("src/slack", "src/cli", "src/llm")(t), why: "the store knows nothing of Slack, the model or the CLI" },
  { folder: "src/report", allowed: (t) => !/^(@slack|openai|keyv|@keyv)/.test(t) && !within("src/slack", "src/cli", "src/store", "src/service", "src/llm")(t), why: "the report is figures and text in, documents out: no Slack, store or model" },
  { folder: "src/llm", allowed: (t) => !/^(@slack|keyv|@keyv)/.test(t) && !within("src/slack", "src/store", "src/cli")(t), why: "the model helpers never see the store or Slack" },
];

describe("layer boundaries", () => {
  for (const rule of RULES) {
    it(`${rule.folder}: ${rule.why}`, () => {
      const offending = filesUnder(rule.folder).flatMap((f) => importsOf(f).filter((s) => !rule.allowed(target(f, s))).map((s) => `${f} imports ${s}`));
      expect(offending).toEqual([]);
      expect(filesUnder(rule.folder).length).toBeGreaterThan(0);
    });
  }

  it("core reads no environment, clock or randomness", () => {
    const offending = filesUnder("src/core").filter((f) => /process\.env|Date\.now\(|new Date\(\)|Math\.random\(/.test(readFileSync(f, "utf8")));
    expect(offending).toEqual([]);
  });
});
