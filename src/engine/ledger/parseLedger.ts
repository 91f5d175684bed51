/**
 * Rows to invoices. Every row below the header either becomes an invoice, is blank (skipped and counted), or
 * becomes an issue with the address of the cell to fix and the reason — nothing is dropped silently.
 * Decisions, written down:
 * - A paid date after the as-of date means the invoice was still open on the as-of date.
 * - A paid date with no paid-amount column (or a blank paid amount) means paid in full on that date.
 * - An invoice dated after the as-of date did not exist yet: excluded, with an issue saying so.
 * - Repeated invoice numbers follow the repeat rule of paymentRows.ts: rows of one invoice (customer, number folded
 *   as invoiceKey.ts folds it, invoice date, amount) that differ in payment are its payments; an exact copy is a
 *   duplicate (excluded, naming the row it repeats); another invoice date is another invoice; the same date with
 *   another amount is kept and flagged. The invoices never depend on the order of the rows.
 * - Signs follow signs.ts: payments and open amounts go the invoice's direction; a row that breaks it is an issue.
 * - A payment dated before its invoice date is kept with a warning.
 * - A due date before the invoice date, an overpayment (open amount becomes a credit) and an unreadable disputed
 *   flag (read as not disputed) are kept with a warning.
 * - A totals or subtotal line (合计, 小计, Total, Grand total… and no invoice number of its own) is excluded with a
 *   reason: counted as an invoice it would double the receivables. A customer named "Total" with its own invoice
 *   number is a customer.
 */
import { cellText, isBlank, parseFlag, parseMoney } from "../core/cells";
import { DateOrder, endOfMonth, isoFromSerial, parseDate } from "../core/dates";
import type { Parsed } from "../core/errors";
import { fromCents, toCents } from "../model/money";
import { money, reason } from "../model/reason";
import { Invoice, LedgerField, LedgerInput, MappingResult, RowCounts, RowIssue } from "../model/types";
import { addressMaker } from "./addresses";
import { amountCurrencies } from "./amountCurrency";
import { customerKey } from "./customerKey";
import { invoiceKey } from "./invoiceKey";
import { InvoiceRepeats, PaymentRecord, addPayment } from "./paymentRows";
import { applySigns } from "./signs";
import { isEndOfMonthTerms, parseTermsDays } from "./terms";
import { totalsKind } from "./totalsLine";
import { planRows, RowPlan } from "./rowKinds";
import { swapDayMonth } from "./swappedSerials";
import { SkippedRows, skippedCollector } from "./skippedRows";
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
  /** Read the date serials of the columns Excel mis-read (mapping.swappedSerials) with day and month exchanged. */
  swapDateSerials?: boolean;
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
  /** Invoice numbers written in more than one way and read as one invoice: [the number used, another spelling]. */
  mergedNumbers: [string, string][];
  /** Rows left out for what they are (rowKinds.ts: totals, bucket and group rows, drafts…), per kind: not errors. */
  skipped: SkippedRows[];
  /** The export's own totals rows and the voided documents read with nothing owed (reconcile.ts, skippedRows.ts). */
  layout: Pick<RowPlan, "totals" | "voided" | "rows" | "groupCustomer">;
}

/** A totals line of the ledger in any spelling (totalsLine.ts): counted as an invoice it would double the receivables. */
export function isTotalsText(value: unknown): boolean {
  return totalsKind(value) !== null;
}

/**
 * The totals cell of a totals line. A totals word (in the customer cell or any other) marks a totals line only when
 * the row has no invoice number of its own: a customer may be called "Total" or "SUM", and an invoice may carry the
 * word in a remark. A number in the invoice column of a row without any date (合计 | 2 | | | 600) is the count of
 * invoices a totals line often shows, not an invoice number of its own.
 */
