import { Badge, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { AnalysisBeforeChecks, InsuranceCriterion } from "../../engine";
import { listMarks } from "../../i18n/charts";
import { CRITERIA, VERDICTS } from "../../i18n/labels";
import { usePaneStyles } from "../components/paneStyles";
import { TermInfo } from "../components/TermInfo";
import { useTexts } from "../i18n";

/**
 * The insurance-need check: the verdict, the precondition (sales on credit) as a note, and the risk criteria as
 * compact rows — the criterion and whether it is met on the first line, the figure against its threshold and the
 * explanation below.
 */
export function InsuranceTab({ analysis }: { analysis: AnalysisBeforeChecks }) {
  const { t, p, reason, language, index, days, percent } = useTexts();
  const s = usePaneStyles();
  const check = analysis.insurance;
  const show = (c: InsuranceCriterion, v: number) =>
    c.id === "herfindahl" ? index(v) : c.id === "volatileBehaviour" ? days(v) : percent(v);
  const preconditions = check.criteria.filter((c) => c.role === "precondition");
  const risks = check.criteria.filter((c) => c.role === "risk");
  return (
    <div>
      <MessageBar
        intent={check.verdict === "advised" ? "warning" : check.verdict === "consider" ? "info" : "success"}
        layout="multiline"
      >
        <MessageBarBody data-testid="insurance-verdict" style={{ overflowWrap: "anywhere" }}>
          <strong>{VERDICTS[language][check.verdict]}</strong> —{" "}
          {check.reasons.map(reason).join(listMarks(language).semicolon)}
        </MessageBarBody>
      </MessageBar>
      {preconditions.map((c) => (
        <p key={c.id} data-testid="insurance-precondition" className={s.text}>
          <strong>{t("precondition")}</strong> {CRITERIA[language][c.id]} {show(c, c.figure)} — {reason(c.reason)}
        </p>
      ))}
      <h3 className={s.heading}>{t("riskCriteria")}</h3>
      <ul className={s.list} aria-label={t("insuranceTitle")} data-testid="insurance-criteria">
        {risks.map((c) => (
          <li key={c.id} className={s.row} data-testid="criterion-row">
            <div className={s.top}>
              <span style={{ flex: "1 1 auto", minWidth: 0, overflowWrap: "anywhere" }}>
                {CRITERIA[language][c.id]}
                {c.id === "herfindahl" && <TermInfo term="herfindahl" />}
              </span>
              <Badge
                appearance={c.met ? "filled" : "outline"}
                color={c.met ? "warning" : "informative"}
                size="small"
                style={{ flexShrink: 0 }}
              >
                {c.met ? t("yes") : t("no")}
              </Badge>
            </div>
            <div className={s.sub}>
              {t("colFigure")} {show(c, c.figure)} · {p("thresholdLine", { threshold: show(c, c.threshold) })}
            </div>
            <div className={s.sub}>{reason(c.reason)}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
