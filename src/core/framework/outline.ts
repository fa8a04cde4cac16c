import { questionsOf } from "./questions.ts";
import type { Condition, Framework, Question } from "./schema.ts";

const KIND_WORDS: Record<Question["kind"], string> = {
  judgement: "yes / no / not applicable",
  gate: "yes / no",
  choice: "one of",
  multi: "any of",
};

/** A framework as inspectors read it: sections, questions with who answers and when they are
 * asked, the standards and how they are rated. Plain text, from the framework alone. */
export function frameworkOutline(framework: Framework): string {
  const byId = new Map(questionsOf(framework).map((q) => [q.id, q]));
  const when = (c: Condition) => {
    const q = byId.get(c.question);
    const text = q?.text ?? c.question;
    if (c.answered) return `once "${text}" is answered`;
    const values = (c.in ?? []).map(
      (v) => q?.options.find((o) => o.id === v)?.label ?? ({ yes: "yes", no: "no", na: "not applicable" } as Record<string, string>)[v] ?? v,
    );
    return `when "${text}" is ${values.join(" or ")}`;
  };
  const out = [`${framework.name} (${framework.id}, version ${framework.version})`];
  if (framework.description) out.push("", framework.description.trim());
  framework.sections.forEach((s, i) => {
    out.push("", `${i + 1}. ${s.title}${s.inSummary ? "" : " (the case's profile; not in the summary)"}`);
    for (const q of s.questions) {
      const options = q.options.length ? ` ${q.options.map((o) => o.label).join(", ")}` : "";
      out.push(`   ${q.id}  ${q.text}`);
      out.push(`      ${KIND_WORDS[q.kind]}${options}; answered by ${q.audience === "cm" ? "the case manager or an inspector" : "an inspector"}`);
      for (const c of q.applies) out.push(`      asked only ${when(c)}`);
      if (q.hint) out.push(`      hint: ${q.hint}`);
    }
  });
  if (framework.rating && framework.standards.length) {
    out.push("", "Standards, each rated from the lowest of its key questions");
    for (const s of framework.standards) out.push(`   ${s.title}: ${s.keyQuestions.map((k) => (typeof k === "string" ? k : k.metric)).join(", ")}`);
    out.push(`   Bands: ${framework.rating.bands.map((b) => `${b.word} from ${b.min}% (${b.points} points)`).join("; ")}`);
    const unit = framework.rating.overallOn === "share" ? "% of the points" : " points";
    out.push(`   Overall: ${framework.rating.overall.map((b) => `${b.word} from ${b.min}${unit}`).join("; ")}`);
  }
  return out.join("\n");
}
