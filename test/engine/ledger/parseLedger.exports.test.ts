/**
 * Ledgers exported from accounting systems (../shared/exports): each read exactly as its truth says — every document
 * counted once, the excluded rows left out, the customers, and the open total to the cent per currency.
 */
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { toCents } from "../../../src/engine/model/money";
import { reconcile } from "../../../src/engine/ledger/reconcile";
import { exportFiles, ExportFile } from "./exportFiles";

const files = exportFiles() ?? [];
const maybe = files.length > 0 ? describe : describe.skip;

function read(file: ExportFile) {
  const input = { values: file.values, numberFormats: file.numberFormats, sheet: "Export", topLeft: "A1" };
  const mapping = detectColumns(file.values, { dateOrder: "auto", numberFormats: file.numberFormats });
  const parsed = parseLedger(input, mapping, {
    asOf: file.asOfSerial,
    dateOrder: mapping.dateOrder ?? "auto",
    defaultTermsDays: 30,
  });
  return { mapping, parsed };
}

maybe("accounting-system exports read as their truth says", () => {
  it.each(files.map((f) => [f.file, f] as const))("%s", (_name, file) => {
    const { parsed } = read(file);
    const byRow = new Map(parsed.invoices.map((i) => [i.row, i]));
    // Documents: one invoice each, at its own row, with its number and open amount.
    const read_ = file.truth.documents.map((d) => {
      const i = byRow.get(d.row);
      return i ? { row: d.row, number: i.invoiceNumber, open: i.openAmount } : { row: d.row, missing: true };
    });
    expect(read_).toEqual(file.truth.documents.map((d) => ({ row: d.row, number: d.number, open: d.open })));
    expect(parsed.invoices.length).toBe(file.truth.documentCount);
    // Excluded rows became no invoice.
    expect(file.truth.excludedRows.filter((r) => byRow.has(r))).toEqual([]);
    // Customers: the same grouping of documents (a name or a code, as the export gives them).
    const partition = (key: (d: { row: number; customer: string }) => string) => {
      const groups = new Map<string, number[]>();
      for (const d of file.truth.documents) groups.set(key(d), [...(groups.get(key(d)) ?? []), d.row]);
      return [...groups.values()].map((g) => g.join(",")).sort();
    };
    expect(partition((d) => byRow.get(d.row)?.customer ?? "?")).toEqual(partition((d) => d.customer));
    expect(new Set(parsed.invoices.map((i) => i.customer)).size).toBe(file.truth.customerCount);
    // Rows that are not documents are skipped by kind, never reported as row errors; no guess about money.
    const skippedRows = new Set(parsed.skipped.flatMap((s) => s.rows));
    expect(file.truth.excludedRows.filter((r) => !skippedRows.has(r))).toEqual([]);
    expect(parsed.issues.filter((i) => i.severity === "excluded").map((i) => `${i.address}: ${i.reason.text}`)).toEqual(
      [],
    );
    expect(read(file).mapping.confirm).toEqual([]);
    // Open total per currency, to the cent.
    const open = new Map<string, number>();
    for (const i of parsed.invoices)
      open.set(i.currency ?? "", (open.get(i.currency ?? "") ?? 0) + toCents(i.openAmount));
    const truth = Object.entries(file.truth.openByCurrency).map(([c, v]) => [c.toUpperCase(), toCents(v)]);
    expect([...open].sort()).toEqual(truth.sort());
  });
});

maybe("each export reconciled with its own subtotal and total rows", () => {
  const reconciled = (name: string) => {
    const file = files.find((f) => f.file.startsWith(name))!;
    const { mapping, parsed } = read(file);
    const { totals, rows, voided } = parsed.layout;
    return reconcile({
      values: file.values,
      mapping,
      invoices: parsed.invoices,
      totals,
      rows,
      skipped: parsed.skipped,
      voided,
    });
  };
  it.each([
    ["erpnext", 538551.45, "SGD"],
    ["kingdee", 7034744.66, "人民币"],
    ["qbo", 275358.11, null],
  ])("%s: matches the export's total %s", (name, total, currency) => {
    const r = reconciled(name)!;
    expect(r.matches).toBe(true);
    expect(r.lines.filter((l) => l.scope === "total").map((l) => [l.exportTotal, l.currency])).toEqual([
      [total, currency],
    ]);
  });

  test("QuickBooks: each bucket's Total for … matches too", () => {
    expect(
      reconciled("qbo")!
        .lines.filter((l) => l.scope !== "total")
        .map((l) => l.difference),
    ).toEqual([0, 0, 0, 0, 0]);
  });

  test("用友: every customer's 小计 matches (its 合计 is in 本币 only, so not compared)", () => {
    const r = reconciled("yonyou")!;
    expect(r.lines).toHaveLength(11);
    expect(r.lines.every((l) => l.scope === "customer" && l.difference === 0)).toBe(true);
  });

  test("Odoo: one group differs by the draft it includes, and the draft's row is named", () => {
    const r = reconciled("odoo")!;
    expect(r.matches).toBe(false);
    expect(r.lines.filter((l) => l.difference !== 0).map((l) => [l.label, l.difference, l.leftOut])).toEqual([
      ["Kessler & Lowe LLP (6)", -2150, [58]],
    ]);
  });

  test("Xero's invoice export has no totals rows: nothing to reconcile", () => {
    expect(reconciled("xero")).toBeNull();
  });
});
