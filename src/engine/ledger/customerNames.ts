/**
 * One customer, one name: the spellings of a customer (customerKey.ts folds case, spaces and the like) are read as the
 * first spelling met, and each other spelling is written down so the user can see what was merged.
 */
import { customerKey, isOwnKey } from "./customerKey";

export interface CustomerNames {
  /** The name the customer goes by, for the name as written in the cell. */
  nameOf: (written: string) => string;
  /** Names read as one customer: [the name used, another spelling], in the order met. */
  merged: [string, string][];
}

export function customerNames(): CustomerNames {
  const byWritten = new Map<string, string>(); // name as written → the name used
  const byKey = new Map<string, string>(); // customer key → the name used (its first spelling)
  const merged: [string, string][] = [];
  const nameOf = (written: string): string => {
    // A name met before that names its customer as written (most rows of most ledgers): one look-up, no folding test.
    // A name found as a key and used as written is that key's first spelling: customerKey of a key is the key.
    if (byKey.get(written) === written) return written;
    // A name that is its own key and names its customer as written needs one look-up.
    if (isOwnKey(written)) {
      const used = byKey.get(written);
      if (used === undefined) byKey.set(written, written);
      if (used === undefined || used === written) return written;
    }
    let name = byWritten.get(written);
    if (name === undefined) {
      const key = customerKey(written);
      name = byKey.get(key);
      if (name === undefined) byKey.set(key, (name = written));
      else merged.push([name, written]);
      byWritten.set(written, name);
    }
    return name;
  };
  return { nameOf, merged };
}
