/**
 * The conversion step, after the rows are read: every invoice in another currency than the reporting one (本币) is
 * converted at its rate — the rate booked on the invoice where the ledger gives one, else the user's rates table —
 * each amount to the cent, then added (docs/METRICS.md, "Several currencies"). An invoice whose currency has no rate
 * is left out with an issue at its currency cell and named in a note: never added unconverted. The invoices read
 * stay as they were (the reconciliation with the export's totals reads them); converted copies carry `original`.
 */
import { fromCents, toCents } from "../model/money";
import { convertAmount, type RateEntry } from "../model/rates";
import { isoCurrency } from "../model/currencyNames";
import { money, reason } from "../model/reason";
import type { Invoice, LedgerField, Reason, RowIssue } from "../model/types";
import type { CurrencyConversion } from "../model/conversion";
import { currencyTally, type CurrencyTally } from "./currencyTally";

export interface ConversionContext {
  reportingCurrency: string;
  /** The user's rates table, already validated (rateTable.ts). */
  rates: readonly RateEntry[];
  /** The rate the invoice's own row books (ledgerRates.ts); null or absent when the ledger gives none. */
  bookedRate?: (inv: Invoice) => number | null;
  /** The cell an issue about the invoice's currency points at. */
  addressOf: (inv: Invoice) => string;
  /** The field of that cell (the currency column, else the amount whose mark gave the currency). */
  field?: LedgerField;
  /** The currency of an invoice with none (a blank currency cell): the ledger's main one; default the reporting. */
  blankCurrency?: string;
}

export interface ConversionResult {
  invoices: Invoice[];
  issues: RowIssue[];
  conversion: CurrencyConversion;
  notes: Reason[];
}

export function convertCurrencies(invoices: readonly Invoice[], ctx: ConversionContext): ConversionResult {
  const reporting = isoCurrency(ctx.reportingCurrency);
  const table = new Map(ctx.rates.map((r) => [isoCurrency(r.currency), r]));
  const tally = currencyTally(reporting);
  const out: Invoice[] = [];
  const issues: RowIssue[] = [];
  for (const inv of invoices) {
    const code = isoCurrency(inv.currency ?? ctx.blankCurrency ?? reporting);
    if (code === reporting) {
      tally.add(code, inv.openAmount, inv.openAmount, null);
      out.push(inv.currency === reporting ? inv : { ...inv, currency: reporting });
      continue;
    }
    const booked = ctx.bookedRate?.(inv) ?? null;
    const today = table.get(code) ?? null;
    const rate = booked ?? today?.rate ?? null;
    if (rate === null) {
      tally.leaveOut(code, inv.openAmount);
      issues.push(noRateIssue(inv, code, reporting, ctx));
      continue;
    }
    const converted = convertInvoice(inv, code, reporting, rate, booked);
    tally.add(code, inv.openAmount, converted.openAmount, booked !== null ? "ledger" : "table", inv.amount, converted);
    if (booked !== null && today) tally.revalue(code, converted.openAmount, convertAmount(inv.openAmount, today.rate));
    out.push(converted);
  }
  const conversion = tally.summary(table);
  return { invoices: out, issues, conversion, notes: noRateNotes(tally, conversion) };
}

/** The invoice in the reporting currency: amount and open amount each at `rate` to the cent, paid the difference. */
function convertInvoice(inv: Invoice, code: string, reporting: string, rate: number, booked: number | null): Invoice {
  const amount = convertAmount(inv.amount, rate);
  const openAmount = convertAmount(inv.openAmount, rate);
  const original = {
    currency: code,
    amount: inv.amount,
    paidAmount: inv.paidAmount,
    openAmount: inv.openAmount,
    rate,
    rateSource: booked !== null ? ("ledger" as const) : ("table" as const),
    bookedRate: booked,
  };
  const paidAmount = fromCents(toCents(amount) - toCents(openAmount));
  return { ...inv, currency: reporting, amount, paidAmount, openAmount, original };
}

function noRateIssue(inv: Invoice, code: string, reporting: string, ctx: ConversionContext): RowIssue {
  const text =
    `in ${code}: no rate to ${reporting} in the ledger or the rates table; left out of the converted figures ` +
    "(never added unconverted)";
  return {
    row: inv.row,
    address: ctx.addressOf(inv),
    field: ctx.field ?? "currency",
    severity: "excluded",
    reason: reason("row.noRate", { currency: code, reporting }, text),
  };
}

/** One note naming every currency left out for want of a rate, with its open amount (原币) and invoices. */
function noRateNotes(tally: CurrencyTally, conversion: CurrencyConversion): Reason[] {
  if (conversion.missing.length === 0) return [];
  const lines = conversion.lines.filter((l) => l.leftOut > 0);
  const currencies = lines.map((l) => `${l.currency} ${money(l.leftOutOpen)} (${l.leftOut})`).join("; ");
  const reporting = tally.reporting;
  const text =
    `no rate to ${reporting} for ${currencies} (open amount, invoices in brackets): left out of the converted ` +
    `figures, never added unconverted; add the rates to the rates table, or analyse one currency on its own`;
  return [reason("analysis.noRate", { currencies, reporting }, text)];
}
