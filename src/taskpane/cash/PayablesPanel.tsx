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

export function PayablesPanel({
  cash,
  address,
  onUse,
  onGoTo,
  busy,
  onColumn,
  restored = false,
  corrected = false,
  onResetColumns,
}: {
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
}) {
  const { c, money, number, reason } = useCashTexts();
  const labels = {
    customer: c("fieldSupplier"),
    invoiceNumber: c("fieldBillNo"),
    invoiceDate: c("fieldBillDate"),
    openAmount: c("fieldOpenPayable"),
  };
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
          {cash && cash.cycle.ccc !== null && (
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
          {restored && <div data-testid="payables-restored">{c("payablesRestored")}</div>}
          {onColumn && (
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
                labels={labels}
                onChange={onColumn}
              />
            </details>
          )}
          {excluded.length > 0 && (
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
          )}
        </div>
      )}
    </div>
  );
}
