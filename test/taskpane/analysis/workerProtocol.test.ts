/* Cutting the analysis into parts and putting it back; errors across the worker's boundary. */
import { EngineError } from "../../../src/engine/core/errors";
import {
  AnalysisParts,
  errorFrom,
  errorMessage,
  type FromWorker,
  isAnswerPart,
  itemsPerPiece,
  PIECE_BYTES,
  postChecks,
  postInvoices,
  postResults,
  rowPieces,
  rowsOf,
  ROWS_PER_PIECE,
  TABLE_ROWS_PER_MESSAGE,
  type ToWorker,
  toWorkerTransfers,
} from "../../../src/taskpane/analysis/workerProtocol";
import type { AnalysisBeforeChecks, Invoice, LedgerChecks } from "../../../src/engine";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { AS_OF, handLedger } from "../../engine/analysis/handLedger";
import { INVOICES_PER_MESSAGE } from "../../../src/taskpane/analysis/invoiceColumns";

/** The messages as postMessage delivers them: each copied, its buffers moved. */
const copied = (sent: FromWorker[]) => (m: FromWorker, transfer?: ArrayBuffer[]) =>
  sent.push(structuredClone(m, { transfer: transfer ?? [] }));

/** The answer put together from the messages before "results" (or all of them). */
function putTogether<T extends object>(sent: FromWorker[], parts = new AnalysisParts<T>()): T {
  for (const m of sent) if (isAnswerPart(m)) parts.take(m);
  return parts.whole();
}

test("long arrays that are not tables go in slices of about PIECE_BYTES, the rest whole, and come back as they were", () => {
  const customers = Array.from({ length: 3000 }, (_, i) => ({
    name: `Customer ${i}`,
    open: i * 1.5,
    notes: "x".repeat(400),
    ...(i % 2 === 0 ? { even: true } : {}), // rows of two shapes: not a table
  }));
  const analysis = {
    customers,
    counts: { invoices: 3 },
    issues: [],
    settings: { asOf: 46000 },
  } as unknown as AnalysisBeforeChecks;
  const sent: FromWorker[] = [];
  postResults(analysis, copied(sent));
  const slices = sent.filter((m) => m.kind === "part" && m.slice);
  expect(slices.length).toBeGreaterThan(3);
  for (const m of slices) expect(JSON.stringify(m).length).toBeLessThan(2 * PIECE_BYTES);
  expect(sent[sent.length - 1]).toEqual({ kind: "results" });
  expect(putTogether(sent)).toEqual(analysis);
});

test("tables go as columns in slices of TABLE_ROWS_PER_MESSAGE rows, a part's long table after it; all as they were", () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ customer: `客户 ${i}`, buckets: [i, -0, 0.1 + 0.2], total: i / 3 }));
  const analysis = {
    settings: { asOf: 46000 },
    aging: { labels: ["Current", "1-30", "31+"], byCustomer: rows(TABLE_ROWS_PER_MESSAGE + 5), total: 1 },
    alerts: rows(20),
    portfolio: { few: rows(3) }, // a short table inside a part goes with it
  } as unknown as AnalysisBeforeChecks;
  const sent: FromWorker[] = [];
  postResults(analysis, copied(sent));
  const columns = sent.filter((m) => m.kind === "columns");
  expect(columns.map((m) => [m.key, m.field])).toEqual([
    ["aging", "byCustomer"],
    ["aging", "byCustomer"],
    ["alerts", undefined],
  ]);
  const back = putTogether<AnalysisBeforeChecks>(sent);
  expect(back).toStrictEqual(analysis);
  expect(Object.keys(back)).toEqual(Object.keys(analysis));
  expect(Object.keys(back.aging)).toEqual(Object.keys(analysis.aging));
  expect(Object.is(back.aging.byCustomer[7].buckets[1], -0)).toBe(true);
});

