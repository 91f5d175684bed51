/** The letters' new deadlines, the insurer-deadline window and the late interest a letter claims (desk settings). */
import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { applicablePresets, InterestPreset } from "../../../engine";
import type { DeskSettings } from "../../state/desk";
import { useDeskTexts } from "./deskTexts";

/** Each choice's rule in full, shown under the drop-down for the chosen one. */
const PRESET_LABEL = {
  none: "interestNone",
  euDirective: "interestEu",
  ukAct: "interestUk",
  chinaLpr: "interestChinaLpr",
  chinaSme: "interestChinaSme",
  custom: "interestCustom",
} as const;
/** Each choice by a name short enough for the drop-down at 270 px. */
const PRESET_OPTION = {
  none: "interestNone",
  euDirective: "interestOptionEu",
  ukAct: "interestOptionUk",
  chinaLpr: "interestOptionChinaLpr",
  chinaSme: "interestOptionChinaSme",
  custom: "interestCustom",
} as const;
const full = { width: "100%", minWidth: 0 } as const;
const num = (v: string) => (v.trim() === "" ? NaN : Number(v.replace(",", ".")));
/** A rate typed in percent (2.15) as a fraction (0.0215); the text is kept as typed so "2." stays editable. */
const pct = (v: string) => num(v) / 100;
/** A cleared field shows empty, not "NaN" (which typing would then append to). */
export const shown = (n: number) => (Number.isFinite(n) ? String(n) : "");
const pctText = (r: number) => String(Math.round(r * 1e6) / 1e4);

/** `currency`: the analysed debts' currency; only the interest rules that apply to it are offered. */
type Props = { s: DeskSettings; setS: (s: DeskSettings) => void; currency: string };

export function LetterSettingsFields({ s, setS, currency }: Props) {
  return (
    <>
      <DeadlineFields s={s} setS={setS} />
      <InterestChoice s={s} setS={setS} currency={currency} />
      <InterestRates s={s} setS={setS} />
    </>
  );
}

/** Where the buyer limits are, the insurer-deadline window, and each letter's new deadline in days. */
function DeadlineFields({ s, setS }: Omit<Props, "currency">) {
  const { d } = useDeskTexts();
  const letterDays = (stage: "friendly" | "firm" | "final", v: string) =>
    setS({ ...s, deadlines: { ...s.deadlines, letterDays: { ...s.deadlines.letterDays, [stage]: num(v) } } });
  return (
    <>
      <Field label={d("limitsRange")} hint={d("limitsRangeHint")}>
        <Input
          value={s.limitsRange}
          onChange={(_, v) => setS({ ...s, limitsRange: v.value })}
          style={full}
          data-testid="desk-limits-range"
        />
      </Field>
      <Field label={d("alertDays")}>
        <Input
          value={shown(s.deadlines.alertDays)}
          onChange={(_, v) => setS({ ...s, deadlines: { ...s.deadlines, alertDays: num(v.value) } })}
          style={full}
          inputMode="numeric"
          data-testid="desk-alert-days"
        />
      </Field>
      {(["friendly", "firm", "final"] as const).map((stage) => (
        <Field key={stage} label={d(`letterDays_${stage}`)}>
          <Input
            value={shown(s.deadlines.letterDays[stage])}
            onChange={(_, v) => letterDays(stage, v.value)}
            style={full}
            inputMode="numeric"
            data-testid={`desk-letter-days-${stage}`}
          />
        </Field>
      ))}
    </>
  );
}

/** The late-interest rule: the ones that apply to the currency, and the one chosen with a warning if it does not. */
function InterestChoice({ s, setS, currency }: Props) {
  const { d } = useDeskTexts();
  const interest = (p: Partial<DeskSettings["interest"]>) => setS({ ...s, interest: { ...s.interest, ...p } });
  const preset = s.interest.preset;
  const offered = applicablePresets(currency, s.interest.smeSellingToLarge);
  return (
    <>
      {(currency.toUpperCase() === "CNY" || currency.toUpperCase() === "RMB") && (
        <Checkbox
          label={d("smeSellingToLarge")}
          checked={s.interest.smeSellingToLarge}
          onChange={(_, v) => interest({ smeSellingToLarge: !!v.checked })}
          data-testid="desk-sme"
        />
      )}
      <Field
        label={d("interestChoice")}
        hint={preset === "none" || preset === "custom" ? undefined : d(PRESET_LABEL[preset])}
        validationState={offered.includes(preset) ? "none" : "warning"}
        validationMessage={offered.includes(preset) ? undefined : d("interestNotApplicable", { currency })}
      >
        <Select
          value={preset}
          onChange={(_, v) => interest({ preset: v.value as InterestPreset })}
          style={full}
          data-testid="desk-interest"
        >
          {[...offered, ...(offered.includes(preset) ? [] : [preset])].map((p) => (
            <option key={p} value={p}>
              {d(PRESET_OPTION[p])}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

type RateFieldProps = { label: string; hint?: string; text: string; onChange: (text: string) => void; testId: string };

/** A rate typed in percent, its text kept as typed (the caller reads it as a fraction). */
function RateField({ label, hint, text, onChange, testId }: RateFieldProps) {
  return (
    <Field label={label} hint={hint}>
      <Input
        value={text}
        onChange={(_, v) => onChange(v.value)}
        style={full}
        inputMode="decimal"
        data-testid={testId}
      />
    </Field>
  );
}

/** The chosen rule's rates: the LPR markup, the reference (base, LPR) rate, or the agreed rate and fixed amount. */
function InterestRates({ s, setS }: Omit<Props, "currency">) {
  const { d } = useDeskTexts();
  const [refText, setRefText] = useState(pctText(s.interest.referenceRate));
  const [rateText, setRateText] = useState(pctText(s.interest.customRate));
  const [markupText, setMarkupText] = useState(pctText(s.interest.lprMarkup));
  const interest = (p: Partial<DeskSettings["interest"]>) => setS({ ...s, interest: { ...s.interest, ...p } });
  const preset = s.interest.preset;
  return (
    <>
      {preset === "chinaLpr" && (
        <RateField
          label={d("lprMarkup")}
          text={markupText}
          onChange={(v) => (setMarkupText(v), interest({ lprMarkup: pct(v) }))}
          testId="desk-lpr-markup"
        />
      )}
      {(preset === "euDirective" || preset === "ukAct" || preset === "chinaLpr") && (
        <RateField
          label={d(preset === "ukAct" ? "baseRate" : preset === "chinaLpr" ? "lprRate" : "referenceRate")}
          hint={d("referenceRateHint")}
          text={refText}
          onChange={(v) => (setRefText(v), interest({ referenceRate: pct(v) }))}
          testId="desk-reference-rate"
        />
      )}
      {preset === "custom" && (
        <>
          <RateField
            label={d("customRate")}
            text={rateText}
            onChange={(v) => (setRateText(v), interest({ customRate: pct(v) }))}
            testId="desk-custom-rate"
          />
          <Field label={d("customFixed")}>
            <Input
              value={shown(s.interest.customFixed)}
              onChange={(_, v) => interest({ customFixed: num(v.value) })}
              style={full}
              inputMode="decimal"
              data-testid="desk-custom-fixed"
            />
          </Field>
        </>
      )}
    </>
  );
}
