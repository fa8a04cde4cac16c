import { userInfo } from "node:os";
import { Role } from "../../core/records.ts";
import { DEMO_ID, loadDemo } from "../../service/demo.ts";
import { parseCommand } from "../args.ts";
import { UsageError, type CliIo, type Command } from "../io.ts";
import { shellAsk } from "../shell/ask.ts";
import { createSession, HELP, type ShellStart } from "../shell/session.ts";

const USAGE = "casecheck shell [--inspection ID] [--as ROLE]";

/** The same conversations as in Slack, in the terminal: for development, demos and a first look. */
export const shellCommand: Command = async (args, io) => {
  const { values } = parseCommand(args, { inspection: { type: "string" }, as: { type: "string" } }, USAGE);
  // No role unless asked for: without --as, roles come from the inspection, as in Slack.
  const as = values.as === undefined ? undefined : Role.safeParse(values.as).data;
  if (values.as !== undefined && !as) throw new UsageError([`--as: use one of ${Role.options.join(", ")}`]);
  return runShell(io, { inspection: values.inspection, ...(as ? { as } : {}) });
};

export async function runShell(io: CliIo, start: ShellStart = {}): Promise<number> {
  const store = await io.openStore();
  try {
    const ask = shellAsk(io);
    const user = io.env.USER ?? safeUser();
    const session = createSession(
      { store, now: io.now, user, ask: (insp, q) => ask.ask(store, insp, q), choose: (insp, n) => ask.choose(store, insp, n) },
      start,
    );
    const lines = io.stdin()[Symbol.asyncIterator]();
    const print = (out: string[]) => out.forEach((l) => io.stdout(l));
    if (!(await store.listInspections()).length) {
      io.stdout("The store is empty. Load the Dorset 2016 demo inspection (20 cases)? [Y/n]");
      const reply = (await lines.next()).value ?? "n";
      if (!/^n/i.test(reply.trim())) {
        // Whoever loads the demo created it, so they lead it (as `new` makes its creator lead).
        await loadDemo(store, io.now(), user);
        print(await session.handle(`use ${DEMO_ID}`));
      }
    } else if (start.inspection) print(await session.handle(`use ${start.inspection}`));
    print(["casecheck shell. Type `help` for commands, `quit` to leave.", ...(session.state().inspection ? [] : HELP)]);
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      if (/^(quit|exit)$/i.test(next.value.trim())) break;
      try {
        print(await session.handle(next.value));
      } catch (error) {
        // The store failing mid-conversation: say so and keep the shell open.
        io.stderr(`Not saved: ${(error as Error).message}`);
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "shell";
  }
}
