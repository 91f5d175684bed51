/**
 * The preview's workbook: three generated ledgers (English and Chinese headers, and a late-paying portfolio; our own
 * generator, never real data)
 * and a "Formulas" sheet with a worked example of every AR.* function reading the English ledger; last, an exporter's
 * books in USD, EUR and CNY with a rates table.
 */
import { todaySerial, ymdFromSerial } from "../engine/core/dates";
import { generateLedger } from "../engine/sample/generateLedger";
import { autofitColumns } from "./workbook/autofit";
import { MemoryWorkbook } from "./workbook/memoryWorkbook";
import { addPayablesSheets, PAYABLES_SAMPLE, sampleCashSettings, seedCashSettings } from "./sampleCash";
import { addExportSheets } from "./sampleExports";
import { addExporterSheets } from "./sampleExporter";
import type { Language } from "../i18n/translate";

export const SAMPLE = {
  en: { sheet: "Ledger", customers: 300, invoices: 3000, seed: 20251117 },
  zh: { sheet: "台账", customers: 200, invoices: 2500, seed: 88 },
} as const;

/** A late-paying portfolio (most customers 20–60 days late, like public-sector payers), English headers. */
export const LATE_SAMPLE = {
  sheet: "Late payers",
  customers: 250,
  invoices: 3000,
  seed: 21,
  profile: "latePaying",
} as const;

export interface FormulaDemo {
  label: string;
  formula: string;
  /** Rows the result needs (spill height). */
  rows: number;
  /** Input cells placed from column H on the demo's rows (right of a 5-column spill); {H} and {I} become their ranges. */
  side?: (string | number)[][];
}

/** What every demo's formula refers to: the as-of date as DATE(…), a ledger column's range, the ledger's columns. */
interface DemoRefs {
  asOf: number;
  date: string;
  col: (c: string) => string;
  ledger: string;
}

export function formulaDemos(asOf: number): FormulaDemo[] {
  const { year, month, day } = ymdFromSerial(asOf);
  const n = SAMPLE.en.invoices + 1;
  const col = (c: string) => `Ledger!${c}2:${c}${n}`;
  const refs: DemoRefs = {
    asOf,
    date: `DATE(${year},${month},${day})`,
    col,
    ledger: `${col("A")},${col("E")},${col("D")},${col("C")},${col("G")},${col("F")},${col("H")}`,
  };
  return [...agingAndRatioDemos(refs), ...planAndCustomerDemos(refs), ...cashAndForecastDemos(refs)];
}

/** Aging, days late and the ratios (DSO, CEI, turnover, cash ratio, discount cost, late interest). */
function agingAndRatioDemos({ date, col }: DemoRefs): FormulaDemo[] {
  return [
    {
      label: "Aging of open amounts (by due date), with labels",
      formula: `=AR.AGING(${col("E")},${col("D")},${date},,${col("F")},"due",TRUE)`,
      rows: 2,
    },
    { label: "Aging bucket of the first five invoices", formula: `=AR.AGINGBUCKET(Ledger!D2:D6,${date})`, rows: 5 },
    {
      label: "The exporter's first five invoices in CNY at the rates table",
      formula: `=AR.CONVERT('Exporter AR'!E2:E6,'Exporter AR'!F2:F6,'FX rates'!A2:C3,"CNY")`,
      rows: 5,
    },
    {
      label: "Days late of the first five invoices",
      formula: `=AR.DAYSLATE(Ledger!D2:D6,Ledger!G2:G6,${date})`,
      rows: 5,
    },
    { label: "DSO: 1.2 M open, 2.4 M credit sales in 90 days", formula: "=AR.DSO(1200000,2400000,90)", rows: 1 },
    {
      label: "DSO by the count-back method (sales newest first in F-column cells beside)",
      formula: "=AR.DSO.COUNTBACK(500000,F{row}:F{row2},30)",
      rows: 3,
    },
    { label: "Best possible DSO", formula: "=AR.BPDSO(800000,2400000,90)", rows: 1 },
    { label: "Average days delinquent", formula: "=AR.ADD(1200000,800000,2400000,90)", rows: 1 },
    {
      label: "Collection effectiveness index over 3 months",
      formula: "=AR.CEI(1000000,2400000,1200000,800000,3)",
      rows: 1,
    },
    { label: "Receivables turnover", formula: "=AR.TURNOVER(9600000,1100000)", rows: 1 },
    {
      label: "Weighted average days to pay (ledger)",
      formula: `=AR.WADP(${col("E")},${col("C")},${col("G")})`,
      rows: 1,
    },
    { label: "Weighted average days late (ledger)", formula: `=AR.WADL(${col("E")},${col("D")},${col("G")})`, rows: 1 },
    { label: "Cash ratio", formula: "=AR.CASHRATIO(500000,200000,1000000)", rows: 1 },
    { label: "Cash conversion cycle", formula: "=AR.CCC(45,52,38)", rows: 1 },
    { label: "Cost of not taking 2/10 net 30", formula: "=AR.DISCOUNTCOST(0.02,10,30)", rows: 1 },
    { label: "Late interest: 100,000 at 18.25 % for 45 days", formula: "=AR.LATEINTEREST(100000,0.1825,45)", rows: 1 },
  ];
}

