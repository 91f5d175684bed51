/* Cutting the analysis into parts and putting it back; errors across the worker's boundary. */
import { EngineError } from "../../../src/engine/core/errors";
import {
  AnalysisParts,
  errorFrom,
  errorMessage,
  type FromWorker,
  itemsPerPiece,
  PIECE_BYTES,
  postAnalysis,
} from "../../../src/taskpane/analysis/workerProtocol";
import type { Analysis } from "../../../src/engine";

test("long arrays go in slices of about PIECE_BYTES, the rest whole, and come back as they were", () => {
  const customers = Array.from({ length: 3000 }, (_, i) => ({
    name: `Customer ${i}`,
    open: i * 1.5,
    notes: "x".repeat(400),
  }));
  const analysis = { customers, counts: { invoices: 3 }, issues: [], settings: { asOf: 46000 } } as unknown as Analysis;
  const sent: FromWorker[] = [];
  postAnalysis(analysis, (m) => sent.push(structuredClone(m)));
  const slices = sent.filter((m) => m.kind === "part" && m.slice);
  expect(slices.length).toBeGreaterThan(3);
  for (const m of slices) expect(JSON.stringify(m).length).toBeLessThan(2 * PIECE_BYTES);
  expect(sent[sent.length - 1]).toEqual({ kind: "done" });
  const parts = new AnalysisParts();
  for (const m of sent) if (m.kind === "part") parts.add(m);
  expect(parts.analysis()).toEqual(analysis);
});

test("the ledger's invoices go after the analysis in slices and come back in order", () => {
  const invoices = Array.from({ length: 5000 }, (_, i) => ({ row: i, customer: `C${i % 50}`, invoiceNumber: `N${i}` }));
  const analysis = { counts: { invoices: 5000 } } as unknown as Analysis;
  const sent: FromWorker[] = [];
  postAnalysis(analysis, (m) => sent.push(structuredClone(m)), invoices as never);
  const slices = sent.filter((m) => m.kind === "invoices");
  expect(slices.length).toBeGreaterThan(1);
  for (const m of slices) expect(JSON.stringify(m).length).toBeLessThan(2 * PIECE_BYTES);
  expect(sent[sent.length - 1]).toEqual({ kind: "done" });
  const parts = new AnalysisParts();
  for (const m of sent)
    if (m.kind === "part") parts.add(m);
    else if (m.kind === "invoices") parts.addInvoices(m);
  expect(parts.invoices).toEqual(invoices);
  expect(parts.analysis()).toEqual(analysis);
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
