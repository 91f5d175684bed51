/** Other cash flows as compact rows (a small card each): description; amount and in/out; first date and repeat; until. */
import { Button, tokens } from "@fluentui/react-components";
import type { OtherFlow, RowIssue } from "../../engine";
import { FlowRow } from "./FlowRow";
import { useCashTexts } from "./cashTexts";

export interface FlowsRead {
  address: string;
  flows: number;
  blank: number;
  issues: RowIssue[];
}

/** A new flow: an outgoing monthly one from a week after the as-of date, for the user to fill in. */
function newFlow(asOf: number): OtherFlow {
  return { description: "", amount: 0, direction: "out", firstDate: asOf + 7, repeat: "monthly", until: null };
}

/** What "Use selection as flows" read: how many flows, from where, blank rows, and the rows not used with their cells. */
function FlowsReadSummary({ read, onGoTo }: { read: FlowsRead; onGoTo?: (address: string) => void }) {
  const { c, reason } = useCashTexts();
  return (
    <div data-testid="flows-read" style={{ marginBottom: tokens.spacingVerticalXS }}>
      <div>
        {c("flowsRead", {
          flows: read.flows,
          address: read.address,
          blank: read.blank,
          issues: read.issues.length,
        })}
      </div>
      {read.issues.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: tokens.spacingHorizontalL }} data-testid="flows-issues">
          {read.issues.map((i) => (
            <li key={`${i.row}-${i.address}`}>
              <Button size="small" appearance="transparent" onClick={() => onGoTo?.(i.address)}>
                {i.address}
              </Button>{" "}
              {reason(i.reason)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function FlowsEditor({
  flows,
  asOf,
  onChange,
  onReadSelection,
  read,
  onGoTo,
  busy,
}: {
  flows: OtherFlow[];
  asOf: number;
  onChange: (flows: OtherFlow[]) => void;
  /** "Use selection as flows": reads the selected range (header row, then one flow per row). */
  onReadSelection?: () => void;
  read?: FlowsRead | null;
  onGoTo?: (address: string) => void;
  busy?: boolean;
}) {
  const { c } = useCashTexts();
  const set = (i: number, p: Partial<OtherFlow>) => onChange(flows.map((f, k) => (k === i ? { ...f, ...p } : f)));
  return (
    <div>
      {onReadSelection && (
        <Button
          size="small"
          style={{ marginBottom: tokens.spacingVerticalXS }}
          onClick={onReadSelection}
          disabled={busy}
          data-testid="flows-from-selection"
        >
          {c("flowsFromSelection")}
        </Button>
      )}
      {read && <FlowsReadSummary read={read} onGoTo={onGoTo} />}
      <ul
        style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 6 }}
        data-testid="flows"
      >
        {flows.map((f, i) => (
          <FlowRow
            key={i}
            flow={f}
            onSet={(p) => set(i, p)}
            onRemove={() => onChange(flows.filter((_, k) => k !== i))}
          />
        ))}
      </ul>
      <Button
        size="small"
        style={{ marginTop: 4 }}
        data-testid="add-flow"
        onClick={() => onChange([...flows, newFlow(asOf)])}
      >
        {c("addFlow")}
      </Button>
    </div>
  );
}
