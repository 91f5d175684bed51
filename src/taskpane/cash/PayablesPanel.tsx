/** The payables ledger: read the selection, what was read (bills, rows not used with their cells), aging, DPO, CCC. */
import { Button } from "@fluentui/react-components";
import type { CashAnalysis, LedgerField } from "../../engine";
import { MappingEditor } from "../components/MappingEditor";
import { useCashTexts } from "./cashTexts";

/** The payables ledger's fields offered for correction (no insured limit: that is a receivables column). */
const PAYABLE_FIELDS: readonly LedgerField[] = [
  "customer",
  "invoiceNumber",
  "invoiceDate",
  "dueDate",
  "amount",
  "paidAmount",
  "openAmount",
  "paidDate",
  "disputed",
  "currency",
  "terms",
];

type Payables = NonNullable<CashAnalysis["payables"]>;

/** The payables' own names for the fields that differ from a receivables ledger (Supplier, Bill no…). */
function payableLabels(c: ReturnType<typeof useCashTexts>["c"]): Partial<Record<LedgerField, string>> {
  return {
    customer: c("fieldSupplier"),
    invoiceNumber: c("fieldBillNo"),
    invoiceDate: c("fieldBillDate"),
    openAmount: c("fieldOpenPayable"),
  };
}

/** What was read: bills, rows not used, blank rows, open and overdue; aging; DPO; the cash conversion cycle. */
function PayablesFigures({ cash, p }: { cash: CashAnalysis; p: Payables }) {
  const { c, money, number } = useCashTexts();
  return (
    <>
      <div>
        {c("payablesRead", {
          bills: p.counts.invoices,
          excluded: p.counts.excluded,
          blank: p.counts.blank,
          open: money(p.totalOpen),
          overdue: money(p.overdueOpen),
        })}
      </div>
      <div>{p.aging.labels.map((l, i) => `${l}: ${money(p.aging.totals[i])}`).join(" · ")}</div>
      <div>
        {c("dpo")}: {number(p.dpo)}
      </div>
      {cash.cycle.ccc !== null && (
        <div>
          {c("ccc")}:{" "}
          {c("cycleLine", {
            dso: number(cash.cycle.dso),
            dio: cash.cycle.dio,
            dpo: number(cash.cycle.dpo),
            ccc: number(cash.cycle.ccc),
          })}
        </div>
      )}
    </>
  );
}

/** The payables columns, folded away, each with a dropdown to correct it; a reset once one is corrected by hand. */
function PayablesColumns({
  p,
  onColumn,
  corrected,
  onResetColumns,
}: {
  p: Payables;
  onColumn: (field: LedgerField, column: number | null) => void;
  corrected: boolean;
  onResetColumns?: () => void;
}) {
  const { c } = useCashTexts();
  return (
    <details data-testid="payables-columns">
      <summary>{c("payablesColumns")}</summary>
      {corrected && onResetColumns && (
        <Button size="small" onClick={onResetColumns} data-testid="payables-reset">
          {c("payablesReset")}
        </Button>
      )}
      <MappingEditor
        mapping={p.mapping}
        columnCount={p.mapping.headers.length}
        fields={PAYABLE_FIELDS}
        labels={payableLabels(c)}
        onChange={onColumn}
      />
    </details>
  );
}

/** The rows not used (the first 50), each with a button that goes to its cells and the reason. */
function ExcludedRows({ excluded, onGoTo }: { excluded: Payables["issues"]; onGoTo: (a: string) => void }) {
  const { c, reason } = useCashTexts();
  return (
    <details>
      <summary>
        {c("payablesIssues")} ({excluded.length})
      </summary>
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {excluded.slice(0, 50).map((i) => (
          <li key={`${i.row}-${i.address}`}>
            <Button size="small" appearance="transparent" onClick={() => onGoTo(i.address)}>
              {i.address}
            </Button>{" "}
            {reason(i.reason)}
          </li>
        ))}
      </ul>
    </details>
  );
}

interface PayablesPanelProps {
  cash: CashAnalysis | undefined;
  address: string | null;
  onUse: () => void;
  onGoTo: (a: string) => void;
  busy: boolean;
  /** Corrects a payables column (the engine reads the bills again with it). */
  onColumn?: (field: LedgerField, column: number | null) => void;
  /** The corrections came from the workbook (a note says so). */
  restored?: boolean;
  /** Some column is corrected by hand (the reset is offered). */
  corrected?: boolean;
  onResetColumns?: () => void;
}

export function PayablesPanel(props: PayablesPanelProps) {
  const { cash, address, onUse, onGoTo, busy, onColumn, restored = false, corrected = false, onResetColumns } = props;
  const { c } = useCashTexts();
  const p = cash?.payables ?? null;
  const excluded = p ? p.issues.filter((i) => i.severity === "excluded") : [];
  return (
    <div>
      <Button size="small" onClick={onUse} disabled={busy} data-testid="use-payables">
        {c("usePayables")}
      </Button>
      {!p && <p style={{ margin: "4px 0" }}>{c("payablesNone")}</p>}
      {p && (
        <div data-testid="payables-summary" style={{ marginTop: 4 }}>
          <div>{address}</div>
          <PayablesFigures cash={cash!} p={p} />
          {restored && <div data-testid="payables-restored">{c("payablesRestored")}</div>}
          {onColumn && (
            <PayablesColumns p={p} onColumn={onColumn} corrected={corrected} onResetColumns={onResetColumns} />
          )}
          {excluded.length > 0 && <ExcludedRows excluded={excluded} onGoTo={onGoTo} />}
        </div>
      )}
    </div>
  );
}
