/**
 * A ledger in several currencies, converted to the reporting currency (本币): per original currency (原币) what was
 * converted, at which rate and from where, what was left out for want of a rate, and — where invoices carry the rate
 * they were booked at — the open amount at today's rate beside it: the unrealised exchange gain or loss (汇兑损益).
 * docs/METRICS.md, "Several currencies".
 */
import type { RateSource } from "./rates";

export interface Revaluation {
  /** Open amount of the invoices with a booked rate, each at its booked rate (to the cent, then added). */
  atBooked: number;
  /** The same invoices' open amount at today's rate from the rates table. */
  atToday: number;
  /** Today's rate and the date the rates table gives for it (Excel serial; null when none). */
  todayRate: number;
  rateDate: number | null;
  /** atToday − atBooked: a gain when positive (the receivable is worth more in 本币), a loss when negative. */
  gainLoss: number;
}

export interface CurrencyLine {
  /** ISO code (美元 read as USD). */
  currency: string;
  /** Invoices in this currency that were converted (or, for the reporting currency, taken as they stand). */
  invoices: number;
  /** Their open amount in the original currency (原币). */
  openOriginal: number;
  /** Their open amount in the reporting currency: each invoice converted to the cent, then added. */
  openConverted: number;
  /**
   * The rate shown: the rates table's where it was used, else the ledger's booked rates averaged over the billed
   * amounts (converted ÷ original); 1 for the reporting currency; null when nothing was converted.
   */
  rate: number | null;
  /** "ledger" when any invoice used its own booked rate, "table" when all used the rates table; null: none. */
  rateSource: RateSource | null;
  /** The date of the table's rate, when the table was used and gives one. */
  rateDate: number | null;
  /** Invoices left out for want of a rate, and their open amount in the original currency. */
  leftOut: number;
  leftOutOpen: number;
  /** Booked vs today's rate, when invoices carry a booked rate and the rates table has today's. */
  revaluation: Revaluation | null;
}

export interface CurrencyConversion {
  reportingCurrency: string;
  /** The reporting currency first, then the others by open amount in 本币. */
  lines: CurrencyLine[];
  /** Sum of the lines' openConverted: the portfolio's total open. */
  totalOpen: number;
  /** The currencies some invoices of which had no rate (left out, never added unconverted). */
  missing: string[];
  /** Sum of the lines' revaluations; null when no line has one. */
  gainLoss: number | null;
}
