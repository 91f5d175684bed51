/** Customers sortable by grade, open, overdue, days late, terms or limit; a customer's name opens its reasons. */
import { Badge, Field, Input, Link } from "@fluentui/react-components";
import { useState } from "react";
import type { Analysis, CustomerAssessment } from "../../engine/analysis/types";
import { customerKey } from "../../engine/ledger/customerKey";
import { TERMS } from "../../i18n/labels";
import { ModelCheckSection } from "../components/ModelCheckSection";
import { Column, SimpleTable, SortState, sortRows } from "../components/SimpleTable";
import { useTexts } from "../i18n";

const SHOWN = 500;

function Reasons({ c }: { c: CustomerAssessment }) {
  const { t, reason, number } = useTexts();
  const band = c.paydexBand === null ? null : t(c.paydexBand === "low" ? "bandLow" : c.paydexBand === "medium" ? "bandMedium" : "bandHigh");
  return (
    <section aria-label={c.customer} data-testid="customer-reasons" style={{ padding: 8, border: "1px solid var(--colorNeutralStroke2)", borderRadius: 4, marginTop: 8 }}>
      <h3 style={{ margin: "0 0 4px" }}>{c.customer}</h3>
      {c.paydex !== null && <p style={{ margin: 0 }}>{t("paymentScore", { score: number(c.paydex, 0), band: band ?? "" })}</p>}
      {c.trend !== null && <p style={{ margin: 0 }}>{t("trend", { days: number(c.trend) })}</p>}
      <h4 style={{ margin: "6px 0 2px" }}>{t("gradeReasons", { grade: c.grade })}</h4>
      <ul style={{ margin: 0 }}>{c.gradeReasons.slice(1).map((r, i) => <li key={i}>{reason(r)}</li>)}</ul>
      <h4 style={{ margin: "6px 0 2px" }}>{t("termsReasons")}</h4>
      <ul style={{ margin: 0 }}>{c.terms.reasons.map((r, i) => <li key={i}>{reason(r)}</li>)}</ul>
      <h4 style={{ margin: "6px 0 2px" }}>{t("limitReasons")}</h4>
      <ul style={{ margin: 0 }}>{c.creditLimit.reasons.map((r, i) => <li key={i}>{reason(r)}</li>)}</ul>
      {c.insuranceReasons.length > 0 && (
        <>
          <h4 style={{ margin: "6px 0 2px" }}>{t("insuranceReasonsTitle")}</h4>
          <ul style={{ margin: 0 }}>{c.insuranceReasons.map((r, i) => <li key={i}>{reason(r)}</li>)}</ul>
        </>
      )}
    </section>
  );
}

export function CustomersTab({ analysis }: { analysis: Analysis }) {
  const { t, money, number, percent, language } = useTexts();
  const [sort, setSort] = useState<SortState>({ key: "open", descending: true });
  const [open, setOpen] = useState<string | null>(null);
  const [find, setFind] = useState("");
  const columns: Column<CustomerAssessment>[] = [
    {
      key: "customer",
      header: t("colCustomer"),
      sortValue: (c) => c.customer,
      cell: (c) => (
        <span>
          <Link as="button" onClick={() => setOpen(open === c.customer ? null : c.customer)} aria-expanded={open === c.customer} aria-label={t("showReasons", { customer: c.customer })}>
            {c.customer}
          </Link>{" "}
          {c.overLimit && <Badge size="small" color="danger" appearance="tint">{t("overLimit")}</Badge>}{" "}
          {c.insuranceAdvised && <Badge size="small" color="warning" appearance="tint">{t("insured")}</Badge>}
        </span>
      ),
    },
    { key: "grade", header: t("colGrade"), numeric: true, sortValue: (c) => c.grade, cell: (c) => c.grade },
    { key: "open", header: t("colOpen"), numeric: true, sortValue: (c) => c.openAmount, cell: (c) => money(c.openAmount) },
    { key: "share", header: t("colShare"), numeric: true, sortValue: (c) => c.shareOfAR, cell: (c) => percent(c.shareOfAR) },
    { key: "overdue", header: t("colOverdue"), numeric: true, sortValue: (c) => c.overdueAmount, cell: (c) => money(c.overdueAmount) },
    { key: "late", header: t("colDaysLate"), numeric: true, sortValue: (c) => c.weightedDaysLate ?? -1, cell: (c) => number(c.weightedDaysLate) },
    { key: "terms", header: t("colTerms"), sortValue: (c) => c.grade, cell: (c) => TERMS[language][c.terms.code] },
    { key: "limit", header: t("colLimit"), numeric: true, sortValue: (c) => c.creditLimit.amount, cell: (c) => money(c.creditLimit.amount) },
  ];
  // Find by any part of the name, however its full-width/half-width characters or letter case are written.
  const needle = customerKey(find.trim()).toLowerCase();
  const found = needle === "" ? analysis.customers : analysis.customers.filter((c) => customerKey(c.customer).toLowerCase().includes(needle));
  const rows = sortRows(found, columns, sort);
  const selected = open === null ? null : analysis.customers.find((c) => c.customer === open) ?? null;
  return (
    <div>
      <Field label={t("findCustomer")} style={{ marginBottom: 8 }}>
        <Input type="search" value={find} onChange={(_, d) => setFind(d.value)} style={{ width: "100%", minWidth: 0 }} />
      </Field>
      {needle !== "" && <p style={{ margin: "0 0 8px" }}>{t("customersFound", { count: found.length, total: analysis.customers.length })}</p>}
      {selected && <Reasons c={selected} />}
      <div>
        <SimpleTable
          label={t("customersTitle")}
          testId="customers-table"
          columns={columns}
          rows={rows.slice(0, SHOWN)}
          rowKey={(c) => c.customer}
          sort={sort}
          onSort={(key) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== "customer" }))}
          sortLabel={(h) => t("sortBy", { column: h })}
        />
      </div>
      {rows.length > SHOWN && <p>{t("issuesMore", { count: rows.length - SHOWN })}</p>}
      <ModelCheckSection analysis={analysis} />
    </div>
  );
}
