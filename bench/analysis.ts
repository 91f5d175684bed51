/**
 * The full ledger analysis (mapping → rows → portfolio → customers → plans → alerts → insurance → forecast) from a
 * raw any[][] range as Excel returns it, on 100,000 and 1,048,575 generated invoices (+ header = 1,048,576 rows,
 * Excel's limit) over 5,000 customers. Each size runs in a fresh process (analysisWorker.ts) so its peak memory is
 * its own. Targets: < 300 ms and < 3 s; peak memory < 1 GB; and the analysis within 15× its floor (floor.ts: one
 * plain pass ageing each open amount into its customer's buckets), both on fresh copies, measured in the same run.
 */
import { execFileSync } from "child_process";
import { join } from "path";

interface Measured {
  best: number;
  times: number[];
  floor: number;
  floors: number[];
  ratio: number;
  settingChange: number;
  workerRun: number;
  workerResults: number;
  paneResults: number;
  paneFirst: number;
  paneAgain: number;
  inputRss: number;
  peakRss: number;
  summary: string;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function benchAnalysis(log: (line: string) => void): Promise<void> {
  log("");
  log(
    "Full ledger analysis from any[][] on fresh copies (5,000 customers; targets: 100k < 300 ms, 1,048,576 rows < 3 s, " +
      "peak < 1 GB; ≤ 15× the floor pass)",
  );
  for (const [rows, runs] of [
    [100_000, 7],
    [1_048_575, 3],
  ]) {
    const out = execFileSync(
      process.execPath,
      ["--expose-gc", join(__dirname, "analysisWorker.js"), String(rows), String(runs)],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    const r = JSON.parse(out) as Measured;
    const list = (ts: number[]) => ts.map((t) => t.toFixed(0)).join(", ");
    log(
      `  ${(rows + 1).toLocaleString("en-US")} rows: best of ${runs} ${r.best.toFixed(0)} ms (runs: ${list(r.times)}); ` +
        `peak RSS ${mb(r.peakRss)} (the generated input alone: ${mb(r.inputRss)}); ${r.summary}`,
    );
    log(
      `    floor pass ${r.floor.toFixed(1)} ms (runs: ${list(r.floors)}); ` +
        `the analysis is ${r.ratio.toFixed(1)}× its floor (target ≤ 15×); after a display setting change ` +
        `(risk appetite; model and forecast checks reused) ${r.settingChange.toFixed(0)} ms`,
    );
    log(
      `    the taskpane's worker, whole run (the analysis, the desk's invoices, the messages cut): ` +
        `${r.workerRun.toFixed(0)} ms = ${(r.workerRun / r.best).toFixed(2)}× the analysis; its results posted ` +
        `(shown while the model and forecast checks run on) at ${r.workerResults.toFixed(0)} ms = ` +
        `${(r.workerResults / r.floor).toFixed(1)}× the floor`,
    );
    log(
      `    the pane's wait for those results (analyzeOffThread, its worker a thread of its own: the rows posted in ` +
        `pieces, the results and invoices copied back): ${r.paneResults.toFixed(0)} ms = ` +
        `${(r.paneResults / r.floor).toFixed(1)}× the floor (the worker's first analysis, code not yet optimised: ` +
        `${r.paneFirst.toFixed(0)} ms)`,
    );
    log(
      `    the pane's wait after a display setting change (the same ledger: its rows, reading and checks kept in ` +
        `the worker, only the order to run sent, its invoices not sent back again): ${r.paneAgain.toFixed(0)} ms = ` +
        `${(r.paneAgain / r.paneResults).toFixed(2)}× the first wait`,
    );
  }
}

if (require.main === module) {
  benchAnalysis((l) => console.log(l)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
