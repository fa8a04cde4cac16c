import type { CliIo } from "../io.ts";
import type { Store } from "../../store/store.ts";

/** Wired to the plain-English questions service once it lands. */
export function shellAsk(_io: CliIo): ((store: Store, inspection: string, question: string) => Promise<string>) | undefined {
  return undefined;
}
