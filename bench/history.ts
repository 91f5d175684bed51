/**
 * The model check (backtest) and the peak-exposure limits on 1,048,575 generated invoices (+ header = Excel's
 * 1,048,576 rows), as a share of the rest of the analysis, measured in one run of a fresh process
 * (historyWorker.ts). Target: backtest + trend + limits add at most 50 % to the analysis time.
 */
import { execFileSync } from "child_process";
import { join } from "path";

export async function benchHistory(log: (line: string) => void): Promise<void> {
  log("");
  log(
    "Model check + credit limits from the history (5,000 customers; target with the KPI trend: ≤ +50 % of the analysis)",
  );
  const rows = 1_048_575;
  const out = execFileSync(process.execPath, ["--expose-gc", join(__dirname, "historyWorker.js"), String(rows), "3"], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const r = JSON.parse(out) as {
    analysis: number[];
    histories: number[];
    backtest: number[];
    limits: number[];
    monthEnds: number;
    status: string;
  };
  const best = (xs: number[]) => Math.min(...xs);
  const added = best(r.histories) + best(r.backtest) + best(r.limits);
  const rest = best(r.analysis) - added;
  log(
    `  ${(rows + 1).toLocaleString("en-US")} rows: full analysis ${best(r.analysis).toFixed(0)} ms, of which histories ${best(r.histories).toFixed(0)} ms + ` +
      `backtest ${best(r.backtest).toFixed(0)} ms (${r.monthEnds} month-ends, ${r.status}) + limits ${best(r.limits).toFixed(0)} ms = ${added.toFixed(0)} ms: ` +
      `+${((added / rest) * 100).toFixed(0)} % over the rest of the analysis (${rest.toFixed(0)} ms); best of 3`,
  );
}
