import type { Command } from "../io.ts";
import { UsageError } from "../io.ts";

export const fromSheet: Command = async () => {
  throw new UsageError(["from-sheet is not available yet"]);
};
