/**
 * The model check (history/gradeBacktest.ts) for a 270 px pane: the grade's AUC against the naive baseline's, the
 * verdict, and a four-column calibration table per grade — or, plainly, why the ledger is too short or too small;
 * while the check still runs after the results were shown, that it does.
 */
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Analysis, CalibrationRow } from "../../engine";

type ModelCheck = Analysis["modelCheck"];
import { MODEL_CHECK_TEXT } from "../../i18n/modelCheck";
import { useStrings } from "../i18n";
import { CheckStatus } from "./CheckStatus";
import type { CheckState } from "./checksContext";
import { SimpleTable } from "./SimpleTable";
import { TermInfo } from "./TermInfo";

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  title: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  measure: { display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalXS },
  caption: { margin: `0 0 ${tokens.spacingVerticalS}` },
});

function useModelCheckTexts() {
  const strings = useStrings(MODEL_CHECK_TEXT);
  const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${strings.number(Math.abs(x), 3)}`;
  return { ...strings, T: strings.table, f: strings.fill, signed };
}

function Measure({ label, x, testId }: { label: string; x: { auc: number; gini: number } | null; testId: string }) {
  const { T, f, number } = useModelCheckTexts();
  const styles = useStyles();
  return (
    <div data-testid={testId} className={styles.measure}>
      <Text weight="semibold">{label}</Text>
      <Text>{x ? f(T.auc, { auc: number(x.auc, 3), gini: number(x.gini, 3) }) : "–"}</Text>
    </div>
  );
}

/** Better than, no better than or worse than the simple rule: from the lead's interval when there is one. */
function Verdict({ m }: { m: ModelCheck }) {
  const { T, f, signed } = useModelCheckTexts();
  if (m.status !== "ok") return null;
  if (m.lead)
    return (
      <>
        <Text as="p" data-testid="model-check-lead">
          {f(T.leadLine, { lead: signed(m.lead.value), low: signed(m.lead.low), high: signed(m.lead.high) })}
        </Text>
        <p data-testid="model-check-verdict">
          {{ better: T.verdictBetter, noBetter: T.verdictNoBetter, worse: T.verdictWorse }[m.lead.verdict]}
        </p>
      </>
    );
  if (m.gradeAtLeastBaseline === null) return null;
  return <p data-testid="model-check-verdict">{m.gradeAtLeastBaseline ? T.better : T.worse}</p>;
}

function Calibration({ rows }: { rows: CalibrationRow[] }) {
  const { T, number, percent } = useModelCheckTexts();
  if (rows.length === 0) return null;
  return (
    <SimpleTable<CalibrationRow>
      label={T.calibrationTitle}
      testId="model-check-calibration"
      rows={rows}
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
  );
}

/** The model check of the results shown (nothing without results). */
export function ModelCheckSection({ check }: { check: CheckState<"modelCheck"> }) {
  const { T } = useModelCheckTexts();
  const s = useStyles();
  if (check === null) return null;
  return (
    <section aria-labelledby="model-check-title" data-testid="model-check" className={s.section}>
      <h3 id="model-check-title" className={s.title}>
        {T.title}
      </h3>
      {typeof check === "string" ? (
        <CheckStatus state={check} text={T[check]} testId="model-check-status" />
      ) : (
        <ModelCheckFigures m={check} />
      )}
    </section>
  );
}

/** The check's figures: where the history starts, the verdict or why there is none, the measures, by grade. */
function ModelCheckFigures({ m }: { m: ModelCheck }) {
  const { language, date, T, f } = useModelCheckTexts();
  const s = useStyles();
  return (
    <>
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
          <Caption1 as="p" className={s.caption}>
            {f(T.intro, { points: m.monthEnds.length, months: m.followUpMonths, days: m.lateDays })}{" "}
            {f(T.observations, { observations: m.observations, late: m.late })}
          </Caption1>
          <Measure label={T.gradeLabel} x={m.grade} testId="model-check-grade" />
          <Measure label={T.baselineLabel} x={m.baseline} testId="model-check-baseline" />
          <Verdict m={m} />
          <Caption1 as="p" className={s.caption}>
            {T.aucHelp}
            <TermInfo term="auc" />
            <TermInfo term="gini" />
          </Caption1>
          <Calibration rows={m.calibration} />
        </>
      )}
    </>
  );
}
