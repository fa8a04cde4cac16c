import { readFileSync } from "node:fs";
import { readEvalSet } from "../src/core/query/eval-set.ts";
import { parseQuery } from "../src/core/query/parse.ts";
import { createModelClient } from "../src/llm/client.ts";
import { createModelParser, parseQueryWithModel } from "../src/llm/parse-query.ts";
import { askQuestion } from "../src/service/ask.ts";
import { DEFAULT_FRAMEWORK, findFramework } from "../src/frameworks/index.ts";
import { BenchModel } from "./fake-model.ts";
import { generateInspections } from "./generate.ts";
import { fmt, percentile } from "./measure.ts";
import type { PartResult } from "./report.ts";

const framework = findFramework(DEFAULT_FRAMEWORK)!;

/** Questions: the rules parser's time per question over the evaluation set, against one model
 * round trip to a local fake (the least a model reading can cost); and how many model calls
 * askQuestion makes over the set with a model configured (none for questions the rules read). */

const EVAL_SET = new URL("../fixtures/eval/ask.jsonl", import.meta.url);
const PASSES = 5;

export async function benchQuestions(_tmp: string): Promise<PartResult> {
  const questions = readEvalSet(readFileSync(EVAL_SET, "utf8")).map((item) => item.q);
  const { cases } = generateInspections(framework, 1, 20, 7)[0]!;
  const known = { managers: [...new Set(cases.flatMap((c) => (c.manager ? [c.manager] : [])))], cases: cases.map((c) => c.ref) };

  // The rules alone, every question several times after a warm-up pass.
  for (const q of questions) parseQuery(framework, q, known);
  const rulesMs: number[] = [];
  for (let p = 0; p < PASSES; p++)
    for (const q of questions) {
      const start = performance.now();
      parseQuery(framework, q, known);
      rulesMs.push(performance.now() - start);
    }

  const fake = await new BenchModel().start();
  try {
    const client = createModelClient({ apiKey: "bench-key", baseURL: fake.baseURL, timeoutMs: 5000 });
    // The baseline: the model reading each question once, through the real openai client.
    const rules = parseQuery(framework, questions[0]!, known);
    await parseQueryWithModel(client, framework, questions[0]!, rules);
    const modelMs: number[] = [];
    for (const q of questions) {
      const start = performance.now();
      const reading = await parseQueryWithModel(client, framework, q, rules);
      modelMs.push(performance.now() - start);
      if (reading.source !== "model") throw new Error(`questions benchmark: the fake model's reply was not used (${reading.error})`);
    }

    // askQuestion with the model configured: count calls, per question.
    const model = createModelParser(client);
    let sure = 0;
    let callsOnSure = 0;
    const askMs: number[] = [];
    const before = fake.calls;
    for (const q of questions) {
      const reading = parseQuery(framework, q, known);
      const understood = reading.ok && reading.confidence === "sure";
      const callsBefore = fake.calls;
      const start = performance.now();
      await askQuestion({ framework, cases, question: q, model });
      askMs.push(performance.now() - start);
      if (understood) {
        sure++;
        callsOnSure += fake.calls - callsBefore;
      }
    }
    const calls = fake.calls - before;
    const p50 = percentile(rulesMs, 50);
    return {
      part: "questions",
      raw: [
        `- evaluation set: ${questions.length} questions (fixtures/eval/ask.jsonl); cases: one generated inspection of ${cases.length}`,
        `- parseQuery (rules), ${PASSES} passes: p50 ${fmt(p50 * 1000)} µs, p99 ${fmt(percentile(rulesMs, 99) * 1000)} µs, max ${fmt(Math.max(...rulesMs) * 1000)} µs`,
        `- one model reading through the openai client to a local fake server: p50 ${fmt(percentile(modelMs, 50))} ms, p99 ${fmt(percentile(modelMs, 99))} ms`,
        `- askQuestion with a model configured (whole answer, scoring included): p50 ${fmt(percentile(askMs, 50))} ms, p99 ${fmt(percentile(askMs, 99))} ms`,
        `- the rules read ${sure} of ${questions.length} questions surely; model calls over the set: ${calls}, of which ${callsOnSure} on those ${sure} and ${calls - callsOnSure} on the ${questions.length - sure} others (unsure or not read; refusals never go to the model)`,
      ],
      rows: [
        {
          figure: "rules parser per question, p50 (vs one model round trip to a local fake)",
          ours: p50 * 1000,
          baseline: percentile(modelMs, 50) * 1000,
          unit: "µs",
          target: "— (reported)",
        },
        {
          figure: `model calls for the ${sure} questions the rules read (vs one each)`,
          ours: callsOnSure,
          baseline: sure,
          unit: "calls",
          target: "0",
          holds: callsOnSure === 0,
        },
      ],
    };
  } finally {
    await fake.stop();
  }
}
