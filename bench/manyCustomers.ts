/**
 * Generated ledgers for the many-customers benchmarks: `invoices` rows over 300 customers, or (oneEach) the same
 * rows with each row's customer renamed to a name of its own, so every customer has exactly one invoice.
 */
import { serialFromYmd } from "../src/engine/core/dates";
import { generateLedger } from "../src/engine/sample/generateLedger";

export const MANY_AS_OF = serialFromYmd(2025, 6, 30);

export function manyCustomersLedger(invoices: number, oneEach: boolean): (string | number)[][] {
  const { values } = generateLedger({ seed: 11, customers: 300, invoices, asOf: MANY_AS_OF, language: "en" });
  if (oneEach) for (let i = 1; i < values.length; i++) values[i][0] = `${values[i][0]} ${i}`;
  return values;
}
