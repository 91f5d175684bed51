/**
 * Rows to invoices. Every row below the header either becomes an invoice, is blank (skipped and counted), or
 * becomes an issue with the address of the cell to fix and the reason — nothing is dropped silently.
 * Decisions, written down:
 * - A paid date after the as-of date means the invoice was still open on the as-of date.
 * - A paid date with no paid-amount column (or a blank paid amount) means paid in full on that date.
 * - An invoice dated after the as-of date did not exist yet: excluded, with an issue saying so.
 * - The same invoice number for the same customer with the same amount is a duplicate: the later row is excluded;
 *   with a different amount both are kept and the later one is flagged. Each row is compared with every earlier
 *   kept row of its number (not only the first), and the message names the row it repeats.
 * - A due date before the invoice date, an overpayment (open amount becomes a credit) and an unreadable disputed
 *   flag (read as not disputed) are kept with a warning.
 * - A totals or subtotal line (合计, 小计, Total, Grand total… and no invoice number of its own) is excluded with a
 *   reason: counted as an invoice it would double the receivables. A customer named "Total" with its own invoice
 *   number is a customer.
 */
import { cellText, isBlank, parseFlag, parseMoney } from "../core/cells";
import { DateOrder, isoFromSerial, parseDate } from "../core/dates";
import type { Parsed } from "../core/errors";
import { fromCents, toCents } from "../core/money";
import { money, reason } from "../analysis/reasons";
import { Invoice, LedgerField, LedgerInput, MappingResult, RowCounts, RowIssue } from "../analysis/types";
import { addressMaker } from "./addresses";
import { customerKey } from "./customerKey";
import { NumberIndex } from "./numberIndex";
import { parseTermsDays } from "./terms";
import { AFTER_AS_OF, afterAsOfIssues, afterAsOfStart, countAfterAsOf } from "./afterAsOf";

/** The largest amount a row may hold (±1e13): beyond it the row is excluded as a mistyped cell. */
export const MAX_AMOUNT = 1e13;

export interface ParseSettings {
  asOf: number;
  dateOrder: DateOrder;
  defaultTermsDays: number;
  /** Analyse only the rows in this currency (rows with a blank currency cell are kept). */
  onlyCurrency?: string | null;
  /** Whose ledger (columns.ts LedgerParty): the messages name customers or suppliers. Default customers. */
  party?: "customer" | "supplier";
}

export interface ParsedLedger {
  invoices: Invoice[];
  issues: RowIssue[];
  counts: RowCounts;
  /** The most common currency in the currency column, if any. */
  currency: string | null;
  /** Invoices per currency in the currency column (empty without one). */
  currencies: Map<string, number>;
  /** Rows per currency in the whole ledger, whatever was analysed: the choices for `onlyCurrency`. */
  ledgerCurrencies: Map<string, number>;
  /** Customer names written in more than one way and read as one customer: [the name used, another spelling]. */
  mergedNames: [string, string][];
}

/**
 * A totals line of the ledger: a cell that says 合计 / 总计 / 小计 / 汇总 (also "上海贸易 小计"; 汇总 is the total row of
 * an Excel table in Chinese) or Total / Grand total / Subtotal. Counting it as an invoice would double the receivables.
 */
const TOTALS_WORD = /^(?:(?:grand\s+|sub-?)?totals?|sum|.*?(?:合计|总计|小计|共计|合計|總計|小計|總額|总额|汇总|匯總))\s*[:：]?$/i;

export function isTotalsText(value: unknown): boolean {
  if (typeof value !== "string" || value.length > 80) return false;
  // Most cells start and end with a printable ASCII character: nothing to trim, no new string made.
  const a = value.charCodeAt(0);
  const z = value.charCodeAt(value.length - 1);
  const text = a > 32 && a < 127 && z > 32 && z < 127 ? value : value.trim();
  // Cheap test first (it runs on every row): the English words start with g, s or t; the Chinese ones hold 计, 额 or 总.
  const first = text.charCodeAt(0) | 0x20; // the ASCII letter in lower case (no string made)
  if (first !== 0x67 && first !== 0x73 && first !== 0x74 && !/[计計额額总總]/.test(text)) return false;
  return TOTALS_WORD.test(text);
}

