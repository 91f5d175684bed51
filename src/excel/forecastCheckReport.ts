/**
 * The forecast check on the report sheet (history/forecastCheck.ts): one small table — per horizon (weeks 1–4, 5–13)
 * the error of our forecast, of the due-date method and of the average-days-to-pay method — titled with what was
 * done and the verdict, or why the ledger is too short. Pure, like buildReport.
 */
import type { Analysis } from "../engine";
import { FORECAST_CHECK_TEXT } from "../i18n/forecastCheck";
import { Language, fillTemplate } from "../i18n/translate";
import type { ReportTable } from "./reportModel";

const share = (x: number | null) => (x === null ? null : Math.round(x * 10000) / 10000);

export function forecastCheckTable(a: Analysis, language: Language): ReportTable {
  const T = FORECAST_CHECK_TEXT[language];
  const c = a.forecastCheck;
  const f = (template: string, params: Record<string, string | number>) => fillTemplate(template, params, language);
  const said =
    c.status === "tooShort"
      ? f(T.tooShort, { points: c.points })
      : `${f(T.intro, { points: c.points })} ${c.oursBest ? T.oursBest : T.oursNotBest}`;
  return {
    name: "ForecastCheck",
    title: `${T.reportTitle} — ${said}`,
    columns: [
      { header: T.reportHorizon, format: "text" },
      { header: T.ours, format: "percent" },
      { header: T.dueDate, format: "percent" },
      { header: T.daysToPay, format: "percent" },
    ],
    rows:
      c.status === "tooShort"
        ? []
        : c.horizons.map((h) => [
            f(T.weeks, { from: h.horizon.fromWeek, to: h.horizon.toWeek }),
            share(h.wape.ours),
            share(h.wape.dueDate),
            share(h.wape.daysToPay),
          ]),
  };
}
