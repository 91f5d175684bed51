/** A proposed plan per customer with an overdue undisputed balance, and the re-plan after a missed payment. */
import { Field, Input, MessageBar, MessageBarBody, Select, Switch } from "@fluentui/react-components";
import { useState } from "react";
import { type AnalysisBeforeChecks, type Installment, REPLAN_DAYS_LATE, replanMissed } from "../../engine";
import { SimpleTable } from "../components/SimpleTable";
import { usePaneStyles } from "../components/paneStyles";
import { useTexts } from "../i18n";

/**
 * A schedule as compact rows (number and due date, the payment on the right; interest, principal and remaining
 * below), or — with "wide view" on — the full table, which then scrolls sideways inside its own region.
 */
function Schedule({ rows, label }: { rows: Installment[]; label: string }) {
  const { t, p, money, date } = useTexts();
  const s = usePaneStyles();
  const [wide, setWide] = useState(false);
  const no = (r: Installment) => (r.number === 0 ? t("downPayment") : r.number);
  return (
    <div>
      <Switch checked={wide} onChange={(_, d) => setWide(d.checked)} label={p("wideView")} />
      {wide ? (
        <div className={s.wide} data-scroll="x">
          <SimpleTable
            label={label}
            rows={rows}
            rowKey={(r) => String(r.number)}
            columns={[
              { key: "no", header: t("colNo"), nowrap: true, cell: no },
              { key: "due", header: t("colDue"), nowrap: true, cell: (r) => date(r.dueDate) },
              { key: "payment", header: t("colPayment"), numeric: true, cell: (r) => money(r.payment) },
              { key: "interest", header: t("colInterest"), numeric: true, cell: (r) => money(r.interest) },
              { key: "principal", header: t("colPrincipal"), numeric: true, cell: (r) => money(r.principal) },
              { key: "remaining", header: t("colRemaining"), numeric: true, cell: (r) => money(r.remaining) },
            ]}
          />
        </div>
      ) : (
        <ul className={s.list} aria-label={label}>
          {rows.map((r) => (
            <li key={r.number} className={s.row}>
              <div className={s.top}>
                <span className={s.title}>
                  {no(r)} · {date(r.dueDate)}
                </span>
                <span className={s.figure}>{money(r.payment)}</span>
              </div>
              <div className={s.sub}>
                {p("installmentLine", {
                  interest: money(r.interest),
                  principal: money(r.principal),
                  remaining: money(r.remaining),
                })}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const full = { width: "100%", minWidth: 0 } as const;
/** A choice longer than its box (a long name, an installment at 270 px) ends in "…"; the full text is its tooltip. */
const cut = { textOverflow: "ellipsis", overflow: "hidden", whiteSpace: "nowrap" } as const;
/** One customer's proposed plan, as the analysis gives it. */
type PaymentPlan = AnalysisBeforeChecks["plans"][number];

export function PlansTab({ analysis }: { analysis: AnalysisBeforeChecks }) {
  const { t, money } = useTexts();
  const s = usePaneStyles();
  const [customer, setCustomer] = useState(analysis.plans[0]?.customer ?? "");
  const [missed, setMissed] = useState<number | null>(null);
  const [daysLate, setDaysLate] = useState(String(REPLAN_DAYS_LATE));
  const plan = analysis.plans.find((p) => p.customer === customer) ?? analysis.plans[0];
  if (!plan) return <p>{t("plansNone")}</p>;
  const missedNumber =
    missed !== null && plan.schedule.some((r) => r.number === missed) ? missed : plan.replan.missedInstallment;
  const late = Math.min(3650, Math.max(0, Math.floor(Number(daysLate) || 0)));
  const re = replanMissed(plan, missedNumber, late);
  return (
    <div>
      <Field label={t("planFor")}>
        <Select
          value={plan.customer}
          onChange={(_, d) => (setCustomer(d.value), setMissed(null))}
          style={full}
          select={{ style: cut, title: plan.customer }}
        >
          {analysis.plans.map((p) => (
            <option key={p.customer} value={p.customer}>
              {p.customer}
            </option>
          ))}
        </Select>
      </Field>
      <PlanSummary plan={plan} />
      <h3 className={s.heading}>{t("planSchedule")}</h3>
      <Schedule rows={plan.schedule} label={t("planSchedule")} />
      <h3 className={s.heading}>{t("replanTitle")}</h3>
      <ReplanFields
        plan={plan}
        missedNumber={missedNumber}
        onMissed={setMissed}
        daysLate={daysLate}
        onDaysLate={setDaysLate}
      />
      <p className={s.text} data-testid="replan-summary">
        {t("replanSummary", { interest: money(re.lateInterest) })}
      </p>
      {re.accelerationReached && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("replanAcceleration", { threshold: money(plan.accelerationThreshold) })}</MessageBarBody>
        </MessageBar>
      )}
      <Schedule rows={re.schedule} label={t("replanTitle")} />
    </div>
  );
}

/** The proposed plan in a sentence (grade, balance, installments, down payment, rate) and the reasons for it. */
function PlanSummary({ plan }: { plan: PaymentPlan }) {
  const { t, money, percent, reason } = useTexts();
  const s = usePaneStyles();
  return (
    <>
      <p data-testid="plan-summary" className={s.text}>
        {t("planSummary", {
          customer: plan.customer,
          grade: plan.grade,
          balance: money(plan.overdueBalance),
          installments: plan.installments,
          down: money(plan.downPayment),
          rate: percent(plan.annualRate),
        })}
      </p>
      <ul className={s.reasons}>
        {plan.reasons.map((r, i) => (
          <li key={i}>{reason(r)}</li>
        ))}
      </ul>
    </>
  );
}

interface ReplanFieldsProps {
  plan: PaymentPlan;
  missedNumber: number;
  onMissed: (installment: number) => void;
  /** The days late as typed (the re-plan reads it as a whole number from 0 to 3650). */
  daysLate: string;
  onDaysLate: (text: string) => void;
}

/** The re-plan's inputs: which installment was missed and how many days late it is paid. */
function ReplanFields({ plan, missedNumber, onMissed, daysLate, onDaysLate }: ReplanFieldsProps) {
  const { t, money, date } = useTexts();
  const label = (r: Installment) =>
    `${r.number === 0 ? t("downPayment") : r.number} · ${date(r.dueDate)} · ${money(r.payment)}`;
  const chosen = plan.schedule.find((r) => r.number === missedNumber);
  return (
    <div
      style={{
        display: "grid",
        gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 180px), 1fr))",
        gap: 8,
        marginBottom: 8,
      }}
    >
      <Field label={t("replanMissed")}>
        <Select
          value={String(missedNumber)}
          onChange={(_, d) => onMissed(Number(d.value))}
          style={full}
          select={{ style: cut, ...(chosen ? { title: label(chosen) } : {}) }}
        >
          {plan.schedule.map((r) => (
            <option key={r.number} value={String(r.number)}>
              {label(r)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("replanDaysLate")}>
        <Input
          type="number"
          min={0}
          max={3650}
          value={daysLate}
          onChange={(_, d) => onDaysLate(d.value)}
          style={full}
        />
      </Field>
    </div>
  );
}