/**
 * The totals cell of a totals line. A totals word (in the customer cell or any other) marks a totals line only when
 * the row has no invoice number of its own: a customer may be called "Total" or "SUM", and an invoice may carry the
 * word in a remark. A number in the invoice column of a row without any date (合计 | 2 | | | 600) is the count of
 * invoices a totals line often shows, not an invoice number of its own.
 */
function totalsCell(row: readonly unknown[], customerColumn: number, invoiceNumber: unknown, hasDate: boolean): { column: number; label: string } | null {
  if (!isBlank(invoiceNumber) && !isTotalsText(invoiceNumber) && (hasDate || typeof invoiceNumber !== "number")) return null;
  if (customerColumn >= 0 && isTotalsText(row[customerColumn])) return { column: customerColumn, label: (row[customerColumn] as string).trim() };
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isTotalsText(v)) return { column: c, label: (v as string).trim() };
  }
  return null;
}

/** A date cell: its serial, null when blank, or (text) why it cannot be read. No object per cell: a million rows. */
function dateCell(v: unknown, order: DateOrder): number | null | string {
  if (typeof v === "number" && v >= 1 && v < 2958466) return Math.floor(v);
  if (isBlank(v) || v === 0) return null;
  const p = parseDate(v, order);
  return p.ok ? p.value : p.problem;
}

/** An amount cell: the amount, or (text) why it cannot be read (core/cells.ts parseMoney). */
function moneyCell(v: unknown): number | string {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  const m = parseMoney(v);
  return m.ok ? m.value : m.problem;
}

