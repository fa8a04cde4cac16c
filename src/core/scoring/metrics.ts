import { questionsOf } from "../framework/define.ts";
import type { Condition, Framework, Option, Question } from "../framework/schema.ts";

/** A figure the framework defines: one per judgement and gate question, one per option of a
 * choice or multi question, and each derived metric. */
export type MetricDef =
  | { type: "question"; id: string; section: string; label: string; population: string; question: Question; terms: string[]; adverse: boolean }
  | { type: "option"; id: string; section: string; label: string; population: string; question: Question; option: Option; terms: string[]; adverse: boolean }
  | { type: "derived"; id: string; section: string; label: string; population: string; of: Condition[]; where: Condition[]; terms: string[]; adverse: boolean };

/** Built once per framework: frameworks are immutable data, and every summary, query and
 * lookup by id needs the list. */
const built = new WeakMap<Framework, { defs: MetricDef[]; byId: Map<string, MetricDef> }>();

function defsOf(framework: Framework) {
  let found = built.get(framework);
  if (!found) {
    const defs = buildMetricDefs(framework);
    const byId = new Map<string, MetricDef>();
    for (const d of defs) if (!byId.has(d.id)) byId.set(d.id, d);
    built.set(framework, (found = { defs, byId }));
  }
  return found;
}

/** Every figure of the framework, in summary order (a fresh array each call; the defs are shared). */
export function metricDefs(framework: Framework): MetricDef[] {
  return [...defsOf(framework).defs];
}

export function metricDef(framework: Framework, id: string): MetricDef | undefined {
  return defsOf(framework).byId.get(id);
}

function buildMetricDefs(framework: Framework): MetricDef[] {
  const defs: MetricDef[] = [];
  for (const section of framework.sections) {
    for (const q of section.questions) {
      if (q.kind === "judgement" || q.kind === "gate") {
        const population = q.population ?? (q.kind === "judgement" && q.applies.length === 0 ? "applicable cases" : "cases");
        defs.push({ type: "question", id: q.id, section: section.id, label: q.phrase, population, question: q, terms: q.terms, adverse: false });
      } else {
        for (const o of q.options) {
          defs.push({
            type: "option",
            id: `${q.id}=${o.id}`,
            section: section.id,
            label: `${q.phrase} ${o.phrase ?? o.label.toLowerCase()}`,
            population: q.population ?? "cases",
            question: q,
            option: o,
            terms: o.terms,
            // Reasons for falling short are adverse by nature; for a choice, any option that
            // is not the hoped-for one is.
            adverse: q.kind === "multi" || (q.options.some((x) => x.positive) && !o.positive),
          });
        }
      }
    }
    for (const d of framework.derived.filter((x) => x.section === section.id)) {
      defs.push({
        type: "derived",
        id: d.id,
        section: d.section,
        label: d.phrase,
        population: d.population ?? "cases",
        of: d.of,
        where: d.where,
        terms: d.terms,
        adverse: d.adverse,
      });
    }
  }
  return defs;
}

/** The question ids a framework allows as filters or groups, plus the case manager. */
export function filterQuestions(framework: Framework): Question[] {
  return questionsOf(framework).filter((q) => framework.filters.includes(q.id));
}
