import { quantify } from "../framework/quantifiers.ts";
import type { Framework } from "../framework/schema.ts";
import { compileConditions, type CompiledCondition } from "./compiled.ts";
import { metricDefs, type MetricDef } from "./metrics.ts";
import { allRows, ANSWERED, APPLIES, FAILS, NOT_APPLICABLE, tabulate, testRow, type CaseTable, type ScoredCase } from "./table.ts";

export type { ScoredCase } from "./table.ts";

/** One figure, shaped as the summary JSON contract (DESIGN.md). */
export interface Metric {
  id: string;
  section: string;
  label: string;
  population: string;
  numerator: number;
  denominator: number;
  percent: number | null;
  quantifier: string | null;
  unanswered: number;
  not_applicable: number;
  cases: { numerator: string[]; rest: string[] };
}

const NUMERATOR = 0;
const REST = 1;
const UNANSWERED = 2;
const EXCLUDED = 3;
type Verdict = typeof NUMERATOR | typeof REST | typeof UNANSWERED | typeof EXCLUDED;

/** How a derived metric judges one row of the table. */
type Judge = (row: number) => Verdict;

const derivedConditions = new WeakMap<MetricDef, { of: CompiledCondition[]; where: CompiledCondition[] }>();

function judge(def: Extract<MetricDef, { type: "derived" }>, table: CaseTable): Judge {
  const { compiled, effective, state } = table;
  let conditions = derivedConditions.get(def);
  if (!conditions) derivedConditions.set(def, (conditions = { of: compileConditions(compiled, def.of), where: compileConditions(compiled, def.where) }));
  const { of, where } = conditions;
  // A judgement of "not applicable" on a question the figure looks at takes the case out of
  // the figure, as it does for the question's own figure.
  const judgedNa = where.map((c) => ({ column: effective[c.question]!, na: compiled.bits[c.question]!.get("na") ?? 0 })).filter((x) => x.na);
  return (row) => {
    const inScope = testRow(of, effective, state, row);
    if (inScope !== APPLIES) return inScope === FAILS ? EXCLUDED : UNANSWERED;
    if (judgedNa.some((x) => x.column[row] === x.na)) return EXCLUDED;
    const holds = testRow(where, effective, state, row);
    return holds === APPLIES ? NUMERATOR : holds === FAILS ? REST : UNANSWERED;
  };
}

/** One figure over some rows of a table (all of them by default). */
export function scoreMetric(framework: Framework, def: MetricDef, table: CaseTable, rows: Int32Array = allRows(table)): Metric {
  const counted: Counted = { numerator: [], rest: [], unanswered: 0, notApplicable: 0 };
  if (def.type === "derived") countDerived(judge(def, table), table, rows, counted);
  else countAnswers(def, table, rows, counted);
  const n = counted.numerator.length;
  const d = n + counted.rest.length;
  return {
    id: def.id,
    section: def.section,
    label: def.label.charAt(0).toUpperCase() + def.label.slice(1),
    population: def.population,
    numerator: n,
    denominator: d,
    percent: d ? Math.round((n / d) * 100) : null,
    quantifier: quantify(framework.quantifiers, n, d),
    unanswered: counted.unanswered,
    not_applicable: counted.notApplicable,
    cases: { numerator: counted.numerator, rest: counted.rest },
  };
}

interface Counted {
  numerator: string[];
  rest: string[];
  unanswered: number;
  notApplicable: number;
}

/** The hot loop for a question's or an option's figure: a few integer tests per row, no calls;
 * rows are collected as integers and turned into case refs once, in arrays of the right size. */
function countAnswers(def: Exclude<MetricDef, { type: "derived" }>, table: CaseTable, rows: Int32Array, out: Counted): void {
  const q = table.compiled.index.get(def.question.id)!;
  const states = table.state[q]!;
  const values = table.effective[q]!;
  const bits = table.compiled.bits[q]!;
  const option = def.type === "option";
  const wanted = option ? bits.get(def.option.id)! : bits.get("yes")!;
  const other = option ? -1 : bits.get("no")!;
  const hits = new Int32Array(rows.length);
  const misses = new Int32Array(rows.length);
  let h = 0;
  let m = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const s = states[row];
    if (s === NOT_APPLICABLE) out.notApplicable++;
    else if (s !== ANSWERED) out.unanswered++;
    else {
      const v = values[row]!;
      if (option ? (v & wanted) !== 0 : v === wanted) hits[h++] = row;
      else if (option || v === other) misses[m++] = row;
      else out.notApplicable++; // judged "not applicable"
    }
  }
  out.numerator = refsOf(table, hits, h);
  out.rest = refsOf(table, misses, m);
}

function refsOf(table: CaseTable, rows: Int32Array, count: number): string[] {
  const refs = new Array<string>(count);
  for (let i = 0; i < count; i++) refs[i] = table.refs[rows[i]!]!;
  return refs;
}

function countDerived(verdictOf: Judge, table: CaseTable, rows: Int32Array, out: Counted): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const v = verdictOf(row);
    if (v === NUMERATOR) out.numerator.push(table.refs[row]!);
    else if (v === REST) out.rest.push(table.refs[row]!);
    else if (v === UNANSWERED) out.unanswered++;
    else out.notApplicable++;
  }
}

/** Works out each case's applicability once, for scoring many metrics over the same cases. */
export function evaluate(framework: Framework, cases: readonly ScoredCase[]): CaseTable {
  return tabulate(framework, cases);
}

/** Every metric of the framework over the given cases (already filtered), or over a table. */
export function scoreInspection(framework: Framework, cases: readonly ScoredCase[] | CaseTable, only?: readonly string[]): Metric[] {
  const table = "raw" in cases ? cases : tabulate(framework, cases);
  const rows = allRows(table);
  return metricDefs(framework)
    .filter((d) => !only || only.includes(d.id))
    .map((d) => scoreMetric(framework, d, table, rows));
}
