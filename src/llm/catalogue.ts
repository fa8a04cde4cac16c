import type { Framework } from "../core/framework/schema.ts";
import { CASE_MANAGER } from "../core/query/query.ts";
import { filterQuestions, metricDefs } from "../core/scoring/metrics.ts";

/** The framework's figures and filters as the model sees them. Built from the framework alone,
 * so it cannot carry anything from the store: no case refs, answers, notes or names. */
export function catalogue(framework: Framework): string {
  const metrics = metricDefs(framework).map((d) => {
    const hoped = d.type === "option" && d.option.positive ? " (hoped for)" : "";
    const words = d.terms.length ? `; words: ${d.terms.join(", ")}` : "";
    return `- ${d.id}: ${d.label}, out of ${d.population}${hoped}${words}`;
  });
  const filters = filterQuestions(framework).map((q) => `- ${q.id}: ${q.options.map((o) => `${o.id} (${[o.label, ...o.terms].join(", ")})`).join("; ")}`);
  return [
    ...metrics,
    "",
    "Filters (option ids, with words people use):",
    ...filters,
    "",
    `Groups: ${[...filterQuestions(framework).map((q) => q.id), CASE_MANAGER].join(", ")}`,
  ].join("\n");
}
