import { Role } from "../../../core/records.ts";
import { escape } from "../../blocks/kit.ts";
import { parseReportCommand, type ReportCommand } from "./parse-report.ts";

/** What `/casecheck …` asks for, parsed from the command text. Errors are mrkdwn: what they
 * quote of the input is escaped. Pure, so it is tested alone. */
export type CaseCheckCommand =
  | { kind: "new"; id: string; name?: string; framework?: string }
  | { kind: "case"; ref: string; manager?: string }
  | { kind: "ask"; question: string }
  | { kind: "summary"; section?: string; channel?: string }
  | { kind: "status" }
  | { kind: "export"; format: "csv" | "json" }
  | { kind: "history"; ref: string; question?: string }
  | { kind: "role"; user: string; role: Role | null }
  | { kind: "deadline"; day: string }
  | { kind: "schedule"; what: "summary" | "digest"; days: string; time: string }
  | { kind: "reminders"; choice: "snooze" | "stop" | "on" }
  | { kind: "help" }
  | ReportCommand;

export type Parsed = { ok: true; command: CaseCheckCommand } | { ok: false; error: string };

/** Slack escapes mentions in command text as <@U123|name> and channels as <#C123|name>
 * (the manifest sets should_escape). */
const USER = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;
const CHANNEL = /^<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>$/;

const fail = (error: string): Parsed => ({ ok: false, error });
const ok = (command: CaseCheckCommand): Parsed => ({ ok: true, command });

export function parseCommand(text: string): Parsed {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const [sub = "help", ...rest] = words;
  switch (sub.toLowerCase()) {
    case "help":
      return ok({ kind: "help" });
    case "new": {
      // `framework:X` anywhere after the id chooses the framework; the rest is the name.
      const [id, ...words] = rest;
      if (!id) return fail("Say which inspection to start: `/casecheck new dorset-2016 Dorset YOS, September 2016 framework:sqs-youth-2016`.");
      const chosen = words.filter((w) => /^framework:/i.test(w)).map((w) => w.slice("framework:".length).toLowerCase());
      if (chosen.length > 1 || chosen[0] === "") return fail("Name one framework, as in `framework:hmip-youth-court-2021`.");
      const name = words.filter((w) => !/^framework:/i.test(w));
      return ok({ kind: "new", id: id.toLowerCase(), ...(name.length ? { name: name.join(" ") } : {}), ...(chosen[0] ? { framework: chosen[0] } : {}) });
    }
    case "case": {
      const [ref, who, ...extra] = rest;
      if (!ref) return fail("Say which case: `/casecheck case D07 @case-manager`.");
      if (extra.length)
        return fail(`I read \`${escape(ref)}\` as the case and did not understand \`${escape(extra.join(" "))}\`: use \`/casecheck case D07 @case-manager\`.`);
      if (who === undefined) return ok({ kind: "case", ref });
      const user = who.match(USER)?.[1];
      if (!user) return fail(`\`${escape(who)}\` is not a person: mention the case manager, as in \`/casecheck case ${escape(ref)} @sam\`.`);
      return ok({ kind: "case", ref, manager: user });
    }
    case "ask": {
      const question = rest.join(" ");
      if (!question) return fail("Ask a question about the figures: `/casecheck ask how many risk reviews were sufficient?`");
      return ok({ kind: "ask", question });
    }
    case "summary": {
      let section: string | undefined;
      let channel: string | undefined;
      for (const w of rest) {
        const c = w.match(CHANNEL)?.[1];
        if (c) channel = c;
        else section = section ? `${section} ${w}` : w;
      }
      return ok({ kind: "summary", ...(section ? { section: section.toLowerCase() } : {}), ...(channel ? { channel } : {}) });
    }
    case "status":
    case "progress":
      return ok({ kind: "status" });
    case "export": {
      const format = (rest[0] ?? "csv").toLowerCase();
      if (format !== "csv" && format !== "json") return fail("Export as `csv` or `json`: `/casecheck export csv`.");
      return ok({ kind: "export", format });
    }
    case "history": {
      const [ref, question, ...extra] = rest;
      if (!ref) return fail("Say which case: `/casecheck history D07`, or one of its questions: `/casecheck history D07 rosh.planning`.");
      if (extra.length) return fail(`I did not understand \`${escape(extra.join(" "))}\`: use \`/casecheck history D07 [question id]\`.`);
      return ok({ kind: "history", ref, ...(question ? { question } : {}) });
    }
    case "role": {
      const [who, roleWord] = rest;
      const user = who?.match(USER)?.[1];
      const roles = [...Role.options, "none"].join(", ");
      if (!user || !roleWord) return fail(`Use \`/casecheck role @person ROLE\`, where ROLE is one of ${roles}.`);
      const word = roleWord.toLowerCase().replace(/-/g, "_");
      if (word === "none") return ok({ kind: "role", user, role: null });
      const role = Role.safeParse(word);
      if (!role.success) return fail(`\`${escape(roleWord)}\` is not a role; use one of ${roles}.`);
      return ok({ kind: "role", user, role: role.data });
    }
    case "report":
      return parseReportCommand(rest);
    case "deadline":
      if (rest.length !== 1) return fail("Say the last day of fieldwork: `/casecheck deadline 2026-12-10`.");
      return ok({ kind: "deadline", day: rest[0]! });
    case "schedule": {
      const [what, days, time, ...extra] = rest.map((w) => w.toLowerCase());
      if ((what !== "summary" && what !== "digest") || !days || !time || extra.length)
        return fail("Use `/casecheck schedule summary|digest weekdays|daily HH:MM`, such as `/casecheck schedule summary weekdays 09:00`.");
      return ok({ kind: "schedule", what, days, time });
    }
    case "reminders": {
      const choice = rest[0]?.toLowerCase();
      if (choice !== "snooze" && choice !== "stop" && choice !== "on") return fail("Use `/casecheck reminders snooze` (a day), `stop` or `on`.");
      return ok({ kind: "reminders", choice });
    }
    default:
      return fail(`I don't know \`${escape(sub)}\`. \`/casecheck help\` lists what I can do.`);
  }
}