test("the ledger's invoices go as columns in slices, their buffers moved, and come back in order", () => {
  const count = INVOICES_PER_MESSAGE + 1000;
  const invoices: Invoice[] = Array.from({ length: count }, (_, i) => ({
    row: i,
    customer: `C${i % 50}`,
    invoiceNumber: `N${i}`,
    invoiceDate: 45000 + (i % 300),
    dueDate: 45030 + (i % 300),
    dueDateDerived: i % 7 === 0,
    amount: i / 100,
    paidAmount: 0,
    paidDate: null,
    openAmount: i / 100,
    disputed: i % 11 === 0,
    currency: "CNY",
    termsDays: 30,
  }));
  const analysis = { counts: { invoices: count } } as unknown as AnalysisBeforeChecks;
  const sent: FromWorker[] = [];
  const moved: number[] = [];
  const post = (m: FromWorker, transfer?: ArrayBuffer[]) => {
    moved.push(transfer?.length ?? 0);
    sent.push(structuredClone(m, { transfer: transfer ?? [] }));
  };
  postInvoices(invoices, post);
  postResults(analysis, post);
  const slices = sent.filter((m) => m.kind === "invoices");
  expect(slices).toHaveLength(2);
  expect(moved.filter((n) => n > 0)).toHaveLength(2);
  expect(sent[sent.length - 1]).toEqual({ kind: "results" });
  const parts = new AnalysisParts();
  expect(putTogether(sent, parts)).toEqual(analysis);
  expect(parts.invoices).toStrictEqual(invoices);
  // The invoices sent last time: only said so.
  const again: FromWorker[] = [];
  postInvoices(invoices, (m) => again.push(m), true);
  expect(again).toEqual([{ kind: "invoicesAsBefore" }]);
});

test("an analysis's customers go as their figures in columns after, once, what their reasons and limits are made from", () => {
  const values = handLedger();
  const settings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
  const {
    modelCheck: _m,
    forecastCheck: _f,
    ...analysis
  } = analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, settings);
  const sent: FromWorker[] = [];
  postResults(analysis, copied(sent));
  const kinds = sent.map((m) => m.kind);
  expect(kinds.filter((k) => k === "assessmentSources")).toHaveLength(1);
  expect(kinds.indexOf("assessmentSources")).toBeLessThan(kinds.indexOf("customers"));
  const whole = putTogether<AnalysisBeforeChecks>(sent);
  expect(Object.keys(whole)).toEqual(Object.keys(analysis));
  expect(whole.customers.map((c) => Object.keys(c))).toEqual(analysis.customers.map((c) => Object.keys(c)));
  expect(JSON.parse(JSON.stringify(whole))).toEqual(JSON.parse(JSON.stringify(analysis)));
});

test("customers that are not one analysis's assessments (copies) go as they are", () => {
  const values = handLedger();
  const settings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
  const {
    modelCheck: _m,
    forecastCheck: _f,
    ...analysis
  } = analyzeLedger({ values, sheet: "Ledger", topLeft: "A1" }, settings);
  const copies = { ...analysis, customers: analysis.customers.map((c) => ({ ...c })) };
  const sent: FromWorker[] = [];
  postResults(copies, copied(sent));
  expect(sent.some((m) => m.kind === "customers" || m.kind === "assessmentSources")).toBe(false);
  expect(putTogether(sent)).toEqual(JSON.parse(JSON.stringify(copies)));
});

test("the checks go as two parts, then done, and come back as they were", () => {
  const calibration = Array.from({ length: 10 }, (_, i) => ({ grade: i + 1, customers: i * 7, lateShare: 0.1 }));
  const checks = { modelCheck: { status: "ok", calibration }, forecastCheck: { status: "tooShort", points: 2 } };
  const sent: FromWorker[] = [];
  postChecks(checks as unknown as LedgerChecks, (m) => sent.push(structuredClone(m)));
  expect(sent[sent.length - 1]).toEqual({ kind: "done" });
  expect(new Set(sent.flatMap((m) => (m.kind === "part" ? [m.key] : [])))).toEqual(
    new Set(["modelCheck", "forecastCheck"]),
  );
  expect(putTogether<LedgerChecks>(sent)).toEqual(checks);
});

/** The rows and formats of the pieces, in order, as the worker takes them (each message copied, its buffers moved). */
function rowsThrough(pieces: ToWorker[]): { rows: unknown[][]; formats: string[][] } {
  const rows: unknown[][] = [];
  const formats: string[][] = [];
  for (const piece of pieces) {
    if (piece.kind !== "rows") throw new Error("not a piece of rows");
    expect(piece.from).toBe(rows.length);
    const taken = rowsOf(structuredClone(piece, { transfer: toWorkerTransfers(piece) }));
    rows.push(...taken.values);
    formats.push(...(taken.numberFormats ?? []));
  }
  return { rows, formats };
}

