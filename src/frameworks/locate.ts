import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";

export interface Place {
  line: number;
  col: number;
}

/** Where a path into the framework is in its file: a field's key, a list's item, or, for a
 * field that is not there (a missing required field), the nearest enclosing place that is. */
export function locate(doc: Document, lines: LineCounter, path: ReadonlyArray<string | number>): Place {
  let node: unknown = doc.contents;
  let at = offsetOf(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      at = offsetOf(pair.key) ?? at;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number" && node.items[segment]) {
      node = node.items[segment];
      at = offsetOf(node) ?? at;
    } else break;
  }
  return lines.linePos(at);
}

const offsetOf = (node: unknown): number | undefined => (node && typeof node === "object" && "range" in node ? (node as Node).range?.[0] : undefined);
