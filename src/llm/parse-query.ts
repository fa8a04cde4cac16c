import { readFileSync } from "node:fs";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import type { Framework } from "../core/framework/schema.ts";
import type { ParseResult } from "../core/query/parse.ts";
import { CASE_MANAGER, canonicalQuery, querySchema, Show, type Query } from "../core/query/query.ts";
import { filterQuestions, metricDefs } from "../core/scoring/metrics.ts";
import { catalogue } from "./catalogue.ts";
import type { ModelClient } from "./client.ts";

/** What the model made of a question, or the rules' reading when it made nothing usable. */
export interface ModelReading {
  result: ParseResult;
  source: "model" | "rules";
  /** Why the model's reading was not used (a timeout, an invalid reply). */
  error?: string;
}

/** Reads a question with the model; given the rules' reading to fall back on. */
export type ModelParser = (framework: Framework, question: string, rules: ParseResult) => Promise<ModelReading>;

const PROMPT = new URL("../../prompts/parse-query.md", import.meta.url);
let promptText: string | undefined;

/** The reply's shape. Structured outputs want every field present and no open-ended maps, so
 * each filter question is its own field (empty list = no filter) and absences are null. */
export function modelReplySchema(framework: Framework) {
  const ids = metricDefs(framework).map((d) => d.id) as [string, ...string[]];
  const filters = filterQuestions(framework);
  const answers = Object.fromEntries(filters.map((q) => [q.id, z.array(z.enum(q.options.map((o) => o.id) as [string, ...string[]]))]));
  return z.object({
    metric: z.enum(ids).nullable(),
    filters: z.object({ answers: z.object(answers), managers: z.array(z.string()), cases: z.array(z.string()) }),
    groupBy: z.enum([CASE_MANAGER, ...filters.map((q) => q.id)] as [string, ...string[]]).nullable(),
    show: Show,
  });
}

/** The reply as a Query, validated against the framework's closed lists once more. */
function toQuery(framework: Framework, reply: z.infer<ReturnType<typeof modelReplySchema>>): Query | string {
  if (!reply.metric) return "the model found no figure in the question";
  const answers = Object.fromEntries(Object.entries(reply.filters.answers as Record<string, string[]>).filter(([, v]) => v.length));
  const candidate = {
    metric: reply.metric,
    filters: {
      ...(Object.keys(answers).length ? { answers } : {}),
      ...(reply.filters.managers.length ? { managers: reply.filters.managers } : {}),
      ...(reply.filters.cases.length ? { cases: reply.filters.cases } : {}),
    },
    ...(reply.groupBy ? { groupBy: reply.groupBy } : {}),
    show: reply.show,
  };
  const checked = querySchema(framework).safeParse(candidate);
  return checked.success ? canonicalQuery(checked.data) : checked.error.issues.map((i) => i.message).join("; ");
}

/** Asks the model to read a question into a Query. It sees only the question and the
 * catalogue; any failure (timeout, HTTP error, refusal, invalid JSON, an id not in the
 * catalogue) gives back the rules' reading with the reason. Never throws. */
export async function parseQueryWithModel(client: ModelClient, framework: Framework, question: string, rules: ParseResult): Promise<ModelReading> {
  const fallback = (error: string): ModelReading => ({ result: rules, source: "rules", error });
  try {
    promptText ??= readFileSync(PROMPT, "utf8");
    const schema = modelReplySchema(framework);
    const completion = await client.openai.chat.completions.create(
      {
        model: client.model,
        temperature: 0,
        messages: [
          { role: "system", content: promptText.replace("{{catalogue}}", catalogue(framework)) },
          { role: "user", content: question },
        ],
        response_format: zodResponseFormat(schema, "query"),
      },
      // One deadline for the whole call, retries included.
      { signal: AbortSignal.timeout(client.timeoutMs) },
    );
    const content = completion.choices[0]?.message.content;
    if (!content) return fallback("the model gave no reply");
    const reply = schema.safeParse(JSON.parse(content));
    if (!reply.success) return fallback(`the model's reply did not fit the schema: ${reply.error.issues[0]?.message ?? "invalid"}`);
    const query = toQuery(framework, reply.data);
    if (typeof query === "string") return fallback(query);
    return { result: { ok: true, query, confidence: "sure" }, source: "model" };
  } catch (error) {
    return fallback(`the model could not be used: ${(error as Error).message}`);
  }
}

export function createModelParser(client: ModelClient): ModelParser {
  return (framework, question, rules) => parseQueryWithModel(client, framework, question, rules);
}
