/**
 * The cash plan's cost: with 1,048,576 receivable rows and 100,000 payable rows it may add at most 20 % to
 * the analysis time — measured as a ratio in one process (cashWorker.ts), alternating runs, best of each.
 */
import { execFileSync } from "child_process";
import { join } from "path";

export async function benchCash(log: (line: string) => void): Promise<void> {
  log("");
  log("Cash plan on top of the analysis (1,048,576 receivable rows, 100,000 payable rows; target: adds ≤ 20 %)");
  const out = execFileSync(
    process.execPath,
    // Five alternations: with three, one shared machine read +13.5 % and +28.5 % for the same code within minutes.
    ["--expose-gc", join(__dirname, "cashWorker.js"), "1048575", "100000", "5"],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(out) as {
    alone: number;
    withCash: number;
    alones: number[];
    withCashes: number[];
    summary: string;
  };
  const added = (r.withCash / r.alone - 1) * 100;
  log(
    `  analysis alone best ${r.alone.toFixed(0)} ms (runs ${r.alones.map((t) => t.toFixed(0)).join(", ")}); with the cash plan best ${r.withCash.toFixed(0)} ms (runs ${r.withCashes.map((t) => t.toFixed(0)).join(", ")})`,
  );
  log(`  the cash plan adds ${added.toFixed(1)} % (${added <= 20 ? "within" : "OVER"} the 20 % target); ${r.summary}`);
}
