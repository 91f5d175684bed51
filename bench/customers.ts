/**
 * Many customers (the cost must be linear in rows whatever the number of customers): 100,000 rows of one invoice per
 * customer against the same 100,000 rows over 300 customers, measured in this run, as a ratio (target ≤ 2×); then
 * the memory of 1,000,000 rows of one invoice per customer. Each measurement runs in a fresh process
 * (customersWorker.ts). The heap figure is the largest heap in use seen between the analysis's stages.
 */
import { execFileSync } from "child_process";
import { join } from "path";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Measured {
  best: number;
  cpu: number;
  /** The pane's wait for the results, best of the runs (NaN when not measured). */
  pane: number;
  times: number[];
  inputHeap: number;
  peakHeap: number;
  keptHeap: number;
  peakRss: number;
  summary: string;
}

function measure(rows: number, shape: "distinct" | "300", runs: number, maxHeapMb = 4096, pane = true): Measured {
  const worker = join(__dirname, "customersWorker.js");
  const args = [`--max-old-space-size=${maxHeapMb}`, "--expose-gc", worker, String(rows), shape, String(runs)];
  if (!pane) args.push("no-pane");
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 })) as Measured;
}

/** The measurements of one shape as one: every run's time, the best time and processor time, the largest memory. */
function bestOf(ms: Measured[]): Measured {
  const best = ms.reduce((a, b) => (b.best < a.best ? b : a));
  const most = (pick: (m: Measured) => number) => Math.max(...ms.map(pick));
  return {
    ...best,
    times: ms.flatMap((m) => m.times),
    cpu: Math.min(...ms.map((m) => m.cpu)),
    pane: Math.min(...ms.map((m) => m.pane)),
    peakHeap: most((m) => m.peakHeap),
    peakRss: most((m) => m.peakRss),
  };
}

const line = (m: Measured) =>
  `best of ${m.times.length} ${m.best.toFixed(0)} ms (runs: ${m.times.map((t) => t.toFixed(0)).join(", ")}; ` +
  `processor ${m.cpu.toFixed(0)} ms); heap at most ${mb(m.peakHeap)}, ` +
  `the result keeps ${mb(m.keptHeap)} (input ${mb(m.inputHeap)}); peak RSS ${mb(m.peakRss)}; ${m.summary}`;

export async function benchCustomers(log: (line: string) => void, options: { million?: boolean } = {}): Promise<void> {
  log("");
  log("Many customers: 100,000 rows of one invoice per customer ÷ the same rows over 300 customers (target ≤ 2×)");
  // Alternating fresh processes (three rounds of three runs each), the best of each shape: the machine's load moves
  // less between two neighbouring measurements than over a whole bench (two rounds of two read 1.84–2.48× on one
  // shared machine within minutes).
  const rounds = [0, 1, 2].map(() => [measure(100_000, "300", 3), measure(100_000, "distinct", 3)]);
  const few = bestOf(rounds.map((r) => r[0]));
  const many = bestOf(rounds.map((r) => r[1]));
  log(`  300 customers:         ${line(few)}`);
  log(`  one per customer:      ${line(many)}`);
  const ratio = (many.best / few.best).toFixed(2);
  log(`  ratio ${ratio}× (best against best; processor time ${(many.cpu / few.cpu).toFixed(2)}×)`);
  log(
    `  as the pane waits for the results (a worker thread, the copies both ways; paneWait.ts): ` +
      `${many.pane.toFixed(0)} ms against ${few.pane.toFixed(0)} ms, ${(many.pane / few.pane).toFixed(2)}×`,
  );
  if (options.million === false) return;
  const million = measure(1_000_000, "distinct", 1, 16384, false); // the analysis alone: its memory is the point
  log(`  1,000,000 rows, one invoice per customer: ${line(million)}`);
}

if (require.main === module) {
  benchCustomers((l) => console.log(l), { million: !process.argv.includes("--no-million") }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
