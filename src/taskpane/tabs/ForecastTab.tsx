/** The 13-week collection forecast: a chart with a value axis, the weeks as a two-column table, the totals. */
import { tokens } from "@fluentui/react-components";
import { useContext } from "react";
import type { AnalysisBeforeChecks } from "../../engine";
import { CHART_TEXT, moneyAxisTitle } from "../../i18n/charts";
import { BarChart } from "../components/charts";
import { usePaneStyles } from "../components/paneStyles";
import { checkOf, ChecksContext } from "../components/checksContext";
import { ForecastCheckSection } from "../components/ForecastCheckSection";
import { useTexts } from "../i18n";

type Forecast = AnalysisBeforeChecks["forecast"];
const cell = { padding: `${tokens.spacingVerticalXXS} 0`, fontWeight: tokens.fontWeightRegular } as const;

export function ForecastTab({ analysis }: { analysis: AnalysisBeforeChecks }) {
  const { t, p, money, moneyShort, date, reason, language, currency } = useTexts();
  const s = usePaneStyles();
  const checks = useContext(ChecksContext);
  const f = analysis.forecast;
  return (
    <div>
      <h3 className={s.heading} style={{ marginTop: 0 }}>
        {t("forecastTitle")}
      </h3>
      <BarChart
        title={t("forecastChartLabel")}
        hint={p("chartHint")}
        formatTick={moneyShort}
        formatValue={money}
        valueTitle={moneyAxisTitle(language, currency, CHART_TEXT[language].expected)}
        categoryTitle={CHART_TEXT[language].forecastWeekShort}
        bars={f.weeks.map((w) => ({
          label: String(w.week),
          value: w.expected,
          text: t("weekPoint", { week: w.week, date: date(w.start), amount: money(w.expected) }),
        }))}
      />
      <WeeksTable forecast={f} />
      <ForecastTotals forecast={f} />
      <ul className={s.reasons}>
        {f.reasons.map((r, i) => (
          <li key={i}>{reason(r)}</li>
        ))}
      </ul>
      <ForecastCheckSection check={checkOf(checks, "forecastCheck")} />
    </div>
  );
}

/** The 13 weeks as a two-column table: the week and the day it starts, the amount expected. */
function WeeksTable({ forecast }: { forecast: Forecast }) {
  const { t, money, date } = useTexts();
  const s = usePaneStyles();
  return (
    <table
      style={{ width: "100%", borderCollapse: "collapse" }}
      aria-label={t("forecastTitle")}
      data-testid="forecast-table"
    >
      <thead>
        <tr className={s.sub}>
          <th scope="col" style={{ ...cell, textAlign: "start" }}>{`${t("colWeek")} · ${t("colStarts")}`}</th>
          <th scope="col" style={{ ...cell, textAlign: "end" }}>
            {t("colExpected")}
          </th>
        </tr>
      </thead>
      <tbody>
        {forecast.weeks.map((w) => (
          <tr key={w.week} style={{ borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` }}>
            <th scope="row" style={{ ...cell, textAlign: "start", overflowWrap: "anywhere" }}>
              {t("weekN", { week: w.week })} <span className={s.sub}>{date(w.start)}</span>
            </th>
            <td style={{ ...cell, textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
              {money(w.expected)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Under the weeks: what is expected later, what is doubtful, and the total. */
function ForecastTotals({ forecast }: { forecast: Forecast }) {
  const { t, money } = useTexts();
  const s = usePaneStyles();
  return (
    <dl className={s.pairs}>
      <div className={s.pair}>
        <dt>{t("forecastBeyond")}</dt>
        <dd>{money(forecast.beyond)}</dd>
      </div>
      <div className={s.pair}>
        <dt>{t("forecastDoubtful")}</dt>
        <dd>{money(forecast.doubtful)}</dd>
      </div>
      <div className={s.pair}>
        <dt>{t("forecastTotal")}</dt>
        <dd>{money(forecast.total)}</dd>
      </div>
    </dl>
  );
}
