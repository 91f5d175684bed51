/**
 * The alert thresholds (each alert kind keeps a threshold setting), as choice lists that fit a
 * 270 px pane: days for the day thresholds, percent for the shares (the engine takes shares as fractions).
 */
import { Field, Select, Text } from "@fluentui/react-components";
import { type AlertThresholds, DEFAULT_ALERT_THRESHOLDS } from "../../engine";
import { ALERT_SETTINGS_TEXT } from "../../i18n/alertSettings";
import { fillTemplate } from "../../i18n/translate";
import type { SettingsForm } from "../state/settings";
import { useTexts } from "../i18n";

const FILL = { width: "100%", minWidth: 0 };

/** Each threshold in the order of the alert kinds, with the choices offered (days, or percent for shares). */
export const THRESHOLD_CHOICES: readonly { key: keyof AlertThresholds; unit: "days" | "percent"; choices: number[] }[] =
  [
    { key: "deteriorationDays", unit: "days", choices: [5, 10, 15, 30, 60] },
    { key: "deteriorationRecentDays", unit: "days", choices: [0, 5, 10, 15, 30] },
    { key: "overLimitShare", unit: "percent", choices: [0, 10, 20, 50, 100] },
    { key: "over90Share", unit: "percent", choices: [0, 10, 25, 50, 100] },
    { key: "oldDisputeDays", unit: "days", choices: [0, 15, 30, 60, 90, 180] },
    { key: "singleShare", unit: "percent", choices: [10, 15, 20, 30, 50] },
    { key: "topFiveShare", unit: "percent", choices: [40, 50, 60, 75, 90] },
  ];

const toShown = (unit: "days" | "percent", v: number) => (unit === "percent" ? Math.round(v * 10000) / 100 : v);
const fromShown = (unit: "days" | "percent", v: number) => (unit === "percent" ? v / 100 : v);

export function AlertSettingsFields({
  settings,
  onChange,
}: {
  settings: SettingsForm;
  onChange: (patch: Partial<SettingsForm>) => void;
}) {
  const { language } = useTexts();
  const T = ALERT_SETTINGS_TEXT[language];
  const current = { ...DEFAULT_ALERT_THRESHOLDS, ...(settings.alertThresholds ?? {}) };
  const label = (unit: "days" | "percent", n: number, key: keyof AlertThresholds) =>
    n === 0 && (key === "overLimitShare" || key === "over90Share")
      ? T.anyAmount
      : fillTemplate(
          unit === "days" ? T.daysOption : T.percentOption,
          unit === "days" ? { days: n } : { percent: n },
          language,
        );
  return (
    <>
      <div style={{ gridColumn: "1 / -1", display: "flex", flexDirection: "column" }}>
        <Text weight="semibold">{T.title}</Text>
        <Text size={200}>{T.hint}</Text>
      </div>
      {THRESHOLD_CHOICES.map(({ key, unit, choices }) => {
        const shown = toShown(unit, current[key]);
        const options = choices.includes(shown) ? choices : [...choices, shown].sort((a, b) => a - b);
        return (
          <Field key={key} label={T[key]}>
            <Select
              style={FILL}
              data-testid={`alert-threshold-${key}`}
              value={String(shown)}
              onChange={(_, d) =>
                onChange({
                  alertThresholds: { ...(settings.alertThresholds ?? {}), [key]: fromShown(unit, Number(d.value)) },
                })
              }
            >
              {options.map((n) => (
                <option key={n} value={String(n)}>
                  {label(unit, n, key)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </>
  );
}
