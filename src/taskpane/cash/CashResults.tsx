/** The plan's answers: lowest cash and first week below, the chart, the weeks, the scenarios, the levers, frozen plans. */
import { Button } from "@fluentui/react-components";
import type { CashAnalysis, Lever, Scenario } from "../../engine";
import { CashChart, type CashLine } from "../components/CashChart";
import { useCashTexts } from "./cashTexts";
import { useMemo } from "react";
import { makeTexts, TextsContext, useTexts } from "../i18n";
import { CASH_CURRENCY_TEXT, currencyScenarioName } from "../../i18n/cashCurrency";
import { fillTemplate } from "../../i18n/translate";

const h3 = { fontSize: 14, margin: "10px 0 4px" } as const;
const card = { padding: "4px 0", borderBottom: "1px solid var(--colorNeutralStroke2)" } as const;

type CashTexts = ReturnType<typeof useCashTexts>;
type WeekRow = CashAnalysis["plan"]["weeks"][number];

export function useScenarioName() {
  const { c, language } = useCashTexts();
  return (s: Scenario): string => {
    switch (s.kind) {
      case "base":
        return c("scenarioBase");
      case "late":
        return c("scenarioLate", { days: s.days ?? 0 });
      case "silent":
        return c("scenarioSilent", { customer: s.customer ?? "" });
      case "overdueCap":
        return c("scenarioOverdueCap", { days: s.days ?? 0 });
      case "combined":
        return c("scenarioCombined", { customer: s.customer ?? "", days: s.days ?? 0 });
      case "currency":
        return currencyScenarioName(s, language) ?? "";
    }
  };
}

/** "USD at 6.84 instead of 7.2": the rate the currency scenario used. */
function CurrencyRateLine({ currency }: { currency: NonNullable<Scenario["currency"]> }) {
  const { language } = useCashTexts();
  if (currency.rate === null) return null;
  const stressed = Math.round(currency.rate * (1 + currency.move) * 1e6) / 1e6;
  const params = { currency: currency.code, stressed: String(stressed), rate: String(currency.rate) };
  return <div>{fillTemplate(CASH_CURRENCY_TEXT[language].scenarioCurrencyRate, params, language)}</div>;
}

/** A scenario: its name, its low point, the first week below the buffer, its indemnity or currency rate. */
function ScenarioItem({ s }: { s: Scenario }) {
  const { c, money } = useCashTexts();
  const name = useScenarioName();
  return (
    <li style={card} data-testid={`scenario-${s.kind}`}>
      <strong>{name(s)}</strong>
      {s.currency && <CurrencyRateLine currency={s.currency} />}
      <div>
        {c("lowest")}: {c("lowestLine", { amount: money(s.plan.lowest.closing), week: s.plan.lowest.week })}
      </div>
      <div>
        {c("firstBelow")}:{" "}
        {s.plan.firstBelow
          ? c("firstBelowLine", { week: s.plan.firstBelow.week, gap: money(s.plan.firstBelow.gap) })
          : c("neverBelow")}
      </div>
      {s.indemnity && (
        <div>
          {s.indemnity.week !== null
            ? c("indemnityLine", { amount: money(s.indemnity.amount), week: s.indemnity.week })
            : c("indemnityAfter", { amount: money(s.indemnity.amount) })}
        </div>
      )}
    </li>
  );
}

function leverTitle(l: Lever, c: CashTexts["c"]): string {
  const customer = l.customer ?? "";
  switch (l.kind) {
    case "collectOverdue":
      return c("leverCollectOverdue", { customer });
    case "earlyDiscount":
      return c("leverEarlyDiscount", { customer });
    case "factoring":
      return c("leverFactoring");
    case "payOnDue":
      return c("leverPayOnDue");
    case "creditLine":
      return c("leverCreditLine");
    case "insurance":
      return c("leverInsurance", { customer });
  }
}

/** The plan's answers, every amount in the plan's reporting currency (本币). */
export function CashResults(props: { cash: CashAnalysis; onFreeze: () => void }) {
  const texts = useTexts();
  const reporting = props.cash.reportingCurrency;
  const value = useMemo(
    () => (reporting === texts.currency ? texts : makeTexts(texts.language, reporting)),
    [texts, reporting],
  );
  return (
    <TextsContext.Provider value={value}>
      <CashResultsBody {...props} />
    </TextsContext.Provider>
  );
}

/** The chart's lines: each scenario's closing cash week by week (the base case is the plan), then the buffer. */
function chartLines(cash: CashAnalysis, name: (s: Scenario) => string, c: CashTexts["c"]): CashLine[] {
  const { plan } = cash;
  return [
    ...cash.scenarios.map((s) => ({
      label: name(s),
      values: s.plan.weeks.map((w) => w.closing),
      kind: s.kind === "base" ? ("plan" as const) : ("scenario" as const),
    })),
    { label: c("chartBuffer"), values: plan.weeks.map(() => plan.minimumCash), kind: "buffer" },
  ];
}

