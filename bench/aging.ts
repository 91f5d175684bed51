/**
 * AR.AGING on 100,000 and 1,048,576 rows, given as Excel gives them (any[][] columns), against
 * (a) the five SUMIFS formulas a user would otherwise write, evaluated by HyperFormula, and
 * (b) a bare JS loop over the same arrays (no validation, float sums).
 * Targets (issue "Foundation"): ≥ 50× faster than (a), within 2× of (b).
 */
import { HyperFormula } from "hyperformula";
import { aging } from "../src/functions/aging";

const AS_OF = 45700;

function ledger(rows: number, seed = 7): { amounts: unknown[][]; dues: unknown[][] } {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const amounts: unknown[][] = new Array(rows);
  const dues: unknown[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    amounts[i] = [Math.round(rand() * 1_000_000) / 100];
    dues[i] = [AS_OF - 150 + Math.floor(rand() * 200)];
  }
  return { amounts, dues };
}

function bareLoop(amounts: unknown[][], dues: unknown[][]): number[] {
  const t = [0, 0, 0, 0, 0];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i][0] as number;
    const d = AS_OF - (dues[i][0] as number);
    if (d <= 0) t[0] += a;
    else if (d <= 30) t[1] += a;
    else if (d <= 60) t[2] += a;
    else if (d <= 90) t[3] += a;
    else t[4] += a;
  }
  return t;
}

function timeBest(runs: number, fn: () => unknown): { ms: number; result: unknown } {
  let best = Infinity;
  let result: unknown;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    result = fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
  }
  return { ms: best, result };
}

function sumifs(amounts: unknown[][], dues: unknown[][]): { ms: number; totals: number[] } {
  const n = amounts.length;
  const sheet = amounts.map((a, i) => [a[0], dues[i][0]]);
  const A = `A1:A${n}`;
  const B = `B1:B${n}`;
  // The formulas a user writes for Current, 1-30, 31-60, 61-90, 91+ days past due.
  sheet[0].push(
    `=SUMIFS(${A},${B},">="&${AS_OF})`,
    `=SUMIFS(${A},${B},"<"&${AS_OF},${B},">="&${AS_OF - 30})`,
    `=SUMIFS(${A},${B},"<"&${AS_OF - 30},${B},">="&${AS_OF - 60})`,
    `=SUMIFS(${A},${B},"<"&${AS_OF - 60},${B},">="&${AS_OF - 90})`,
    `=SUMIFS(${A},${B},"<"&${AS_OF - 90})`,
  );
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromArray(sheet as never, {
    licenseKey: "gpl-v3",
    maxRows: 1_100_000,
    useColumnIndex: false,
  });
  const totals = [2, 3, 4, 5, 6].map((c) => hf.getCellValue({ sheet: 0, row: 0, col: c }) as number);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  hf.destroy();
  return { ms, totals };
}

export async function benchAging(log: (line: string) => void): Promise<void> {
  log("");
  log("AR.AGING (5 buckets by due date), inputs as any[][] columns — best of 20 runs");
  for (const rows of [100_000, 1_048_576]) {
    const { amounts, dues } = ledger(rows);
    const ours = timeBest(20, () => aging(amounts as never, dues as never, AS_OF));
    const bare = timeBest(20, () => bareLoop(amounts, dues));
    const oursTotals = (ours.result as number[][])[0];
    const bareTotals = bare.result as number[];
    const agree = oursTotals.every((t, i) => Math.abs(t - bareTotals[i]) < 0.5);
    let hfLine = "HyperFormula SUMIFS: skipped";
    if (rows <= 1_048_576) {
      global.gc?.();
      try {
        const hf = sumifs(amounts, dues);
        const hfAgree = oursTotals.every((t, i) => Math.abs(t - hf.totals[i]) < 0.5);
        hfLine = `HyperFormula 5×SUMIFS ${hf.ms.toFixed(0)} ms (${(hf.ms / ours.ms).toFixed(0)}× slower than AR.AGING${hfAgree ? "" : ", TOTALS DIFFER"})`;
      } catch (e) {
        hfLine = `HyperFormula 5×SUMIFS failed: ${(e as Error).message}`;
      }
    }
    log(
      `  ${rows.toLocaleString("en-US")} rows: AR.AGING ${ours.ms.toFixed(1)} ms; bare JS loop ${bare.ms.toFixed(1)} ms ` +
        `(ratio ${(ours.ms / bare.ms).toFixed(2)}×${agree ? "" : ", TOTALS DIFFER"}); ${hfLine}`,
    );
  }
}
