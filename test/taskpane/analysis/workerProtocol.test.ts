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
  postResults,
  rowPieces,
  TABLE_ROWS_PER_MESSAGE,
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

test("the ledger's invoices go after the analysis as columns in slices, their buffers moved, and come back in order", () => {
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
  postResults(
    analysis,
    (m, transfer) => {
      moved.push(transfer?.length ?? 0);
      sent.push(structuredClone(m, { transfer: transfer ?? [] }));
    },
    invoices,
  );
  const slices = sent.filter((m) => m.kind === "invoices");
  expect(slices).toHaveLength(2);
  expect(moved.filter((n) => n > 0)).toHaveLength(2);
  expect(sent[sent.length - 1]).toEqual({ kind: "results" });
  const parts = new AnalysisParts();
  expect(putTogether(sent, parts)).toEqual(analysis);
  expect(parts.invoices).toStrictEqual(invoices);
});

/** The hand ledger's analysis before its checks, as the worker posts it. */
function handAnalysis(): AnalysisBeforeChecks {
  const settings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
  const {
    modelCheck: _m,
    forecastCheck: _f,
    ...analysis
  } = analyzeLedger({ values: handLedger(), sheet: "Ledger", topLeft: "A1" }, settings);
  return analysis;
}

test("an analysis's customers go as their figures in columns after, once, what their reasons and limits are made from", () => {
  const analysis = handAnalysis();
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
  const analysis = handAnalysis();
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

test("rowPieces: the rows and their formats in order, in pieces of about PIECE_BYTES, put back as they were", () => {
  const values = Array.from({ length: 20_000 }, (_, i) => [`Customer ${i % 40}`, `INV-${i}`, 45000 + i, i * 1.25]);
  const numberFormats = values.map(() => ["@", "@", "yyyy-mm-dd", "#,##0.00"]);
  const pieces = [...rowPieces({ values, numberFormats, sheet: "Ledger", topLeft: "A1" }, 7)];
  expect(pieces.length).toBeGreaterThan(3);
  const rows: unknown[][] = [];
  const formats: string[][] = [];
  for (const piece of pieces) {
    if (piece.kind !== "rows") throw new Error("not a piece of rows");
    expect(piece.from).toBe(rows.length);
    expect(JSON.stringify(piece.values).length).toBeLessThan(2 * PIECE_BYTES);
    rows.push(...piece.values);
    formats.push(...(piece.numberFormats ?? []));
  }
  expect(rows).toEqual(values);
  expect(formats).toEqual(numberFormats);
  const bare = [...rowPieces({ values: values.slice(0, 3), sheet: "Ledger", topLeft: "A1" }, 7)];
  expect(bare).toEqual([{ kind: "rows", ledger: 7, from: 0, values: values.slice(0, 3) }]);
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
