/**
 * The forecast check (history/forecastCheck.ts) for a 270 px pane: per horizon (weeks 1–4, 5–13) the error of our
 * forecast, of the due-date method and of the average-days-to-pay method as label–figure pairs, the verdict — or,
 * plainly, why the ledger is too short; while the check still runs after the results were shown, that it does.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type Analysis, FORECAST_METHODS, type ForecastMethod } from "../../engine";
import { FORECAST_CHECK_TEXT } from "../../i18n/forecastCheck";
import { useStrings } from "../i18n";
import { CheckStatus } from "./CheckStatus";
import type { CheckState } from "./checksContext";
import { usePaneStyles } from "./paneStyles";

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  intro: { margin: `0 0 ${tokens.spacingVerticalS}` },
  horizon: { margin: `${tokens.spacingVerticalS} 0 0` },
  ours: { fontWeight: tokens.fontWeightSemibold },
  help: { margin: 0 },
});

type Check = Analysis["forecastCheck"];

function useForecastCheckTexts() {
  const strings = useStrings(FORECAST_CHECK_TEXT);
  const T = strings.table;
  const label: Record<ForecastMethod, string> = { ours: T.ours, dueDate: T.dueDate, daysToPay: T.daysToPay };
  // A lead in WAPE as signed percentage points ("+12.3", "−0.4").
  const points = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${strings.number(Math.abs(x) * 100, 1)}`;
  return { ...strings, T, f: strings.fill, label, points };
}

/** One horizon (weeks 1–4, 5–13): each method's error as a label–figure pair, ours in bold. */
function Horizon({ h }: { h: Check["horizons"][number] }) {
  const { T, f, label, percent } = useForecastCheckTexts();
  const s = usePaneStyles();
  const st = useStyles();
  return (
    <div data-testid={`forecast-check-${h.horizon.label}`}>
      <h4 className={st.horizon}>{f(T.weeks, { from: h.horizon.fromWeek, to: h.horizon.toWeek })}</h4>
      <dl className={s.pairs}>
        {FORECAST_METHODS.map((m) => (
          <div key={m} className={m === "ours" ? mergeClasses(s.pair, st.ours) : s.pair}>
            <dt>{label[m]}</dt>
            <dd>{h.wape[m] === null ? T.noCollections : percent(h.wape[m]!)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Our lead over the best naive method with its interval, and what it means. */
function Lead({ lead }: { lead: NonNullable<Check["lead"]> }) {
  const { T, f, label, points } = useForecastCheckTexts();
  const verdict = { better: T.verdictBetter, noBetter: T.verdictNoBetter, worse: T.verdictWorse }[lead.verdict];
  return (
    <>
      <p data-testid="forecast-check-lead">
        {f(T.leadLine, {
          lead: points(lead.value),
          low: points(lead.low),
          high: points(lead.high),
          versus: label[lead.versus],
        })}
      </p>
      <p data-testid="forecast-check-lead-verdict">{f(verdict, { versus: label[lead.versus] })}</p>
    </>
  );
}

/** The forecast check of the results shown (nothing without results). */
export function ForecastCheckSection({ check }: { check: CheckState<"forecastCheck"> }) {
  const { T } = useForecastCheckTexts();
  const s = usePaneStyles();
  const st = useStyles();
  if (check === null) return null;
  return (
    <section aria-labelledby="forecast-check-title" data-testid="forecast-check" className={st.section}>
      <h3 id="forecast-check-title" className={s.heading}>
        {T.title}
      </h3>
      {typeof check === "string" ? (
        <CheckStatus state={check} text={T[check]} testId="forecast-check-status" />
      ) : (
        <ForecastCheckFigures c={check} />
      )}
    </section>
  );
}

/** The check's figures: per horizon, the verdict and the lead — or why the ledger is too short. */
function ForecastCheckFigures({ c }: { c: Check }) {
  const { T, f } = useForecastCheckTexts();
  const st = useStyles();
  return (
    <>
      {c.status === "tooShort" ? (
        <p data-testid="forecast-check-verdict">{f(T.tooShort, { points: c.points })}</p>
      ) : (
        <>
          <Caption1 as="p" className={st.intro}>
            {f(T.intro, { points: c.points })}
          </Caption1>
          {c.horizons.map((h) => (
            <Horizon key={h.horizon.label} h={h} />
          ))}
          <p data-testid="forecast-check-verdict">{c.oursBest ? T.oursBest : T.oursNotBest}</p>
          {c.lead && <Lead lead={c.lead} />}
          <Caption1 as="p" className={st.help}>
            {T.errorHelp}
          </Caption1>
        </>
      )}
    </>
  );
}
