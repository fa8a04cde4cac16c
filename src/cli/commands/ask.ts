import { loadConfig, modelSettings } from "../../config.ts";
import { createModelClient } from "../../llm/client.ts";
import { createModelParser } from "../../llm/parse-query.ts";
import { askQuestion } from "../../service/ask.ts";
import { loadInspection } from "../../service/inspections.ts";
import { oneOf, parseCommand, required } from "../args.ts";
import { UsageError, type Command } from "../io.ts";

const USAGE = 'casecheck ask "QUESTION" --inspection ID [--format text|json]   (or: casecheck ask - --inspection ID, one question a line)';
const EXAMPLE = 'for example: casecheck ask "how many risk reviews were sufficient?" --inspection dorset-2016';

/** Answers questions about an inspection's figures. With `-`, reads one question a line from
 * standard input and prints one JSON object a line (for scripts and evaluations). */
export const ask: Command = async (args, io) => {
  const { values, positionals } = parseCommand(args, { inspection: { type: "string" }, format: { type: "string" } }, USAGE);
  const id = required(values.inspection, "--inspection", USAGE);
  const format = oneOf(values.format, ["text", "json"] as const, "text", "--format");
  const question = positionals.join(" ").trim();
  if (!question) throw new UsageError(["a question is required", EXAMPLE, `usage: ${USAGE}`]);
  const settings = modelSettings(loadConfig(io.env));
  const model = settings ? createModelParser(createModelClient(settings)) : undefined;

  // Everything needed is read up front; the store is closed before any model call.
  const store = await io.openStore();
  const loaded = await loadInspection(store, id).finally(() => store.close());
  if (!loaded.ok) throw new UsageError([`--inspection: ${loaded.error.message}`]);
  const answer = (q: string) => askQuestion({ framework: loaded.framework, cases: loaded.scored, question: q, model });

  if (question === "-") {
    for await (const line of io.stdin()) {
      if (!line.trim()) continue;
      io.stdout(JSON.stringify({ question: line.trim(), ...(await answer(line)) }));
    }
    return 0;
  }
  const result = await answer(question);
  io.stdout(format === "json" ? JSON.stringify(result, null, 2) : result.text);
  return 0;
};
