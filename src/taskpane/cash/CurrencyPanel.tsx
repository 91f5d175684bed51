/**
 * Several currencies in the Cash tab (270 px first): the reporting currency (本币) the plan is in and the rates it
 * converts with — the analysis's own, the pane's one rates table (state/useRates.ts), which "Use selection as rates"
 * here replaces before the analysis runs again — the currency scenario's currency and move, and what was left out
 * for want of a rate. The figures come from the engine (cash/currencies.ts, currencyScenario.ts).
 */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import {
  type AnalysisBeforeChecks,
  type CashAnalysis,
  type CashSettings,
  DEFAULT_CASH_SETTINGS,
  type RateEntry,
} from "../../engine";
import { CASH_CURRENCY_TEXT, type CashCurrencyText } from "../../i18n/cashCurrency";
import { formatRate } from "../../i18n/currencies";
import { formatDate, formatMoney } from "../../i18n/format";
import { fillTemplate } from "../../i18n/translate";
import type { CashController } from "../state/useCashPlan";
import type { RatesController, RatesState } from "../state/useRates";
import { useCashTexts } from "./cashTexts";

const grid = { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 6 } as const;
const h3 = { fontSize: 14, margin: "8px 0 4px" } as const;
const PART: Record<string, keyof CashCurrencyText> = {
  receivables: "partReceivables",
  payables: "partPayables",
  flows: "partFlows",
};

function useCurrencyTexts() {
  const texts = useCashTexts();
  const table = CASH_CURRENCY_TEXT[texts.language];
  const x = (k: keyof CashCurrencyText, p?: Record<string, string | number>) =>
    p ? fillTemplate(table[k], p, texts.language) : table[k];
  return { ...texts, x };
}

/** The section as the Cash tab shows it: the analysis's reporting currency and rates, the scenario, what is left out. */
export function CurrencySection(props: {
  analysis: AnalysisBeforeChecks;
  cash: CashController;
  rates: RatesController;
  onUpdate: () => void;
  busy: boolean;
}) {
  const { analysis, cash, rates, onUpdate, busy } = props;
  const { x } = useCurrencyTexts();
  // One rates table: the plan is in the analysis's currency and converts with the analysis's rates.
  const reporting = analysis.cash?.reportingCurrency ?? analysis.settings.currency;
  const inUse = analysis.settings.rates ?? [];
  return (
    <div data-testid="cash-currencies">
      <h3 style={h3}>{x("currencyTitle")}</h3>
      <p style={{ margin: "0 0 4px" }} data-testid="cash-reporting">
        {x(inUse.length > 0 ? "reportingLine" : "reportingNoRates", { reporting })}
      </p>
      <RatesInUse rates={inUse} reporting={reporting} />
      <RatesSource
        rates={rates.state}
        reporting={reporting}
        busy={busy}
        onRead={async () => {
          // The analysis runs again at once: the receivables and the plan then use the same rates.
          if (await rates.fromSelection()) onUpdate();
        }}
      />
      <ScenarioFields
        cash={analysis.cash}
        reporting={reporting}
        settings={cash.state.settings}
        onChange={cash.setSettings}
      />
      {analysis.cash && <LeftOutList cash={analysis.cash} />}
    </div>
  );
}

/** The rates the analysis (and so the plan) converted with: "USD 7.1235 (2025-11-17)". */
function RatesInUse({ rates, reporting }: { rates: readonly RateEntry[]; reporting: string }) {
  const { x, language } = useCurrencyTexts();
  if (rates.length === 0) return null;
  return (
    <div data-testid="cash-rates-in-use" style={{ marginBottom: 4 }}>
      {x("ratesInUse", { reporting })}
      {rates.map((r) => (
        <div key={r.currency}>
          {r.currency} {formatRate(r.rate, language)}
          {r.date !== null ? ` (${formatDate(r.date, language)})` : ""}
        </div>
      ))}
    </div>
  );
}

function RatesSource(props: { rates: RatesState; reporting: string; busy: boolean; onRead: () => void }) {
  const { rates, reporting, busy, onRead } = props;
  const { x, reason } = useCurrencyTexts();
  return (
    <div>
      <Button size="small" onClick={onRead} disabled={busy} data-testid="use-rates">
        {x("useRates")}
      </Button>
      {rates.address && (
        <div data-testid="cash-rates-read">
          {x("ratesRead", { count: rates.rates.length, reporting, address: rates.address })}
          {rates.problems.map((p, i) => (
            <div key={i}>{reason(p)}</div>
          ))}
        </div>
      )}
      {rates.error && <p role="alert">{rates.error}</p>}
    </div>
  );
}

function ScenarioFields(props: {
  cash: CashAnalysis | undefined;
  reporting: string;
  settings: Partial<CashSettings>;
  onChange: (p: Partial<CashSettings>) => void;
}) {
  const { cash, reporting, settings, onChange } = props;
  const { x } = useCurrencyTexts();
  const chosen = settings.stressCurrency ?? null;
  const move = settings.stressCurrencyMove ?? DEFAULT_CASH_SETTINGS.stressCurrencyMove;
  const choices = [...new Set([...(cash?.currencies ?? []), ...(chosen ? [chosen.toUpperCase()] : [])])].sort();
  return (
    <div style={{ ...grid, marginTop: 6 }}>
      <Field label={x("scenarioCurrency")} size="small">
        <Select
          size="small"
          value={chosen ?? ""}
          data-testid="cash-fx-currency"
          onChange={(_, d) => onChange({ stressCurrency: d.value === "" ? null : d.value })}
        >
          <option value="">{x("scenarioCurrencyAuto")}</option>
          {choices.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={x("scenarioMove", { reporting })} size="small">
        <Input
          type="number"
          size="small"
          step="any"
          defaultValue={String(Math.round(move * 10_000) / 100)}
          data-testid="cash-fx-move"
          style={{ minWidth: 0, width: "100%" }}
          onChange={(_, d) => {
            const v = Number(d.value) / 100;
            if (d.value.trim() !== "" && Number.isFinite(v) && v > -1 && v <= 1) onChange({ stressCurrencyMove: v });
          }}
        />
      </Field>
    </div>
  );
}

function LeftOutList({ cash }: { cash: CashAnalysis }) {
  const { x, language } = useCurrencyTexts();
  if (!cash.leftOut.length) return null;
  return (
    <div data-testid="cash-left-out" style={{ marginTop: 4, color: "var(--colorPaletteRedForeground1)" }}>
      <strong>{x("leftOutTitle")}</strong>
      {cash.leftOut.map((l) => (
        <div key={`${l.part}-${l.currency}`}>
          {x("leftOutLine", {
            amount: formatMoney(l.amount, l.currency, language),
            part: x(PART[l.part]),
            items: l.items,
          })}
        </div>
      ))}
    </div>
  );
}
