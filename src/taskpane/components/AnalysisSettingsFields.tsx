/** The analysis's own settings: risk appetite, aging basis and edges, date order, DSO window, months of the trend. */
import { Field, Input, Select } from "@fluentui/react-components";
import { TREND_MONTH_CHOICES } from "../../engine";
import { trendText } from "../../i18n/trend";
import { useTexts } from "../i18n";
import { parseEdges, type SettingsForm } from "../state/settings";

/** Fill the grid cell: Fluent inputs otherwise keep a minimum width wider than half a taskpane. */
const FILL = { width: "100%", minWidth: 0 };
const DSO_WINDOWS = [30, 60, 90, 180, 365];

interface FieldsProps {
  settings: SettingsForm;
  onChange: (p: Partial<SettingsForm>) => void;
}

/** Why the typed aging edges cannot be used ("30, x"), or undefined when they can. */
export function agingEdgesError(edges: string): string | undefined {
  try {
    parseEdges(edges);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Risk appetite, then aging: by due or invoice date, and the edges of its buckets as typed. */
function RiskAndAgingFields({ settings, onChange }: FieldsProps) {
  const { t } = useTexts();
  const edgesError = agingEdgesError(settings.agingEdges);
  return (
    <>
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
    </>
  );
}

/** How dates are read (day or month first), the days the DSO looks back over, and the trend's month-ends. */
function DatesAndPeriodsFields({ settings, onChange }: FieldsProps) {
  const { t, language } = useTexts();
  return (
    <>
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
    </>
  );
}

export function AnalysisSettingsFields(props: FieldsProps) {
  return (
    <>
      <RiskAndAgingFields {...props} />
      <DatesAndPeriodsFields {...props} />
    </>
  );
}
