/**
 * What each row of an exported ledger is, before it is read as a document. Accounting systems put more than
 * documents under the header: bucket labels ("91 or more days past due", 0-30天), group rows naming a customer
 * ("Partner (4)" with the group's sums), subtotal and total rows in any spelling (totalsLine.ts) or with no label at
 * all (frappe's last row: only sums), footers ("Accrual Basis …"), drafts and unapproved documents (not posted, so
 * not receivables), the repeated rows of an invoice exported one row per line (the invoice's totals on each), and
 * receipts already applied in a debit/credit ledger (用友: 贷方 已结; the invoices' 已结 already show them).
 * Such rows are left out and counted per kind (skippedRows.ts says them as one line per kind), not made row errors.
 */
import { isBlank, parseMoney } from "../core/cells";
import { toCents } from "../model/money";
import type { MappingResult } from "../model/types";
import { customerKey } from "./customerKey";
import { normalizeHeader } from "./layout";
import { totalsKind } from "./totalsLine";
import { foldDebitCredit, debitCreditPairs, DebitCreditPair } from "./debitCredit";

export type SkipKind =
  "header" | "section" | "group" | "subtotal" | "total" | "footer" | "notPosted" | "lineItem" | "appliedReceipt";

export const SKIP_KINDS: readonly SkipKind[] = [
  "header",
  "section",
  "group",
  "subtotal",
  "total",
  "footer",
  "notPosted",
  "lineItem",
  "appliedReceipt",
];

export interface TotalsRow {
  row: number;
  kind: "subtotal" | "total" | "group";
  label: string;
}

export interface RowPlan {
  /** The rows left out, with what they are. */
  kinds: Map<number, SkipKind>;
  /** Rows read in another form: debit and credit folded into one signed amount, voided documents owing nothing. */
  rows: Map<number, unknown[]>;
  /** The export's own totals rows (as folded), for the reconciliation. */
  totals: TotalsRow[];
  /** Voided documents, read with nothing owed. */
  voided: number[];
  /** With no customer column: the column after the last where each document's group-row customer is written. */
  groupCustomer: number | null;
}

const STATUS_NAMES = [
  "status",
  "state",
  "documentstatus",
  "docstatus",
  "invoicestatus",
  "approvalstatus",
  "状态",
  "单据状态",
  "审核状态",
  "凭证状态",
];
const NOT_POSTED =
  /^(draft|deleted|unapproved|not approved|pending approval|未审核|审核中|暂存|草稿|已删除|待审核|创建|重新审核)$/i;
const VOIDED = /^(void|voided|cancel+ed|作废|已作废)$/i;
/** Bucket labels of aging reports: "Current", "1 - 30 days past due", "91 or more days past due", 0-30天, 逾期… */
const BUCKET =
  /^(current|not (yet )?due|overdue|older|future)\b|past due|\bdays?\b|^\d+\s*[-–~至]\s*\d+|^over \d+|\d+\s*\+$|逾期|未到期|未逾期|账龄|天/i;
/** A group row's count of documents: "Delmar Auto Body (4)". */
const GROUP_COUNT = /\(\s*\d+\s*\)$/;
/** Columns only a one-row-per-line export has. */
const LINE_COLUMNS =
  /^(description|quantity|qty|unitamount|unitprice|lineamount|inventoryitemcode|itemcode|discount|数量|单价|存货编码|物料编码|商品名称|存货名称)$/;

function num(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (isBlank(v)) return null;
  const m = parseMoney(v);
  return m.ok ? m.value : null;
}

interface Columns {
  customer: number;
  number: number;
  dates: number[];
  money: number[];
  currency: number;
  status: number;
  lineItems: boolean;
  pairs: DebitCreditPair[];
  /** The header names, normalised, by column. */
  names: string[];
  /** Columns of the header: a column after them is free. */
  width: number;
}

function columnsOf(mapping: MappingResult): Columns {
  const c = mapping.columns;
  const names = mapping.headers.map(normalizeHeader);
  const ix = (v: number | null) => v ?? -1;
  return {
    customer: ix(c.customer),
    number: ix(c.invoiceNumber),
    dates: [c.invoiceDate, c.dueDate].filter((v): v is number => v !== null),
    money: [c.amount, c.openAmount].filter((v): v is number => v !== null),
    currency: ix(c.currency),
    status: names.findIndex((n) => STATUS_NAMES.includes(n)),
    lineItems: names.filter((n) => LINE_COLUMNS.test(n)).length >= 2,
    pairs: debitCreditPairs(mapping),
    names,
    width: Math.max(mapping.headers.length, 1),
  };
}

