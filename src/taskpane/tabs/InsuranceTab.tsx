import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Analysis, InsuranceCriterion } from "../../engine/analysis/types";
import { CRITERIA, VERDICTS } from "../../i18n/labels";
import { SimpleTable } from "../components/SimpleTable";
import { useTexts } from "../i18n";

export function InsuranceTab({ analysis }: { analysis: Analysis }) {
  const { t, reason, language, number, percent } = useTexts();
  const check = analysis.insurance;
  const show = (c: InsuranceCriterion, v: number) => (c.id === "herfindahl" ? number(v, 3) : c.id === "volatileBehaviour" ? t("kpiDays", { days: number(v) }) : percent(v));
  return (
    <div>
      <MessageBar intent={check.verdict === "advised" ? "warning" : check.verdict === "consider" ? "info" : "success"}>
        <MessageBarBody data-testid="insurance-verdict">
          <strong>{VERDICTS[language][check.verdict]}</strong> — {check.reasons.map(reason).join("; ")}
        </MessageBarBody>
      </MessageBar>
      <SimpleTable<InsuranceCriterion>
        label={t("insuranceTitle")}
        rows={check.criteria}
        rowKey={(c) => c.id}
        columns={[
          { key: "criterion", header: t("colCriterion"), cell: (c) => CRITERIA[language][c.id] },
          { key: "figure", header: t("colFigure"), numeric: true, cell: (c) => show(c, c.figure) },
          { key: "threshold", header: t("colThreshold"), numeric: true, cell: (c) => show(c, c.threshold) },
          { key: "met", header: t("colMet"), cell: (c) => (c.met ? t("yes") : t("no")) },
          { key: "detail", header: t("colDetail"), cell: (c) => reason(c.reason) },
        ]}
      />
    </div>
  );
}
