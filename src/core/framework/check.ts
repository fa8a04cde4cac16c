import { OPTION_LIMITS, OPTION_LIMIT_REASON } from "./limits.ts";
import type { FrameworkProblem } from "./problems.ts";
import type { Condition, Framework, Question } from "./schema.ts";
import { allowedValues, questionsOf } from "./questions.ts";

type Path = FrameworkProblem["path"];

/** Everything wrong with a framework that its shape alone does not say: references to unknown or
 * later questions (the guided flow decides a condition from earlier answers only), duplicate ids,
 * options Slack cannot show, and bands that leave percentages without a word. */
export function checkReferences(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const add = (code: FrameworkProblem["code"], path: Path, id: string | undefined, message: string) => problems.push({ code, path, id, message });
  const all = new Map(questionsOf(framework).map((q) => [q.id, q]));
  const seen = new Map<string, Question>();

  const checkCondition = (path: Path, owner: string, c: Condition, earlierOnly: boolean) => {
    const target = earlierOnly ? seen.get(c.question) : all.get(c.question);
    if (!target) {
      const later = earlierOnly && all.has(c.question);
      add(
        later ? "later_question" : "unknown_question",
        [...path, "question"],
        owner,
        later
          ? `refers to ${c.question}, which is asked later; a condition can only look at an earlier question`
          : `refers to ${c.question}, which is not a question`,
      );
      return;
    }
    const bad = (c.in ?? []).filter((v) => !allowedValues(target).includes(v));
    if (bad.length)
      add("unknown_value", [...path, "in"], owner, `${bad.join(", ")} is not a value of ${c.question} (it takes ${allowedValues(target).join(", ")})`);
  };

  const sectionIds = new Set<string>();
  framework.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) add("duplicate_id", ["sections", s, "id"], section.id, `section ${section.id} is defined twice`);
    sectionIds.add(section.id);
    section.questions.forEach((q, i) => {
      const at: Path = ["sections", s, "questions", i];
      if (seen.has(q.id)) add("duplicate_id", [...at, "id"], q.id, "the id is used twice");
      if (!q.id.startsWith(`${section.id}.`)) add("section_prefix", [...at, "id"], q.id, `ids in section ${section.id} start with "${section.id}."`);
      const needsOptions = q.kind === "choice" || q.kind === "multi";
      if (needsOptions !== q.options.length > 0)
        add("options", [...at, needsOptions ? "kind" : "options"], q.id, `a ${q.kind} question ${needsOptions ? "needs" : "cannot have"} options`);
      if ((q.kind === "choice" || q.kind === "multi") && q.options.length > OPTION_LIMITS[q.kind])
        add("too_many_options", [...at, "options"], q.id, `${q.options.length} options: ${OPTION_LIMIT_REASON[q.kind]}`);
      const optionIds = new Set<string>();
      q.options.forEach((o, j) => {
        if (optionIds.has(o.id)) add("duplicate_id", [...at, "options", j, "id"], q.id, `option ${o.id} is listed twice`);
        optionIds.add(o.id);
      });
      q.applies.forEach((c, k) => checkCondition([...at, "applies", k], q.id, c, true));
      seen.set(q.id, q);
    });
  });

  const metricIds = new Set(all.keys());
  framework.derived.forEach((d, i) => {
    if (metricIds.has(d.id)) add("duplicate_id", ["derived", i, "id"], d.id, "the id is already a question's or another figure's");
    metricIds.add(d.id);
    if (!sectionIds.has(d.section)) add("unknown_section", ["derived", i, "section"], d.id, `no section ${d.section}`);
    d.of.forEach((c, k) => checkCondition(["derived", i, "of", k], d.id, c, false));
    d.where.forEach((c, k) => checkCondition(["derived", i, "where", k], d.id, c, false));
  });
  const ruleIds = new Set<string>();
  framework.rules.forEach((r, i) => {
    if (ruleIds.has(r.id)) add("duplicate_id", ["rules", i, "id"], r.id, `rule ${r.id} is defined twice`);
    ruleIds.add(r.id);
    r.when.forEach((c, k) => checkCondition(["rules", i, "when", k], `rule ${r.id}`, c, false));
  });
  framework.filters.forEach((f, i) => {
    const q = all.get(f);
    if (!q) add("unknown_question", ["filters", i], f, `filter ${f}: no such question`);
    else if (q.kind !== "choice" && q.kind !== "gate") add("filter", ["filters", i], f, `filter ${f}: only choice and gate questions can filter`);
  });
  problems.push(...checkStandards(framework, all));
  return problems;
}

function checkStandards(framework: Framework, all: ReadonlyMap<string, Question>): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const ids = new Set<string>();
  framework.standards.forEach((standard, s) => {
    if (ids.has(standard.id))
      problems.push({ code: "duplicate_id", path: ["standards", s, "id"], id: standard.id, message: `standard ${standard.id} is defined twice` });
    ids.add(standard.id);
    standard.keyQuestions.forEach((k, i) => {
      const metric = typeof k === "string" ? k : k.metric;
      const q = all.get(metric);
      const path = ["standards", s, "keyQuestions", i];
      if (!q) problems.push({ code: "unknown_question", path, id: standard.id, message: `key question ${metric} is not a question` });
      else if (q.kind !== "judgement")
        problems.push({
          code: "key_question",
          path,
          id: standard.id,
          message: `key question ${metric} is a ${q.kind} question; a key question is a judgement (yes, no, not applicable)`,
        });
    });
  });
  if (framework.standards.length && !framework.rating)
    problems.push({ code: "rating", path: ["standards"], message: "standards need a `rating` with bands and overall bands" });
  if (framework.rating && !framework.standards.length) problems.push({ code: "rating", path: ["rating"], message: "a rating needs `standards` to rate" });
  return problems;
}
