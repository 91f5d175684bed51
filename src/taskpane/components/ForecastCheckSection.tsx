/**
 * The forecast check (history/forecastCheck.ts) for a 270 px pane: per horizon (weeks 1–4, 5–13) the error of our
 * forecast, of the due-date method and of the average-days-to-pay method as label–figure pairs, the verdict — or,
 * plainly, why the ledger is too short.
 */
import { Caption1, tokens } from "@fluentui/react-components";
import { type Analysis, FORECAST_METHODS, type ForecastMethod } from "../../engine";
import { FORECAST_CHECK_TEXT } from "../../i18n/forecastCheck";
import { useStrings } from "../i18n";
import { usePaneStyles } from "./paneStyles";

export function ForecastCheckSection({ analysis }: { analysis: Analysis }) {
  const { percent, number, table: T, fill: f } = useStrings(FORECAST_CHECK_TEXT);
  // A lead in WAPE as signed percentage points ("+12.3", "−0.4").
  const points = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${number(Math.abs(x) * 100, 1)}`;
  const s = usePaneStyles();
  const c = analysis.forecastCheck;
  const label: Record<ForecastMethod, string> = { ours: T.ours, dueDate: T.dueDate, daysToPay: T.daysToPay };
  return (
    <section
      aria-labelledby="forecast-check-title"
      data-testid="forecast-check"
      style={{ marginTop: tokens.spacingVerticalL }}
    >
      <h3 id="forecast-check-title" className={s.heading}>
        {T.title}
      </h3>
      {c.status === "tooShort" ? (
        <p data-testid="forecast-check-verdict">{f(T.tooShort, { points: c.points })}</p>
      ) : (
        <>
          <Caption1 as="p" style={{ margin: `0 0 ${tokens.spacingVerticalS}` }}>
            {f(T.intro, { points: c.points })}
          </Caption1>
          {c.horizons.map((h) => (
            <div key={h.horizon.label} data-testid={`forecast-check-${h.horizon.label}`}>
              <h4 style={{ margin: `${tokens.spacingVerticalS} 0 0` }}>
                {f(T.weeks, { from: h.horizon.fromWeek, to: h.horizon.toWeek })}
              </h4>
              <dl className={s.pairs}>
                {FORECAST_METHODS.map((m) => (
                  <div
                    key={m}
                    className={s.pair}
                    style={m === "ours" ? { fontWeight: tokens.fontWeightSemibold } : undefined}
                  >
                    <dt>{label[m]}</dt>
                    <dd>{h.wape[m] === null ? T.noCollections : percent(h.wape[m]!)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
          <p data-testid="forecast-check-verdict">{c.oursBest ? T.oursBest : T.oursNotBest}</p>
          {c.lead && (
            <>
              <p data-testid="forecast-check-lead">
                {f(T.leadLine, {
                  lead: points(c.lead.value),
                  low: points(c.lead.low),
                  high: points(c.lead.high),
                  versus: label[c.lead.versus],
                })}
              </p>
              <p data-testid="forecast-check-lead-verdict">
                {f({ better: T.verdictBetter, noBetter: T.verdictNoBetter, worse: T.verdictWorse }[c.lead.verdict], {
                  versus: label[c.lead.versus],
                })}
              </p>
            </>
          )}
          <Caption1 as="p" style={{ margin: 0 }}>
            {T.errorHelp}
          </Caption1>
        </>
      )}
    </section>
  );
}
