import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../../src/slack/listeners/commands/parse.ts";

describe("/casecheck report …", () => {
  it.each([
    ["report", { kind: "report", format: "pdf" }],
    ["report PDF", { kind: "report", format: "pdf" }],
    ["report docx", { kind: "report", format: "docx" }],
    ["report word", { kind: "report", format: "docx" }],
    ["report md", { kind: "report", format: "md" }],
    ["report edit", { kind: "report_edit" }],
  ])("%s", (text, command) => {
    expect(parseCommand(text)).toEqual({ ok: true, command });
  });

  it("refuses what it cannot make, saying what it can", () => {
    expect(parseCommand("report odt")).toEqual({
      ok: false,
      error: "`odt` is not a format of the report: use `/casecheck report pdf`, `docx` or `md` (or `edit`).",
    });
    expect(parseCommand("report pdf please")).toMatchObject({ ok: false, error: expect.stringContaining("/casecheck report [pdf|docx|md]") });
  });
});
