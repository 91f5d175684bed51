/** As-of date, aging basis and edges, date order and risk appetite. */
import { Field, Input, Select } from "@fluentui/react-components";
import { isoFromSerial, parseDate } from "../../engine/core/dates";
import { parseEdges, SettingsForm } from "../state/settings";
import { useTexts } from "../i18n";

/** Fill the grid cell: Fluent inputs otherwise keep a minimum width wider than half a taskpane. */
const FILL = { width: "100%", minWidth: 0 };

const DSO_WINDOWS = [30, 60, 90, 180, 365];
const DEFAULT_TERMS = [0, 7, 15, 30, 45, 60, 90];

export function SettingsPanel({
  settings,
  currencies,
  needsDefaultTerms,
  onChange,
}: {
  settings: SettingsForm;
  /** The ledger's currencies with their row counts: a choice is offered when there are two or more. */
  currencies: { code: string; rows: number }[];
  /** The ledger has no due-date column and no terms column: due dates come from the default terms. */
  needsDefaultTerms: boolean;
  onChange: (p: Partial<SettingsForm>) => void;
}) {
  const { t } = useTexts();
  let edgesError: string | undefined;
  try {
    parseEdges(settings.agingEdges);
  } catch (e) {
    edgesError = (e as Error).message;
  }
  return (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 140px), 1fr))", gap: 8 }}>
      <Field label={t("asOf")}>
        <Input style={FILL}
          type="date"
          value={isoFromSerial(settings.asOf)}
          onChange={(_, d) => {
            const p = parseDate(d.value, "auto");
            if (p.ok) onChange({ asOf: p.value });
          }}
        />
      </Field>
      <Field label={t("riskAppetite")}>
        <Select style={FILL} value={settings.riskAppetite} onChange={(_, d) => onChange({ riskAppetite: d.value as SettingsForm["riskAppetite"] })}>
          <option value="conservative">{t("conservative")}</option>
          <option value="balanced">{t("balanced")}</option>
          <option value="growth">{t("growth")}</option>
        </Select>
      </Field>
      <Field label={t("agingBasis")}>
        <Select style={FILL} value={settings.agingBasis} onChange={(_, d) => onChange({ agingBasis: d.value as SettingsForm["agingBasis"] })}>
          <option value="due">{t("basisDue")}</option>
          <option value="invoice">{t("basisInvoice")}</option>
        </Select>
      </Field>
      <Field label={t("agingEdges")} hint={edgesError ? undefined : t("agingEdgesHelp")} validationMessage={edgesError} validationState={edgesError ? "error" : "none"}>
        <Input style={FILL} value={settings.agingEdges} placeholder={settings.agingBasis === "due" ? "0, 30, 60, 90" : "30, 60, 90"} onChange={(_, d) => onChange({ agingEdges: d.value })} />
      </Field>
      <Field label={t("dateOrder")}>
        <Select style={FILL} value={settings.dateOrder} onChange={(_, d) => onChange({ dateOrder: d.value as SettingsForm["dateOrder"] })}>
          <option value="auto">{t("orderAuto")}</option>
          <option value="mdy">{t("orderMdy")}</option>
          <option value="dmy">{t("orderDmy")}</option>
        </Select>
      </Field>
      <Field label={t("dsoWindow")}>
        <Select style={FILL} value={String(settings.dsoWindowDays)} onChange={(_, d) => onChange({ dsoWindowDays: Number(d.value) })}>
          {DSO_WINDOWS.map((w) => (
            <option key={w} value={String(w)}>
              {t("daysOption", { days: w })}
            </option>
          ))}
        </Select>
      </Field>
      {needsDefaultTerms && (
        <Field label={t("defaultTerms")}>
          <Select style={FILL} value={String(settings.defaultTermsDays)} onChange={(_, d) => onChange({ defaultTermsDays: Number(d.value) })}>
            {DEFAULT_TERMS.map((days) => (
              <option key={days} value={String(days)}>
                {t("daysOption", { days })}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {(currencies.length > 1 || settings.onlyCurrency !== "") && (
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
      )}
    </div>
  );
}
