/**
 * The report sheet's several-currencies table (pure, like buildReport): per original currency its invoices, the open
 * amount in that currency (原币), the rate with its source and date, the open amount in the reporting currency (本币)
 * and — where invoices carry their booked rate — the open amount at the booked rates and at today's, with the
 * unrealised exchange gain or loss (汇兑损益); a total row. docs/METRICS.md, "Several currencies".
 */
import type { Analysis, CurrencyLine } from "../engine";
import { CURRENCY_TEXT } from "../i18n/currencies";
import { fillTemplate, type Language } from "../i18n/translate";
import type { ReportCell, ReportTable } from "./reportModel";

/** The table, or null when the ledger was analysed in one currency. */
export function currencyReportTable(a: Analysis, language: Language): ReportTable | null {
  const c = a.conversion;
  if (!c) return null;
  const x = CURRENCY_TEXT[language];
  const source = (l: CurrencyLine) =>
    l.currency === c.reportingCurrency
      ? x.reporting
      : l.rateSource === "ledger"
        ? x.fromLedger
        : l.rateSource === "table"
          ? x.fromTable
          : x.leftOut;
  const row = (l: CurrencyLine): ReportCell[] => {
    const converted = l.invoices > 0;
    const r = l.revaluation;
    return [
      l.currency,
      l.invoices,
      converted ? l.openOriginal : l.leftOutOpen,
      l.rate,
      source(l),
      l.rateDate,
      converted ? l.openConverted : null,
      r?.atBooked ?? null,
      r?.atToday ?? null,
      r?.gainLoss ?? null,
    ];
  };
  return {
    name: "Currencies",
    title: x.title,
    columns: [
      { header: x.currency, format: "text" },
      { header: x.invoices, format: "integer" },
      { header: x.openOriginal, format: "amount" },
      { header: x.rate, format: "number" },
      { header: x.rateSource, format: "text" },
      { header: x.rateDate, format: "date" },
      { header: fillTemplate(x.openConverted, { currency: c.reportingCurrency }, language), format: "money" },
      { header: x.atBooked, format: "money" },
      { header: x.atToday, format: "money" },
      { header: x.gainLoss, format: "money" },
    ],
    rows: [...c.lines.map(row), [x.total, null, null, null, null, null, c.totalOpen, null, null, c.gainLoss]],
  };
}

/** The table as a list for the report's tables: empty for a ledger analysed in one currency. */
export function currencyReportTables(a: Analysis, language: Language): ReportTable[] {
  const table = currencyReportTable(a, language);
  return table ? [table] : [];
}