/** Payment plans, the customers' grade, limit and terms, dunning stages and the insurer's figures. */
function planAndCustomerDemos({ date, ledger }: DemoRefs): FormulaDemo[] {
  return [
    {
      label: "Payment plan: 10,000 over 12 months at 12 %",
      formula: `=AR.PAYMENTPLAN(10000,12,${date}+7,1,0.12)`,
      rows: 13,
    },
    {
      label: "Re-plan after installment 2 is missed by 30 days",
      formula: `=AR.REPLAN(10000,6,${date}+7,2,1,0,0.1825,30,1)`,
      rows: 6,
    },
    { label: "Grade of the first five rows' customers", formula: `=AR.GRADE(Ledger!A2:A6,${ledger},${date})`, rows: 5 },
    { label: "Recommended credit limit", formula: `=AR.CREDITLIMIT(Ledger!A2:A6,${ledger},${date})`, rows: 5 },
    { label: "Recommended terms", formula: `=AR.TERMS(Ledger!A2:A6,${ledger},${date})`, rows: 5 },
    {
      label: "Dunning stage of the first five invoices",
      formula: `=AR.STAGE(AR.DAYSLATE(Ledger!D2:D6,Ledger!G2:G6,${date}))`,
      rows: 5,
    },
    {
      label: "Insurer notification deadline, 60 days after due (date serials)",
      formula: "=AR.NOTIFYBY(Ledger!D2:D6,60)",
      rows: 5,
    },
    {
      label: "Claimable: 80,000 open, 50,000 insured limit, 90 % indemnity",
      formula: "=AR.CLAIMABLE(80000,50000,0.9)",
      rows: 1,
    },
  ];
}

/** The cash plan and runway, DPO, the collection forecast and the KPI trend. */
function cashAndForecastDemos({ asOf, date, col }: DemoRefs): FormulaDemo[] {
  return [
    {
      label: "Cash plan: 1,000 opening, the flows in H:I, 4 weeks, minimum 0",
      formula: `=AR.CASHPLAN(1000,{H},{I},${date},4,0)`,
      rows: 4,
      side: [
        [asOf + 1, -300],
        [asOf + 8, 200],
        [asOf + 9, -1200],
        [asOf + 20, 500],
      ],
    },
    {
      label: "Runway in days with the same flows",
      formula: `=AR.RUNWAY(1000,H{row}:H{row4},I{row}:I{row4},${date},0)`,
      rows: 1,
    },
    { label: "DPO: 600,000 payables, 1.8 M purchases in 90 days", formula: "=AR.DPO(600000,1800000,90)", rows: 1 },
    {
      label: "13-week collection forecast (with week start dates)",
      formula: `=AR.FORECAST(${col("A")},${col("E")},${col("D")},${col("C")},${col("G")},${col("F")},${col("H")},${date},TRUE)`,
      rows: 13,
    },
    {
      label: "KPI trend: the last 12 month-ends, with labels",
      formula: `=AR.KPITREND(${col("A")},${col("E")},${col("C")},${col("D")},${col("G")},${col("F")},${date},12,TRUE)`,
      rows: 13,
    },
  ];
}

