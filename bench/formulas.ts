/**
 * The per-customer formulas on Excel's full height, as ratios to analyzeLedger measured in the same process
 * ("Speed of the formulas on big ranges": first call ≤ 1.3×, a cache hit < 10 %), and the KPI trend's
 * added cost (part of "backtest + trend + limits add at most 50 %").
 */
import { execFileSync } from "child_process";
import { join } from "path";

export async function benchFormulas(log: (line: string) => void): Promise<void> {
  const rows = 1_048_575;
  log("");
  log(
    `AR.GRADE / AR.TERMS / AR.CREDITLIMIT on ${(rows + 1).toLocaleString("en-US")} rows (columns as any[][]; best of 5 interleaved rounds) vs analyzeLedger in the same process`,
  );
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=4096", join(__dirname, "formulasWorker.js"), String(rows), "5"],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(out) as {
    analysis: number;
    fullLedger: number;
    first: number;
    hitTerms: number;
    hitLimit: number;
    hitFresh: number;
    readFresh: number;
    trend12: number;
    trend24: number;
  };
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const ratio = (x: number) => `${(x / r.analysis).toFixed(2)}×`;
  const pct = (x: number, of: number) => `${((x / of) * 100).toFixed(1)} %`;
  log(`  analyzeLedger on the same 7 columns ${ms(r.analysis)} (on the whole 10-column ledger: ${ms(r.fullLedger)})`);
  log(`  AR.GRADE first call (empty cache) ${ms(r.first)} = ${ratio(r.first)} the analysis (target ≤ 1.3×)`);
  log(
    `  AR.TERMS cache hit ${ms(r.hitTerms)} = ${pct(r.hitTerms, r.analysis)}; AR.CREDITLIMIT cache hit ${ms(r.hitLimit)} = ${pct(r.hitLimit, r.analysis)} of the analysis (target < 10 %)`,
  );
  log(
    `  AR.TERMS cache hit on a fresh copy of the columns (as Excel passes each call its own) ${ms(r.hitFresh)} = ${pct(r.hitFresh, r.analysis)} (cells read for the first time since they were made; merely touching each cell of such a copy once takes ${ms(r.readFresh)} = ${pct(r.readFresh, r.analysis)})`,
  );
  const without = r.fullLedger - r.trend12;
  log(
    `  KPI trend: 12 month-ends ${ms(r.trend12)} = +${pct(r.trend12, without)} on the whole-ledger analysis without it; 24 month-ends ${ms(r.trend24)} = +${pct(r.trend24, without)}`,
  );
}
