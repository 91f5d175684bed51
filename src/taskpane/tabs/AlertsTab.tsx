/** Alerts as compact rows: severity and kind on the first line, the detail (with its amounts in the currency) below. */
import { Badge, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { AlertKind, AnalysisBeforeChecks } from "../../engine";
import { ALERT_KINDS, SEVERITIES } from "../../i18n/labels";
import { ActionList } from "../components/ActionList";
import { usePaneStyles } from "../components/paneStyles";
import { useTexts } from "../i18n";

const COLOR = { high: "danger", medium: "warning", low: "informative" } as const;
/** Alerts come ranked by money at risk; the default view is the action list (top 20, the rest counted by kind). */
const SHOWN = 500;

export function AlertsTab({ analysis }: { analysis: AnalysisBeforeChecks }) {
  const { t, reason, language } = useTexts();
  const s = usePaneStyles();
  const [kind, setKind] = useState<AlertKind | "">("");
  if (analysis.alerts.length === 0) return <p>{t("alertsNone")}</p>;
  const counts = new Map<AlertKind, number>();
  for (const a of analysis.alerts) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const kinds = (Object.keys(ALERT_KINDS[language]) as AlertKind[]).filter((k) => counts.has(k));
  const shown = kind === "" ? analysis.alerts : analysis.alerts.filter((a) => a.kind === kind);
  return (
    <>
      <Field label={t("alertsShow")} style={{ marginBottom: 8 }}>
        <Select
          value={kind}
          onChange={(_, d) => setKind(d.value as AlertKind | "")}
          style={{ width: "100%", minWidth: 0 }}
        >
          <option value="">{t("alertsAll", { count: analysis.alerts.length })}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t("alertsOfKind", { kind: ALERT_KINDS[language][k], count: counts.get(k)! })}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "" ? (
        <ActionList analysis={analysis} onKind={setKind} />
      ) : (
        <ul className={s.list} aria-label={t("alertsTitle")} data-testid="alerts-table">
          {shown.slice(0, SHOWN).map((a, i) => (
            <li key={i} className={s.row} data-testid="alert-row">
              <div className={s.badges}>
                <Badge appearance="tint" color={COLOR[a.severity]}>
                  {SEVERITIES[language][a.severity]}
                </Badge>
                <strong>{ALERT_KINDS[language][a.kind]}</strong>
              </div>
              <div style={{ overflowWrap: "anywhere" }}>{reason(a.reason)}</div>
              <div style={{ overflowWrap: "anywhere" }}>
                <strong>{reason(a.action)}</strong>
              </div>
            </li>
          ))}
        </ul>
      )}
      {kind !== "" && shown.length > SHOWN && (
        <p className={s.text}>{t("issuesMore", { count: shown.length - SHOWN })}</p>
      )}
    </>
  );
}
