/**
 * The forecast check's cost: what the backtest at six month-ends adds to the analysis of 1,048,576 rows,
 * as a ratio measured in one process (forecastCheckWorker.ts): check alone / (whole analysis − check).
 */
import { execFileSync } from "child_process";
import { join } from "path";

export async function benchForecastCheck(log: (line: string) => void): Promise<void> {
  log("");
  log("Forecast check inside the analysis (1,048,576 receivable rows, six month-ends)");
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", join(__dirname, "forecastCheckWorker.js"), "1048575", "3"],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(out) as { whole: number; check: number; wholes: number[]; checks: number[]; summary: string };
  const added = (r.check / (r.whole - r.check)) * 100;
  log(
    `  whole analysis best ${r.whole.toFixed(0)} ms (runs ${r.wholes.map((t) => t.toFixed(0)).join(", ")}); the check alone best ${r.check.toFixed(0)} ms (runs ${r.checks.map((t) => t.toFixed(0)).join(", ")})`,
  );
  log(`  the forecast check adds ${added.toFixed(1)} % to the rest of the analysis; ${r.summary}`);
}
