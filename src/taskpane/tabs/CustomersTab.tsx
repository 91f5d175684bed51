/**
 * Customers as compact rows for a 270 px pane: the name on one line (ellipsis, full name in its tooltip), the grade,
 * the open and overdue amounts, and the badges on a line that wraps. Opening a row shows the other figures (share,
 * days late, terms, limit) and the reasons. Sorted by a chooser instead of column headers.
 */
import {
  Badge,
  Button,
  Field,
  Input,
  Link,
  makeStyles,
  mergeClasses,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useContext, useMemo, useState } from "react";
import {
  acceptProposals,
  type AnalysisBeforeChecks,
  type CustomerAssessment,
  customerKey,
  type KeptLimit,
  type Reason,
} from "../../engine";
import { TERMS } from "../../i18n/labels";
import { GradeBadge } from "../components/GradeBadge";
import { checkOf, ChecksContext } from "../components/checksContext";
import { ModelCheckSection } from "../components/ModelCheckSection";
import { usePaneStyles } from "../components/paneStyles";
import { TermInfo } from "../components/TermInfo";
import { useTexts } from "../i18n";
import { canKeepProposal, proposalText } from "./limitText";

const SHOWN = 500;

const useStyles = makeStyles({
  name: { textAlign: "start" },
  wide: { width: "100%", minWidth: 0 },
  sortField: { margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}` },
  keepAll: { marginTop: tokens.spacingVerticalS },
  heading: { marginTop: 0, overflowWrap: "anywhere" },
  details: { color: "inherit" },
  termsValue: { whiteSpace: "normal", textAlign: "end" },
});

const SORTS = {
  open: { label: "sortOpen", value: (c: CustomerAssessment) => -c.openAmount },
  overdue: { label: "sortOverdue", value: (c: CustomerAssessment) => -c.overdueAmount },
  grade: { label: "sortGrade", value: (c: CustomerAssessment) => -c.grade },
  late: { label: "sortLate", value: (c: CustomerAssessment) => -(c.weightedDaysLate ?? -1) },
  limit: { label: "sortLimit", value: (c: CustomerAssessment) => -c.creditLimit.amount },
  name: { label: "sortName", value: (c: CustomerAssessment) => c.customer },
} as const;
type SortKey = keyof typeof SORTS;

/** The rows in the sort's order (ties as they were): each row's value read once, not once per comparison. */
function sortCustomers(rows: readonly CustomerAssessment[], key: SortKey): CustomerAssessment[] {
  const value = SORTS[key].value as (c: CustomerAssessment) => number | string;
  const keyed = rows.map((c) => ({ c, v: value(c) }));
  keyed.sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  return keyed.map((k) => k.c);
}

function Details({ c, onKeep }: { c: CustomerAssessment; onKeep?: (limits: KeptLimit[]) => void }) {
  const { t, number, money } = useTexts();
  const s = usePaneStyles();
  const cs = useStyles();
  return (
    <section aria-label={c.customer} data-testid="customer-reasons" className={mergeClasses(s.sub, cs.details)}>
      <h3 className={mergeClasses(s.heading, cs.heading)}>{c.customer}</h3>
      <CustomerFigures c={c} />
      <p className={s.text} data-testid="limit-proposal">
        {proposalText(c, t, money)}
      </p>
      {onKeep && canKeepProposal(c) && (
        <Button
          size="small"
          onClick={() => onKeep([{ customer: c.customer, amount: c.creditLimit.amount, source: "accepted" }])}
        >
          {t("limitKeep")}
        </Button>
      )}
      {c.trend !== null && <p className={s.text}>{t("trend", { days: number(c.trend) })}</p>}
      <ReasonList title={t("gradeReasons", { grade: c.grade })} reasons={c.gradeReasons.slice(1)} />
      <ReasonList title={t("termsReasons")} reasons={c.terms.reasons} />
      <ReasonList title={t("limitReasons")} reasons={c.creditLimit.reasons} />
      {c.insuranceReasons.length > 0 && <ReasonList title={t("insuranceReasonsTitle")} reasons={c.insuranceReasons} />}
    </section>
  );
}

/** The opened customer's other figures: share of the receivables, days late, terms and the kept limit. */
function CustomerFigures({ c }: { c: CustomerAssessment }) {
  const { t, p, money, percent, days, language } = useTexts();
  const s = usePaneStyles();
  const cs = useStyles();
  return (
    <dl className={s.pairs} aria-label={p("customerFigures")}>
      <div className={s.pair}>
        <dt>{p("shareOfAr")}</dt>
        <dd>{percent(c.shareOfAR)}</dd>
      </div>
      <div className={s.pair}>
        <dt>{t("colDaysLate")}</dt>
        <dd>{days(c.weightedDaysLate)}</dd>
      </div>
      <div className={s.pair}>
        <dt>{t("colTerms")}</dt>
        <dd className={cs.termsValue}>{TERMS[language][c.terms.code]}</dd>
      </div>
      <div className={s.pair}>
        <dt>{t("colLimit")}</dt>
        <dd>{c.keptLimit ? money(c.keptLimit.amount) : "–"}</dd>
      </div>
    </dl>
  );
}

/** A titled list of reasons (the grade's, the terms', the limit's, the insurance's). */
function ReasonList({ title, reasons }: { title: string; reasons: Reason[] }) {
  const { reason } = useTexts();
  const s = usePaneStyles();
  return (
    <>
      <h4 className={s.text}>{title}</h4>
      <ul className={s.reasons}>
        {reasons.map((r, i) => (
          <li key={i}>{reason(r)}</li>
        ))}
      </ul>
    </>
  );
}

interface CustomerRowProps {
  c: CustomerAssessment;
  isOpen: boolean;
  onToggle: () => void;
  onKeep?: (limits: KeptLimit[]) => void;
}

/** One customer: the name (opens the details), the grade, the open and overdue amounts, the warning badges. */
function CustomerRow({ c, isOpen, onToggle, onKeep }: CustomerRowProps) {
  const { t, p, money } = useTexts();
  const s = usePaneStyles();
  const cs = useStyles();
  return (
    <li className={s.row} data-testid="customer-row" data-customer={c.customer}>
      <div className={s.top}>
        <Link
          as="button"
          className={mergeClasses(s.title, cs.name)}
          title={c.customer}
          onClick={onToggle}
          aria-expanded={isOpen}
          aria-label={t("showReasons", { customer: c.customer })}
        >
          {c.customer}
        </Link>
        <GradeBadge grade={c.grade} />
      </div>
      <div className={s.sub}>
        {p("openShort", { amount: money(c.openAmount) })}
        {c.overdueAmount !== 0 && ` · ${p("overdueShort", { amount: money(c.overdueAmount) })}`}
      </div>
      {(c.overLimit || c.insuranceAdvised) && (
        <div className={s.badges}>
          {c.overLimit && (
            <Badge size="small" color="danger" appearance="tint">
              {t("overLimit")}
            </Badge>
          )}
          {c.insuranceAdvised && (
            <Badge size="small" color="warning" appearance="tint">
              {t("insured")}
            </Badge>
          )}
        </div>
      )}
      {isOpen && <Details c={c} onKeep={onKeep} />}
    </li>
  );
}

export function CustomersTab({
  analysis,
  onAcceptLimits,
}: {
  analysis: AnalysisBeforeChecks;
  onAcceptLimits?: (limits: KeptLimit[]) => void;
}) {
  const { t, p } = useTexts();
  const s = usePaneStyles();
  const checks = useContext(ChecksContext);
  const [sort, setSort] = useState<SortKey>("open");
  const [open, setOpen] = useState<string | null>(null);
  const [find, setFind] = useState("");
  // Find by any part of the name, however its full-width/half-width characters or letter case are written.
  const needle = customerKey(find.trim()).toLowerCase();
  // Found and sorted once per search, sort and analysis, not at every render (a card opened, a limit kept).
  const found = useMemo(
    () =>
      needle === ""
        ? analysis.customers
        : analysis.customers.filter((c) => customerKey(c.customer).toLowerCase().includes(needle)),
    [analysis.customers, needle],
  );
  const rows = useMemo(() => sortCustomers(found, sort), [found, sort]);
  return (
    <div>
      <FindAndSort find={find} onFind={setFind} sort={sort} onSort={setSort} />
      {needle !== "" && (
        <p className={s.text}>{t("customersFound", { count: found.length, total: analysis.customers.length })}</p>
      )}
      <p className={s.text} data-testid="grade-scale">
        {p("gradeScale")}
        <TermInfo term="grade" />
      </p>
      <ul className={s.list} aria-label={t("customersTitle")} data-testid="customers-table">
        {rows.slice(0, SHOWN).map((c) => (
          <CustomerRow
            key={c.customer}
            c={c}
            isOpen={open === c.customer}
            onToggle={() => setOpen(open === c.customer ? null : c.customer)}
            onKeep={onAcceptLimits}
          />
        ))}
      </ul>
      {rows.length > SHOWN && <p className={s.text}>{t("issuesMore", { count: rows.length - SHOWN })}</p>}
      {onAcceptLimits && <KeepAllLimits analysis={analysis} onKeep={onAcceptLimits} />}
      <ModelCheckSection check={checkOf(checks, "modelCheck")} />
    </div>
  );
}

interface FindAndSortProps {
  find: string;
  onFind: (text: string) => void;
  sort: SortKey;
  onSort: (key: SortKey) => void;
}

/** Find a customer by part of the name, and the order of the list. */
function FindAndSort({ find, onFind, sort, onSort }: FindAndSortProps) {
  const { t, p } = useTexts();
  const cs = useStyles();
  return (
    <>
      <Field label={t("findCustomer")}>
        <Input type="search" value={find} onChange={(_, d) => onFind(d.value)} className={cs.wide} />
      </Field>
      <Field label={p("sortCustomers")} className={cs.sortField}>
        <Select value={sort} onChange={(_, d) => onSort(d.value as SortKey)} className={cs.wide}>
          {(Object.keys(SORTS) as SortKey[]).map((k) => (
            <option key={k} value={k}>
              {p(SORTS[k].label)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

/** "Keep all proposed limits": every proposal the engine allows to keep, at once, and what that does. */
function KeepAllLimits({
  analysis,
  onKeep,
}: {
  analysis: AnalysisBeforeChecks;
  onKeep: (limits: KeptLimit[]) => void;
}) {
  const { t } = useTexts();
  const s = usePaneStyles();
  const cs = useStyles();
  return (
    <div className={cs.keepAll}>
      <Button size="small" data-testid="keep-all-limits" onClick={() => onKeep(acceptProposals(analysis.customers))}>
        {t("limitKeepAll")}
      </Button>
      <p className={s.text}>{t("limitKeepHelp")}</p>
    </div>
  );
}
