/**
 * The reporting currency and the rates table: typed here or read from a selected range, kept with the workbook
 * (state/useRates.ts). Shown when the ledger holds several currencies or rates are kept. No finance rule here: the
 * engine validates each rate (rateTable.ts) and converts (convertCurrencies.ts).
 */
import { Button, Field, Input, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatDate } from "../../i18n/format";
import { RATES_TEXT, formatRate } from "../../i18n/currencies";
import { fillTemplate } from "../../i18n/translate";
import type { RatesController } from "../state/useRates";
import { CURRENCY_CHOICES } from "../state/currency";
import { useTexts } from "../i18n";

const FILL = { width: "100%", minWidth: 0 };

export function RatesSection({
  chosen,
  detected,
  onChoose,
  rates,
  busy,
}: {
  /** The reporting currency chosen in the settings ("" = Office's region's). */
  chosen: string;
  detected: string;
  onChoose: (currency: string) => void;
  rates: RatesController;
  busy: boolean;
}) {
  const { language, reason } = useTexts();
  const x = RATES_TEXT[language];
  const reporting = chosen || detected;
  const { state } = rates;
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS }} data-testid="rates">
      <p style={{ margin: 0, fontSize: tokens.fontSizeBase200 }}>{x.help}</p>
      <Field label={x.reporting}>
        <Select style={FILL} value={chosen} onChange={(_, d) => onChoose(d.value)} data-testid="reporting-currency">
          <option value="">{fillTemplate(x.reportingAuto, { code: detected }, language)}</option>
          {[...new Set([...(chosen ? [chosen] : []), ...CURRENCY_CHOICES])].map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </Select>
      </Field>
      <RatesTable rates={rates} reporting={reporting} />
      <AddRate onAdd={rates.add} reporting={reporting} />
      <Button size="small" onClick={() => void rates.fromSelection()} disabled={busy} style={{ alignSelf: "start" }}>
        {x.fromSelection}
      </Button>
      <span style={{ fontSize: tokens.fontSizeBase100 }}>{x.fromSelectionHelp}</span>
      {state.address && (
        <span data-testid="rates-read">{fillTemplate(x.read, { address: state.address }, language)}</span>
      )}
      {state.problems.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="rates-problems" aria-label={x.setAside}>
          {state.problems.map((p, i) => (
            <li key={i}>{reason(p)}</li>
          ))}
        </ul>
      )}
      {state.error && <span role="alert">{state.error}</span>}
    </div>
  );
}

function RatesTable({ rates, reporting }: { rates: RatesController; reporting: string }) {
  const { language } = useTexts();
  const x = RATES_TEXT[language];
  if (rates.state.rates.length === 0) return <span>{x.none}</span>;
  return (
    <table style={{ width: "100%", borderCollapse: "collapse" }} data-testid="rates-table">
      <thead>
        <tr style={{ fontSize: tokens.fontSizeBase200 }}>
          <th style={{ textAlign: "start" }}>{x.currency}</th>
          <th style={{ textAlign: "end" }}>{fillTemplate(x.rate, { code: reporting }, language)}</th>
          <th style={{ textAlign: "end" }}>{x.date}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rates.state.rates.map((r) => (
          <tr key={r.currency}>
            <th scope="row" style={{ textAlign: "start", fontWeight: tokens.fontWeightRegular }}>
              {r.currency}
            </th>
            <td style={{ textAlign: "end", fontVariantNumeric: "tabular-nums" }}>{formatRate(r.rate, language)}</td>
            <td style={{ textAlign: "end" }}>{r.date === null ? "–" : formatDate(r.date, language)}</td>
            <td style={{ textAlign: "end" }}>
              <Button
                size="small"
                appearance="subtle"
                aria-label={fillTemplate(x.remove, { currency: r.currency }, language)}
                onClick={() => rates.remove(r.currency)}
              >
                ×
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AddRate({ onAdd, reporting }: { onAdd: RatesController["add"]; reporting: string }) {
  const { language } = useTexts();
  const x = RATES_TEXT[language];
  const [currency, setCurrency] = useState("");
  const [rate, setRate] = useState("");
  const [date, setDate] = useState("");
  const add = () => {
    onAdd(currency, rate, date);
    setCurrency("");
    setRate("");
    setDate("");
  };
  return (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 70px), 1fr))", gap: 4 }}>
      <Field label={x.currency}>
        <Input style={FILL} value={currency} onChange={(_, d) => setCurrency(d.value)} data-testid="rate-currency" />
      </Field>
      <Field label={fillTemplate(x.rate, { code: reporting }, language)}>
        <Input style={FILL} value={rate} onChange={(_, d) => setRate(d.value)} data-testid="rate-value" />
      </Field>
      <Field label={x.date}>
        <Input style={FILL} value={date} onChange={(_, d) => setDate(d.value)} placeholder="2026-12-01" />
      </Field>
      <Button size="small" onClick={add} disabled={!currency.trim()} style={{ alignSelf: "end" }}>
        {x.add}
      </Button>
    </div>
  );
}
