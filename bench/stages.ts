/**
 * Where the full analysis's time goes, stage by stage (stagesWorker.ts: each step analyzeLedger runs, timed alone in
 * one fresh process on 1,048,575 generated invoices over 5,000 customers, best of 3, with the garbage collection
 * inside it). The stages add up to about the analysis's time; they show which one to work on.
 */
import { execFileSync } from "child_process";
import { join } from "path";

export async function benchStages(log: (line: string) => void): Promise<void> {
  log("");
  log(
    "The analysis stage by stage (1,048,576 rows, 5,000 customers; best of 3 per stage, ms, of which garbage collection)",
  );
  const out = execFileSync(process.execPath, ["--expose-gc", join(__dirname, "stagesWorker.js"), "1048575", "3"], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const stages = JSON.parse(out) as Record<string, [number, number, number]>;
  for (const [stage, [ms, gc]] of Object.entries(stages))
    log(`  ${stage.padEnd(34)} ${String(ms).padStart(6)} ms  (gc ${gc} ms)`);
}
