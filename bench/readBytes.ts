/**
 * Bytes read from the workbook per invoice (the preview's ledgers and 1,048,576 rows), and their ratio to the JSON of
 * the mapped columns' values. Target (issue "fast where the user waits"): ≤ 1.25×.
 */
import { execFileSync } from "child_process";
import { join } from "path";

interface Measured {
  sheet: string;
  rows: number;
  read: number;
  syncs: number;
  ms: number;
  bytes: number;
  columns: number;
  width: number;
  invoices: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function benchReadBytes(log: (line: string) => void): Promise<void> {
  log("");
  log("Reading a ledger from the workbook (Excel API stand-in: UTF-8 bytes of requests and responses; target ≤ 1.25×");
  log("  the JSON of the mapped columns' values)");
  for (const arg of ["preview", "1048575"]) {
    const out = execFileSync(process.execPath, [join(__dirname, "readBytesWorker.js"), arg], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    for (const line of out.trim().split("\n")) {
      const m = JSON.parse(line) as Measured;
      log(
        `  ${m.sheet}: ${m.rows.toLocaleString("en-US")} rows × ${m.width} columns (${m.columns} mapped), ` +
          `${kb(m.read)} in ${m.syncs} syncs, ${(m.read / Math.max(1, m.invoices)).toFixed(1)} bytes per invoice; ` +
          `${(m.read / m.bytes).toFixed(2)}× the mapped values' JSON (${kb(m.bytes)}); ${m.ms.toFixed(0)} ms`,
      );
    }
  }
}