/** The label of a row that holds one text only (beside a currency): a bucket, group or footer row; else null. */
function onlyLabel(row: readonly unknown[], cols: Columns): { text: string; column: number } | null {
  let label: { text: string; column: number } | null = null;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (c === cols.currency || typeof v !== "string" || isBlank(v)) continue;
    if (label) return null;
    label = { text: v.trim(), column: c };
  }
  return label;
}

const hasAny = (row: readonly unknown[], columns: number[]) => columns.some((c) => !isBlank(row[c]));

/** A cell that can be a date: a serial, or text with a day and month ("2025-01-26", "25/03/2025", 2025年1月). */
const isDateCell = (v: unknown) =>
  typeof v === "number" ? v > 0 : typeof v === "string" && /\d{1,4}\s*[-/.年]\s*\d{1,2}/.test(v);
const hasDate = (row: readonly unknown[], cols: Columns) => cols.dates.some((c) => isDateCell(row[c]));

/** The kind of a row with no date: a totals, bucket, group or footer row; null when it may be a document. */
function undatedKind(row: readonly unknown[], cols: Columns, moreDocumentsBelow: boolean): SkipKind | null {
  const label = onlyLabel(row, cols);
  if (!label || (cols.customer >= 0 && !isBlank(row[cols.customer]) && label.column !== cols.customer)) return null;
  const hasMoney = hasAny(row, cols.money);
  // A customer's or a number's row with an amount but no dates is a document to fix, not a heading.
  if ((label.column === cols.number || label.column === cols.customer) && !GROUP_COUNT.test(label.text) && hasMoney)
    return null;
  if (BUCKET.test(label.text) && !hasMoney) return "section";
  if (GROUP_COUNT.test(label.text)) return "group";
  return moreDocumentsBelow ? "group" : "footer";
}

/** Sums of the money columns over the documents so far: an unlabelled row equal to them is a total (frappe). */
class RunningSums {
  private sums: number[];
  constructor(private readonly money: number[]) {
    this.sums = money.map(() => 0);
  }
  add(row: readonly unknown[]): void {
    for (let i = 0; i < this.money.length; i++) this.sums[i] += toCents(num(row[this.money[i]]) ?? 0);
  }
  /** The row's money cells are all given and all equal to the sums. */
  matches(row: readonly unknown[]): boolean {
    return (
      this.money.length > 0 &&
      this.money.every((c, i) => num(row[c]) !== null && toCents(num(row[c])!) === this.sums[i])
    );
  }
}

/** A row with only numbers (and a currency) where a label would be: frappe's total row. */
function unlabelled(row: readonly unknown[], cols: Columns, dated: boolean): boolean {
  if (dated || (cols.number >= 0 && !isBlank(row[cols.number]))) return false;
  if (cols.customer >= 0 && !isBlank(row[cols.customer])) return false;
  return row.every((v, c) => c === cols.currency || typeof v !== "string" || isBlank(v));
}

/** The totals label of a row without a document number of its own (a dated totals line is still one). */
function totalsLabel(row: readonly unknown[], cols: Columns): { kind: "total" | "subtotal"; label: string } | null {
  const number = cols.number >= 0 ? row[cols.number] : "";
  if (!isBlank(number) && totalsKind(number) === null && typeof number !== "number") return null;
  for (let c = 0; c < row.length; c++) {
    const kind = totalsKind(row[c]);
    if (kind) return { kind, label: String(row[c]).trim() };
  }
  return null;
}

/** Draft or unapproved (left out), voided (read with nothing owed), or posted. */
function statusOf(row: readonly unknown[], cols: Columns): "notPosted" | "voided" | null {
  if (cols.status < 0 || typeof row[cols.status] !== "string") return null;
  const s = (row[cols.status] as string).trim();
  return NOT_POSTED.test(s) ? "notPosted" : VOIDED.test(s) ? "voided" : null;
}

/** The last row (0-based) with a date in a date column: the documents end there. */
function lastDatedRow(values: readonly (readonly unknown[] | undefined)[], from: number, cols: Columns): number {
  for (let r = values.length - 1; r >= from; r--) if (hasDate(values[r] ?? [], cols)) return r;
  return -1;
}

