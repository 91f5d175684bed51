/** The insurer's policy terms, the dunning interval and the company's details for letters: saved in the workbook. */
import { Button, Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { resolveDeadlines, resolveInterest, validateDunning, validatePolicy } from "../../../engine";
import type { DeskSettings } from "../../state/desk";
import { useDeskTexts } from "./deskTexts";
import { LetterSettingsFields, shown } from "./LetterSettingsFields";
import { CompanyFields } from "./CompanyForm";

const full = { width: "100%", minWidth: 0 } as const;
/** A cleared field reads as NaN, which the engine's checks refuse on save. */
const num = (v: string) => (v.trim() === "" ? NaN : Number(v));

type SettingsProps = { s: DeskSettings; setS: (s: DeskSettings) => void };

/** A field of whole days (or another whole number) with a numeric keyboard. */
function DaysField({ label, value, onChange }: { label: string; value: number; onChange: (v: number) => void }) {
  return (
    <Field label={label}>
      <Input value={shown(value)} onChange={(_, v) => onChange(num(v.value))} style={full} inputMode="numeric" />
    </Field>
  );
}

/** The credit insurer's policy: insured or not, the indemnity share and the policy's deadlines in days. */
function PolicyFields({ s, setS }: SettingsProps) {
  const { d } = useDeskTexts();
  const policy = (p: Partial<DeskSettings["policy"]>) => setS({ ...s, policy: { ...s.policy, ...p } });
  return (
    <>
      <Checkbox label={d("insured")} checked={s.policy.insured} onChange={(_, v) => policy({ insured: !!v.checked })} />
      <Field label={d("indemnityShare")}>
        <Input
          value={String(Math.round(s.policy.indemnityShare * 1000) / 10)}
          onChange={(_, v) => policy({ indemnityShare: num(v.value) / 100 })}
          style={full}
          inputMode="decimal"
        />
      </Field>
      <DaysField
        label={d("maxExtension")}
        value={s.policy.maxExtensionDays}
        onChange={(v) => policy({ maxExtensionDays: v })}
      />
      <DaysField
        label={d("notifyAfter")}
        value={s.policy.notifyAfterDays}
        onChange={(v) => policy({ notifyAfterDays: v })}
      />
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
      <DaysField
        label={d("claimFiling")}
        value={s.policy.claimFilingDays}
        onChange={(v) => policy({ claimFilingDays: v })}
      />
      <DaysField
        label={d("waitingPeriod")}
        value={s.policy.waitingPeriodDays}
        onChange={(v) => policy({ waitingPeriodDays: v })}
      />
    </>
  );
}

/** Dunning: the courtesy reminder, the days between two contacts, and where the contacts are. */
function DunningFields({ s, setS }: SettingsProps) {
  const { d } = useDeskTexts();
  const dunning = (p: Partial<DeskSettings["dunning"]>) => setS({ ...s, dunning: { ...s.dunning, ...p } });
  return (
    <>
      <Checkbox
        label={d("courtesyOn")}
        checked={s.dunning.courtesy}
        onChange={(_, v) => dunning({ courtesy: !!v.checked })}
      />
      <DaysField
        label={d("minInterval")}
        value={s.dunning.minIntervalDays}
        onChange={(v) => dunning({ minIntervalDays: v })}
      />
      <Field label={d("contactsRange")} hint={d("contactsRangeHint")}>
        <Input
          value={s.contactsRange}
          onChange={(_, v) => setS({ ...s, contactsRange: v.value })}
          style={full}
          data-testid="desk-contacts-range"
        />
      </Field>
    </>
  );
}

/** The settings checked by the engine before they are saved: throws the first problem found. */
function checkSettings(s: DeskSettings): void {
  validatePolicy(s.policy);
  validateDunning(s.dunning);
  resolveDeadlines(s.deadlines);
  resolveInterest(s.interest);
}

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
  const save = () => {
    try {
      checkSettings(s);
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
        <PolicyFields s={s} setS={setS} />
        <DunningFields s={s} setS={setS} />
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
