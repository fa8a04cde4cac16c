import { readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Framework } from "../core/framework/schema.ts";
import { parseFrameworkFile } from "./file.ts";

/** The frameworks shipped with casecheck, one YAML file each. */
export const BUILT_IN_DIR = fileURLToPath(new URL("../../frameworks/", import.meta.url));

export const DEFAULT_FRAMEWORK = "sqs-youth-2016";

/** A framework file that cannot be used: the message is one line naming the file. */
export class FrameworkFileError extends Error {
  readonly code = "framework_file";
  constructor(message: string) {
    super(message);
    this.name = "FrameworkFileError";
  }
}

interface Known {
  framework: Framework;
  file: string;
}

let registry: ReadonlyMap<string, Known> | undefined;

/** Loads the built-in frameworks and those in `extraDir` (FRAMEWORKS_DIR), replacing what was
 * loaded before. All or nothing: one bad file and nothing changes, so the service never runs
 * with some of its frameworks. */
export function loadFrameworks(extraDir?: string): void {
  const found = new Map<string, Known>();
  for (const dir of [BUILT_IN_DIR, ...(extraDir ? [resolve(extraDir)] : [])]) {
    for (const file of frameworkFiles(dir)) {
      const parsed = parseFrameworkFile(file, readFileSync(file, "utf8"));
      if (!parsed.ok)
        throw new FrameworkFileError(
          `${file} is not a valid framework (${parsed.problems.length} problem${parsed.problems.length === 1 ? "" : "s"}; the first at line ${parsed.problems[0]!.line}); run: casecheck framework check ${file}`,
        );
      const clash = found.get(parsed.framework.id);
      if (clash)
        throw new FrameworkFileError(
          `${file} defines framework ${parsed.framework.id}, which ${basename(clash.file)} already defines; give one of them another id`,
        );
      found.set(parsed.framework.id, { framework: parsed.framework, file });
    }
  }
  registry = found;
}

function frameworkFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new FrameworkFileError(
      `${dir}: the frameworks folder cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check FRAMEWORKS_DIR`,
    );
  }
  return names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => join(dir, n));
}

function known(): ReadonlyMap<string, Known> {
  if (!registry) loadFrameworks();
  return registry!;
}

export function findFramework(id: string): Framework | undefined {
  return known().get(id)?.framework;
}

/** Every known framework, with the file it came from. */
export function listFrameworks(): Known[] {
  return [...known().values()];
}
