/**
 * The cash plan's cost in one process: the analysis of 1,048,575 generated invoices (+ header = 1,048,576 rows) alone,
 * and with the cash plan (100,000 payable rows, four repeating flows, every scenario and lever), runs alternating,
 * best of each. Usage: node --expose-gc .bench-build/bench/cashWorker.js <invoices> <bills> <runs>
 */
import { analyzeLedger } from "../src/engine/analysis/analyze";
import { clearLedgerChecks } from "../src/engine/history/checksCache";
import { serialFromYmd } from "../src/engine/core/dates";
import { generateLedger } from "../src/engine/sample/generateLedger";
import { generatePayables } from "../src/engine/sample/generatePayables";
import type { CashRequest } from "../src/engine/cash/cashAnalysis";

const AS_OF = serialFromYmd(2025, 6, 30);
const rows = Number(process.argv[2]);
const bills = Number(process.argv[3]);
const runs = Number(process.argv[4] ?? 3);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

const { values } = generateLedger({ seed: 11, customers: 5000, invoices: rows, asOf: AS_OF, language: "en" });
const payables = generatePayables({
  seed: 12,
  suppliers: 2000,
  bills,
  asOf: AS_OF,
  language: "en",
  monthlyPurchases: 50_000_000,
});
const month = (d: number) => ({
  description: "Payroll",
  amount: 20_000_000,
  direction: "out" as const,
  firstDate: AS_OF + d,
  repeat: "monthly" as const,
  until: null,
});
const cash: CashRequest = {
  payables: { values: payables.values, sheet: "Payables", topLeft: "A1" },
  settings: {
    openingCash: 50_000_000,
    minimumCash: 10_000_000,
    creditLine: 20_000_000,
    flows: [month(25), month(1), month(10), { ...month(15), repeat: "quarterly" }],
  },
};
const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};
const input = { values, sheet: "Ledger", topLeft: "A1" };
const alone: number[] = [];
const withCash: number[] = [];
let summary = "";
for (let i = 0; i < runs; i++) {
  gc();
  clearLedgerChecks();
  let t0 = process.hrtime.bigint();
  analyzeLedger(input, settings);
  alone.push(Number(process.hrtime.bigint() - t0) / 1e6);
  gc();
  clearLedgerChecks();
  t0 = process.hrtime.bigint();
  const a = analyzeLedger(input, settings, {}, cash);
  withCash.push(Number(process.hrtime.bigint() - t0) / 1e6);
  summary = `${a.counts.invoices} invoices, ${a.cash!.payables!.counts.invoices} bills, ${a.cash!.scenarios.length} scenarios, ${a.cash!.levers.length} levers`;
}
process.stdout.write(
  JSON.stringify({
    alone: Math.min(...alone),
    withCash: Math.min(...withCash),
    alones: alone,
    withCashes: withCash,
    summary,
  }),
);