/** The two answers first: the lowest cash and its week, the first week below the buffer and by how much. */
function CashSummary({ plan }: { plan: CashAnalysis["plan"] }) {
  const { c, money } = useCashTexts();
  return (
    <dl
      style={{ display: "grid", gridTemplateColumns: "auto 1fr", gap: "2px 8px", margin: "6px 0" }}
      data-testid="cash-summary"
    >
      <dt>{c("lowest")}</dt>
      <dd style={{ margin: 0, textAlign: "right" }}>
        {c("lowestLine", { amount: money(plan.lowest.closing), week: plan.lowest.week })}
      </dd>
      <dt>{c("firstBelow")}</dt>
      <dd style={{ margin: 0, textAlign: "right" }}>
        {plan.firstBelow
          ? c("firstBelowLine", { week: plan.firstBelow.week, gap: money(plan.firstBelow.gap) })
          : c("neverBelow")}
      </dd>
    </dl>
  );
}

/** A week: its closing cash (red below the buffer), opened to show what comes in and goes out. */
function WeekItem({ w }: { w: WeekRow }) {
  const { c, money, date } = useCashTexts();
  return (
    <li style={card}>
      <details>
        <summary
          style={{
            display: "flex",
            justifyContent: "space-between",
            gap: 6,
            cursor: "pointer",
            color: w.belowMinimum ? "var(--colorPaletteRedForeground1)" : undefined,
          }}
        >
          <span>
            {c("weekCol")} {w.week} · {date(w.start)}
          </span>
          <span style={{ whiteSpace: "nowrap" }}>{money(w.closing)}</span>
        </summary>
        <div style={{ fontSize: "var(--fontSizeBase200)" }}>
          {c("weekIn")} {money(w.inflows)} · {c("weekOut")} {money(w.outflows)}
          <br />
          {c("weekDetail", {
            collections: money(w.collections),
            otherIn: money(w.otherIn),
            payables: money(w.payables),
            otherOut: money(w.otherOut),
          })}
        </div>
      </details>
    </li>
  );
}

/** A lever: what it brings by the target week and what it costs, opened to show why. */
function LeverItem({ l, targetWeek }: { l: Lever; targetWeek: number }) {
  const { c, money, reason } = useCashTexts();
  return (
    <li style={card}>
      <details>
        <summary style={{ cursor: "pointer" }}>
          {leverTitle(l, c)} — {c("leverCash", { cash: money(l.cash), week: targetWeek })}
          {l.cost !== null ? ` · ${c("leverCost", { cost: money(l.cost) })}` : ""}
        </summary>
        {l.reasons.map((r, k) => (
          <div key={k}>{reason(r)}</div>
        ))}
      </details>
    </li>
  );
}

/** The levers that lift the low point, best first, then the plan's own reasons. */
function LeverList({ cash }: { cash: CashAnalysis }) {
  const { c, reason } = useCashTexts();
  return (
    <>
      <h3 style={h3}>{c("leversTitle")}</h3>
      <p style={{ margin: 0 }}>{c("leversHelp", { week: cash.targetWeek })}</p>
      <ol style={{ margin: 0, paddingLeft: 18 }} data-testid="cash-levers">
        {cash.levers.map((l, i) => (
          <LeverItem key={i} l={l} targetWeek={cash.targetWeek} />
        ))}
      </ol>
      <ul style={{ margin: "6px 0 0", paddingLeft: 18 }}>
        {cash.reasons.map((r, i) => (
          <li key={i}>{reason(r)}</li>
        ))}
      </ul>
    </>
  );
}

/** Plans frozen earlier, each with its planned and actual collections week by week; the button freezes this one. */
function FrozenPlans({ frozen, onFreeze }: { frozen: CashAnalysis["frozen"]; onFreeze: () => void }) {
  const { c, money, date } = useCashTexts();
  return (
    <>
      <h3 style={h3}>{c("frozenTitle")}</h3>
      <Button size="small" onClick={onFreeze} data-testid="freeze-plan">
        {c("freeze")}
      </Button>
      {frozen.length === 0 && <p style={{ margin: "4px 0" }}>{c("noFrozen")}</p>}
      <ul style={{ listStyle: "none", margin: 0, padding: 0 }} data-testid="frozen-plans">
        {frozen.map((f, i) => (
          <li key={i} style={card}>
            <div>{c("frozenLine", { date: date(f.plan.frozenOn), asOf: date(f.plan.asOf) })}</div>
            {f.rows.map((r) => (
              <div key={r.week}>
                {c("plannedVsActual", {
                  week: r.week,
                  planned: money(r.plannedCollections),
                  actual: money(r.actualCollections),
                })}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}

function CashResultsBody({ cash, onFreeze }: { cash: CashAnalysis; onFreeze: () => void }) {
  const { c } = useCashTexts();
  const name = useScenarioName();
  const { plan } = cash;
  return (
    <div>
      <CashSummary plan={plan} />
      <CashChart
        title={c("chartTitle")}
        lines={chartLines(cash, name, c)}
        weekStarts={plan.weeks.map((w) => w.start)}
      />

      <h3 style={h3}>{c("weekTable")}</h3>
      <ul style={{ listStyle: "none", margin: 0, padding: 0 }} data-testid="cash-weeks">
        {plan.weeks.map((w) => (
          <WeekItem key={w.week} w={w} />
        ))}
      </ul>

      <h3 style={h3}>{c("scenariosTitle")}</h3>
      <ul style={{ listStyle: "none", margin: 0, padding: 0 }} data-testid="cash-scenarios">
        {cash.scenarios.map((s, i) => (
          <ScenarioItem key={i} s={s} />
        ))}
      </ul>

      <LeverList cash={cash} />
      <FrozenPlans frozen={cash.frozen} onFreeze={onFreeze} />
    </div>
  );
}
