/** As-of date, then under "More settings": the analysis's settings, model check, terms, currencies and alerts. */
import { Button, Field, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { fillTemplate } from "../../i18n/translate";
import { SAVED_TEXT } from "../../i18n/savedSettings";
import { CURRENCY_CHOICES, CurrencyGuess } from "../state/currency";
import { SettingsForm } from "../state/settings";
import { useTexts } from "../i18n";
import { AnalysisSettingsFields } from "./AnalysisSettingsFields";
import { ModelSettingsFields } from "./ModelSettingsFields";
import { AlertSettingsFields } from "./AlertSettingsFields";
import { DateInput } from "./DateInput";

/** Fill the grid cell: Fluent inputs otherwise keep a minimum width wider than half a taskpane. */
const FILL = { width: "100%", minWidth: 0 };
/** Fields side by side where the pane is wide enough, one under the other at 270 px. */
const GRID = { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 140px), 1fr))", gap: 8 };

const DEFAULT_TERMS = [0, 7, 15, 30, 45, 60, 90];

interface SettingsPanelProps {
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
}

interface FieldProps {
  settings: SettingsForm;
  onChange: (p: Partial<SettingsForm>) => void;
}

/** Terms (in days) that give the due dates when the ledger has neither due dates nor terms. */
function DefaultTermsField({ settings, onChange }: FieldProps) {
  const { t } = useTexts();
  return (
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
  );
}

/** The currency amounts are shown in, for a ledger with no currency column: detected (and where from), or chosen. */
function DisplayCurrencyField({ settings, onChange, guess }: FieldProps & { guess: CurrencyGuess }) {
  const { language } = useTexts();
  const saved = SAVED_TEXT[language];
  const choices = [
    ...new Set([guess.detected, ...(settings.currency ? [settings.currency] : []), ...CURRENCY_CHOICES]),
  ];
  const from =
    guess.from === "format"
      ? "currencyFromFormat"
      : guess.from === "locale"
        ? "currencyFromLocale"
        : "currencyFromDefault";
  return (
    <Field label={saved.displayCurrency} hint={saved[from]}>
      <Select
        style={FILL}
        data-testid="display-currency"
        value={settings.currency}
        onChange={(_, d) => onChange({ currency: d.value })}
      >
        <option value="">{fillTemplate(saved.currencyAuto, { code: guess.detected }, language)}</option>
        {choices.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The mapping and settings came from the workbook: said, with a button back to detection. */
function RestoredNote({ onReset }: { onReset: () => void }) {
  const saved = SAVED_TEXT[useTexts().language];
  return (
    <div style={{ gridColumn: "1 / -1", display: "flex", flexDirection: "column", gap: 4 }} data-testid="restored">
      <span>{saved.restored}</span>
      <Button size="small" onClick={onReset} style={{ alignSelf: "flex-start" }}>
        {saved.resetSaved}
      </Button>
    </div>
  );
}

/** Analyse one currency of a mixed ledger, or all of them. */
function OnlyCurrencyField({ settings, onChange, currencies }: FieldProps & Pick<SettingsPanelProps, "currencies">) {
  const { t } = useTexts();
  return (
    <Field label={t("onlyCurrency")}>
      <Select style={FILL} value={settings.onlyCurrency} onChange={(_, d) => onChange({ onlyCurrency: d.value })}>
        <option value="">{t("allCurrencies")}</option>
        {currencies.map((c) => (
          <option key={c.code} value={c.code}>
            {t("currencyRows", { code: c.code, rows: c.rows })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** "More settings" stays shut before the first analysis, and opens (once) when there is one. */
function useMoreOpen(analysed: boolean) {
  const [more, setMore] = useState(analysed);
  useEffect(() => {
    if (analysed) setMore(true);
  }, [analysed]);
  return [more, setMore] as const;
}

/** Everything but the as-of date, folded under "More settings". */
function MoreSettings(props: SettingsPanelProps) {
  const { settings, currencies, needsDefaultTerms, onChange, currencyGuess = null, restored = false, onReset } = props;
  const { language } = useTexts();
  const [more, setMore] = useMoreOpen(props.analysed ?? false);
  return (
    <details
      data-testid="more-settings"
      open={more}
      onToggle={(e) => setMore(e.currentTarget.open)}
      style={{ gridColumn: "1 / -1", minWidth: 0 }}
    >
      <summary style={{ cursor: "pointer" }}>{SETTINGS_MORE[language]}</summary>
      <div style={{ ...GRID, marginTop: 8 }}>
        <AnalysisSettingsFields settings={settings} onChange={onChange} />
        <ModelSettingsFields settings={settings} onChange={onChange} />
        {needsDefaultTerms && <DefaultTermsField settings={settings} onChange={onChange} />}
        {currencyGuess && <DisplayCurrencyField settings={settings} onChange={onChange} guess={currencyGuess} />}
        {restored && onReset && <RestoredNote onReset={onReset} />}
        {(currencies.length > 1 || settings.onlyCurrency !== "") && (
          <OnlyCurrencyField settings={settings} onChange={onChange} currencies={currencies} />
        )}
        <AlertSettingsFields settings={settings} onChange={onChange} />
      </div>
    </details>
  );
}

export function SettingsPanel(props: SettingsPanelProps) {
  const { settings, onChange } = props;
  const { t } = useTexts();
  return (
    <div style={GRID}>
      <Field label={t("asOf")}>
        <DateInput style={FILL} value={settings.asOf} onChange={(v) => v !== null && onChange({ asOf: v })} />
      </Field>
      <MoreSettings {...props} />
    </div>
  );
}

const SETTINGS_MORE = { en: "More settings", "zh-CN": "更多设置" } as const;
