import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { afterEach, describe, expect, it } from "vitest";
import { sqsYouth2016 } from "../support/frameworks.ts";
import { parseAnswersCsv } from "../../src/service/csv-import.ts";
import { importInspection } from "../../src/service/import-inspection.ts";
import { exportCsv } from "../../src/service/export.ts";
import { loadInspection } from "../../src/service/inspections.ts";
import type { SlackJson } from "../support/fake-slack.ts";
import { PEOPLE, SlackTestBed, clickAnswer, setUpInspection } from "../support/slack-testbed.ts";

/** What a hostile or careless person may type: Slack's own markup for broadcasts, mentions of
 * people who are not part of this, links, entities, and mrkdwn. */
const FRAGMENTS = [
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<!subteam^S0VICTIM>",
  "<@U0VICTIM>",
  "<@U0VICTIM|victim>",
  "<#C0VICTIM>",
  "<https://evil.example|click here>",
  "<http://evil.example>",
  "<mailto:x@evil.example|mail>",
  "&",
  "&amp;",
  "&lt;!channel&gt;",
  "<",
  ">",
  "*bold*",
  "_it_",
  "`code`",
  " ",
  "late",
  "D07",
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(" ").trim() || "<!channel>");

/** Live markup in mrkdwn that casecheck did not make itself: a broadcast, a link, or a mention
 * of anyone but the people of the test (casecheck mentions those by their Slack ids). */