function totalsCell(
  row: readonly unknown[],
  customerColumn: number,
  invoiceNumber: unknown,
  hasDate: boolean,
): { column: number; label: string } | null {
  if (!isBlank(invoiceNumber) && !isTotalsText(invoiceNumber) && (hasDate || typeof invoiceNumber !== "number"))
    return null;
  if (customerColumn >= 0 && isTotalsText(row[customerColumn]))
    return { column: customerColumn, label: (row[customerColumn] as string).trim() };
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

/** Terms cells read once per text (a million rows, a handful of terms): their days, and whether from month end. */
function termsReader() {
  const days = new Map<string, Parsed<number>>();
  const monthEnd = new Map<string, boolean>();
  const termsOf = (v: unknown): Parsed<number> => {
    if (typeof v !== "string") return parseTermsDays(v);
    let t = days.get(v);
    if (!t) days.set(v, (t = parseTermsDays(v)));
    return t;
  };
  const fromMonthEnd = (v: unknown): boolean => {
    if (typeof v !== "string") return false;
    let e = monthEnd.get(v);
    if (e === undefined) monthEnd.set(v, (e = isEndOfMonthTerms(v)));
    return e;
  };
  return { termsOf, fromMonthEnd };
}

export function parseLedger(input: LedgerInput, mapping: MappingResult, settings: ParseSettings): ParsedLedger {
  const { values, sheet, topLeft } = input;
  const col = mapping.columns;
  const invoices: Invoice[] = [];
  const issues: RowIssue[] = [];
  const counts: RowCounts = { dataRows: 0, invoices: 0, payments: 0, excluded: 0, blank: 0 };
  const currencies = new Map<string, number>();
  const ledgerCurrencies = new Map<string, number>();
  const repeats = new InvoiceRepeats(invoices, values.length); // the repeat rule (paymentRows.ts)
  const mergedNumbers: [string, string][] = [];
  const address = addressMaker(sheet, topLeft);
  const at = (row: number, field: LedgerField | null) => address(row, field && col[field] !== null ? col[field]! : 0);
  // Column index per field, -1 when unmapped (plain locals: read a million times).
  const ix = (field: LedgerField) => col[field] ?? -1;
  const cCustomer = ix("customer"),
    cInvoiceNumber = ix("invoiceNumber"),
    cInvoiceDate = ix("invoiceDate"),
    cDueDate = ix("dueDate");
  const cAmount = ix("amount"),
    cPaidAmount = ix("paidAmount"),
    cOpenAmount = ix("openAmount"),
    cPaidDate = ix("paidDate"),
    cDisputed = ix("disputed");
  const cCurrency = ix("currency"),
    cTerms = ix("terms");
  const cell = (row: unknown[], c: number) => (c < 0 ? undefined : row[c]);
  const bySupplier = settings.party === "supplier";
  // Serials Excel read month-first in a day/month column (swappedSerials.ts), exchanged when the user asked.
  const swapped = settings.swapDateSerials ? new Set(mapping.swappedSerials?.columns ?? []) : null;
  const dateAt = (row: unknown[], c: number) => {
    const v = cell(row, c);
    return swapped !== null && swapped.has(c) && typeof v === "number" ? swapDayMonth(v) : v;
  };

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
  const { termsOf, fromMonthEnd } = termsReader();
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
    exclude(
      field,
      "row.amountTooLarge",
      { field: label, value: String(value) },
      `${label}: ${value} is beyond ±10,000,000,000,000 (1e13), more than any ledger holds: check the cell`,
    );
  };
  const overpaid = (paid: number, billed: number) => {
    const over = fromCents(Math.abs(toCents(paid)) - Math.abs(toCents(billed)));
    const text = `paid ${money(over)} more than billed: the excess is shown as a credit`;
    // Named at the cell that says it: the open amount where the ledger gives one (paid = amount − open).
    warn(cOpenAmount >= 0 ? "openAmount" : "paidAmount", "row.overpaid", { over }, text);
  };
  /**
   * The repeat rule (paymentRows.ts) for a row read as `inv`: kept as a new invoice, or a copy (excluded), or a
   * payment added to the invoice it repeats. True when the row is a further payment of an invoice above it.
   */
  // With an open-amount column a row's paid amount is amount − balance: rows of one invoice give its balance at
  // different times, not separate payments (the most paid is taken). Ledger-wide, so the order of rows never matters.
  const balance = cOpenAmount >= 0 && cAmount >= 0;
  const placeRow = (inv: Invoice, record: PaymentRecord): boolean => {
    const number = inv.invoiceNumber;
    const key = number === "" ? "" : invoiceKey(number);
    const verdict = repeats.verdict(key, inv.customer, inv.invoiceDate, toCents(inv.amount), record);
    if (verdict.kind === "new" || verdict.kind === "otherAmount") {
      if (verdict.kind === "otherAmount") {
        const firstAt = at(invoices[verdict.of].row, null);
        const text = `invoice number ${number} is also used at ${firstAt} with another amount`;
        warn("invoiceNumber", "row.duplicateNumber", { invoice: number, first: firstAt }, text);
      }
      if (inv.currency) currencies.set(inv.currency, (currencies.get(inv.currency) ?? 0) + 1);
      invoices.push(inv);
      repeats.keep(invoices.length - 1, key, record);
      return false;
    }
    const first = invoices[verdict.of];
    const firstAt = at(first.row, null);
    const params = { invoice: number, first: firstAt };
    if (first.invoiceNumber !== number) mergedNumbers.push([first.invoiceNumber, number]);
    const { paidDate, dueDate, disputed } = inv;
    if (verdict.kind === "duplicate") {
      // Its payment is already counted; its due date and dispute flag still count (whichever row comes first).
      addPayment(first, { paidCents: 0, paidDate: null, dueDate, disputed, balance: false });
      exclude("invoiceNumber", "row.duplicate", params, `duplicate of invoice ${number} at ${firstAt}`);
      return false;
    }
    const isOver = () => first.amount !== 0 && Math.abs(toCents(first.paidAmount)) > Math.abs(toCents(first.amount));
    const wasOver = isOver();
    addPayment(first, { paidCents: toCents(inv.paidAmount), paidDate, dueDate, disputed, balance });
    if (!wasOver && isOver()) overpaid(first.paidAmount, first.amount);
    if (verdict.kind === "duplicateWithPayment") {
      const text =
        `a copy of invoice ${number} at ${firstAt} that records its payment: the payment is added to it, ` +
        "the row is not counted again";
      exclude("invoiceNumber", "row.duplicateWithPayment", params, text);
      return false;
    }
    warn("paidAmount", "row.paymentRow", params, `a further payment of invoice ${number} at ${firstAt}: added to it`);
    return true;
  };
  // The row's currency: its currency cell, else (no currency column, or a blank cell) the currency its amount cell
  // shows by a mark or a number format (amountCurrency.ts). A money cell marked in another currency is an issue:
  // amounts in two currencies are never added.
  const markOf = amountCurrencies(input.numberFormats);
  const cMarked = cAmount >= 0 ? cAmount : cOpenAmount;
  const currencyField: LedgerField = cCurrency >= 0 ? "currency" : cAmount >= 0 ? "amount" : "openAmount";
  const moneyFields: LedgerField[] = ["amount", "paidAmount", "openAmount"];
  const moneyColumns = [cAmount, cPaidAmount, cOpenAmount];
  const currencyOfRow = (row: unknown[]): string | null => {
    const given = cCurrency >= 0 ? currencyOf(row[cCurrency]) : null;
    const currency = given ?? (cMarked >= 0 ? markOf(row[cMarked], r, cMarked) : null);
    if (currency === null) return null;
    for (let i = 0; i < 3; i++) {
      const c = moneyColumns[i];
      const mark = c >= 0 ? markOf(row[c], r, c) : null;
      if (mark === null || mark === currency) continue;
      const text = `the cell is marked ${mark} on a row in ${currency}: amounts in two currencies are not added; correct the cell`;
      exclude(moneyFields[i], "row.currencyMarkDiffers", { mark, currency }, text);
    }
    return currency;
  };
  const hasExcluded = () => {
    for (let i = 0; i < rowIssues.length; i++) if (rowIssues[i].severity === "excluded") return true;
    return false;
  };

  // What each row is (rowKinds.ts): rows that are not documents are left out and said once per kind.
  const plan = planRows(values, mapping);
  const skipped = skippedCollector();
  // With no customer column, the customers the group rows name (rowKinds.ts) are read from a column after the last.
  const cCustomerRead = plan.groupCustomer ?? cCustomer;

  for (r = mapping.headerRow + 1; r < values.length; r++) {
    let row = values[r] ?? [];
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
    const skip = plan.kinds.get(r);
    if (skip !== undefined) {
      skipped.add(skip, r);
      continue;
    }
    row = plan.rows.get(r) ?? row;

    const hasDate = !isBlank(cell(row, cInvoiceDate)) || !isBlank(cell(row, cDueDate));
    const totals = totalsCell(row, cCustomerRead, cell(row, cInvoiceNumber), hasDate);
    if (totals !== null) {
      const text = `a totals line ("${totals.label}"), not an invoice: left out so it is not counted twice`;
      issues.push({
        row: r,
        address: address(r, totals.column),
        field: null,
        severity: "excluded",
        reason: reason("row.totals", { label: totals.label }, text),
      });
      counts.excluded++;
      continue;
    }

    const customerText = cellText(cell(row, cCustomerRead));
    const customer = customerText === "" ? "" : customerOf(customerText);
    if (cCustomerRead < 0) {
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
      else if (open !== null)
        amount = open; // only balances: the open amount is the amount still owed
      else if (!hasExcluded())
        exclude("openAmount", "row.openEmpty", {}, "the open amount is empty and no amount column is mapped");
    } else {
      const a = moneyCell(cell(row, cAmount));
      if (typeof a === "string") exclude("amount", "row.badAmount", { problem: a }, `amount: ${a}`);
      else if (tooLarge(a)) tooLargeIssue("amount", "amount", a);
      else amount = fromCents(toCents(a));
    }

    let invoiceDate: number | null = null;
    const inv = dateCell(dateAt(row, cInvoiceDate), settings.dateOrder);
    if (typeof inv === "string") {
      if (col.dueDate === null) exclude("invoiceDate", "row.badInvoiceDate", { problem: inv }, `invoice date: ${inv}`);
      else
        warn(
          "invoiceDate",
          "row.badInvoiceDateIgnored",
          { problem: inv },
          `invoice date: ${inv}; the row is aged by its due date only`,
        );
    } else invoiceDate = inv;

    let termsDays: number | null = null;
    let termsFromMonthEnd = false;
    if (col.terms !== null && !isBlank(cell(row, cTerms))) {
      const t = termsOf(cell(row, cTerms));
      if (t.ok) {
        termsDays = t.value;
        termsFromMonthEnd = fromMonthEnd(cell(row, cTerms));
      } else warn("terms", "row.badTerms", { problem: t.problem }, t.problem);
    }

    let dueDate: number | null = null;
    let dueDateDerived = false;
    const due = dateCell(dateAt(row, cDueDate), settings.dateOrder);
    if (typeof due === "string") exclude("dueDate", "row.badDueDate", { problem: due }, `due date: ${due}`);
    else if (due !== null) dueDate = due;
    else if (invoiceDate !== null) {
      // End-of-month terms ("Net 30 EOM", 月结30天) count from the end of the invoice's month.
      dueDate = (termsFromMonthEnd ? endOfMonth(invoiceDate) : invoiceDate) + (termsDays ?? settings.defaultTermsDays);
      dueDateDerived = true;
      if (col.dueDate !== null) {
        warn(
          "dueDate",
          "row.dueDerived",
          { days: termsDays ?? settings.defaultTermsDays },
          `the due date is empty: taken as the invoice date + ${termsDays ?? settings.defaultTermsDays} days`,
        );
      }
    } else if (!hasExcluded()) {
      exclude(
        col.dueDate !== null ? "dueDate" : "invoiceDate",
        "row.noDates",
        {},
        "neither a due date nor an invoice date is given",
      );
    }

    let paidDate: number | null = null;
    const paid = dateCell(dateAt(row, cPaidDate), settings.dateOrder);
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
    // Payments and open amounts go the invoice's direction (signs.ts); a row that breaks it names its cell. An
    // invoice with no open amount and a payment of 0 or more keeps every convention: nothing to check.
    if (col.amount !== null && (amount < 0 || paidAmount < 0 || open !== null) && !hasExcluded()) {
      const given = paidAmountGiven ? toCents(paidAmount) : null;
      const signed = applySigns(toCents(amount), given, open === null ? null : toCents(open));
      const problem = signed.problem;
      if (problem) exclude(problem.field, problem.code, problem.params, problem.text);
      if (signed.paidCents !== null) paidAmount = fromCents(signed.paidCents);
      if (signed.openCents !== null) open = fromCents(signed.openCents);
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

    const currency = currencyOfRow(row);
    if (currency) ledgerCurrencies.set(currency, (ledgerCurrencies.get(currency) ?? 0) + 1);
    if (currency && settings.onlyCurrency && currency !== settings.onlyCurrency) {
      const only = settings.onlyCurrency;
      exclude(
        currencyField,
        "row.otherCurrency",
        { currency, only },
        `in ${currency}: only ${only} is analysed (chosen in the settings)`,
      );
    }

    if (invoiceDate !== null && invoiceDate > settings.asOf) {
      exclude(
        "invoiceDate",
        "row.afterAsOf",
        { date: isoFromSerial(invoiceDate) },
        `invoiced on ${isoFromSerial(invoiceDate)}, after the as-of date`,
      );
    }

    const excluded = hasExcluded();
    let paymentRow = false;
    if (!excluded && dueDate !== null) {
      // The payment as the row records it, before the as-of date is applied: what tells repeated rows apart.
      const recorded = paidAmountGiven ? toCents(paidAmount) : paidDate !== null ? toCents(amount) : 0;
      const record = { cents: recorded, date: paidDate };
      if (paidDate !== null && invoiceDate !== null && paidDate < invoiceDate) {
        const params = { paid: isoFromSerial(paidDate), invoiced: isoFromSerial(invoiceDate) };
        const text = `paid on ${params.paid}, before the invoice date ${params.invoiced}: check the dates`;
        warn("paidDate", "row.paidBeforeInvoice", params, text);
      }
      // Payments as of the as-of date.
      if (paidDate !== null && paidDate > settings.asOf) {
        paidDate = null;
        paidAmount = 0;
      } else if (paidDate !== null && !paidAmountGiven) {
        paidAmount = amount;
      } else if (paidDate === null && paidAmountGiven && toCents(paidAmount) === toCents(amount) && amount !== 0) {
        warn("paidDate", "row.paidNoDate", {}, "paid in full but no paid date is given: payment timing is unknown");
      }
      if (amount !== 0 && Math.abs(toCents(paidAmount)) > Math.abs(toCents(amount))) overpaid(paidAmount, amount);
      if (invoiceDate !== null && dueDate < invoiceDate) {
        warn("dueDate", "row.dueBeforeInvoice", {}, "the due date is before the invoice date");
      }
      const invoiceNumber = cellText(cell(row, cInvoiceNumber));
      const inv: Invoice = {
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
      };
      paymentRow = placeRow(inv, record);
    }
    if (hasExcluded()) counts.excluded++;
    else if (paymentRow) counts.payments++;
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
  const layout = { totals: plan.totals, voided: plan.voided, rows: plan.rows, groupCustomer: plan.groupCustomer };
  return {
    invoices,
    issues,
    counts,
    currency,
    currencies,
    ledgerCurrencies,
    mergedNames,
    mergedNumbers,
    skipped: skipped.list(),
    layout,
  };
}
