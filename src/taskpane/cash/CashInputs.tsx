/** Opening cash, buffer, credit line, weeks; insurance and borrowing settings folded away. Saved as typed. */
import { Checkbox, Field, Input } from "@fluentui/react-components";
import { type CashSettings, DEFAULT_CASH_SETTINGS } from "../../engine";
import { useCashTexts } from "./cashTexts";

const grid = { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", gap: 6 } as const;

function NumberField({
  label,
  value,
  onChange,
  step = "any",
  testId,
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  step?: string;
  testId?: string;
}) {
  return (
    <Field label={label} size="small">
      <Input
        type="number"
        size="small"
        step={step}
        value={String(value)}
        data-testid={testId}
        style={{ minWidth: 0, width: "100%" }}
        onChange={(_, d) => {
          const v = Number(d.value);
          if (d.value.trim() !== "" && Number.isFinite(v)) onChange(v);
        }}
      />
    </Field>
  );
}

/** The settings as the plan uses them: what was typed over the engine's defaults, insurance merged field by field. */
function withDefaults(settings: Partial<CashSettings>): CashSettings {
  return {
    ...DEFAULT_CASH_SETTINGS,
    ...settings,
    insurance: { ...DEFAULT_CASH_SETTINGS.insurance, ...settings.insurance },
  };
}

interface InputsProps {
  s: CashSettings;
  onChange: (p: Partial<CashSettings>) => void;
}

/** Opening cash, the buffer to stay above, the credit line and how many weeks the plan runs. */
function PlanInputs({ s, onChange }: InputsProps) {
  const { c } = useCashTexts();
  return (
    <div style={grid}>
      <NumberField
        label={c("openingCash")}
        value={s.openingCash}
        onChange={(v) => onChange({ openingCash: v })}
        testId="cash-opening"
      />
      <NumberField
        label={c("minimumCash")}
        value={s.minimumCash}
        onChange={(v) => onChange({ minimumCash: v })}
        testId="cash-buffer"
      />
      <NumberField
        label={c("creditLine")}
        value={s.creditLine}
        onChange={(v) => onChange({ creditLine: Math.max(0, v) })}
        testId="cash-credit"
      />
      <NumberField
        label={c("planWeeks")}
        value={s.weeks}
        step="1"
        onChange={(v) => onChange({ weeks: Math.min(52, Math.max(4, Math.round(v))) })}
      />
    </div>
  );
}

/** Folded away: credit insurance (share paid, days to a claim, waiting period), borrowing rate and inventory days. */
function InsuranceInputs({ s, onChange }: InputsProps) {
  const { c } = useCashTexts();
  const ins = (p: Partial<CashSettings["insurance"]>) => onChange({ insurance: { ...s.insurance, ...p } });
  return (
    <details style={{ marginTop: 6 }}>
      <summary>{c("insuranceTitle")}</summary>
      <Checkbox
        label={c("insured")}
        checked={s.insurance.insured}
        onChange={(_, d) => ins({ insured: !!d.checked })}
        data-testid="cash-insured"
      />
      <div style={grid}>
        <NumberField
          label={c("indemnityShare")}
          value={s.insurance.indemnityShare}
          onChange={(v) => ins({ indemnityShare: Math.min(1, Math.max(0, v)) })}
        />
        <NumberField
          label={c("protractedDays")}
          value={s.insurance.protractedDefaultDays}
          step="1"
          onChange={(v) => ins({ protractedDefaultDays: Math.max(0, Math.round(v)) })}
        />
        <NumberField
          label={c("waitingDays")}
          value={s.insurance.waitingPeriodDays}
          step="1"
          onChange={(v) => ins({ waitingPeriodDays: Math.max(0, Math.round(v)) })}
        />
        <NumberField
          label={c("borrowingRate")}
          value={s.borrowingRate}
          onChange={(v) => onChange({ borrowingRate: Math.min(1, Math.max(0, v)) })}
        />
        <NumberField
          label={c("dio")}
          value={s.dioDays}
          step="1"
          onChange={(v) => onChange({ dioDays: Math.max(0, Math.round(v)) })}
        />
      </div>
    </details>
  );
}

export function CashInputs({
  settings,
  onChange,
}: {
  settings: Partial<CashSettings>;
  onChange: (p: Partial<CashSettings>) => void;
}) {
  const s = withDefaults(settings);
  return (
    <div>
      <PlanInputs s={s} onChange={onChange} />
      <InsuranceInputs s={s} onChange={onChange} />
    </div>
  );
}
