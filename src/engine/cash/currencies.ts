/**
 * The cash plan in one currency (docs/METRICS.md, "Several currencies" → "In the cash plan"): open receivables,
 * open bills and other flows each in their own currency (原币) are converted to the reporting currency (本币) item by
 * item, to the cent, then added. Cash still to come is converted at the rates table (today's rate); an invoice or
 * bill the table has no rate for keeps the rate it was converted at (its booked rate). A currency with no rate at
 * all is named and left out of the plan — never added unconverted. A currency move (the stress scenario) multiplies
 * that currency's rate by (1 + move) before converting, so exactly its items move.
 */
import type { Bill } from "./payables";
import { convertAmount, rateFor, type RateTable } from "../model/rates";
import { fromCents, toCents } from "../model/money";
import { money, reason } from "../model/reason";
import type { Invoice, Reason } from "../model/types";
import type { OtherFlow } from "./types";

/** A stressed currency: `move` −0.05 = the currency buys 5 % less of the reporting currency. */
export interface CurrencyMove {
  currency: string;
  move: number;
}

export type CashPart = "receivables" | "payables" | "flows";

/** Items in a currency without a rate, left out of the plan: how many and their amount in that currency. */
export interface LeftOut {
  currency: string;
  part: CashPart;
  items: number;
  amount: number;
}

export interface CashSources {
  byCustomer: Map<string, Invoice[]>;
  bills: readonly Bill[];
  flows: readonly OtherFlow[];
}

export interface CashInReporting extends CashSources {
  bills: Bill[];
  flows: OtherFlow[];
  leftOut: LeftOut[];
  /** The foreign currencies converted (those with a rate), A to Z. */
  currencies: string[];
  reasons: Reason[];
}

/**
 * The currency an item was billed in: its original's, else its own currency cell, else the reporting currency
 * (`reporting` given trimmed and in capitals, as the plan holds it: an item in it, or with no currency of its own —
 * most of a ledger — needs no new string).
 */
export function itemCurrency(item: Pick<Invoice, "currency" | "original">, reporting: string): string {
  const own = item.original?.currency ?? item.currency;
  if (own === null || own === undefined || own === reporting) return reporting;
  return own.trim().toUpperCase();
}

/** Converts, and tallies what is left out and which rates were used. */
class Converter {
  readonly leftOut = new Map<string, LeftOut & { cents: number }>();
  readonly used = new Map<string, { rate: number; source: "table" | "own" }>();
  readonly reporting: string;
  constructor(
    private readonly table: RateTable,
    private readonly stress: CurrencyMove | null,
  ) {
    this.reporting = table.reportingCurrency.trim().toUpperCase();
  }
  /** The rate for `currency` (table first, else the item's own), times the move; null = no rate at all. */
  rate(currency: string, own: number | null): number | null {
    const fromTable = rateFor(this.table, currency);
    const rate = fromTable ?? own;
    if (rate === null) return null;
    if (!this.used.has(currency)) this.used.set(currency, { rate, source: fromTable !== null ? "table" : "own" });
    const moved = this.stress && this.stress.currency.toUpperCase() === currency ? 1 + this.stress.move : 1;
    return rate * moved;
  }
  leaveOut(currency: string, part: CashPart, amount: number): void {
    const key = `${part}|${currency}`;
    const entry = this.leftOut.get(key) ?? { currency, part, items: 0, amount: 0, cents: 0 };
    entry.items++;
    entry.cents += toCents(amount);
    entry.amount = fromCents(entry.cents);
    this.leftOut.set(key, entry);
  }
  /** An invoice or bill in the reporting currency, or null when its currency has no rate (then left out). */
  invoice<T extends Invoice>(item: T, part: CashPart): T | null {
    const currency = itemCurrency(item, this.reporting);
    if (currency === this.reporting) return item;
    const own = item.original ?? null;
    const originals = own ?? { amount: item.amount, paidAmount: item.paidAmount, openAmount: item.openAmount };
    const rate = this.rate(currency, own?.rate ?? null);
    if (rate === null) {
      this.leaveOut(currency, part, originals.openAmount);
      return null;
    }
    const source = rateFor(this.table, currency) !== null ? "table" : (own?.rateSource ?? "table");
    return {
      ...item,
      amount: convertAmount(originals.amount, rate),
      paidAmount: convertAmount(originals.paidAmount, rate),
      openAmount: convertAmount(originals.openAmount, rate),
      original: { ...originals, currency, rate, rateSource: source, bookedRate: own?.bookedRate ?? null },
    };
  }
  flow(flow: OtherFlow): OtherFlow | null {
    const currency = (flow.currency ?? this.reporting).trim().toUpperCase();
    if (currency === this.reporting) return flow;
    const rate = this.rate(currency, null);
    if (rate === null) {
      this.leaveOut(currency, "flows", flow.amount);
      return null;
    }
    return { ...flow, amount: convertAmount(flow.amount, rate), currency: this.reporting };
  }
}

/** Receivables, bills and flows in the reporting currency of `table`, with what was left out named. */
export function cashInReporting(
  sources: CashSources,
  table: RateTable,
  stress: CurrencyMove | null = null,
): CashInReporting {
  const c = new Converter(table, stress);
  const byCustomer = new Map<string, Invoice[]>();
  for (const [customer, list] of sources.byCustomer) {
    const kept = list.map((i) => c.invoice(i, "receivables")).filter((i): i is Invoice => i !== null);
    if (kept.length) byCustomer.set(customer, kept);
  }
  const bills = sources.bills.map((b) => c.invoice(b, "payables")).filter((b): b is Bill => b !== null);
  const flows = sources.flows.map((f) => c.flow(f)).filter((f): f is OtherFlow => f !== null);
  const leftOut = [...c.leftOut.values()].map(({ cents: _c, ...rest }) => rest);
  const currencies = [...c.used.keys()].sort();
  return { byCustomer, bills, flows, leftOut, currencies, reasons: currencyReasons(c.reporting, c.used, leftOut) };
}

const PART_TEXT: Record<CashPart, string> = { receivables: "receivables", payables: "bills", flows: "other flows" };

function currencyReasons(
  reporting: string,
  used: Map<string, { rate: number; source: "table" | "own" }>,
  leftOut: readonly LeftOut[],
): Reason[] {
  const out: Reason[] = [];
  for (const [currency, { rate, source }] of used) {
    const params = { currency, rate: String(rate), reporting };
    out.push(
      source === "table"
        ? reason("cash.currency.rate", params, `${currency} converted to ${reporting} at ${rate} (rates table)`)
        : reason(
            "cash.currency.ownRate",
            params,
            `${currency}: no rate in the rates table; converted to ${reporting} at the invoices' own rates (e.g. ${rate})`,
          ),
    );
  }
  for (const l of leftOut) {
    const amount = `${l.currency} ${money(l.amount)}`;
    const params = { currency: l.currency, amount, items: l.items, reporting };
    const text = `${amount} of ${PART_TEXT[l.part]} (${l.items}) left out of the cash plan: no rate from ${l.currency} to ${reporting}`;
    out.push(reason(`cash.currency.noRate.${l.part}`, params, text));
  }
  return out;
}
