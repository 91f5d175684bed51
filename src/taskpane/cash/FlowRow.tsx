/** One other cash flow as a small card: description; amount and in/out; first date and repeat; until, and remove. */
import { Button, Input, Select } from "@fluentui/react-components";
import { type OtherFlow, type Repeat, REPEATS } from "../../engine";
import { DateInput } from "../components/DateInput";
import { useCashTexts } from "./cashTexts";

const REPEAT_LABEL = {
  once: "repeatOnce",
  weekly: "repeatWeekly",
  monthly: "repeatMonthly",
  quarterly: "repeatQuarterly",
} as const;

const row = { display: "flex", gap: 4, minWidth: 0 } as const;
const cardStyle = {
  display: "flex",
  flexDirection: "column",
  gap: 3,
  paddingBottom: 4,
  borderBottom: "1px solid var(--colorNeutralStroke2)",
} as const;

interface PartProps {
  flow: OtherFlow;
  onSet: (p: Partial<OtherFlow>) => void;
}

/** The amount (never negative) and whether it comes in or goes out. */
function AmountAndDirection({ flow, onSet }: PartProps) {
  const { c } = useCashTexts();
  return (
    <div style={row}>
      {/* A flow in another currency shows its code after the amount (原币); the plan converts it. */}
      <Input
        size="small"
        type="number"
        aria-label={c("flowAmount")}
        value={String(flow.amount)}
        contentAfter={flow.currency && { children: flow.currency, style: { whiteSpace: "nowrap" } }}
        style={{ flex: 1, minWidth: 0 }}
        onChange={(_, d) => {
          const v = Number(d.value);
          if (Number.isFinite(v) && v >= 0) onSet({ amount: v });
        }}
      />
      <Select
        size="small"
        aria-label={c("flowDirection")}
        value={flow.direction}
        onChange={(_, d) => onSet({ direction: d.value as "in" | "out" })}
        style={{ width: 84 }}
      >
        <option value="in">{c("flowIn")}</option>
        <option value="out">{c("flowOut")}</option>
      </Select>
    </div>
  );
}

/** The first date and how often it repeats. */
function DateAndRepeat({ flow, onSet }: PartProps) {
  const { c } = useCashTexts();
  return (
    <div style={row}>
      <DateInput
        size="small"
        aria-label={c("flowDate")}
        value={flow.firstDate}
        style={{ flex: 1, minWidth: 0 }}
        onChange={(v) => v !== null && onSet({ firstDate: v })}
      />
      <Select
        size="small"
        aria-label={c("flowRepeat")}
        value={flow.repeat}
        onChange={(_, d) => onSet({ repeat: d.value as Repeat })}
        style={{ width: 96 }}
      >
        {REPEATS.map((r) => (
          <option key={r} value={r}>
            {c(REPEAT_LABEL[r])}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** The last date of a repeating flow (empty: for the whole plan), and the button that removes the flow. */
function UntilAndRemove({ flow, onSet, onRemove }: PartProps & { onRemove: () => void }) {
  const { c } = useCashTexts();
  return (
    <div style={row}>
      {flow.repeat !== "once" && (
        <DateInput
          size="small"
          allowEmpty
          aria-label={c("flowUntil")}
          value={flow.until}
          style={{ flex: 1, minWidth: 0 }}
          onChange={(v) => onSet({ until: v })}
        />
      )}
      <Button size="small" appearance="subtle" onClick={onRemove}>
        {c("removeFlow")}
      </Button>
    </div>
  );
}

export function FlowRow({ flow, onSet, onRemove }: PartProps & { onRemove: () => void }) {
  const { c } = useCashTexts();
  return (
    <li style={cardStyle}>
      <Input
        size="small"
        aria-label={c("flowDescription")}
        value={flow.description}
        style={{ minWidth: 0 }}
        onChange={(_, d) => onSet({ description: d.value })}
      />
      <AmountAndDirection flow={flow} onSet={onSet} />
      <DateAndRepeat flow={flow} onSet={onSet} />
      <UntilAndRemove flow={flow} onSet={onSet} onRemove={onRemove} />
    </li>
  );
}