test("rowPieces: the rows and their formats in order, as columns of ROWS_PER_PIECE rows, put back as they were", () => {
  const values = Array.from({ length: 20_000 }, (_, i) => [
    `Customer ${i % 40}`,
    `INV-${i}`,
    i % 9 === 0 ? "" : 45000 + i, // an empty cell in a column of dates: Excel's ""
    i * 1.25,
    i % 13 === 0 ? true : "No",
    ...(i % 17 === 0 ? [] : [-0]), // a shorter row
  ]);
  const numberFormats = values.map((row) => row.map((_, c) => ["@", "@", "yyyy-mm-dd", "#,##0.00", "General", "0"][c]));
  const pieces = [...rowPieces({ values, numberFormats, sheet: "Ledger", topLeft: "A1" }, 7)];
  // Small pieces first (the code that cuts them not yet compiled), doubling up to ROWS_PER_PIECE.
  const sizes = pieces.map((p) => (p.kind === "rows" ? (p.columns?.count ?? 0) : 0));
  expect(sizes.slice(0, 5)).toEqual([512, 1024, 2048, 4096, ROWS_PER_PIECE]);
  expect(Math.max(...sizes)).toBe(ROWS_PER_PIECE);
  for (const piece of pieces) expect(piece.kind === "rows" && piece.columns && piece.formatColumns).toBeTruthy();
  const { rows, formats } = rowsThrough(pieces);
  expect(rows).toStrictEqual(values);
  expect(Object.is(rows[1][5], -0)).toBe(true);
  expect(formats).toStrictEqual(numberFormats);
  // A column's texts come back one string per distinct text (the parse meets each name once).
  expect(rows.filter((r) => r[0] === "Customer 3").every((r, _, all) => r[0] === all[0][0])).toBe(true);
  const bare = rowsThrough([...rowPieces({ values: values.slice(0, 3), sheet: "Ledger", topLeft: "A1" }, 7)]);
  expect(bare).toStrictEqual({ rows: values.slice(0, 3), formats: [] });
});

test("rowPieces: a piece whose rows are not all arrays goes as it is, in pieces of about PIECE_BYTES", () => {
  const values = Array.from({ length: 5000 }, (_, i) => (i === 10 ? undefined : [`C${i}`, "x".repeat(600), i]));
  const pieces = [...rowPieces({ values: values as unknown[][], sheet: "Ledger", topLeft: "A1" }, 3)];
  const asTheyAre = pieces.filter((p) => p.kind === "rows" && p.values);
  expect(asTheyAre.length).toBeGreaterThan(1); // the first piece's 512 rows, cut to about PIECE_BYTES
  for (const piece of asTheyAre) {
    if (piece.kind !== "rows" || !piece.values) throw new Error("not rows as they are");
    expect(piece.from).toBeLessThan(512);
    expect(JSON.stringify(piece.values).length).toBeLessThan(2 * PIECE_BYTES);
  }
  expect(pieces.filter((p) => p.kind === "rows" && p.columns).length).toBeGreaterThan(1);
  expect(rowsThrough(pieces).rows).toStrictEqual(values);
});

test("itemsPerPiece: at least one item, more when they are small", () => {
  expect(itemsPerPiece([])).toBeGreaterThanOrEqual(1);
  expect(itemsPerPiece(["x".repeat(PIECE_BYTES * 2)])).toBe(1);
  expect(itemsPerPiece([1, 2, 3])).toBeGreaterThan(10_000);
});

test("an EngineError keeps its kind and reason; another error its name and message", () => {
  const engine = errorFrom(
    errorMessage(new EngineError("value", "bad", { code: "analysis.badAsOf", params: { asOf: "1" } })),
  );
  expect(engine).toBeInstanceOf(EngineError);
  expect(engine).toMatchObject({ kind: "value", message: "bad", reason: { code: "analysis.badAsOf" } });
  const other = errorFrom(errorMessage(new RangeError("too far")));
  expect(other).toMatchObject({ name: "RangeError", message: "too far" });
});
