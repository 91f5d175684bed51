/**
 * The ledger's invoices as columns, for their trip from the analysis worker to the pane (workerProtocol.ts). A
 * structured copy of a million invoice objects (thirteen fields each) took Chromium 1.5 s to read back on the pane's
 * thread, in 1,954 messages, before the results could be shown; as columns — the numbers in typed arrays, moved
 * rather than copied, each customer's name once per message — the pane reads a few texts and rebuilds the objects.
 * Exact: every number goes as the float64 it is (−0 included), nulls and the two flags as bits of a byte, texts as
 * they are. An invoice of another shape (converted from another currency, its 原币 kept in `original`) goes whole,
 * in its place.
 */
import type { Invoice } from "../../engine";
import type { CustomerGroup, CustomerGroups } from "./customerGroups";

/** Invoices per message: about 1 MB of columns, rebuilt and grouped on the pane in 10–40 ms (a million: 62 messages). */
export const INVOICES_PER_MESSAGE = 16_384;

/** The fields sent as columns: every field of Invoice but `original` (a field added to Invoice fails to compile here). */
export const COLUMNED_FIELDS = {
  row: 1,
  customer: 1,
  invoiceNumber: 1,
  invoiceDate: 1,
  dueDate: 1,
  dueDateDerived: 1,
  amount: 1,
  paidAmount: 1,
  paidDate: 1,
  openAmount: 1,
  disputed: 1,
  currency: 1,
  termsDays: 1,
} as const satisfies Record<Exclude<keyof Invoice, "original">, 1>;

/** Bits of InvoiceColumns.flags: the two flags, then the fields that are null. */
const DUE_DATE_DERIVED = 1;
const DISPUTED = 2;
const NO_INVOICE_DATE = 4;
const NO_PAID_DATE = 8;
const NO_CURRENCY = 16;
const NO_TERMS = 32;

/** invoices[from … to − 1] as columns; `whole` holds the invoices of another shape, by their place in the slice. */
export interface InvoiceColumns {
  count: number;
  row: Float64Array;
  invoiceDate: Float64Array;
  dueDate: Float64Array;
  amount: Float64Array;
  paidAmount: Float64Array;
  paidDate: Float64Array;
  openAmount: Float64Array;
  termsDays: Float64Array;
  flags: Uint8Array;
  /** Index into `customers` (each name once). */
  customer: Uint32Array;
  customers: string[];
  /** Index into `currencies` (each code once; unused where NO_CURRENCY). */
  currency: Uint32Array;
  currencies: string[];
  invoiceNumber: string[];
  whole: { at: number; invoice: Invoice }[];
}

/** invoices[from … to − 1] as columns. */
export function invoiceColumns(invoices: readonly Invoice[], from: number, to: number): InvoiceColumns {
  const count = to - from;
  const c = emptyColumns(count);
  const customers = new TextTable();
  const currencies = new TextTable();
  for (let k = 0; k < count; k++) {
    const inv = invoices[from + k];
    if (inv.original !== undefined) {
      c.whole.push({ at: k, invoice: inv });
      c.invoiceNumber.push("");
      continue;
    }
    c.row[k] = inv.row;
    c.invoiceDate[k] = inv.invoiceDate ?? 0;
    c.dueDate[k] = inv.dueDate;
    c.amount[k] = inv.amount;
    c.paidAmount[k] = inv.paidAmount;
    c.paidDate[k] = inv.paidDate ?? 0;
    c.openAmount[k] = inv.openAmount;
    c.termsDays[k] = inv.termsDays ?? 0;
    c.flags[k] = flagsOf(inv);
    c.customer[k] = customers.indexOf(inv.customer);
    if (inv.currency !== null) c.currency[k] = currencies.indexOf(inv.currency);
    c.invoiceNumber.push(inv.invoiceNumber);
  }
  c.customers = customers.texts;
  c.currencies = currencies.texts;
  return c;
}

function flagsOf(inv: Invoice): number {
  return (
    (inv.dueDateDerived ? DUE_DATE_DERIVED : 0) |
    (inv.disputed ? DISPUTED : 0) |
    (inv.invoiceDate === null ? NO_INVOICE_DATE : 0) |
    (inv.paidDate === null ? NO_PAID_DATE : 0) |
    (inv.currency === null ? NO_CURRENCY : 0) |
    (inv.termsDays === null ? NO_TERMS : 0)
  );
}

function emptyColumns(count: number): InvoiceColumns {
  const numbers = () => new Float64Array(count);
  return {
    count,
    row: numbers(),
    invoiceDate: numbers(),
    dueDate: numbers(),
    amount: numbers(),
    paidAmount: numbers(),
    paidDate: numbers(),
    openAmount: numbers(),
    termsDays: numbers(),
    flags: new Uint8Array(count),
    customer: new Uint32Array(count),
    customers: [],
    currency: new Uint32Array(count),
    currencies: [],
    invoiceNumber: [],
    whole: [],
  };
}

/** Texts numbered in the order they first come. */
class TextTable {
  readonly texts: string[] = [];
  private readonly index = new Map<string, number>();

  indexOf(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.index.set(text, i);
      this.texts.push(text);
    }
    return i;
  }
}

/** The buffers to move with the message (postMessage's transfer list): the typed arrays'. */
export function transfersOf(c: InvoiceColumns): ArrayBuffer[] {
  const arrays = [c.row, c.invoiceDate, c.dueDate, c.amount, c.paidAmount, c.paidDate, c.openAmount, c.termsDays];
  return [...arrays, c.flags, c.customer, c.currency].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The invoices of `c` rebuilt, in order, onto the end of `into`; each also added to its customer's group in `groups`
 * when given (the group found once per name of the slice).
 */
export function invoicesFromColumns(c: InvoiceColumns, into: Invoice[], groups?: CustomerGroups): void {
  const groupOfName: (CustomerGroup | undefined)[] = [];
  let w = 0;
  for (let k = 0; k < c.count; k++) {
    const whole = w < c.whole.length && c.whole[w].at === k;
    const invoice = whole ? c.whole[w++].invoice : invoiceAt(c, k);
    into.push(invoice);
    if (!groups) continue;
    const group = whole
      ? groups.groupOf(invoice.customer)
      : (groupOfName[c.customer[k]] ??= groups.groupOf(invoice.customer));
    groups.add(group, invoice);
  }
}

/** The k-th invoice of the columns (its fields in Invoice's order, as the parse makes them). */
function invoiceAt(c: InvoiceColumns, k: number): Invoice {
  const flags = c.flags[k];
  return {
    row: c.row[k],
    customer: c.customers[c.customer[k]],
    invoiceNumber: c.invoiceNumber[k],
    invoiceDate: flags & NO_INVOICE_DATE ? null : c.invoiceDate[k],
    dueDate: c.dueDate[k],
    dueDateDerived: (flags & DUE_DATE_DERIVED) !== 0,
    amount: c.amount[k],
    paidAmount: c.paidAmount[k],
    paidDate: flags & NO_PAID_DATE ? null : c.paidDate[k],
    openAmount: c.openAmount[k],
    disputed: (flags & DISPUTED) !== 0,
    currency: flags & NO_CURRENCY ? null : c.currencies[c.currency[k]],
    termsDays: flags & NO_TERMS ? null : c.termsDays[k],
  };
}
