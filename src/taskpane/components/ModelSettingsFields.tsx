/** Settings of the model check and the credit limits: days late that count as late, follow-up months, headroom. */
import { Field, Select } from "@fluentui/react-components";
import { DEFAULT_FOLLOW_UP_MONTHS, DEFAULT_HEADROOM, DEFAULT_LATE_DAYS } from "../../engine";
import { MODEL_CHECK_TEXT } from "../../i18n/modelCheck";
import { fillTemplate } from "../../i18n/translate";
import type { SettingsForm } from "../state/settings";
import { useTexts } from "../i18n";

const FILL = { width: "100%", minWidth: 0 };
const LATE_DAYS = [0, 5, 10, 15, 30];
const FOLLOW_UP = [3, 6, 9, 12];
const HEADROOM = [0, 10, 20, 30, 50];

export function ModelSettingsFields({
  settings,
  onChange,
}: {
  settings: SettingsForm;
  onChange: (patch: Partial<SettingsForm>) => void;
}) {
  const { language, t } = useTexts();
  const T = MODEL_CHECK_TEXT[language];
  const late = settings.lateDays ?? DEFAULT_LATE_DAYS;
  const months = settings.followUpMonths ?? DEFAULT_FOLLOW_UP_MONTHS;
  const headroom = settings.limitHeadroomPct ?? Math.round(DEFAULT_HEADROOM * 100);
  return (
    <>
      <Field label={T.settingLateDays}>
        <Select style={FILL} value={String(late)} onChange={(_, d) => onChange({ lateDays: Number(d.value) })}>
          {LATE_DAYS.map((days) => (
            <option key={days} value={String(days)}>
              {t("daysOption", { days })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={T.settingFollowUp}>
        <Select style={FILL} value={String(months)} onChange={(_, d) => onChange({ followUpMonths: Number(d.value) })}>
          {FOLLOW_UP.map((m) => (
            <option key={m} value={String(m)}>
              {fillTemplate(T.monthsOption, { months: m }, language)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={T.settingHeadroom}>
        <Select
          style={FILL}
          value={String(headroom)}
          onChange={(_, d) => onChange({ limitHeadroomPct: Number(d.value) })}
        >
          {HEADROOM.map((p) => (
            <option key={p} value={String(p)}>
              {fillTemplate(T.percentOption, { percent: p }, language)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
