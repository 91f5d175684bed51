/** Other cash flows as compact rows (a small card each): description; amount and in/out; first date and repeat; until. */
import { Button, Input, Select, tokens } from "@fluentui/react-components";
import { type OtherFlow, type Repeat, REPEATS, type RowIssue } from "../../engine";
import { DateInput } from "../components/DateInput";
import { useCashTexts } from "./cashTexts";

const REPEAT_LABEL = {
  once: "repeatOnce",
  weekly: "repeatWeekly",
  monthly: "repeatMonthly",
  quarterly: "repeatQuarterly",
} as const;

export interface FlowsRead {
  address: string;
  flows: number;
  blank: number;
  issues: RowIssue[];
}

const row = { display: "flex", gap: 4, minWidth: 0 } as const;

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
  const { c, reason } = useCashTexts();
  // A flow in another currency shows its code after the amount (原币); the plan converts it.
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
      {read && (
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
      )}
      <ul
        style={{ listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: 6 }}
        data-testid="flows"
      >
        {flows.map((f, i) => (
          <li
            key={i}
            style={{
              display: "flex",
              flexDirection: "column",
              gap: 3,
              paddingBottom: 4,
              borderBottom: "1px solid var(--colorNeutralStroke2)",
            }}
          >
            <Input
              size="small"
              aria-label={c("flowDescription")}
              value={f.description}
              style={{ minWidth: 0 }}
              onChange={(_, d) => set(i, { description: d.value })}
            />
            <div style={row}>
              <Input
                size="small"
                type="number"
                aria-label={c("flowAmount")}
                value={String(f.amount)}
                contentAfter={f.currency && { children: f.currency, style: { whiteSpace: "nowrap" } }}
                style={{ flex: 1, minWidth: 0 }}
                onChange={(_, d) => {
                  const v = Number(d.value);
                  if (Number.isFinite(v) && v >= 0) set(i, { amount: v });
                }}
              />
              <Select
                size="small"
                aria-label={c("flowDirection")}
                value={f.direction}
                onChange={(_, d) => set(i, { direction: d.value as "in" | "out" })}
                style={{ width: 84 }}
              >
                <option value="in">{c("flowIn")}</option>
                <option value="out">{c("flowOut")}</option>
              </Select>
            </div>
            <div style={row}>
              <DateInput
                size="small"
                aria-label={c("flowDate")}
                value={f.firstDate}
                style={{ flex: 1, minWidth: 0 }}
                onChange={(v) => v !== null && set(i, { firstDate: v })}
              />
              <Select
                size="small"
                aria-label={c("flowRepeat")}
                value={f.repeat}
                onChange={(_, d) => set(i, { repeat: d.value as Repeat })}
                style={{ width: 96 }}
              >
                {REPEATS.map((r) => (
                  <option key={r} value={r}>
                    {c(REPEAT_LABEL[r])}
                  </option>
                ))}
              </Select>
            </div>
            <div style={row}>
              {f.repeat !== "once" && (
                <DateInput
                  size="small"
                  allowEmpty
                  aria-label={c("flowUntil")}
                  value={f.until}
                  style={{ flex: 1, minWidth: 0 }}
                  onChange={(v) => set(i, { until: v })}
                />
              )}
              <Button size="small" appearance="subtle" onClick={() => onChange(flows.filter((_, k) => k !== i))}>
                {c("removeFlow")}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Button
        size="small"
        style={{ marginTop: 4 }}
        data-testid="add-flow"
        onClick={() =>
          onChange([
            ...flows,
            { description: "", amount: 0, direction: "out", firstDate: asOf + 7, repeat: "monthly", until: null },
          ])
        }
      >
        {c("addFlow")}
      </Button>
    </div>
  );
}
