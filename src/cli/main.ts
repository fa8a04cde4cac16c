import { ConfigError, loadConfig } from "../config.ts";
import { FrameworkFileError, loadFrameworks } from "../frameworks/index.ts";
import { StoreConfigError } from "../store/open-store.ts";
import { StoreUnavailableError } from "../store/store.ts";
import { deleteCommand } from "./commands/delete.ts";
import { exportCommand } from "./commands/export.ts";
import { frameworkCommand } from "./commands/framework.ts";
import { frameworksCommand } from "./commands/frameworks.ts";
import { importCommand } from "./commands/import.ts";
import { inspectionsCommand } from "./commands/inspections.ts";
import { runCommand } from "./commands/run.ts";
import { shellCommand } from "./commands/shell.ts";
import { summaryCommand } from "./commands/summary.ts";
import { UsageError, type CliIo, type Command } from "./io.ts";

/** Commands load lazily so `summary` does not pay for Slack or the model client. */
const COMMANDS: Record<string, { run: () => Promise<Command> | Command; help: string }> = {
  run: { run: () => runCommand, help: "start the Slack app (or the shell when Slack is not configured)" },
  shell: { run: () => shellCommand, help: "the conversations in the terminal [--inspection ID] [--as ROLE]" },
  import: { run: () => importCommand, help: "FILE.csv --inspection ID [--name TEXT] [--framework ID]" },
  export: { run: () => exportCommand, help: "--inspection ID [--format csv|json]" },
  summary: { run: () => summaryCommand, help: "--inspection ID [--section S] [--format text|md|json]" },
  ask: { run: async () => (await import("./commands/ask.ts")).ask, help: '"QUESTION" --inspection ID [--format text|json]; ask - reads lines' },
  inspections: { run: () => inspectionsCommand, help: "list inspections with progress [--format text|json]" },
  frameworks: { run: () => frameworksCommand, help: "list the frameworks inspections can use [--format text|json]" },
  framework: { run: () => frameworkCommand, help: "check FILE.yaml | show ID | schema | from-sheet FILE.xlsx [--out FILE.yaml]" },
  delete: { run: () => deleteCommand, help: "--inspection ID: remove its answers, notes and audit entries" },
  report: {
    run: async () => (await import("./commands/report.ts")).reportCommand,
    help: "--inspection ID [--format md|html|pdf|docx] [--out FILE]; report set --inspection ID --part PART --file FILE|-",
  },
  "eval-ask": { run: async () => (await import("./commands/eval-ask.ts")).evalAsk, help: "score the question parser on the evaluation set" },
};

function usage(): string {
  return ["usage: casecheck <command> [options]", "", ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.help}`)].join("\n");
}

/** Runs one command; returns the exit code (0 ok, 2 bad input, 1 anything else). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`"${name}" is not a command.\n${usage()}`);
    return 2;
  }
  try {
    // Checking or converting a file needs no frameworks loaded: a bad file in FRAMEWORKS_DIR
    // must not stop anyone checking it.
    const standalone = name === "framework" && ["check", "schema", "from-sheet"].includes(args[0] ?? "");
    if (!standalone) loadFrameworks(loadConfig(io.env).FRAMEWORKS_DIR);
    return await (
      await command.run()
    )(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      error.problems.forEach((p) => io.stderr(p));
      return 2;
    }
    if (error instanceof ConfigError || error instanceof StoreConfigError || error instanceof FrameworkFileError) {
      io.stderr(error.message);
      return 2;
    }
    if (error instanceof StoreUnavailableError) {
      io.stderr(`${error.message}. Nothing further was written; try again when the store is back.`);
      return 1;
    }
    io.stderr(`casecheck ${name} failed: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
