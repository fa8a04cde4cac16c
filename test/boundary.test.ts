import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Layers depend downwards only (DESIGN.md, Layers; docs/architecture.md). This test holds the line. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
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
const within =
  (...folders: string[]) =>
  (t: string) =>
    folders.some((f) => t.startsWith(`${f}/`));
const SLACK = /^@slack\//;
/** What a terminal is: the CLI's folders, readline and the process's own streams. */
const TERMINAL = (t: string) => within("src/cli")(t) || /^(node:)?readline/.test(t);

const RULES: Array<{ folder: string; allowed: (target: string, file: string) => boolean; why: string; optional?: boolean }> = [
  { folder: "src/core", allowed: (t) => t === "zod" || within("src/core")(t), why: "core is pure: zod and itself only" },
  {
    folder: "src/frameworks",
    allowed: (t) => within("src/core", "src/frameworks")(t) || /^(yaml|exceljs|node:(fs|path|url))$/.test(t),
    why: "frameworks are files read over core",
  },
  {
    folder: "src/store",
    allowed: (t) => !/^(@slack|openai)/.test(t) && !within("src/slack", "src/cli", "src/llm", "src/service", "src/conversation")(t),
    why: "the store knows nothing of Slack, the model, the CLI or the use cases",
  },
  {
    folder: "src/llm",
    allowed: (t) => !/^(@slack|keyv|@keyv)/.test(t) && !within("src/slack", "src/store", "src/cli", "src/service", "src/conversation")(t),
    why: "the model helpers never see the store or Slack",
  },
  {
    folder: "src/service",
    allowed: (t) => !SLACK.test(t) && !TERMINAL(t) && !within("src/slack", "src/conversation")(t),
    why: "use cases know no Slack, no terminal and no conversation",
  },
  {
    folder: "src/conversation",
    allowed: (t) => !SLACK.test(t) && !TERMINAL(t) && !within("src/slack", "src/llm")(t),
    why: "the turn protocol is platform-neutral: no Slack, no terminal",
  },
  {
    folder: "src/report",
    allowed: (t) =>
      !SLACK.test(t) && !/^(openai|keyv|@keyv)/.test(t) && !within("src/slack", "src/cli", "src/store", "src/service", "src/llm", "src/conversation")(t),
    why: "the report is figures and text in, documents out: no Slack, store or model",
  },
  // The CLI starts Slack (`run`) through its one entry point, and nothing else of it.
  {
    folder: "src/cli",
    allowed: (t) => (!SLACK.test(t) && !within("src/slack")(t)) || t === "src/slack/start.ts",
    why: "the CLI never imports Slack's insides",
  },
  { folder: "src/slack", allowed: (t) => !within("src/cli")(t), why: "Slack never imports the CLI" },
];

describe("layer boundaries", () => {
  for (const rule of RULES) {
    it(`${rule.folder}: ${rule.why}`, () => {
      const files = filesUnder(rule.folder);
      const offending = files.flatMap((f) =>
        importsOf(f)
          .filter((s) => !rule.allowed(target(f, s), f))
          .map((s) => `${f} imports ${s}`),
      );
      expect(offending).toEqual([]);
      // The folders stay where DESIGN.md puts them (src/report arrives with the report work).
      if (!rule.optional) expect(files.length).toBeGreaterThan(0);
    });
  }

  it("core reads no environment, clock or randomness", () => {
    const offending = filesUnder("src/core").filter((f) => /process\.env|Date\.now\(|new Date\(\)|Math\.random\(/.test(readFileSync(f, "utf8")));
    expect(offending).toEqual([]);
  });

  it("service and conversation write nothing to a terminal", () => {
    const offending = [...filesUnder("src/service"), ...filesUnder("src/conversation")].filter((f) =>
      /process\.(stdout|stderr|stdin)|console\./.test(readFileSync(f, "utf8")),
    );
    expect(offending).toEqual([]);
  });

  it("no Slack listener imports another surface's listeners (commands, actions, events, views)", () => {
    const offending = filesUnder("src/slack/listeners").flatMap((f) => {
      const own = f.split("/")[3];
      return importsOf(f)
        .map((s) => target(f, s))
        .filter((t) => within("src/slack/listeners")(t) && t.split("/")[3] !== own)
        .map((t) => `${f} imports ${t}`);
    });
    expect(offending).toEqual([]);
  });

  it("Slack listeners change the store only through use cases: no store writes of their own", () => {
    const WRITES = /\.(saveInspection|deleteInspection|saveCase|saveAnswers|setRole|bindChannel|setValue)\(/;
    const offending = filesUnder("src/slack/listeners").filter((f) => WRITES.test(readFileSync(f, "utf8")));
    expect(offending).toEqual([]);
  });

  it("an answer is recorded in one place: recordAnswer is called only by the give-answer use case", () => {
    const callers = filesUnder("src").filter((f) => !f.startsWith("src/core/") && /\brecordAnswer\(/.test(readFileSync(f, "utf8")));
    expect(callers).toEqual(["src/service/give-answer.ts"]);
  });
});