export function planRows(values: readonly (readonly unknown[] | undefined)[], mapping: MappingResult): RowPlan {
  const planner = rowPlanner(values, mapping);
  for (let r = mapping.headerRow + 1; r < values.length; r++) {
    const raw = values[r];
    if (raw && !raw.every((v) => isBlank(v))) planner.next(raw, r);
  }
  return planner.plan;
}

export interface RowPlanner {
  /** The plan of the rows given so far. */
  plan: RowPlan;
  /**
   * What the non-blank row `r` is, given in order after the rows above it: its kind when it is left out (also put in
   * plan.kinds), null for a document (read from plan.rows where it is read in another form).
   */
  next: (raw: readonly unknown[], r: number) => SkipKind | null;
  /** A row's kind depends only on the rows above it: with a customer column, rows can be read as they are planned. */
  inOrder: boolean;
}

/** The plan made row by row (parseLedger.ts reads each row right after planning it, while its cells are at hand). */
export function rowPlanner(values: readonly (readonly unknown[] | undefined)[], mapping: MappingResult): RowPlanner {
  const plan: RowPlan = { kinds: new Map(), rows: new Map(), totals: [], voided: [], groupCustomer: null };
  const cols = columnsOf(mapping);
  const ctx: Context = {
    values,
    plan,
    row: mapping.headerRow + 1,
    last: lastDatedRow(values, mapping.headerRow + 1, cols),
    sums: new RunningSums(cols.money),
    summedTo: mapping.headerRow + 1,
    lines: new Map(),
    group: "",
    customers: new Set(),
    written: new Set(),
    foldedTo: mapping.headerRow + 1,
  };
  const next = (raw: readonly unknown[], r: number): SkipKind | null => {
    ctx.row = r;
    const row = cols.pairs.length > 0 ? foldDebitCredit(raw, cols.pairs) : raw;
    if (row !== raw) plan.rows.set(r, row as unknown[]);
    const kind = rowKind(row, r, cols, ctx, plan);
    if (kind === "group") ctx.group = onlyLabel(row, cols)!.text.replace(GROUP_COUNT, "").trim();
    if (kind) plan.kinds.set(r, kind);
    else documentRow(plan.rows.size > 0 ? (plan.rows.get(r) ?? row) : row, r, cols, ctx, plan);
    return kind;
  };
  return { plan, next, inOrder: cols.customer >= 0 };
}

/**
 * A document row. With no customer column, its customer is the group row above it (Xero's Aged Receivables Detail
 * names each contact in a row of its own), written into a column after the last (`groupCustomer`). Its money and its
 * customer are read only when a later row asks (sumsSoFar, customersSoFar): most ledgers never do.
 */
function documentRow(row: readonly unknown[], r: number, cols: Columns, ctx: Context, plan: RowPlan): void {
  if (cols.customer >= 0 || ctx.group === "") return;
  const copy = [...row];
  copy[cols.width] = ctx.group;
  plan.rows.set(r, copy);
  plan.groupCustomer = cols.width;
  ctx.customers.add(customerKey(ctx.group).toLowerCase());
}

interface Context {
  values: readonly (readonly unknown[] | undefined)[];
  plan: RowPlan;
  /** The row being planned: the documents so far are the rows above it. */
  row: number;
  last: number;
  /** The money of the documents above row `summedTo`. */
  sums: RunningSums;
  summedTo: number;
  lines: Map<string, string>;
  /** The label of the last group row ("Partner (4)" less its count). */
  group: string;
  /** Customers of the documents above row `foldedTo` (folded, lower case): "Total <customer>" closes one. */
  customers: Set<string>;
  /** The customer cells folded so far, as written: each spelling is folded once. */
  written: Set<string>;
  foldedTo: number;
}

/** Each document row (as read) from row `from` up to the row being planned: not blank, not left out. */
function documentsSince(ctx: Context, from: number, each: (row: readonly unknown[]) => void): void {
  const { values, plan } = ctx;
  for (let r = from; r < ctx.row; r++) {
    const raw = values[r];
    if (!raw || plan.kinds.has(r) || raw.every((v) => isBlank(v))) continue;
    each(plan.rows.get(r) ?? raw);
  }
}

/** The sums of the money columns over the documents so far. */
function sumsSoFar(ctx: Context): RunningSums {
  documentsSince(ctx, ctx.summedTo, (row) => ctx.sums.add(row));
  ctx.summedTo = ctx.row;
  return ctx.sums;
}

