/**
 * The model and forecast checks once per ledger: a display setting changed gives the same results again (the same
 * objects); any change to the invoices, the as-of date or the model check's settings computes them afresh, with the
 * figures a fresh computation gives.
 */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { clearLedgerChecks } from "../../../src/engine/history/checksCache";
import { generateLedger } from "../../../src/engine/sample/generateLedger";

const AS_OF = serialFromYmd(2025, 6, 30);
const base = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
const ledger = () => generateLedger({ seed: 21, customers: 30, invoices: 900, asOf: AS_OF, language: "en" }).values;
const run = (values: (string | number)[][], settings = {}) =>
  analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, { ...base, ...settings });

beforeEach(clearLedgerChecks);

test("a display setting changed reuses the checks of the same ledger", () => {
  const values = ledger();
  const first = run(values);
  expect(first.modelCheck.status).toBe("ok");
  const again = run(values, { riskAppetite: "conservative", agingBasis: "invoice", limitHeadroom: 0.5 });
  expect(again.modelCheck).toBe(first.modelCheck);
  expect(again.forecastCheck).toBe(first.forecastCheck);
  // A fresh copy of the same values is the same ledger.
  expect(run(structuredClone(values)).modelCheck).toBe(first.modelCheck);
});

test("another figure, as-of date or model check setting computes the checks afresh, as from nothing", () => {
  const values = ledger();
  const first = run(values);
  const changed = structuredClone(values);
  const row = changed.findIndex((r, i) => i > 0 && r[6] !== "" && Number(r[6]) < AS_OF - 400);
  changed[row][6] = Number(changed[row][6]) + 45; // one invoice paid later
  const after = run(changed);
  expect(after.modelCheck).not.toBe(first.modelCheck);
  clearLedgerChecks();
  const fresh = run(changed);
  expect(after.modelCheck).toEqual(fresh.modelCheck);
  expect(after.forecastCheck).toEqual(fresh.forecastCheck);
  expect(run(values, { lateDays: 10 }).modelCheck).not.toBe(first.modelCheck);
  expect(run(values, { followUpMonths: 3 }).modelCheck).not.toBe(first.modelCheck);
  expect(run(values, { asOf: AS_OF - 1 }).forecastCheck).not.toBe(first.forecastCheck);
});
