/**
 * The currency scenario (docs/METRICS.md, "Several currencies" → "In the cash plan"): one currency moves against the
 * reporting currency by a set share ("USD −5 % against CNY"); every receivable, bill and flow in that currency is
 * converted again at rate × (1 + move), item by item to the cent, and the plan is made again. Nothing else moves.
 * The currency is the one set, else the foreign currency with the most open receivables and bills together.
 */
import { toCents } from "../model/money";
import { reason } from "../model/reason";
import { rateFor, type RateTable } from "../model/rates";
import type { Invoice, Reason } from "../model/types";
import { cashInReporting, itemCurrency, type CashInReporting, type CashSources } from "./currencies";
import { collectionsCents, planWith, type PlanBase, type Scenario } from "./scenarios";
import type { CashSettings } from "./settings";

/**
 * The foreign currency with the largest open receivables and bills (in the reporting currency); ties by code. Only
 * open items are read: a settled one adds nothing (most of a long ledger).
 */
export function largestForeignCurrency(converted: CashInReporting, reporting: string): string | null {
  const open = new Map<string, number>();
  const add = (item: Pick<Invoice, "currency" | "original" | "openAmount">) => {
    if (item.openAmount === 0) return;
    const currency = itemCurrency(item, reporting);
    open.set(currency, (open.get(currency) ?? 0) + toCents(Math.abs(item.openAmount)));
  };
  converted.byCustomer.forEach((list) => list.forEach(add));
  converted.bills.forEach(add);
  open.delete(reporting);
  let best: [string, number] | null = null;
  for (const [code, cents] of open)
    if (cents > 0 && (!best || cents > best[1] || (cents === best[1] && code < best[0]))) best = [code, cents];
  return best?.[0] ?? null;
}

/** The rate the scenario moves: the table's, else the first own rate of an item in that currency. */
function rateBefore(sources: CashSources, table: RateTable, code: string): number | null {
  const fromTable = rateFor(table, code);
  if (fromTable !== null) return fromTable;
  const items = [...[...sources.byCustomer.values()].flat(), ...sources.bills];
  return items.find((i) => i.original && i.original.currency.toUpperCase() === code)?.original?.rate ?? null;
}

export interface CurrencyScenarioResult {
  scenario: Scenario | null;
  reasons: Reason[];
}

/** The currency scenario, or why there is none; `toBase` builds the plan's base from converted items. */
export function currencyScenario(
  sources: CashSources,
  table: RateTable,
  settings: CashSettings,
  converted: CashInReporting,
  toBase: (c: CashInReporting) => PlanBase,
): CurrencyScenarioResult {
  const reporting = table.reportingCurrency.trim().toUpperCase();
  const code = settings.stressCurrency?.trim().toUpperCase() ?? largestForeignCurrency(converted, reporting);
  if (code === null) return { scenario: null, reasons: [] };
  if (code === reporting) {
    const text = `the currency scenario's currency ${code} is the reporting currency: choose a foreign currency`;
    return { scenario: null, reasons: [reason("cash.currency.stressReporting", { currency: code }, text)] };
  }
  const rate = rateBefore(sources, table, code);
  if (rate === null) {
    const text = `the currency scenario cannot move ${code}: there is no rate from ${code} to ${reporting}`;
    return { scenario: null, reasons: [reason("cash.currency.stressNoRate", { currency: code, reporting }, text)] };
  }
  const move = settings.stressCurrencyMove;
  const base = toBase(cashInReporting(sources, table, { currency: code, move }));
  const scenario: Scenario = {
    kind: "currency",
    days: null,
    customer: null,
    plan: planWith(base, collectionsCents(base)),
    indemnity: null,
    currency: { code, move, rate, reporting },
  };
  return { scenario, reasons: [] };
}
