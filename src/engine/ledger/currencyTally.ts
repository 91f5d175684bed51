/**
 * The per-currency tally of a conversion (convertCurrencies.ts): open amounts in 原币 and 本币 in whole cents, the
 * invoices left out, the rate sources, and the booked-vs-today revaluation, summed into CurrencyConversion lines.
 */
import { fromCents, toCents } from "../model/money";
import type { RateEntry, RateSource } from "../model/rates";
import type { CurrencyConversion, CurrencyLine } from "../model/conversion";
import type { Invoice } from "../model/types";

interface Tally {
  invoices: number;
  openOriginal: number;
  openConverted: number;
  billedOriginal: number;
  billedConverted: number;
  ledger: boolean;
  table: boolean;
  leftOut: number;
  leftOutOpen: number;
  booked: number;
  today: number;
  revalued: boolean;
}

const empty = (): Tally => ({
  invoices: 0,
  openOriginal: 0,
  openConverted: 0,
  billedOriginal: 0,
  billedConverted: 0,
  ledger: false,
  table: false,
  leftOut: 0,
  leftOutOpen: 0,
  booked: 0,
  today: 0,
  revalued: false,
});

export type CurrencyTally = ReturnType<typeof currencyTally>;

export function currencyTally(reporting: string) {
  const tallies = new Map<string, Tally>([[reporting, empty()]]);
  const of = (code: string) => tallies.get(code) ?? tallies.set(code, empty()).get(code)!;
  return {
    reporting,
    add(code: string, open: number, converted: number, source: RateSource | null, billed = 0, inv?: Invoice) {
      const t = of(code);
      t.invoices++;
      t.openOriginal += toCents(open);
      t.openConverted += toCents(converted);
      t.billedOriginal += toCents(billed);
      t.billedConverted += toCents(inv?.amount ?? 0);
      if (source === "ledger") t.ledger = true;
      if (source === "table") t.table = true;
    },
    leaveOut(code: string, open: number) {
      const t = of(code);
      t.leftOut++;
      t.leftOutOpen += toCents(open);
    },
    revalue(code: string, atBooked: number, atToday: number) {
      const t = of(code);
      t.booked += toCents(atBooked);
      t.today += toCents(atToday);
      t.revalued = true;
    },
    summary(table: ReadonlyMap<string, RateEntry>): CurrencyConversion {
      const lines = [...tallies].map(([code, t]) => lineOf(code, t, code === reporting, table.get(code)));
      const [own, ...others] = lines;
      others.sort((a, b) => b.openConverted - a.openConverted || (a.currency < b.currency ? -1 : 1));
      const shown = own.invoices > 0 || others.length === 0 ? [own, ...others] : others;
      const revalued = shown.filter((l) => l.revaluation !== null);
      return {
        reportingCurrency: reporting,
        lines: shown,
        totalOpen: fromCents(shown.reduce((s, l) => s + toCents(l.openConverted), 0)),
        missing: shown.filter((l) => l.leftOut > 0).map((l) => l.currency),
        gainLoss:
          revalued.length === 0 ? null : fromCents(revalued.reduce((s, l) => s + toCents(l.revaluation!.gainLoss), 0)),
      };
    },
  };
}

function lineOf(code: string, t: Tally, own: boolean, entry: RateEntry | undefined): CurrencyLine {
  const converted = t.invoices > 0;
  const source: RateSource | null = own || !converted ? null : t.ledger ? "ledger" : "table";
  const average = t.billedOriginal !== 0 ? Math.round((t.billedConverted / t.billedOriginal) * 1e6) / 1e6 : null;
  const rate = own
    ? 1
    : source === "table"
      ? entry!.rate
      : source === "ledger"
        ? (average ?? entry?.rate ?? null)
        : null;
  return {
    currency: code,
    invoices: t.invoices,
    openOriginal: fromCents(t.openOriginal),
    openConverted: fromCents(t.openConverted),
    rate,
    rateSource: source,
    rateDate: source === "table" ? (entry?.date ?? null) : null,
    leftOut: t.leftOut,
    leftOutOpen: fromCents(t.leftOutOpen),
    revaluation:
      t.revalued && entry
        ? {
            atBooked: fromCents(t.booked),
            atToday: fromCents(t.today),
            todayRate: entry.rate,
            rateDate: entry.date,
            gainLoss: fromCents(t.today - t.booked),
          }
        : null,
  };
}
