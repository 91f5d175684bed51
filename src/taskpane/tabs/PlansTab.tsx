/** A proposed plan per customer with an overdue undisputed balance, and the re-plan after a missed payment. */
import { Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useState } from "react";
import { REPLAN_DAYS_LATE, replanMissed } from "../../engine/analysis/plans";
import type { Analysis, Installment } from "../../engine/analysis/types";
import { SimpleTable } from "../components/SimpleTable";
import { useTexts } from "../i18n";

function Schedule({ rows, label }: { rows: Installment[]; label: string }) {
  const { t, money, date } = useTexts();
  return (
    <SimpleTable
      label={label}
      rows={rows}
      rowKey={(r) => String(r.number)}
      columns={[
        { key: "no", header: t("colNo"), cell: (r) => (r.number === 0 ? t("downPayment") : r.number) },
        { key: "due", header: t("colDue"), nowrap: true, cell: (r) => date(r.dueDate) },
        { key: "payment", header: t("colPayment"), numeric: true, cell: (r) => money(r.payment) },
        { key: "interest", header: t("colInterest"), numeric: true, cell: (r) => money(r.interest) },
        { key: "principal", header: t("colPrincipal"), numeric: true, cell: (r) => money(r.principal) },
        { key: "remaining", header: t("colRemaining"), numeric: true, cell: (r) => money(r.remaining) },
      ]}
    />
  );
}

export function PlansTab({ analysis }: { analysis: Analysis }) {
  const { t, money, percent, reason, date } = useTexts();
  const [customer, setCustomer] = useState(analysis.plans[0]?.customer ?? "");
  const [missed, setMissed] = useState<number | null>(null);
  const [daysLate, setDaysLate] = useState(String(REPLAN_DAYS_LATE));
  const plan = analysis.plans.find((p) => p.customer === customer) ?? analysis.plans[0];
  if (!plan) return <p>{t("plansNone")}</p>;
  const missedNumber = missed !== null && plan.schedule.some((r) => r.number === missed) ? missed : plan.replan.missedInstallment;
  const late = Math.min(3650, Math.max(0, Math.floor(Number(daysLate) || 0)));
  const re = replanMissed(plan, missedNumber, late);
  return (
    <div>
      <Field label={t("planFor")}>
        <Select value={plan.customer} onChange={(_, d) => (setCustomer(d.value), setMissed(null))} style={{ width: "100%", minWidth: 0 }}>
          {analysis.plans.map((p) => (
            <option key={p.customer} value={p.customer}>
              {p.customer} — {money(p.overdueBalance)}
            </option>
          ))}
        </Select>
      </Field>
      <p data-testid="plan-summary">
        {t("planSummary", { customer: plan.customer, grade: plan.grade, balance: money(plan.overdueBalance), installments: plan.installments, down: money(plan.downPayment), rate: percent(plan.annualRate) })}
      </p>
      <ul style={{ margin: "0 0 8px" }}>{plan.reasons.map((r, i) => <li key={i}>{reason(r)}</li>)}</ul>
      <h3 style={{ margin: "4px 0" }}>{t("planSchedule")}</h3>
      <Schedule rows={plan.schedule} label={t("planSchedule")} />
      <h3 style={{ margin: "12px 0 4px" }}>{t("replanTitle")}</h3>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: 8, marginBottom: 8 }}>
        <Field label={t("replanMissed")}>
          <Select value={String(missedNumber)} onChange={(_, d) => setMissed(Number(d.value))} style={{ width: "100%", minWidth: 0 }}>
            {plan.schedule.map((r) => (
              <option key={r.number} value={String(r.number)}>
                {r.number === 0 ? t("downPayment") : r.number} · {date(r.dueDate)} · {money(r.payment)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("replanDaysLate")}>
          <Input type="number" min={0} max={3650} value={daysLate} onChange={(_, d) => setDaysLate(d.value)} style={{ width: "100%", minWidth: 0 }} />
        </Field>
      </div>
      <p style={{ margin: 0 }} data-testid="replan-summary">
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
