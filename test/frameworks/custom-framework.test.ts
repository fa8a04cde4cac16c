import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession } from "../../src/cli/shell/session.ts";
import { loadFrameworks } from "../../src/frameworks/index.ts";
import { openStore } from "../../src/store/open-store.ts";
import { cliHarness, runBin } from "../support/cli.ts";
import { CHANNEL, PEOPLE, SlackTestBed, clickAnswer } from "../support/slack-testbed.ts";
import type { SlackJson } from "../support/fake-slack.ts";

/** A framework that ships with nothing: written only as a file an inspection team could write,
 * and run through every surface with no code change. */
const dir = mkdtempSync(join(tmpdir(), "casecheck-frameworks-"));
const FRAMEWORK = `id: team-audit
version: 1
name: Team case audit
sections:
  - id: facts
    title: Facts
    short: facts
    inSummary: false
    questions:
      - { id: facts.victim, kind: gate, audience: cm, text: Is there an identified victim?, phrase: an identified victim }
  - id: work
    title: The work
    short: work
    questions:
      - { id: work.contact, kind: judgement, audience: insp, text: Was contact frequent enough?, phrase: frequent enough contact, terms: [ contact ] }
      - id: work.victim_safety
        kind: judgement
        audience: insp
        text: Was the victim's safety planned for?
        phrase: planning for the victim's safety
        population: cases with an identified victim
        applies: [ { question: facts.victim, in: [ yes ] } ]
quantifiers:
  - { word: all, min: 100 }
  - { word: some, min: 0 }
standards:
  - id: practice
    title: Practice
    terms: [ casework ]
    keyQuestions: [ { metric: work.contact, label: contact }, { metric: work.victim_safety, label: victim safety } ]
rating:
  bands:
    - { word: Strong, min: 75, points: 2 }
    - { word: Weak, min: 0, points: 0 }
  overall:
    - { word: Strong, min: 2 }
    - { word: Weak, min: 0 }
`;
writeFileSync(join(dir, "team-audit.yaml"), FRAMEWORK);
// Four cases: contact yes in 3 of 4 (75%); victim safety yes in 1 of the 2 with a victim (50%).
const CSV = `case_ref,case_manager,facts.victim,work.contact,work.victim_safety
T01,cm-1,yes,yes,yes
T02,cm-1,yes,yes,no
T03,cm-2,no,yes,
T04,cm-2,no,no,
`;
const csv = join(dir, "answers.csv");
writeFileSync(csv, CSV);
const env = { FRAMEWORKS_DIR: dir };

