import { Badge, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Analysis, InsuranceCriterion } from "../../engine/analysis/types";
import { CRITERIA, VERDICTS } from "../../i18n/labels";
import { SimpleTable } from "../components/SimpleTable";
import { useTexts } from "../i18n";

/**
 * The insurance-need check: the verdict, the precondition (sales on credit) as a note, and the risk criteria as a
 * table narrow enough for a taskpane — each criterion's explanation sits under its name rather than in a column.
 */
export function InsuranceTab({ analysis }: { analysis: Analysis }) {
  const { t, reason, language, number, percent } = useTexts();
  const check = analysis.insurance;
  const show = (c: InsuranceCriterion, v: number) => (c.id === "herfindahl" ? number(v, 3) : c.id === "volatileBehaviour" ? t("kpiDays", { days: number(v) }) : percent(v));
  const preconditions = check.criteria.filter((c) => c.role === "precondition");
  const risks = check.criteria.filter((c) => c.role === "risk");
  return (
    <div>
      <MessageBar intent={check.verdict === "advised" ? "warning" : check.verdict === "consider" ? "info" : "success"}>
        <MessageBarBody data-testid="insurance-verdict">
          <strong>{VERDICTS[language][check.verdict]}</strong> — {check.reasons.map(reason).join("; ")}
        </MessageBarBody>
      </MessageBar>
      {preconditions.map((c) => (
        <p key={c.id} data-testid="insurance-precondition" style={{ margin: "8px 0" }}>
          <strong>{t("precondition")}</strong> {CRITERIA[language][c.id]} {show(c, c.figure)} — {reason(c.reason)}
        </p>
      ))}
      <h3 style={{ fontSize: 14, margin: "8px 0 4px" }}>{t("riskCriteria")}</h3>
      <SimpleTable<InsuranceCriterion>
        label={t("insuranceTitle")}
        testId="insurance-criteria"
        rows={risks}
        rowKey={(c) => c.id}
        columns={[
          {
            key: "criterion",
            header: t("colCriterion"),
            cell: (c) => (
              <>
                <div>{CRITERIA[language][c.id]}</div>
                <div style={{ fontSize: 12, opacity: 0.8 }}>{reason(c.reason)}</div>
              </>
            ),
          },
          { key: "figure", header: t("colFigure"), numeric: true, cell: (c) => show(c, c.figure) },
          { key: "threshold", header: t("colThreshold"), numeric: true, cell: (c) => show(c, c.threshold) },
          {
            key: "met",
            header: t("colMet"),
            cell: (c) => (
              <Badge appearance={c.met ? "filled" : "outline"} color={c.met ? "warning" : "informative"} size="small">
                {c.met ? t("yes") : t("no")}
              </Badge>
            ),
          },
        ]}
      />
    </div>
  );
}
