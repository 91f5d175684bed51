/**
 * The payables ledger: a second range read with the receivables' discipline — header detection in English and
 * Chinese (Supplier / 供应商, Bill No / 单据号, Bill date / 开票日期, Due date / 到期日, Amount / 金额, Paid / 已付金额,
 * Paid date / 付款日期, Currency / 币种, Terms / 账期), content sniffing, the user's corrections, and every row an
 * open or settled bill, a counted blank row or an issue with its cell address. It is the ledger parser itself
 * (columns.ts and parseLedger.ts with the supplier as the party), not a copy: a Bill is an Invoice whose
 * `customer` is the supplier.
 * Payables aging by due date (Current, 1–30, 31–60, 61–90, 91+) and DPO, period method: open payables ÷ purchases
 * (bills dated in the window) × window days (docs/METRICS.md "Cash plan").
 */
import { agingTotals, bucketLabels, DUE_DATE_EDGES } from "../core/aging";
import type { DateOrder } from "../core/dates";
import { fromCents, toCents } from "../model/money";
import { detectColumns } from "../ledger/columns";
import { parseLedger } from "../ledger/parseLedger";
import type { ColumnMapping, Invoice, LedgerInput, MappingResult, RowCounts, RowIssue } from "../model/types";
import { daysPayablesOutstanding } from "./ratios";
import type { DatedCents } from "./types";

export type Bill = Invoice;

export interface PayablesSettings {
  asOf: number;
  dateOrder: DateOrder;
  /** Columns chosen by the user, field by field (the supplier is the `customer` field). */
  mapping?: Partial<ColumnMapping>;
  headerRow?: number;
  /** Term used when a bill has neither a due date nor terms (days). Default 30. */
  defaultTermsDays?: number;
  /** Window for DPO, days ending on the as-of date. Default 90. */
  dpoWindowDays?: number;
}

export interface PayablesLedger {
  mapping: MappingResult;
  bills: Bill[];
  issues: RowIssue[];
  counts: RowCounts;
  currency: string | null;
  totalOpen: number;
  overdueOpen: number;
  aging: { labels: string[]; totals: number[]; total: number };
  /** Open payables per supplier, largest first. */
  bySupplier: { supplier: string; open: number; overdue: number }[];
  dpoWindowDays: number;
  purchasesInWindow: number;
  /** Null without purchases in the window. */
  dpo: number | null;
}

export function readPayables(input: LedgerInput, settings: PayablesSettings): PayablesLedger {
  const { asOf } = settings;
  const mapping = detectColumns(input.values, {
    mapping: settings.mapping,
    headerRow: settings.headerRow,
    dateOrder: settings.dateOrder,
    numberFormats: input.numberFormats,
    party: "supplier",
  });
  const dateOrder = settings.dateOrder === "auto" ? (mapping.dateOrder ?? "auto") : settings.dateOrder;
  const parsed = parseLedger(input, mapping, {
    asOf,
    dateOrder,
    defaultTermsDays: settings.defaultTermsDays ?? 30,
    party: "supplier",
  });
  const bills = parsed.invoices;
  const open = bills.map((b) => b.openAmount);
  const aging = agingTotals(
    open,
    bills.map((b) => b.dueDate),
    asOf,
    DUE_DATE_EDGES,
  );
  const window = settings.dpoWindowDays ?? 90;
  let totalCents = 0;
  let overdueCents = 0;
  let purchasesCents = 0;
  const suppliers = new Map<string, { open: number; overdue: number }>();
  for (const b of bills) {
    const cents = toCents(b.openAmount);
    const late = b.dueDate < asOf ? cents : 0;
    totalCents += cents;
    overdueCents += late;
    const s = suppliers.get(b.customer) ?? { open: 0, overdue: 0 };
    s.open += cents;
    s.overdue += late;
    suppliers.set(b.customer, s);
    const dated = b.invoiceDate ?? b.dueDate;
    if (dated > asOf - window && dated <= asOf && b.amount > 0) purchasesCents += toCents(b.amount);
  }
  return {
    mapping,
    bills,
    issues: parsed.issues,
    counts: parsed.counts,
    currency: parsed.currency,
    totalOpen: fromCents(totalCents),
    overdueOpen: fromCents(overdueCents),
    aging: { labels: bucketLabels(DUE_DATE_EDGES, "due"), totals: aging.totals, total: aging.total },
    bySupplier: [...suppliers]
      .map(([supplier, s]) => ({ supplier, open: fromCents(s.open), overdue: fromCents(s.overdue) }))
      .filter((s) => s.open !== 0)
      .sort((a, b) => b.open - a.open || (a.supplier < b.supplier ? -1 : 1)),
    dpoWindowDays: window,
    purchasesInWindow: fromCents(purchasesCents),
    dpo: purchasesCents > 0 ? daysPayablesOutstanding(fromCents(totalCents), fromCents(purchasesCents), window) : null,
  };
}

/** The cash the bills take: each open bill on its due date (overdue bills fall in week 1 of the plan). */
export function payablesDue(bills: readonly Bill[], payEarlyDays = 0): DatedCents[] {
  const out: DatedCents[] = [];
  for (const b of bills) {
    const cents = toCents(b.openAmount);
    if (cents !== 0) out.push({ date: b.dueDate - payEarlyDays, cents });
  }
  return out;
}
