/**
 * The shared Xero and 用友 exports (../shared/exports) read with their currencies: the totals in the reporting currency
 * equal a hand computation from each export's truth, to the cent.
 */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { AnalysisSettings } from "../../../src/engine/analysis/types";
import { toCents } from "../../../src/engine/model/money";
import { exportFiles, type ExportFile, type ExportTruthDocument } from "../ledger/exportFiles";
import { convertLedger } from "../../../src/engine/analysis/currencyStage";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";

const files = exportFiles() ?? [];
const xero = files.find((f) => f.file.startsWith("xero"));
type LocalDocument = ExportTruthDocument & { openLocal: number };
type LocalTruth = Omit<ExportFile["truth"], "documents"> & { openLocalTotal: number; documents: LocalDocument[] };
const yonyou = files.find((f) => f.file.startsWith("yonyou")) as
  (Omit<ExportFile, "truth"> & { truth: LocalTruth }) | undefined;
const maybe = xero && yonyou ? describe : describe.skip;

const analyse = (file: ExportFile, more: Partial<AnalysisSettings>) =>
  analyzeLedger(
    { values: file.values, numberFormats: file.numberFormats, sheet: "Export", topLeft: "A1" },
    { asOf: file.asOfSerial, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced", ...more },
  );
/** Σ over the truth's documents of the open amount × its currency's rate, each rounded to the cent. */
const byHand = (file: ExportFile, rates: Record<string, number>) =>
  file.truth.documents.reduce((s, d) => s + toCents(d.open * (rates[d.currency!] ?? NaN)), 0) / 100;

maybe("Xero (GBP, USD, EUR invoices; rates from the user's table)", () => {
  const rates = [
    { currency: "USD", rate: 0.7891, date: xero!.asOfSerial },
    { currency: "EUR", rate: 0.8413, date: xero!.asOfSerial },
  ];

  test("in GBP: each USD and EUR invoice converted to the cent, then added: the hand computation", () => {
    const a = analyse(xero!, { reportingCurrency: "GBP", rates });
    const hand = byHand(xero!, { GBP: 1, USD: 0.7891, EUR: 0.8413 });
    expect(a.portfolio.totalOpen).toBe(hand);
    // Worked outside the code, invoice by invoice: USD 16,144.28 → £12,739.45, EUR 15,063.94 → £12,673.29, GBP 102,221.78.
    expect(hand).toBe(127_634.52);
    expect(a.conversion!.totalOpen).toBe(hand);
    expect(a.aging.totals.reduce((s, t) => s + toCents(t), 0)).toBe(toCents(hand));
    const lines = Object.fromEntries(a.conversion!.lines.map((l) => [l.currency, l.openOriginal]));
    expect(lines).toEqual(xero!.truth.openByCurrency);
    expect(a.notes.filter((n) => n.code === "analysis.noRate")).toEqual([]);
  });

  test("in CNY without a GBP rate: GBP is named and left out, the rest converted", () => {
    const a = analyse(xero!, { reportingCurrency: "CNY", rates: [{ currency: "USD", rate: 7.19, date: null }] });
    expect(a.conversion!.missing).toEqual(["EUR", "GBP"]);
    expect(a.portfolio.totalOpen).toBe(byHand(xero!, { USD: 7.19, GBP: 0, EUR: 0 }));
    expect(a.portfolio.totalOpen).toBe(116_077.38); // USD 16,144.28 invoice by invoice at 7.19
    const gbp = xero!.truth.documents.filter((d) => d.currency === "GBP").length;
    const eur = xero!.truth.documents.filter((d) => d.currency === "EUR").length;
    expect(a.issues.filter((i) => i.reason.code === "row.noRate")).toHaveLength(gbp + eur);
  });
});

maybe("用友 客户往来明细 (人民币 and 美元, with 本币 columns)", () => {
  test("in CNY from the ledger's own 本币: the export’s 本币 open total to the cent", () => {
    const a = analyse(yonyou!, {});
    expect(a.settings.currency).toBe("CNY");
    expect(a.portfolio.totalOpen).toBe(yonyou!.truth.openLocalTotal);
    expect(a.portfolio.totalOpen).toBe(2_122_462.09);
    const usd = a.conversion!.lines.find((l) => l.currency === "USD")!;
    expect(usd.rateSource).toBe("ledger");
    expect(usd.openOriginal).toBe(yonyou!.truth.openByCurrency["美元"]);
    const byCustomer = a.aging.byCustomer.reduce((s, c) => s + toCents(c.total), 0);
    expect(byCustomer).toBe(toCents(yonyou!.truth.openLocalTotal));
  });

  test("each document's open amount in 本币 is the export's 未结 本币, to the cent", () => {
    const input = { values: yonyou!.values, numberFormats: yonyou!.numberFormats, sheet: "Export", topLeft: "A1" };
    const mapping = detectColumns(yonyou!.values, { dateOrder: "auto", numberFormats: yonyou!.numberFormats });
    const asOf = yonyou!.asOfSerial;
    const parsed = parseLedger(input, mapping, { asOf, dateOrder: mapping.dateOrder ?? "auto", defaultTermsDays: 30 });
    const settings = { asOf, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" } as const;
    const stage = convertLedger(input, mapping, parsed, settings, "CNY");
    const byRow = new Map(stage.parsed.invoices.map((i) => [i.row, i.openAmount]));
    const docs = yonyou!.truth.documents;
    expect(docs.map((d) => [d.row, byRow.get(d.row)])).toEqual(docs.map((d) => [d.row, d.openLocal]));
  });

  test("today's USD rate beside the booked ones: the unrealised exchange gain or loss (汇兑损益), by hand", () => {
    const a = analyse(yonyou!, { rates: [{ currency: "USD", rate: 7.19, date: yonyou!.asOfSerial }] });
    expect(a.portfolio.totalOpen).toBe(yonyou!.truth.openLocalTotal); // the books' rates come first
    const usdDocs = yonyou!.truth.documents.filter((d) => d.currency === "美元");
    const today = usdDocs.reduce((s, d) => s + toCents(d.open * 7.19), 0);
    const booked = usdDocs.reduce((s, d) => s + toCents(d.openLocal), 0);
    const usd = a.conversion!.lines.find((l) => l.currency === "USD")!;
    expect(usd.revaluation).toMatchObject({ atBooked: booked / 100, atToday: today / 100, todayRate: 7.19 });
    expect(usd.revaluation!.gainLoss).toBe((today - booked) / 100);
    expect(a.conversion!.gainLoss).toBe((today - booked) / 100);
    // USD 81,196.69 open: ¥576,496.50 at the booked rates, ¥583,804.20 at 7.19: an unrealised gain of ¥7,307.70.
    expect([usd.revaluation!.atBooked, usd.revaluation!.atToday, a.conversion!.gainLoss]).toEqual([
      576_496.5, 583_804.2, 7_307.7,
    ]);
  });
});
