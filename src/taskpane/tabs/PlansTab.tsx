/** A proposed plan per customer with an overdue undisputed balance, and the re-plan after a missed payment. */
import { Field, Select } from "@fluentui/react-components";
import { useState } from "react";
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
  const { t, money, percent, reason } = useTexts();
  const [customer, setCustomer] = useState(analysis.plans[0]?.customer ?? "");
  const plan = analysis.plans.find((p) => p.customer === customer) ?? analysis.plans[0];
  if (!plan) return <p>{t("plansNone")}</p>;
  return (
    <div>
      <Field label={t("planFor")}>
        <Select value={plan.customer} onChange={(_, d) => setCustomer(d.value)} style={{ width: "100%", minWidth: 0 }}>
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
      <p style={{ margin: 0 }}>{t("replanSummary", { interest: money(plan.replan.lateInterest) })}</p>
      <Schedule rows={plan.replan.schedule} label={t("replanTitle")} />
    </div>
  );
}
