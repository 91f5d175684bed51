/** The insurer's policy terms, the dunning interval and the company's details for letters: saved in the workbook. */
import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { resolveDeadlines, resolveInterest, validateDunning, validatePolicy } from "../../../engine";
import type { DeskSettings } from "../../state/desk";
import { useDeskTexts } from "./deskTexts";
import { LetterSettingsFields, shown } from "./LetterSettingsFields";
import { CompanyFields } from "./CompanyForm";

export function DeskSettingsPanel({
  settings,
  busy,
  onSave,
  currency,
}: {
  settings: DeskSettings;
  busy: boolean;
  onSave: (s: DeskSettings) => void;
  currency: string;
}) {
  const { d } = useDeskTexts();
  const [s, setS] = useState<DeskSettings>(settings);
  const [error, setError] = useState<string | null>(null);
  const full = { width: "100%", minWidth: 0 } as const;
  const num = (v: string) => (v.trim() === "" ? NaN : Number(v));
  const policy = (p: Partial<DeskSettings["policy"]>) => setS({ ...s, policy: { ...s.policy, ...p } });
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
        <Checkbox
          label={d("insured")}
          checked={s.policy.insured}
          onChange={(_, v) => policy({ insured: !!v.checked })}
        />
        <Field label={d("indemnityShare")}>
          <Input
            value={String(Math.round(s.policy.indemnityShare * 1000) / 10)}
            onChange={(_, v) => policy({ indemnityShare: num(v.value) / 100 })}
            style={full}
            inputMode="decimal"
          />
        </Field>
        <Field label={d("maxExtension")}>
          <Input
            value={shown(s.policy.maxExtensionDays)}
            onChange={(_, v) => policy({ maxExtensionDays: num(v.value) })}
            style={full}
            inputMode="numeric"
          />
        </Field>
        <Field label={d("notifyAfter")}>
          <Input
            value={shown(s.policy.notifyAfterDays)}
            onChange={(_, v) => policy({ notifyAfterDays: num(v.value) })}
            style={full}
            inputMode="numeric"
          />
        </Field>
        <Field label={d("notifyFrom")}>
          <Select
            value={s.policy.notifyFrom}
            onChange={(_, v) => policy({ notifyFrom: v.value as "due" | "maxExtension" })}
            style={full}
          >
            <option value="maxExtension">{d("notifyFromMax")}</option>
            <option value="due">{d("notifyFromDue")}</option>
          </Select>
        </Field>
        <Field label={d("claimFiling")}>
          <Input
            value={shown(s.policy.claimFilingDays)}
            onChange={(_, v) => policy({ claimFilingDays: num(v.value) })}
            style={full}
            inputMode="numeric"
          />
        </Field>
        <Field label={d("waitingPeriod")}>
          <Input
            value={shown(s.policy.waitingPeriodDays)}
            onChange={(_, v) => policy({ waitingPeriodDays: num(v.value) })}
            style={full}
            inputMode="numeric"
          />
        </Field>
        <Checkbox
          label={d("courtesyOn")}
          checked={s.dunning.courtesy}
          onChange={(_, v) => setS({ ...s, dunning: { ...s.dunning, courtesy: !!v.checked } })}
        />
        <Field label={d("minInterval")}>
          <Input
            value={shown(s.dunning.minIntervalDays)}
            onChange={(_, v) => setS({ ...s, dunning: { ...s.dunning, minIntervalDays: num(v.value) } })}
            style={full}
            inputMode="numeric"
          />
        </Field>
        <Field label={d("contactsRange")} hint={d("contactsRangeHint")}>
          <Input
            value={s.contactsRange}
            onChange={(_, v) => setS({ ...s, contactsRange: v.value })}
            style={full}
            data-testid="desk-contacts-range"
          />
        </Field>
        <LetterSettingsFields s={s} setS={setS} currency={currency} />
        <strong>{d("company")}</strong>
        <CompanyFields company={s.company} onChange={(company) => setS({ ...s, company })} />
        {error && <div role="alert">{error}</div>}
        <Button onClick={save} disabled={busy}>
          {d("saveSettings")}
        </Button>
      </div>
    </details>
  );
}
