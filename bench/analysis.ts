/**
 * The full ledger analysis (mapping → rows → portfolio → customers → plans → alerts → insurance → forecast) from a
 * raw any[][] range as Excel returns it, on 100,000 and 1,048,575 generated invoices (+ header = 1,048,576 rows,
 * Excel's limit) over 5,000 customers. Each size runs in a fresh process (analysisWorker.ts) so its peak memory is
 * its own. Targets (issue "ledger analysis"): < 300 ms and < 3 s; peak memory < 1 GB.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function benchAnalysis(log: (line: string) => void): Promise<void> {
  log("");
  log("Full ledger analysis from any[][] (5,000 customers; targets: 100k < 300 ms, 1,048,576 rows < 3 s, peak < 1 GB)");
  for (const [rows, runs] of [
    [100_000, 7],
    [1_048_575, 3],
  ]) {
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", join(__dirname, "analysisWorker.js"), String(rows), String(runs)],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    const r = JSON.parse(out) as { best: number; times: number[]; inputRss: number; peakRss: number; summary: string };
    log(
      `  ${(rows + 1).toLocaleString("en-US")} rows: best of ${runs} ${r.best.toFixed(0)} ms (runs: ${r.times.map((t) => t.toFixed(0)).join(", ")}); ` +
        `peak RSS ${mb(r.peakRss)} (the generated input alone: ${mb(r.inputRss)}); ${r.summary}`,
    );
  }
}
