import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../../src/slack/listeners/commands/parse.ts";

const ok = (text: string) => {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.command;
};
const error = (text: string) => {
  const parsed = parseCommand(text);
  if (parsed.ok) throw new Error(`parsed ${JSON.stringify(parsed.command)}`);
  return parsed.error;
};

describe("parseCommand", () => {
  it("reads every subcommand", () => {
    expect(ok("new dorset-2016 Dorset YOS, Sept 2016")).toEqual({ kind: "new", id: "dorset-2016", name: "Dorset YOS, Sept 2016" });
    expect(ok("new Dorset-2016")).toEqual({ kind: "new", id: "dorset-2016" });
    expect(ok("new kent-2026 Kent YJS framework:HMIP-youth-court-2021")).toEqual({
      kind: "new",
      id: "kent-2026",
      name: "Kent YJS",
      framework: "hmip-youth-court-2021",
    });
    expect(error("new kent-2026 framework:a framework:b")).toContain("Name one framework");
    expect(ok("case D07 <@U0SAM|sam>")).toEqual({ kind: "case", ref: "D07", manager: "U0SAM" });
    expect(ok("case D07 <@W0SAM>")).toEqual({ kind: "case", ref: "D07", manager: "W0SAM" });
    expect(ok("case D07")).toEqual({ kind: "case", ref: "D07" });
    expect(ok("ask how many risk reviews were sufficient?")).toEqual({ kind: "ask", question: "how many risk reviews were sufficient?" });
    expect(ok("summary")).toEqual({ kind: "summary" });
    expect(ok("summary Public <#C0REPORTS|reports>")).toEqual({ kind: "summary", section: "public", channel: "C0REPORTS" });
    expect(ok("summary protecting the public")).toEqual({ kind: "summary", section: "protecting the public" });
    expect(ok("status")).toEqual({ kind: "status" });
    expect(ok("export")).toEqual({ kind: "export", format: "csv" });
    expect(ok("export JSON")).toEqual({ kind: "export", format: "json" });
    expect(ok("role <@U0KIM|kim> case-manager")).toEqual({ kind: "role", user: "U0KIM", role: "case_manager" });
    expect(ok("role <@U0KIM> none")).toEqual({ kind: "role", user: "U0KIM", role: null });
    expect(ok("history D07")).toEqual({ kind: "history", ref: "D07" });
    expect(ok("history D07 rosh.planning")).toEqual({ kind: "history", ref: "D07", question: "rosh.planning" });
    expect(ok("")).toEqual({ kind: "help" });
    expect(ok("  HELP ")).toEqual({ kind: "help" });
  });

  it("says what to type when the command is not understood", () => {
    expect(error("launch")).toContain("`/casecheck help`");
    expect(error("new")).toContain("/casecheck new dorset-2016");
    expect(error("case")).toContain("/casecheck case D07 @case-manager");
    expect(error("case D07 @sam")).toContain("mention the case manager");
    expect(error("case D07 <@U1> extra")).toContain("did not understand `extra`");
    expect(error("ask")).toContain("/casecheck ask");
    expect(error("history")).toContain("/casecheck history D07");
    expect(error("history D07 rosh.planning more")).toContain("did not understand `more`");
    expect(error("export xml")).toContain("`csv` or `json`");
    expect(error("role @kim inspector")).toContain("/casecheck role @person ROLE");
    expect(error("role <@U0KIM> boss")).toContain("`boss` is not a role");
  });
});