describe("a framework written only as a file in FRAMEWORKS_DIR", () => {
  const cli = cliHarness(undefined, env);

  it("is listed and shown for inspectors", async () => {
    expect((await cli.run(["frameworks"])).stdout).toMatch(/^team-audit {2}version 1 {2}Team case audit {2}\(3 questions, rates standards\)$/m);
    const shown = await cli.run(["framework", "show", "team-audit"]);
    expect(shown.stdout).toContain('asked only when "Is there an identified victim?" is yes');
    expect(shown.stdout).toContain("Practice: work.contact, work.victim_safety");
  });

  it("imports a CSV, summarises with ratings and answers questions about them", async () => {
    expect(await cli.run(["import", csv, "--inspection", "audit-1", "--framework", "team-audit"])).toMatchObject({ code: 0 });
    const json = JSON.parse((await cli.run(["summary", "--inspection", "audit-1", "--format", "json"])).stdout);
    expect(json.inspection).toMatchObject({ framework: "team-audit", frameworkVersion: 1 });
    expect(json.ratings).toEqual({
      standards: [
        {
          id: "practice",
          title: "Practice",
          rating: "Weak",
          points: 0,
          lowest: { metric: "work.victim_safety", percent: 50, label: "victim safety" },
          keyQuestions: [
            { metric: "work.contact", percent: 75, label: "contact" },
            { metric: "work.victim_safety", percent: 50, label: "victim safety" },
          ],
        },
      ],
      overall: { rating: "Weak", points: 0, max: 2 },
    });
    expect((await cli.run(["summary", "--inspection", "audit-1"])).stdout).toContain("Practice: Weak, driven by victim safety at 50% (contact 75%).");
    expect((await cli.run(["ask", "what is our rating for casework?", "--inspection", "audit-1"])).stdout).toBe(
      "Practice: Weak, driven by victim safety at 50% (contact 75%).",
    );
    expect((await cli.run(["ask", "which key question pulls practice down?", "--inspection", "audit-1"])).stdout).toContain(
      "Victim safety pulls Practice down: 50%",
    );
    expect((await cli.run(["ask", "how was contact?", "--inspection", "audit-1"])).stdout).toContain("3 of the 4");
  });

  it("runs a case in the shell", async () => {
    loadFrameworks(dir);
    const store = await openStore("memory://");
    const session = createSession({ store, user: "insp-1", now: () => "2026-11-25T12:00:00.000Z" });
    const say = async (line: string) => (await session.handle(line)).join("\n");
    expect(await say("new a-2 Audit --framework team-audit")).toContain("Created inspection a-2 with Team case audit (version 1)");
    expect(await say("case T09")).toContain("Is there an identified victim?");
    expect(await say("no")).toContain("Was contact frequent enough?");
    await say("yes");
    expect(await store.getAnswers("a-2", "T09")).toMatchObject({ "facts.victim": { value: "no" }, "work.contact": { value: "yes" } });
    expect(await say("new a-3 --framework nowhere")).toContain('There is no framework "nowhere". Known: ');
  });

  it("stops start-up with one line naming a bad file, and runs nothing half-configured", async () => {
    const bad = mkdtempSync(join(tmpdir(), "casecheck-bad-"));
    writeFileSync(join(bad, "broken.yaml"), FRAMEWORK.replace("kind: gate", "kind: gait"));
    const result = await runBin(["inspections"], { FRAMEWORKS_DIR: bad, STORE_URL: "memory://" });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      `${join(bad, "broken.yaml")} is not a valid framework (1 problem; the first at line 10); run: casecheck framework check ${join(bad, "broken.yaml")}`,
    ]);
  });
});

describe("the same framework in Slack", () => {
  let bed: SlackTestBed;
  beforeAll(async () => {
    loadFrameworks(dir);
    bed = await SlackTestBed.start();
  });
  afterAll(async () => {
    await bed?.stop();
    loadFrameworks();
  });
  const blockText = (blocks: SlackJson[] = []) => blocks.map((b) => b.text?.text ?? "").join("\n");

  it("starts an inspection with framework:X, asks its questions with buttons and posts ratings", async () => {
    await bed.command(PEOPLE.lead, "new audit-9 Team audit framework:team-audit");
    expect(await bed.store.getInspection("audit-9")).toMatchObject({ framework: "team-audit", frameworkVersion: 1 });
    await bed.command(PEOPLE.lead, `role <@${PEOPLE.inspector}|insp> inspector`);
    await bed.command(PEOPLE.lead, `role <@${PEOPLE.manager}|mgr> manager`);
    await bed.command(PEOPLE.inspector, "case T01");
    await clickAnswer(bed, "T01", "yes");
    await clickAnswer(bed, "T01", "yes");
    await clickAnswer(bed, "T01", "no");
    expect(await bed.store.getAnswers("audit-9", "T01")).toMatchObject({ "work.victim_safety": { value: "no" } });
    const before = bed.slack.messages.length;
    await bed.command(PEOPLE.manager, "summary");
    const posted = bed.slack.messages.slice(before).find((m) => m.channel === CHANNEL)!;
    expect(blockText(posted.blocks)).toContain("• Practice: Weak, driven by victim safety at 0% (contact 100%).");
  });
});
