/**
 * The sample ledger written as accounting systems export their receivables, so a person can try reading such an
 * export in the preview: QuickBooks Online's A/R Aging Detail (title rows, bucket sections, "Total for …", TOTAL,
 * footer), Xero's invoice export (one row per invoice line with the totals repeated, a draft), and 金蝶云星空's
 * 应收款账龄分析表 (title and filter rows, 余额 by document, bucket columns, 合计). Our own generator's invoices, never
 * real data; the layouts follow the systems' published report and export definitions.
 */
import { compareText } from "../core/compareText";
import { fromCents, toCents } from "../model/money";
import { isoFromSerial } from "../core/dates";
import type { SampleLedger } from "./generateLedger";

export interface ExportSheet {
  sheet: string;
  values: (string | number)[][];
  /** The open total the export states (its own total row), for the tests and the reader. */
  openTotal: number;
  /** The columns holding date serials (formatted as dates in the sheet). */
  dateColumns: number[];
}

interface OpenItem {
  customer: string;
  number: string;
  invoiceDate: number;
  dueDate: number;
  amount: number;
  open: number;
}

/** The sample's open invoices on the as-of date (amount less what was paid by then), the first `count` of them. */
export function openItems(ledger: SampleLedger, asOf: number, count: number): OpenItem[] {
  const out: OpenItem[] = [];
  for (const row of ledger.values.slice(1)) {
    const [customer, number, invoiceDate, dueDate, amount, paid, paidDate] = row as [
      string,
      string,
      number,
      number,
      number,
      number | string,
      number | string,
    ];
    if (invoiceDate > asOf) continue;
    const paidNow = typeof paidDate === "number" && paidDate <= asOf ? Number(paid) || 0 : 0;
    const open = fromCents(toCents(amount) - toCents(paidNow));
    if (open > 0) out.push({ customer, number: String(number), invoiceDate, dueDate, amount, open });
    if (out.length >= count) break;
  }
  return out;
}

const sum = (items: readonly OpenItem[], f: (i: OpenItem) => number) =>
  fromCents(items.reduce((s, i) => s + toCents(f(i)), 0));

const QBO_BUCKETS: { label: string; from: number; to: number }[] = [
  { label: "91 or more days past due", from: 91, to: Infinity },
  { label: "61 - 90 days past due", from: 61, to: 90 },
  { label: "31 - 60 days past due", from: 31, to: 60 },
  { label: "1 - 30 days past due", from: 1, to: 30 },
  { label: "Current", from: -Infinity, to: 0 },
];

export function quickBooksAgingDetail(items: readonly OpenItem[], asOf: number, company: string): ExportSheet {
  const blank = (first: string | number = "") => [first, "", "", "", "", "", "", "", ""];
  const values: (string | number)[][] = [
    blank(company),
    blank("A/R Aging Detail Report"),
    blank(`As of ${isoFromSerial(asOf)}`),
    blank(),
  ];
  values.push([
    "",
    "Date",
    "Transaction type",
    "Num",
    "Customer full name",
    "Location full name",
    "Due date",
    "Amount",
    "Open balance",
  ]);
  for (const b of QBO_BUCKETS) {
    const inBucket = items.filter((i) => asOf - i.dueDate >= b.from && asOf - i.dueDate <= b.to);
    if (inBucket.length === 0) continue;
    values.push(blank(b.label));
    for (const i of inBucket)
      values.push(["", i.invoiceDate, "Invoice", i.number, i.customer, "", i.dueDate, i.amount, i.open]);
    values.push([
      "Total for " + b.label,
      "",
      "",
      "",
      "",
      "",
      "",
      sum(inBucket, (i) => i.amount),
      sum(inBucket, (i) => i.open),
    ]);
  }
  const openTotal = sum(items, (i) => i.open);
  values.push(
    ["TOTAL", "", "", "", "", "", "", sum(items, (i) => i.amount), openTotal],
    blank(),
    blank("Accrual Basis"),
  );
  return { sheet: "QuickBooks export", values, openTotal, dateColumns: [1, 6] };
}

export function xeroInvoices(items: readonly OpenItem[]): ExportSheet {
  const header = [
    "ContactName",
    "InvoiceNumber",
    "Reference",
    "InvoiceDate",
    "DueDate",
    "Total",
    "InvoiceAmountPaid",
    "InvoiceAmountDue",
    "Description",
    "Quantity",
    "UnitAmount",
    "LineAmount",
    "Currency",
    "Type",
    "Status",
  ];
  const values: (string | number)[][] = [header];
  items.forEach((i, n) => {
    const first = fromCents(Math.round(toCents(i.amount) * 0.6));
    const lines: [string, number][] = [
      ["Consulting", first],
      ["Materials", fromCents(toCents(i.amount) - toCents(first))],
    ];
    const paid = fromCents(toCents(i.amount) - toCents(i.open));
    const status = n === items.length - 1 ? "Draft" : "Awaiting Payment";
    for (const [desc, line] of lines) {
      values.push([
        i.customer,
        i.number,
        "",
        i.invoiceDate,
        i.dueDate,
        i.amount,
        paid,
        i.open,
        desc,
        1,
        line,
        line,
        "GBP",
        "Sales invoice",
        status,
      ]);
    }
  });
  return { sheet: "Xero export", values, openTotal: sum(items.slice(0, -1), (i) => i.open), dateColumns: [3, 4] };
}

export function kingdeeAging(items: readonly OpenItem[], asOf: number, company: string): ExportSheet {
  const width = 14;
  const row = (cells: (string | number)[]) => [...cells, ...Array(width - cells.length).fill("")];
  const values: (string | number)[][] = [
    row(["应收款账龄分析表"]),
    row([`收款组织：${company}`, "", "", "", "", `截止日期：${isoFromSerial(asOf)}`, "", "", "账龄计算依据：到期日"]),
  ];
  values.push([
    "往来单位编码",
    "往来单位",
    "币别",
    "收款组织",
    "单据类型",
    "单据编号",
    "业务日期",
    "到期日",
    "余额",
    "备注",
    "0-30天",
    "31-60天",
    "61-90天",
    "90天以上",
  ]);
  const codes = new Map<string, string>();
  const code = (c: string) =>
    codes.get(c) ?? (codes.set(c, `CUST${String(codes.size + 1).padStart(4, "0")}`), codes.get(c)!);
  for (const i of [...items].sort((a, b) => compareText(a.customer, b.customer))) {
    const late = Math.max(0, asOf - i.dueDate);
    const buckets = [late <= 30, late > 30 && late <= 60, late > 60 && late <= 90, late > 90].map((b) =>
      b ? i.open : "",
    );
    values.push([
      code(i.customer),
      i.customer,
      "人民币",
      company,
      "标准应收单",
      i.number,
      i.invoiceDate,
      i.dueDate,
      i.open,
      "",
      ...buckets,
    ]);
  }
  const openTotal = sum(items, (i) => i.open);
  values.push(row(["合计", "", "", "", "", "", "", "", openTotal]));
  return { sheet: "金蝶导出", values, openTotal, dateColumns: [6, 7] };
}