const LIVE = /<(!channel|!here|!everyone|!subteam|https?:|mailto:|@U0VICTIM|#C0VICTIM)/i;

/** Every piece of text Slack would read as mrkdwn in a Web API call (plain_text is shown as it is). */
function mrkdwnTexts(value: SlackJson, out: string[] = [], key = ""): string[] {
  if (typeof value === "string") {
    if (key === "text") out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => mrkdwnTexts(v, out, key));
  else if (value && typeof value === "object" && value.type !== "plain_text") for (const [k, v] of Object.entries(value)) mrkdwnTexts(v, out, k);
  return out;
}

let bed: SlackTestBed | undefined;
afterEach(async () => {
  await bed?.stop();
  bed = undefined;
});

const I = PEOPLE.inspector;
const lastModal = (b: SlackTestBed) => {
  const call = b.slack.callsTo("views.open").at(-1)!;
  return { ...call.args.view, id: call.response.view.id, hash: call.response.view.hash };
};

describe("nothing a person typed becomes a live mention or link", () => {
  it("fuzz: names, case managers, notes, reasons and questions through every Slack surface", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, hostile, hostile, async (name, manager, note, reason, question) => {
        bed = await SlackTestBed.start();
        await bed.command(PEOPLE.lead, `new fuzz-1 ${name}`);
        await setUpInspection(bed, "fuzz-1");
        // A case manager written in a CSV (not a Slack user), imported and then opened in Slack.
        const csv = stringify([
          ["case_ref", "case_manager"],
          ["D02", manager],
        ]);
        const parsed = parseAnswersCsv(sqsYouth2016, csv);
        if (!parsed.ok) throw new Error(parsed.problems.join("; "));
        await importInspection(bed.store, {
          inspection: { id: "fuzz-1", name: "", framework: sqsYouth2016.id },
          rows: parsed.rows,
          by: "import",
          at: bed.now(),
        });
        await bed.command(I, "case D02");
        await bed.command(I, `case D03 ${manager}`);
        for (const v of ["community", "medium"]) await clickAnswer(bed, "D02", v);
        await bed.reply(I, bed.root("D02").ts, `note: ${note}`);
        await bed.reply(I, bed.root("D02").ts, question);
        await clickAnswer(bed, "D02", "yes");
        const live = bed.liveQuestion("D02")!;
        await bed.click(I, live, (b) => b.text.text === "Add note");
        await bed.submit(I, lastModal(bed), {
          question: { question: { type: "static_select", selected_option: { value: "profile.psr" } } },
          note: { note: { type: "plain_text_input", value: note } },
        });
        await bed.click(I, bed.liveQuestion("D02")!, (b) => b.text.text === "Change an answer");
        await bed.submit(I, lastModal(bed), {
          question: { question: { type: "static_select", selected_option: { value: "profile.sentence" } } },
          value: { value: { type: "plain_text_input", value: "custody" } },
          reason: { reason: { type: "plain_text_input", value: reason } },
        });
        for (const text of [
          "history D02",
          "status",
          "summary",
          `summary ${question}`,
          `history ${question}`,
          `ask ${question}`,
          "ask sufficient safeguarding plans by case manager",
          question,
          `role ${question}`,
        ])
          await bed.command(I, text);
        await bed.command(PEOPLE.lead, "status");
        await bed.mention(PEOPLE.manager, question);
        await bed.event("app-home-opened", { user: PEOPLE.lead, channel: "D0HOME", tab: "home" });
        await bed.event("app-home-opened", { user: I, channel: "D0HOME2", tab: "home" });

        // The flows really ran: the change and both notes were stored.
        const stored = await bed.store.getAnswers("fuzz-1", "D02");
        expect(stored["profile.sentence"]?.value).toBe("custody");
        expect(stored["profile.psr"]?.note).toBeDefined();
        expect((await bed.store.getCase("fuzz-1", "D02"))?.manager).toBe(manager.trim());
        const calls = bed.slack.calls.filter((c) => c.method !== "auth.test");
        expect(calls.length).toBeGreaterThan(20);
        // `summary <#C…>` posts into the channel the person typed as a Slack mention; saying where
        // it went names that channel, as they typed it. Nothing else may carry one.
        const typedTarget = /^Posted the summary in <#C0VICTIM>\.$/;
        // `case D03 <@U…>` names a Slack user as the case manager: what names the case manager
        // mentions them (`<@U0VICTIM>`, casecheck's own form), as the inspector meant. A typed
        // mention echoed back would keep its `|victim`.
        const typedManager = /^<@U0VICTIM(\|[^>]*)?>$/.test(manager.trim()) ? /<@U0VICTIM>/g : undefined;
        for (const call of calls)
          for (const text of mrkdwnTexts(call.args)) {
            const rest = typedManager ? text.replace(typedManager, "") : text;
            if (LIVE.test(rest) && !typedTarget.test(rest)) throw new Error(`live markup in ${call.method}: ${text}`);
          }
        await bed.stop();
        bed = undefined;
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});

describe("text from Slack is unescaped once and escaped once", () => {
  it("a reply “late & <incomplete>” is stored and exported as typed, and shown escaped once", async () => {
    bed = await SlackTestBed.start();
    await setUpInspection(bed);
    await bed.command(I, "case D01");
    await clickAnswer(bed, "D01", "community");
    // As Slack sends what was typed: `&`, `<` and `>` as entities.
    await bed.reply(I, bed.root("D01").ts, "note: late &amp; &lt;incomplete&gt;");
    const stored = await bed.store.getAnswers("dorset-2016", "D01");
    expect(stored["profile.sentence"]?.note).toBe("late & <incomplete>");
    const loaded = await loadInspection(bed.store, "dorset-2016");
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(exportCsv(loaded)).toContain("late & <incomplete>");
    await bed.command(I, "history D01");
    const history = JSON.stringify(bed.slack.ephemerals(I).at(-1)!.blocks);
    expect(history).toContain("late &amp; &lt;incomplete&gt;");
    expect(history).not.toContain("&amp;amp;");
  });

  it("a new inspection named with @channel and a link is announced as text", async () => {
    bed = await SlackTestBed.start();
    await bed.command(PEOPLE.lead, "new x1 <!channel> <https://evil.example|click here>");
    const said = bed.slack.callsTo("chat.postMessage").at(-1)!.args.text as string;
    expect(said).toContain("*&lt;!channel&gt; &lt;https://evil.example|click here&gt;*");
    expect(said).not.toMatch(LIVE);
    expect(said).toContain(`<@${PEOPLE.lead}>`);
  });
});
