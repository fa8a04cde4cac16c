import type { Store } from "../../src/store/store.ts";

/** The Store methods that change something, as opposed to reads. */
export const WRITES = new Set<keyof Store>([
  "saveInspection",
  "deleteInspection",
  "saveCase",
  "saveAnswers",
  "setRole",
  "bindChannel",
  "claim",
  "release",
  "setValue",
]);

export type StoreHook = (method: keyof Store, args: unknown[]) => void | Promise<void>;

/** A real store whose calls first pass through `hook`, which may wait (a slow store), throw (an
 * unreachable one) or count. Everything else is the store itself. */
export function interceptStore(store: Store, hook: StoreHook): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function" || prop === "close") return value;
      return async (...args: unknown[]) => {
        await hook(prop as keyof Store, args);
        return value.apply(target, args);
      };
    },
  });
}
