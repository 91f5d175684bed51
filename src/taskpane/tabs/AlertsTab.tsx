import { Badge } from "@fluentui/react-components";
import type { Alert, Analysis } from "../../engine/analysis/types";
import { ALERT_KINDS, SEVERITIES } from "../../i18n/labels";
import { SimpleTable } from "../components/SimpleTable";
import { useTexts } from "../i18n";

const COLOR = { high: "danger", medium: "warning", low: "informative" } as const;
/** Alerts come sorted high → low; past this many the rest are in the report sheet. */
const SHOWN = 500;

export function AlertsTab({ analysis }: { analysis: Analysis }) {
  const { t, reason, language } = useTexts();
  if (analysis.alerts.length === 0) return <p>{t("alertsNone")}</p>;
  return (
    <>
      <SimpleTable<Alert>
        label={t("alertsTitle")}
        testId="alerts-table"
        rows={analysis.alerts.slice(0, SHOWN)}
        rowKey={(_, i) => String(i)}
        columns={[
          { key: "severity", header: t("colSeverity"), cell: (a) => <Badge appearance="tint" color={COLOR[a.severity]}>{SEVERITIES[language][a.severity]}</Badge> },
          { key: "kind", header: t("colAlert"), cell: (a) => ALERT_KINDS[language][a.kind] },
          { key: "detail", header: t("colDetail"), cell: (a) => reason(a.reason) },
        ]}
      />
      {analysis.alerts.length > SHOWN && <p>{t("issuesMore", { count: analysis.alerts.length - SHOWN })}</p>}
    </>
  );
}