export function parseLedger(input: LedgerInput, mapping: MappingResult, settings: ParseSettings): ParsedLedger {
  const { values, sheet, topLeft } = input;
  const col = mapping.columns;
  const invoices: Invoice[] = [];
  const issues: RowIssue[] = [];
  const counts: RowCounts = { dataRows: 0, invoices: 0, excluded: 0, blank: 0 };
  const currencies = new Map<string, number>();
  const ledgerCurrencies = new Map<string, number>();
  // First use of each invoice number: customer, address and amount in cents (a key per number, not per pair,
  // keeps a million-row ledger cheap; the customer is compared on a hit).
  const seen = new NumberIndex(values.length); // invoice number → index in `invoices` of its first use
  // For numbers used more than once (rare): number + customer (+ amount in cents) → the first kept row with them.
  // Keys are made only on a second use, so a ledger of unique numbers pays nothing for them.
  const sameRow = new Map<string, number>();
  const sameCustomer = new Map<string, number>();
  const remember = (key: { row: string; customer: string }, index: number) => {
    if (!sameRow.has(key.row)) sameRow.set(key.row, index);
    if (!sameCustomer.has(key.customer)) sameCustomer.set(key.customer, index);
  };
  const repeatOf = (invoiceNumber: string, customer: string, cents: number) => {
    const firstIndex = seen.get(invoiceNumber)!;
    if (firstIndex >= 0) {
      // The number's second use: its first use joins the keyed maps, and `seen` only says "used before" from now on.
      const first = invoices[firstIndex];
      remember({ row: `${invoiceNumber}\u0000${first.customer}\u0000${toCents(first.amount)}`, customer: `${invoiceNumber}\u0000${first.customer}` }, firstIndex);
      seen.set(invoiceNumber, -1);
    }
    return { row: `${invoiceNumber}\u0000${customer}\u0000${cents}`, customer: `${invoiceNumber}\u0000${customer}` };
  };
  const address = addressMaker(sheet, topLeft);
  const at = (row: number, field: LedgerField | null) => address(row, field && col[field] !== null ? col[field]! : 0);
  // Column index per field, -1 when unmapped (plain locals: read a million times).
  const ix = (field: LedgerField) => col[field] ?? -1;
  const cCustomer = ix("customer"), cInvoiceNumber = ix("invoiceNumber"), cInvoiceDate = ix("invoiceDate"), cDueDate = ix("dueDate");
  const cAmount = ix("amount"), cPaidAmount = ix("paidAmount"), cOpenAmount = ix("openAmount"), cPaidDate = ix("paidDate"), cDisputed = ix("disputed");
  const cCurrency = ix("currency"), cTerms = ix("terms");
  const cell = (row: unknown[], c: number) => (c < 0 ? undefined : row[c]);
  const bySupplier = settings.party === "supplier";

  // Per-row state shared across rows (no closures or arrays allocated per row: a ledger may have a million rows).
  const rowIssues: RowIssue[] = [];
  const later = afterAsOfStart();
  let r = 0;
  const exclude = (field: LedgerField | null, code: string, params: Record<string, string | number>, text: string) => {
    rowIssues.push({ row: r, address: at(r, field), field, severity: "excluded", reason: reason(code, params, text) });
  };
  const warn = (field: LedgerField | null, code: string, params: Record<string, string | number>, text: string) => {
    rowIssues.push({ row: r, address: at(r, field), field, severity: "warning", reason: reason(code, params, text) });
  };
  const termsCache = new Map<string, Parsed<number>>();
  const termsOf = (v: unknown): Parsed<number> => {
    if (typeof v !== "string") return parseTermsDays(v);
    let t = termsCache.get(v);
    if (!t) termsCache.set(v, (t = parseTermsDays(v)));
    return t;
  };
  const flagCache = new Map<unknown, Parsed<boolean>>();
  const flagOf = (v: unknown): Parsed<boolean> => {
    let f = flagCache.get(v);
    if (!f) flagCache.set(v, (f = parseFlag(v)));
    return f;
  };
  // Customer name as written → the name the customer goes by (the first spelling met of its key).
  const customerNames = new Map<string, string>();
  const nameOfKey = new Map<string, string>();
  const mergedNames: [string, string][] = [];
  const customerOf = (written: string): string => {
    let name = customerNames.get(written);
    if (name === undefined) {
      const key = customerKey(written);
      name = nameOfKey.get(key);
      if (name === undefined) nameOfKey.set(key, (name = written));
      else mergedNames.push([name, written]);
      customerNames.set(written, name);
    }
    return name;
  };
  const currencyCache = new Map<unknown, string | null>();
  const currencyOf = (v: unknown): string | null => {
    let c = currencyCache.get(v);
    if (c === undefined) currencyCache.set(v, (c = cellText(v).toUpperCase() || null));
    return c;
  };
  // An amount beyond ±1e13 (ten trillion) is no ledger's amount: a mistyped cell or a serial number read as money.
  // Its cents would also leave the exactly-representable integers once summed; the row is excluded with its address.
  const tooLarge = (amount: number) => !(Math.abs(amount) <= MAX_AMOUNT);
  const tooLargeIssue = (field: LedgerField, label: string, value: number) => {
    exclude(field, "row.amountTooLarge", { field: label, value: String(value) }, `${label}: ${value} is beyond ±10,000,000,000,000 (1e13), more than any ledger holds: check the cell`);
  };
  const hasExcluded = () => {
    for (let i = 0; i < rowIssues.length; i++) if (rowIssues[i].severity === "excluded") return true;
    return false;
  };

  for (r = mapping.headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    counts.dataRows++;
    let blank = true;
    for (let c = 0; c < row.length; c++) {
      if (!isBlank(row[c])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      counts.blank++;
      continue;
    }
    if (rowIssues.length > 0) rowIssues.length = 0;

    const hasDate = !isBlank(cell(row, cInvoiceDate)) || !isBlank(cell(row, cDueDate));
    const totals = totalsCell(row, cCustomer, cell(row, cInvoiceNumber), hasDate);
    if (totals !== null) {
      const text = `a totals line ("${totals.label}"), not an invoice: left out so it is not counted twice`;
      issues.push({ row: r, address: address(r, totals.column), field: null, severity: "excluded", reason: reason("row.totals", { label: totals.label }, text) });
      counts.excluded++;
      continue;
    }

    const customerText = cellText(cell(row, cCustomer));
    const customer = customerText === "" ? "" : customerOf(customerText);
    if (col.customer === null) {
      if (bySupplier) exclude(null, "row.noSupplierColumn", {}, "no supplier column is mapped");
      else exclude(null, "row.noCustomerColumn", {}, "no customer column is mapped");
    } else if (customer === "") {
      if (bySupplier) exclude("customer", "row.supplierEmpty", {}, "the supplier is empty");
      else exclude("customer", "row.customerEmpty", {}, "the customer is empty");
    }

    // The open (remaining) amount, where the ledger gives one: amount − open is what was paid.
    let open: number | null = null;
    const rawOpen = cell(row, cOpenAmount);
    if (cOpenAmount >= 0 && !isBlank(rawOpen)) {
      const o = moneyCell(rawOpen);
      if (typeof o === "string") exclude("openAmount", "row.badOpenAmount", { problem: o }, `open amount: ${o}`);
      else if (tooLarge(o)) tooLargeIssue("openAmount", "open amount", o);
      else open = fromCents(toCents(o));
    }

    let amount = 0;
    if (col.amount === null) {
      if (col.openAmount === null) exclude(null, "row.noAmountColumn", {}, "no amount column is mapped");
      else if (open !== null) amount = open; // only balances: the open amount is the amount still owed
      else if (!hasExcluded()) exclude("openAmount", "row.openEmpty", {}, "the open amount is empty and no amount column is mapped");
    } else {
      const a = moneyCell(cell(row, cAmount));
      if (typeof a === "string") exclude("amount", "row.badAmount", { problem: a }, `amount: ${a}`);
      else if (tooLarge(a)) tooLargeIssue("amount", "amount", a);
      else amount = fromCents(toCents(a));
    }

    let invoiceDate: number | null = null;
    const inv = dateCell(cell(row, cInvoiceDate), settings.dateOrder);
    if (typeof inv === "string") {
      if (col.dueDate === null) exclude("invoiceDate", "row.badInvoiceDate", { problem: inv }, `invoice date: ${inv}`);
      else warn("invoiceDate", "row.badInvoiceDateIgnored", { problem: inv }, `invoice date: ${inv}; the row is aged by its due date only`);
    } else invoiceDate = inv;

    let termsDays: number | null = null;
    if (col.terms !== null && !isBlank(cell(row, cTerms))) {
      const t = termsOf(cell(row, cTerms));
      if (t.ok) termsDays = t.value;
      else warn("terms", "row.badTerms", { problem: t.problem }, t.problem);
    }

    let dueDate: number | null = null;
    let dueDateDerived = false;
    const due = dateCell(cell(row, cDueDate), settings.dateOrder);
    if (typeof due === "string") exclude("dueDate", "row.badDueDate", { problem: due }, `due date: ${due}`);
    else if (due !== null) dueDate = due;
    else if (invoiceDate !== null) {
      dueDate = invoiceDate + (termsDays ?? settings.defaultTermsDays);
      dueDateDerived = true;
      if (col.dueDate !== null) {
        warn("dueDate", "row.dueDerived", { days: termsDays ?? settings.defaultTermsDays }, `the due date is empty: taken as the invoice date + ${termsDays ?? settings.defaultTermsDays} days`);
      }
    } else if (!hasExcluded()) {
      exclude(col.dueDate !== null ? "dueDate" : "invoiceDate", "row.noDates", {}, "neither a due date nor an invoice date is given");
    }

    let paidDate: number | null = null;
    const paid = dateCell(cell(row, cPaidDate), settings.dateOrder);
    if (typeof paid === "string") exclude("paidDate", "row.badPaidDate", { problem: paid }, `paid date: ${paid}`);
    else paidDate = paid;

    let paidAmount = 0;
    const rawPaid = cell(row, cPaidAmount);
    let paidAmountGiven = false;
    if (col.paidAmount !== null && !isBlank(rawPaid)) {
      const p = moneyCell(rawPaid);
      if (typeof p === "string") exclude("paidAmount", "row.badPaidAmount", { problem: p }, `paid amount: ${p}`);
      else if (tooLarge(p)) tooLargeIssue("paidAmount", "paid amount", p);
      else {
        paidAmount = fromCents(toCents(p));
        paidAmountGiven = true;
      }
    }
    if (open !== null && col.amount !== null && !hasExcluded()) {
      const paidFromOpen = fromCents(toCents(amount) - toCents(open));
      if (paidAmountGiven && toCents(paidAmount) !== toCents(paidFromOpen)) {
        warn(
          "openAmount",
          "row.openDiffers",
          { open, paid: paidAmount },
          `the open amount ${money(open)} does not match the amount less the paid amount ${money(paidAmount)}: the open amount is used`,
        );
      }
      paidAmount = paidFromOpen;
      paidAmountGiven = true;
    }

    let disputed = false;
    if (col.disputed !== null) {
      const d = flagOf(cell(row, cDisputed));
      if (d.ok) disputed = d.value;
      else warn("disputed", "row.badDisputed", { problem: d.problem }, `disputed: ${d.problem}; read as not disputed`);
    }

    const currency = cCurrency >= 0 ? currencyOf(cell(row, cCurrency)) : null;
    if (currency) ledgerCurrencies.set(currency, (ledgerCurrencies.get(currency) ?? 0) + 1);
    if (currency && settings.onlyCurrency && currency !== settings.onlyCurrency) {
      exclude("currency", "row.otherCurrency", { currency, only: settings.onlyCurrency }, `in ${currency}: only ${settings.onlyCurrency} is analysed (chosen in the settings)`);
    }

    if (invoiceDate !== null && invoiceDate > settings.asOf) {
      exclude("invoiceDate", "row.afterAsOf", { date: isoFromSerial(invoiceDate) }, `invoiced on ${isoFromSerial(invoiceDate)}, after the as-of date`);
    }

    const excluded = hasExcluded();
    if (!excluded && dueDate !== null) {
      // Payments as of the as-of date.
      if (paidDate !== null && paidDate > settings.asOf) {
        paidDate = null;
        paidAmount = 0;
      } else if (paidDate !== null && !paidAmountGiven) {
        paidAmount = amount;
      } else if (paidDate === null && paidAmountGiven && toCents(paidAmount) === toCents(amount) && amount !== 0) {
        warn("paidDate", "row.paidNoDate", {}, "paid in full but no paid date is given: payment timing is unknown");
      }
      if (amount > 0 && toCents(paidAmount) > toCents(amount)) {
        warn("paidAmount", "row.overpaid", { over: fromCents(toCents(paidAmount) - toCents(amount)) }, `paid ${money(fromCents(toCents(paidAmount) - toCents(amount)))} more than billed: the excess is shown as a credit`);
      }
      if (invoiceDate !== null && dueDate < invoiceDate) {
        warn("dueDate", "row.dueBeforeInvoice", {}, "the due date is before the invoice date");
      }
      const invoiceNumber = cellText(cell(row, cInvoiceNumber));
      const repeatKey = invoiceNumber !== "" && seen.has(invoiceNumber) ? repeatOf(invoiceNumber, customer, toCents(amount)) : null;
      if (repeatKey !== null) {
        // Compared with every earlier kept row of the number: the same customer and amount is a repeat of that row.
        const same = sameRow.get(repeatKey.row);
        const other = same === undefined ? sameCustomer.get(repeatKey.customer) : undefined;
        if (same !== undefined) {
          const firstAt = at(invoices[same].row, null);
          exclude("invoiceNumber", "row.duplicate", { invoice: invoiceNumber, first: firstAt }, `duplicate of invoice ${invoiceNumber} at ${firstAt}`);
        } else if (other !== undefined) {
          const firstAt = at(invoices[other].row, null);
          warn("invoiceNumber", "row.duplicateNumber", { invoice: invoiceNumber, first: firstAt }, `invoice number ${invoiceNumber} is also used at ${firstAt} with another amount`);
        }
      }
      if (invoiceNumber !== "" && !hasExcluded()) {
        if (repeatKey === null) seen.set(invoiceNumber, invoices.length);
        else remember(repeatKey, invoices.length);
      }
      if (!hasExcluded()) {
        if (currency) currencies.set(currency, (currencies.get(currency) ?? 0) + 1);
        invoices.push({
          row: r,
          customer,
          invoiceNumber,
          invoiceDate,
          dueDate,
          dueDateDerived,
          amount,
          paidAmount,
          paidDate: toCents(paidAmount) !== 0 || paidDate !== null ? paidDate : null,
          openAmount: fromCents(toCents(amount) - toCents(paidAmount)),
          disputed,
          currency,
          termsDays,
        });
      }
    }
    if (hasExcluded()) counts.excluded++;
    for (let i = 0; i < rowIssues.length; i++) {
      if (rowIssues[i].reason.code === AFTER_AS_OF) countAfterAsOf(later, rowIssues[i]);
      else issues.push(rowIssues[i]);
    }
  }
  issues.push(...afterAsOfIssues(later)); // said once with the count (afterAsOf.ts)
  counts.invoices = invoices.length;
  let currency: string | null = null;
  let most = 0;
  for (const [c, n] of currencies) if (n > most) [currency, most] = [c, n];
  return { invoices, issues, counts, currency, currencies, ledgerCurrencies, mergedNames };
}
