/** As-of date, aging basis and edges, date order and risk appetite. */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { fillTemplate } from "../../i18n/translate";
import { SAVED_TEXT } from "../../i18n/savedSettings";
import { CURRENCY_CHOICES, CurrencyGuess } from "../state/currency";
import { TREND_MONTH_CHOICES } from "../../engine";
import { parseEdges, SettingsForm } from "../state/settings";
import { useTexts } from "../i18n";
import { trendText } from "../../i18n/trend";
import { ModelSettingsFields } from "./ModelSettingsFields";
import { AlertSettingsFields } from "./AlertSettingsFields";
import { DateInput } from "./DateInput";

/** Fill the grid cell: Fluent inputs otherwise keep a minimum width wider than half a taskpane. */
const FILL = { width: "100%", minWidth: 0 };

const DSO_WINDOWS = [30, 60, 90, 180, 365];
const DEFAULT_TERMS = [0, 7, 15, 30, 45, 60, 90];

export function SettingsPanel({
  settings,
  currencies,
  needsDefaultTerms,
  onChange,
  currencyGuess = null,
  restored = false,
  onReset,
  analysed = false,
}: {
  settings: SettingsForm;
  /** The ledger's currencies with their row counts: a choice is offered when there are two or more. */
  currencies: { code: string; rows: number }[];
  /** The ledger has no due-date column and no terms column: due dates come from the default terms. */
  needsDefaultTerms: boolean;
  onChange: (p: Partial<SettingsForm>) => void;
  /** The ledger has no currency column: the currency shown is detected, and the user may choose another. */
  currencyGuess?: CurrencyGuess | null;
  /** The mapping and settings came from the workbook: offer to go back to detection. */
  restored?: boolean;
  onReset?: () => void;
  /** Once there is an analysis the other settings open; before it, only the as-of date shows (a lighter start). */
  analysed?: boolean;
}) {
  const { t, language } = useTexts();
  const saved = SAVED_TEXT[language];
  const choices = currencyGuess
    ? [...new Set([currencyGuess.detected, ...(settings.currency ? [settings.currency] : []), ...CURRENCY_CHOICES])]
    : [];
  let edgesError: string | undefined;
  try {
    parseEdges(settings.agingEdges);
  } catch (e) {
    edgesError = (e as Error).message;
  }
  const [more, setMore] = useState(analysed);
  useEffect(() => {
    if (analysed) setMore(true);
  }, [analysed]);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 140px), 1fr))", gap: 8 }}>
      <Field label={t("asOf")}>
        <DateInput style={FILL} value={settings.asOf} onChange={(v) => v !== null && onChange({ asOf: v })} />
      </Field>
      <details
        data-testid="more-settings"
        open={more}
        onToggle={(e) => setMore(e.currentTarget.open)}
        style={{ gridColumn: "1 / -1", minWidth: 0 }}
      >
        <summary style={{ cursor: "pointer" }}>{SETTINGS_MORE[language]}</summary>
        <div
          style={{
            display: "grid",
            gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 140px), 1fr))",
            gap: 8,
            marginTop: 8,
          }}
        >
          <Field label={t("riskAppetite")}>
            <Select
              style={FILL}
              value={settings.riskAppetite}
              onChange={(_, d) => onChange({ riskAppetite: d.value as SettingsForm["riskAppetite"] })}
            >
              <option value="conservative">{t("conservative")}</option>
              <option value="balanced">{t("balanced")}</option>
              <option value="growth">{t("growth")}</option>
            </Select>
          </Field>
          <Field label={t("agingBasis")}>
            <Select
              style={FILL}
              value={settings.agingBasis}
              onChange={(_, d) => onChange({ agingBasis: d.value as SettingsForm["agingBasis"] })}
            >
              <option value="due">{t("basisDue")}</option>
              <option value="invoice">{t("basisInvoice")}</option>
            </Select>
          </Field>
          <Field
            label={t("agingEdges")}
            hint={edgesError ? undefined : t("agingEdgesHelp")}
            validationMessage={edgesError}
            validationState={edgesError ? "error" : "none"}
          >
            <Input
              style={FILL}
              value={settings.agingEdges}
              placeholder={settings.agingBasis === "due" ? "0, 30, 60, 90" : "30, 60, 90"}
              onChange={(_, d) => onChange({ agingEdges: d.value })}
            />
          </Field>
          <Field label={t("dateOrder")}>
            <Select
              style={FILL}
              value={settings.dateOrder}
              onChange={(_, d) => onChange({ dateOrder: d.value as SettingsForm["dateOrder"] })}
            >
              <option value="auto">{t("orderAuto")}</option>
              <option value="mdy">{t("orderMdy")}</option>
              <option value="dmy">{t("orderDmy")}</option>
            </Select>
          </Field>
          <Field label={t("dsoWindow")}>
            <Select
              style={FILL}
              value={String(settings.dsoWindowDays)}
              onChange={(_, d) => onChange({ dsoWindowDays: Number(d.value) })}
            >
              {DSO_WINDOWS.map((w) => (
                <option key={w} value={String(w)}>
                  {t("daysOption", { days: w })}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={trendText(language, "trendMonths")}>
            <Select
              style={FILL}
              value={String(settings.trendMonths ?? 12)}
              onChange={(_, d) => onChange({ trendMonths: Number(d.value) })}
              data-testid="trend-months"
            >
              {TREND_MONTH_CHOICES.map((m) => (
                <option key={m} value={String(m)}>
                  {trendText(language, "trendMonthsOption", { months: m })}
                </option>
              ))}
            </Select>
          </Field>
          <ModelSettingsFields settings={settings} onChange={onChange} />
          {needsDefaultTerms && (
            <Field label={t("defaultTerms")}>
              <Select
                style={FILL}
                value={String(settings.defaultTermsDays)}
                onChange={(_, d) => onChange({ defaultTermsDays: Number(d.value) })}
              >
                {DEFAULT_TERMS.map((days) => (
                  <option key={days} value={String(days)}>
                    {t("daysOption", { days })}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {currencyGuess && (
            <Field
              label={saved.displayCurrency}
              hint={
                saved[
                  currencyGuess.from === "format"
                    ? "currencyFromFormat"
                    : currencyGuess.from === "locale"
                      ? "currencyFromLocale"
                      : "currencyFromDefault"
                ]
              }
            >
              <Select
                style={FILL}
                data-testid="display-currency"
                value={settings.currency}
                onChange={(_, d) => onChange({ currency: d.value })}
              >
                <option value="">{fillTemplate(saved.currencyAuto, { code: currencyGuess.detected }, language)}</option>
                {choices.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {restored && onReset && (
            <div
              style={{ gridColumn: "1 / -1", display: "flex", flexDirection: "column", gap: 4 }}
              data-testid="restored"
            >
              <span>{saved.restored}</span>
              <Button size="small" onClick={onReset} style={{ alignSelf: "flex-start" }}>
                {saved.resetSaved}
              </Button>
            </div>
          )}
          {(currencies.length > 1 || settings.onlyCurrency !== "") && (
            <Field label={t("onlyCurrency")}>
              <Select
                style={FILL}
                value={settings.onlyCurrency}
                onChange={(_, d) => onChange({ onlyCurrency: d.value })}
              >
                <option value="">{t("allCurrencies")}</option>
                {currencies.map((c) => (
                  <option key={c.code} value={c.code}>
                    {t("currencyRows", { code: c.code, rows: c.rows })}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <AlertSettingsFields settings={settings} onChange={onChange} />
        </div>
      </details>
    </div>
  );
}

const SETTINGS_MORE = { en: "More settings", "zh-CN": "更多设置" } as const;
