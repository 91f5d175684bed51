/* The sample ledger in three export layouts: each read back as the export states, its system named. */
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { reconcile } from "../../../src/engine/ledger/reconcile";
import { toCents } from "../../../src/engine/model/money";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { kingdeeAging, openItems, quickBooksAgingDetail, xeroInvoices } from "../../../src/engine/sample/exportLayouts";

const asOf = 45747;
const en = openItems(generateLedger({ seed: 7, customers: 12, invoices: 200, asOf, language: "en" }), asOf, 40);
const zh = openItems(generateLedger({ seed: 8, customers: 12, invoices: 200, asOf, language: "zh" }), asOf, 40);

test("the sample has open invoices in every layout", () => {
  expect(en.length).toBeGreaterThan(10);
  expect(zh.length).toBeGreaterThan(10);
});

test.each([
  ["QuickBooks", quickBooksAgingDetail(en, asOf, "Harbor Lane"), "qbo-ar-aging-detail", en.length],
  ["Xero", xeroInvoices(en), "xero-invoices", en.length - 1], // the last is a draft
  ["金蝶", kingdeeAging(zh, asOf, "苏州恒润"), "kingdee-ar-aging", zh.length],
])(
  "%s: every open invoice read once, the open total as the export states, the system named",
  (_name, sheet, system, documents) => {
    const m = detectColumns(sheet.values);
    expect(m.system?.id).toBe(system);
    expect(m.confirm).toEqual([]);
    const p = parseLedger({ values: sheet.values, sheet: "S", topLeft: "A1" }, m, {
      asOf,
      dateOrder: "auto",
      defaultTermsDays: 30,
    });
    expect(p.invoices).toHaveLength(documents);
    expect(p.issues.filter((i) => i.severity === "excluded")).toEqual([]);
    expect(p.invoices.reduce((s, i) => s + toCents(i.openAmount), 0)).toBe(toCents(sheet.openTotal));
    const r = reconcile({
      values: sheet.values,
      mapping: m,
      invoices: p.invoices,
      totals: p.layout.totals,
      rows: p.layout.rows,
      skipped: p.skipped,
      voided: p.layout.voided,
    });
    if (system !== "xero-invoices") expect(r?.matches).toBe(true);
  },
);
