/**
 * The model check (history/gradeBacktest.ts) for a 270 px pane: the grade's AUC against the naive baseline's, the
 * verdict, and a four-column calibration table per grade — or, plainly, why the ledger is too short or too small.
 */
import { Caption1, Text, tokens } from "@fluentui/react-components";
import type { Analysis, CalibrationRow } from "../../engine";
import { MODEL_CHECK_TEXT } from "../../i18n/modelCheck";
import { fillTemplate } from "../../i18n/translate";
import { useTexts } from "../i18n";
import { SimpleTable } from "./SimpleTable";

export function ModelCheckSection({ analysis }: { analysis: Analysis }) {
  const { language, number, percent, date } = useTexts();
  const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${number(Math.abs(x), 3)}`;
  const T = MODEL_CHECK_TEXT[language];
  const f = (template: string, params: Record<string, string | number>) => fillTemplate(template, params, language);
  const m = analysis.modelCheck;
  const measure = (label: string, x: { auc: number; gini: number } | null, testId: string) => (
    <div
      data-testid={testId}
      style={{ display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalXS }}
    >
      <Text weight="semibold">{label}</Text>
      <Text>{x ? f(T.auc, { auc: number(x.auc, 3), gini: number(x.gini, 3) }) : "–"}</Text>
    </div>
  );
  return (
    <section
      aria-labelledby="model-check-title"
      data-testid="model-check"
      style={{ marginTop: tokens.spacingVerticalL }}
    >
      <h3 id="model-check-title" style={{ margin: `0 0 ${tokens.spacingVerticalXS}` }}>
        {T.title}
      </h3>
      {m.historyStart && (
        <p data-testid="model-check-history-start">
          {f(T.historyStart, {
            month: date(m.historyStart.date).slice(0, language === "en" ? 7 : -2),
            first: date(m.historyStart.firstBilled),
          })}
        </p>
      )}
      {m.status === "tooShort" && (
        <p data-testid="model-check-verdict">
          {f(T.tooShort, { months: m.followUpMonths, points: m.monthEnds.length })}
        </p>
      )}
      {m.status === "tooSmall" && (
        <p data-testid="model-check-verdict">{f(T.tooSmall, { observations: m.observations, late: m.late })}</p>
      )}
      {m.status !== "tooShort" && (
        <>
          <Caption1 as="p" style={{ margin: `0 0 ${tokens.spacingVerticalS}` }}>
            {f(T.intro, { points: m.monthEnds.length, months: m.followUpMonths, days: m.lateDays })}{" "}
            {f(T.observations, { observations: m.observations, late: m.late })}
          </Caption1>
          {measure(T.gradeLabel, m.grade, "model-check-grade")}
          {measure(T.baselineLabel, m.baseline, "model-check-baseline")}
          {m.status === "ok" && m.lead && (
            <>
              <Text as="p" data-testid="model-check-lead">
                {f(T.leadLine, { lead: signed(m.lead.value), low: signed(m.lead.low), high: signed(m.lead.high) })}
              </Text>
              <p data-testid="model-check-verdict">
                {{ better: T.verdictBetter, noBetter: T.verdictNoBetter, worse: T.verdictWorse }[m.lead.verdict]}
              </p>
            </>
          )}
          {m.status === "ok" && !m.lead && m.gradeAtLeastBaseline !== null && (
            <p data-testid="model-check-verdict">{m.gradeAtLeastBaseline ? T.better : T.worse}</p>
          )}
          <Caption1 as="p" style={{ margin: `0 0 ${tokens.spacingVerticalS}` }}>
            {T.aucHelp}
          </Caption1>
          {m.calibration.length > 0 && (
            <SimpleTable<CalibrationRow>
              label={T.calibrationTitle}
              testId="model-check-calibration"
              rows={m.calibration}
              rowKey={(r) => String(r.grade)}
              columns={[
                { key: "grade", header: T.colGrade, numeric: true, cell: (r) => r.grade },
                { key: "n", header: T.colCustomers, numeric: true, cell: (r) => number(r.customers, 0) },
                // Share paying late and days late in one column, so the table fits a 270 px pane.
                {
                  key: "late",
                  header: `${T.colLateShare} · ${T.colDaysLate}`,
                  cell: (r) => `${percent(r.lateShare)} · ${number(r.weightedDaysLate)}`,
                },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}
