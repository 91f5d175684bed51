/**
 * Several currencies in the Cash tab (270 px first): the reporting currency (本币) the plan is in, the rates table it
 * converts with (read from a selected range), the currency scenario's currency and move, and what was left out for
 * want of a rate. The figures come from the engine (cash/currencies.ts, currencyScenario.ts).
 */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { type Analysis, type CashAnalysis, type CashSettings, DEFAULT_CASH_SETTINGS } from "../../engine";
import { CASH_CURRENCY_TEXT, type CashCurrencyText } from "../../i18n/cashCurrency";
import { formatMoney } from "../../i18n/format";
import { fillTemplate } from "../../i18n/translate";
import type { CashController } from "../state/useCashPlan";
import type { RatesState } from "../state/useCashRates";
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

/** The section as the Cash tab shows it: wired to the cash controller and its rates. */
export function CurrencySection(props: {
  analysis: Analysis;
  cash: CashController;
  onUpdate: () => void;
  onGoTo: (a: string) => void;
  busy: boolean;
}) {
  const { analysis, cash, onUpdate, onGoTo, busy } = props;
  const { x } = useCurrencyTexts();
  const rates = cash.rates.state;
  // The rates table names the reporting currency; without one the plan is in the analysis's currency.
  const reporting = rates.rates?.reportingCurrency ?? analysis.cash?.reportingCurrency ?? analysis.settings.currency;
  return (
    <div data-testid="cash-currencies">
      <h3 style={h3}>{x("currencyTitle")}</h3>
      <p style={{ margin: "0 0 4px" }} data-testid="cash-reporting">
        {x(rates.rates ? "reportingLine" : "reportingNoRates", { reporting })}
      </p>
      <RatesSource
        rates={rates}
        reporting={reporting}
        busy={busy}
        onGoTo={onGoTo}
        onRead={async () => {
          if (await cash.rates.readRatesSelection(analysis.settings.currency)) onUpdate();
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

function RatesSource(props: {
  rates: RatesState;
  reporting: string;
  busy: boolean;
  onGoTo: (a: string) => void;
  onRead: () => void;
}) {
  const { rates, reporting, busy, onGoTo, onRead } = props;
  const { x, reason } = useCurrencyTexts();
  return (
    <div>
      <Button size="small" onClick={onRead} disabled={busy} data-testid="use-rates">
        {x("useRates")}
      </Button>
      {rates.read && (
        <div data-testid="rates-read">
          {x("ratesRead", { count: rates.read.count, reporting, address: rates.read.address })}
          {rates.read.issues.map((i) => (
            <div key={i.address}>
              <Button size="small" appearance="transparent" onClick={() => onGoTo(i.address)}>
                {i.address}
              </Button>{" "}
              {reason(i.reason)}
            </div>
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
