/**
 * What parseLedger.ts holds while it reads a ledger's rows: where each field's column is, the readers of repeated
 * cell texts, the row being read and the results so far. Made once per ledger: no closure, object or array is
 * allocated per row (a ledger may have a million rows).
 */
import type { Parsed } from "../core/errors";
import type { DateOrder } from "../core/dates";
import type {
  ColumnMapping,
  Invoice,
  LedgerField,
  LedgerInput,
  MappingResult,
  RowCounts,
  RowIssue,
} from "../model/types";
import { addressMaker } from "./addresses";
import { AfterAsOf, afterAsOfStart } from "./afterAsOf";
import { amountCurrencies } from "./amountCurrency";
import { currencyReader, flagReader, termsReader } from "./cellReaders";
import { CustomerNames, customerNames } from "./customerNames";
import { InvoiceRepeats, PaymentRecord } from "./paymentRows";
import { FieldAddress, RowIssueList } from "./rowIssues";

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

/** The fields a row is read from: the ledger's fields but the limit and local-currency columns (read elsewhere). */
export type ReadField = Exclude<LedgerField, "insuredLimit" | "localAmount" | "bookedRate" | "creditLimit">;

/** Column index per field, -1 when unmapped (plain numbers: read a million times). */
export type FieldColumns = Record<ReadField, number>;

/** The fields of the row being read, as its cells give them (one object for the whole ledger, rewritten per row). */
export interface RowFields {
  customer: string;
  /** The open (remaining) amount, where the ledger gives one: amount − open is what was paid. */
  open: number | null;
  amount: number;
  invoiceDate: number | null;
  termsDays: number | null;
  /** End-of-month terms ("Net 30 EOM", 月结30天): counted from the end of the invoice's month. */
  termsFromMonthEnd: boolean;
  dueDate: number | null;
  /** The due date is the invoice date plus the terms (its cell is blank). */
  dueDateDerived: boolean;
  paidDate: number | null;
  paidAmount: number;
  /** A paid amount is given (its cell, or amount − open); without one a paid date means paid in full. */
  paidAmountGiven: boolean;
  disputed: boolean;
  currency: string | null;
}

export interface ParseContext {
  settings: ParseSettings;
  /** The mapping's columns: a field is mapped when its column is not null. */
  mapped: ColumnMapping;
  col: FieldColumns;
  /** The customer's column; with no customer column, the column where rowKinds.ts wrote the group rows' customers. */
  customerColumn: number;
  /** Columns whose serials Excel read month-first in a day/month column (swappedSerials.ts): null, none swapped. */
  swapped: Set<number> | null;
  /** The money column whose currency mark gives the row's currency when no currency cell does (amountCurrency.ts). */
  markedColumn: number;
  /** The amount, paid-amount and open-amount columns: each cell's currency mark must be the row's. */
  moneyColumns: number[];
  /** The cell named when a row's currency is not the one analysed. */
  currencyField: LedgerField;
  /** With an open-amount column rows of one invoice give its balance at different times (paymentRows.ts). */
  balance: boolean;
  address: (row: number, column: number) => string;
  at: FieldAddress;
  rowIssues: RowIssueList;
  fields: RowFields;
  /** The payment the row being read records (invoiceRows.ts): one object for the whole ledger, rewritten per row. */
  record: PaymentRecord;
  termsOf: (v: unknown) => Parsed<number>;
  fromMonthEnd: (v: unknown) => boolean;
  flagOf: (v: unknown) => Parsed<boolean>;
  currencyOf: (v: unknown) => string | null;
  markOf: ReturnType<typeof amountCurrencies>;
  names: CustomerNames;
  invoices: Invoice[];
  issues: RowIssue[];
  counts: RowCounts;
  /** Invoices per currency. */
  currencies: Map<string, number>;
  /** Rows per currency, whatever was analysed. */
  ledgerCurrencies: Map<string, number>;
  /** The repeat rule (paymentRows.ts). */
  repeats: InvoiceRepeats;
  mergedNumbers: [string, string][];
  /** Invoices dated after the as-of date, said once with their count (afterAsOf.ts). */
  later: AfterAsOf;
}

/** Each field's column index, -1 when unmapped. */
export function fieldColumns(mapped: ColumnMapping): FieldColumns {
  const ix = (field: ReadField) => mapped[field] ?? -1;
  return {
    customer: ix("customer"),
    invoiceNumber: ix("invoiceNumber"),
    invoiceDate: ix("invoiceDate"),
    dueDate: ix("dueDate"),
    amount: ix("amount"),
    paidAmount: ix("paidAmount"),
    openAmount: ix("openAmount"),
    paidDate: ix("paidDate"),
    disputed: ix("disputed"),
    currency: ix("currency"),
    terms: ix("terms"),
  };
}

/** The row fields before any row is read. */
const noFields = (): RowFields => ({
  customer: "",
  open: null,
  amount: 0,
  invoiceDate: null,
  termsDays: null,
  termsFromMonthEnd: false,
  dueDate: null,
  dueDateDerived: false,
  paidDate: null,
  paidAmount: 0,
  paidAmountGiven: false,
  disputed: false,
  currency: null,
});

/** The context of one ledger's parse; `groupCustomer` is rowKinds.ts's column of the group rows' customers. */
export function parseContext(
  input: LedgerInput,
  mapping: MappingResult,
  settings: ParseSettings,
  groupCustomer: number | null,
): ParseContext {
  const mapped = mapping.columns;
  const col = fieldColumns(mapped);
  const address = addressMaker(input.sheet, input.topLeft);
  const at: FieldAddress = (row, field) => address(row, field && mapped[field] !== null ? mapped[field]! : 0);
  const invoices: Invoice[] = [];
  const { termsOf, fromMonthEnd } = termsReader();
  return {
    settings,
    mapped,
    col,
    customerColumn: groupCustomer ?? col.customer,
    swapped: settings.swapDateSerials ? new Set(mapping.swappedSerials?.columns ?? []) : null,
    markedColumn: col.amount >= 0 ? col.amount : col.openAmount,
    moneyColumns: [col.amount, col.paidAmount, col.openAmount],
    currencyField: col.currency >= 0 ? "currency" : col.amount >= 0 ? "amount" : "openAmount",
    balance: col.openAmount >= 0 && col.amount >= 0,
    address,
    at,
    rowIssues: new RowIssueList(at),
    fields: noFields(),
    record: { cents: 0, date: null },
    termsOf,
    fromMonthEnd,
    flagOf: flagReader(),
    currencyOf: currencyReader(),
    markOf: amountCurrencies(input.numberFormats),
    names: customerNames(),
    invoices,
    issues: [],
    counts: { dataRows: 0, invoices: 0, payments: 0, excluded: 0, blank: 0 },
    currencies: new Map(),
    ledgerCurrencies: new Map(),
    repeats: new InvoiceRepeats(invoices, input.values.length),
    mergedNumbers: [],
    later: afterAsOfStart(),
  };
}
