/**
 * AR.GRADE / AR.TERMS / AR.CREDITLIMIT over Excel's full height (1,048,576 rows) against analyzeLedger on the same
 * data, in one fresh process so the ratios compare like with like: the first call (empty cache), the cache hit
 * (another function over the same columns; and over a fresh copy of them, as Excel passes each call its own), and the KPI trend's share of the analysis.
 * Usage: node --expose-gc .bench-build/bench/formulasWorker.js <invoices> <runs>
 */
import { analyzeLedger } from "../src/engine/analysis/analyze";
import { clearLedgerChecks } from "../src/engine/history/checksCache";
import { serialFromYmd } from "../src/engine/core/dates";
import { detectColumns } from "../src/engine/ledger/columns";
import { parseLedger } from "../src/engine/ledger/parseLedger";
import { kpiTrend } from "../src/engine/history/kpiTrend";
import { generateLedger } from "../src/engine/sample/generateLedger";
import { clearAnalysisCache } from "../src/functions/analysisCache";
import { creditLimit, grade, terms } from "../src/functions/ledger";

(globalThis as Record<string, unknown>).CustomFunctions ??= {
  Error: class extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  },
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
  },
  associate: () => undefined,
};

const AS_OF = serialFromYmd(2025, 6, 30);
const rows = Number(process.argv[2]);
const runs = Number(process.argv[3] ?? 3);
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function time(fn: () => unknown): number {
  gc();
  clearLedgerChecks(); // every timed call computes the checks (history/checksCache.ts)
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const { values } = generateLedger({ seed: 11, customers: 5000, invoices: rows, asOf: AS_OF, language: "en" });
// Columns as Excel passes them: each a rows × 1 any[][] (header left out); empty cells as 0 inside a range.
// Deserialised (as Excel's runtime hands arguments to a function: flat strings, fresh arrays), once for every call.
const column = (i: number) => structuredClone(values.slice(1).map((r) => [r[i] === "" ? 0 : r[i]]));
const [customers, invoiceDates, dueDates, amounts, paidAmounts, paidDates, disputed] = [0, 2, 3, 4, 5, 6, 7].map(
  column,
);
const input = { values, sheet: "Ledger", topLeft: "A1" };
const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};
// The baseline on the same data: the seven columns the formulas get, as one range with a header row.
const fields = ["customer", "invoiceDate", "dueDate", "amount", "paidAmount", "paidDate", "disputed"];
const sameColumns = {
  values: [
    fields,
    ...customers.map((_, r) =>
      [customers, invoiceDates, dueDates, amounts, paidAmounts, paidDates, disputed].map((c) => c[r][0]),
    ),
  ],
  sheet: "Formula",
  topLeft: "A1",
};
const sameSettings = {
  ...settings,
  headerRow: 0,
  mapping: {
    customer: 0,
    invoiceDate: 1,
    dueDate: 2,
    amount: 3,
    paidAmount: 4,
    paidDate: 5,
    disputed: 6,
    invoiceNumber: null,
    openAmount: null,
    currency: null,
    terms: null,
  },
};
const some = [[customers[0][0]], [customers[1][0]], [customers[2][0]]];

// The trend on the invoices the analysis parses (the same steps analyzeLedger runs before it).
const mapping = detectColumns(values, { dateOrder: "auto" });
const parsed = parseLedger(input, mapping, {
  asOf: AS_OF,
  dateOrder: mapping.dateOrder ?? "auto",
  defaultTermsDays: 30,
  onlyCurrency: null,
});

/** Times `fn` on a deserialised copy of the seven columns (the copy made before the clock starts, freed after). */
function onFreshCopy(fn: (cols: unknown[][][]) => unknown): number {
  const copy = structuredClone([customers, amounts, dueDates, invoiceDates, paidDates, paidAmounts, disputed]);
  return time(() => fn(copy));
}

function touchCells(col: unknown[][]): number {
  let n = 0;
  for (let r = 0; r < col.length; r++) {
    const v = col[r][0];
    n += typeof v === "string" ? v.length : 1;
  }
  return n;
}

// Rounds interleave every measurement, so a busy machine slows them alike; the best of each is kept.
const bestOf = {
  analysis: Infinity,
  fullLedger: Infinity,
  first: Infinity,
  hitTerms: Infinity,
  hitLimit: Infinity,
  hitFresh: Infinity,
  readFresh: Infinity,
  trend12: Infinity,
  trend24: Infinity,
};
const keep = (k: keyof typeof bestOf, ms: number) => (bestOf[k] = Math.min(bestOf[k], ms));
for (let i = 0; i < runs; i++) {
  keep(
    "analysis",
    time(() => analyzeLedger(sameColumns, sameSettings)),
  );
  keep(
    "fullLedger",
    time(() => analyzeLedger(input, settings)),
  );
  clearAnalysisCache();
  keep(
    "first",
    time(() => grade(some, customers, amounts, dueDates, invoiceDates, paidDates, paidAmounts, disputed, AS_OF)),
  );
  keep(
    "hitTerms",
    time(() => terms(some, customers, amounts, dueDates, invoiceDates, paidDates, paidAmounts, disputed, AS_OF)),
  );
  keep(
    "hitLimit",
    time(() => creditLimit(some, customers, amounts, dueDates, invoiceDates, paidDates, paidAmounts, disputed, AS_OF)),
  );
  // Excel hands every call its own copy of the columns: the same values deserialised anew (copying not timed), read
  // for the first time by the hash; and the floor of any check that every cell is unchanged, touching each cell once.
  keep(
    "hitFresh",
    onFreshCopy(([c, a, d, iv, pd, pa, ds]) => terms(some, c, a, d, iv, pd, pa, ds, AS_OF)),
  );
  keep(
    "readFresh",
    onFreshCopy((cols) => cols.reduce((n, col) => n + touchCells(col), 0)),
  );
  keep(
    "trend12",
    time(() => kpiTrend(parsed.invoices, { asOf: AS_OF, dsoWindowDays: 90, months: 12 })),
  );
  keep(
    "trend24",
    time(() => kpiTrend(parsed.invoices, { asOf: AS_OF, dsoWindowDays: 90, months: 24 })),
  );
}

process.stdout.write(JSON.stringify({ rows, ...bestOf }));
