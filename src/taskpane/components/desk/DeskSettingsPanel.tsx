/** The insurer's policy terms, the dunning interval and the company's details for letters: saved in the workbook. */
import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { resolveDeadlines, resolveInterest, validateDunning, validatePolicy } from "../../../engine";
import type { DeskSettings } from "../../state/desk";
import { useDeskTexts } from "./deskTexts";
import { LetterSettingsFields, shown } from "./LetterSettingsFields";

export function DeskSettingsPanel({ settings, busy, onSave }: { settings: DeskSettings; busy: boolean; onSave: (s: DeskSettings) => void }) {
  const { d } = useDeskTexts();
  const [s, setS] = useState<DeskSettings>(settings);
  const [error, setError] = useState<string | null>(null);
  const full = { width: "100%", minWidth: 0 } as const;
  const num = (v: string) => (v.trim() === "" ? NaN : Number(v));
  const policy = (p: Partial<DeskSettings["policy"]>) => setS({ ...s, policy: { ...s.policy, ...p } });
  const company = (c: Partial<DeskSettings["company"]>) => setS({ ...s, company: { ...s.company, ...c } });
  const save = () => {
    try {
      validatePolicy(s.policy);
      validateDunning(s.dunning);
      resolveDeadlines(s.deadlines);
      resolveInterest(s.interest);
      setError(null);
      onSave(s);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <details data-testid="desk-settings">
      <summary>{d("deskSettings")}</summary>
      <div style={{ display: "grid", gap: 4, marginTop: 4 }}>
        <Checkbox label={d("insured")} checked={s.policy.insured} onChange={(_, v) => policy({ insured: !!v.checked })} />
        <Field label={d("indemnityShare")}>
          <Input value={String(Math.round(s.policy.indemnityShare * 1000) / 10)} onChange={(_, v) => policy({ indemnityShare: num(v.value) / 100 })} style={full} inputMode="decimal" />
        </Field>
        <Field label={d("maxExtension")}>
          <Input value={shown(s.policy.maxExtensionDays)} onChange={(_, v) => policy({ maxExtensionDays: num(v.value) })} style={full} inputMode="numeric" />
        </Field>
        <Field label={d("notifyAfter")}>
          <Input value={shown(s.policy.notifyAfterDays)} onChange={(_, v) => policy({ notifyAfterDays: num(v.value) })} style={full} inputMode="numeric" />
        </Field>
        <Field label={d("notifyFrom")}>
          <Select value={s.policy.notifyFrom} onChange={(_, v) => policy({ notifyFrom: v.value as "due" | "maxExtension" })} style={full}>
            <option value="maxExtension">{d("notifyFromMax")}</option>
            <option value="due">{d("notifyFromDue")}</option>
          </Select>
        </Field>
        <Field label={d("claimFiling")}>
          <Input value={shown(s.policy.claimFilingDays)} onChange={(_, v) => policy({ claimFilingDays: num(v.value) })} style={full} inputMode="numeric" />
        </Field>
        <Field label={d("waitingPeriod")}>
          <Input value={shown(s.policy.waitingPeriodDays)} onChange={(_, v) => policy({ waitingPeriodDays: num(v.value) })} style={full} inputMode="numeric" />
        </Field>
        <Checkbox label={d("courtesyOn")} checked={s.dunning.courtesy} onChange={(_, v) => setS({ ...s, dunning: { ...s.dunning, courtesy: !!v.checked } })} />
        <Field label={d("minInterval")}>
          <Input value={shown(s.dunning.minIntervalDays)} onChange={(_, v) => setS({ ...s, dunning: { ...s.dunning, minIntervalDays: num(v.value) } })} style={full} inputMode="numeric" />
        </Field>
        <LetterSettingsFields s={s} setS={setS} />
        <strong>{d("company")}</strong>
        <Field label={d("companyName")}>
          <Input value={s.company.name} onChange={(_, v) => company({ name: v.value })} style={full} />
        </Field>
        <Field label={d("companyAddress")}>
          <Input value={s.company.address} onChange={(_, v) => company({ address: v.value })} style={full} />
        </Field>
        <Field label={d("companyContact")}>
          <Input value={s.company.contact} onChange={(_, v) => company({ contact: v.value })} style={full} />
        </Field>
        <Field label={d("companyBank")}>
          <Input value={s.company.bank} onChange={(_, v) => company({ bank: v.value })} style={full} />
        </Field>
        {error && <div role="alert">{error}</div>}
        <Button onClick={save} disabled={busy}>{d("saveSettings")}</Button>
      </div>
    </details>
  );
}