/** The sample workbook; `language` names the sample company's own entries (its cash flows). */
export function sampleWorkbook(asOf = todaySerial(), language: Language = "en"): MemoryWorkbook {
  const book = new MemoryWorkbook();
  for (const lang of ["en", "zh"] as const) {
    const s = SAMPLE[lang];
    const ledger = generateLedger({ seed: s.seed, customers: s.customers, invoices: s.invoices, asOf, language: lang });
    const sheet = book.addSheet(s.sheet);
    book.load(sheet, ledger.values, ledger.columnFormats);
    autofitColumns(sheet, sheet.usedArea()!);
  }
  const late = generateLedger({ ...LATE_SAMPLE, asOf, language: "en" });
  const lateSheet = book.addSheet(LATE_SAMPLE.sheet);
  book.load(lateSheet, late.values, late.columnFormats);
  autofitColumns(lateSheet, lateSheet.usedArea()!);
  const formulas = book.addSheet("Formulas");
  formulas.set(
    0,
    0,
    "AR Lens functions: each formula in column B reads the Ledger sheet. Edit one, or type your own anywhere.",
  );
  formulas.set(1, 0, "What it shows");
  formulas.set(1, 1, "Formula result (spills down and right)");
  let row = 2;
  let sideRows: { first: number; last: number } | null = null;
  for (const demo of formulaDemos(asOf)) {
    formulas.set(row, 0, demo.label);
    let text = demo.formula;
    if (text.includes("{row2}")) {
      // Sales of the last three months, newest first, for the count-back example.
      [300000, 250000, 280000].forEach((v, i) => formulas.set(row + i, 5, v));
      text = text.replace("{row}", String(row + 1)).replace("{row2}", String(row + 3));
    }
    if (demo.side) {
      demo.side.forEach((cells, i) => cells.forEach((v, j) => formulas.set(row + i, 7 + j, v)));
      const end = row + demo.side.length;
      text = text.replace("{H}", `H${row + 1}:H${end}`).replace("{I}", `I${row + 1}:I${end}`);
      sideRows = { first: row + 1, last: end };
    }
    if (text.includes("{row4}") && sideRows)
      text = text.split("{row}").join(String(sideRows.first)).split("{row4}").join(String(sideRows.last));
    formulas.formulas.set(`${row},1`, text);
    row += demo.rows + 1;
  }
  formulas.columnFormats = ["@", "General"];
  // Column A fits the descriptions (not the long title in A1, which shows in full in the formula bar); results keep
  // the default width.
  autofitColumns(formulas, { row: 1, column: 0, rows: row, columns: 1 });
  // The same company's suppliers' bills and its cash settings (payroll, rent, taxes; opening cash and buffer).
  const sales = addPayablesSheets(book, asOf, SAMPLE.en.sheet);
  seedCashSettings(book, sampleCashSettings(book, asOf, SAMPLE.en.sheet, PAYABLES_SAMPLE.en.sheet, sales, language));
  // The sample ledgers as three accounting systems export them (sampleExports.ts), last among the sheets.
  addExportSheets(book, asOf);
  // An exporter's books in USD, EUR and CNY with a rates table (sampleExporter.ts): the cash plan in one currency.
  addExporterSheets(book, asOf);
  const first = book.sheet(SAMPLE.en.sheet)!;
  book.activeSheetId = first.id;
  book.selection = { sheetId: first.id, row: 0, column: 0, rows: SAMPLE.en.invoices + 1, columns: 10 };
  return book;
}