/** The customers of the documents so far, every spelling met folded in (customerKey, lower case). */
function customersSoFar(ctx: Context, cols: Columns): Set<string> {
  if (cols.customer < 0) return ctx.customers; // the group rows' customers, added as their documents come
  documentsSince(ctx, ctx.foldedTo, (row) => {
    const written = String(row[cols.customer] ?? "");
    if (ctx.written.has(written)) return;
    ctx.written.add(written);
    ctx.customers.add(customerKey(written).toLowerCase());
  });
  ctx.foldedTo = ctx.row;
  return ctx.customers;
}

/** "Total ABC Furniture" under ABC Furniture's documents: a customer's subtotal (Xero writes them so). */
function customerTotal(row: readonly unknown[], cols: Columns, ctx: Context, dated: boolean): string | null {
  if (dated) return null;
  const label = onlyLabel(row, cols);
  const m = label && /^total\s+(.+)$/i.exec(customerKey(label.text));
  if (!m) return null;
  const name = m[1].toLowerCase();
  return name === ctx.group.toLowerCase() || customersSoFar(ctx, cols).has(name) ? label!.text : null;
}

function rowKind(row: readonly unknown[], r: number, cols: Columns, ctx: Context, plan: RowPlan): SkipKind | null {
  if (repeatsHeader(row, cols)) return "header";
  const dated = hasDate(row, cols);
  const ofCustomer = customerTotal(row, cols, ctx, dated);
  const totals = ofCustomer ? { kind: "subtotal" as const, label: ofCustomer } : totalsLabel(row, cols);
  if (totals) {
    plan.totals.push({ row: r, ...totals });
    return totals.kind;
  }
  if (unlabelled(row, cols, dated) && sumsSoFar(ctx).matches(row)) {
    plan.totals.push({ row: r, kind: "total", label: "" });
    return "total";
  }
  const status = statusOf(row, cols);
  if (status === "notPosted") return "notPosted";
  if (!dated) {
    const kind = undatedKind(row, cols, r < ctx.last);
    if (kind === "group" && hasAny(row, cols.money))
      plan.totals.push({ row: r, kind: "group", label: onlyLabel(row, cols)!.text });
    if (kind) return kind;
  }
  if (cols.lineItems && lineRepeat(row, cols, ctx.lines)) return "lineItem";
  if (cols.pairs.length > 0 && appliedReceipt(row, cols)) return "appliedReceipt";
  if (status === "voided") {
    plan.voided.push(r);
    plan.rows.set(r, voidedRow(row, cols));
  }
  return null;
}

/** A header row again (a page break in the export, or a later header adding a column): two names or more. */
function repeatsHeader(row: readonly unknown[], cols: Columns): boolean {
  // Text only: a number or date anywhere rules it out before any name is folded (most rows of a ledger).
  for (let c = 0; c < row.length; c++) if (typeof row[c] !== "string" && !isBlank(row[c])) return false;
  let same = 0;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === "string" && cols.names[c] !== "" && !isBlank(v) && normalizeHeader(v) === cols.names[c]) same++;
  }
  return same >= 2;
}

/** A row repeating the invoice of an earlier row (same number, customer and totals): one of its lines. */
function lineRepeat(row: readonly unknown[], cols: Columns, lines: Map<string, string>): boolean {
  if (cols.number < 0 || isBlank(row[cols.number])) return false;
  const key = `${String(row[cols.number]).trim()}\u0000${cols.customer >= 0 ? customerKey(String(row[cols.customer] ?? "")) : ""}`;
  const totals = cols.money.map((c) => String(num(row[c]))).join("\u0000");
  if (!lines.has(key)) {
    lines.set(key, totals);
    return false;
  }
  return lines.get(key) === totals;
}

/** A credit-side row (negative once folded) with nothing open: a receipt already applied to the invoices. */
function appliedReceipt(row: readonly unknown[], cols: Columns): boolean {
  const amount = cols.pairs.find((p) => p.field === "amount");
  const open = cols.pairs.find((p) => p.field === "openAmount");
  if (!amount || !open) return false;
  const a = num(row[amount.debit]);
  return a !== null && a < 0 && toCents(num(row[open.debit]) ?? 0) === 0;
}

/** A voided document owes nothing and was paid nothing: its money cells read as 0. */
function voidedRow(row: readonly unknown[], cols: Columns): unknown[] {
  const copy = [...row];
  for (const c of cols.money) copy[c] = 0;
  return copy;
}
