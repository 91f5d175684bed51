/** The letters' new deadlines, the insurer-deadline window and the late interest a letter claims (desk settings). */
import { Checkbox, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { applicablePresets, InterestPreset } from "../../../engine";
import type { DeskSettings } from "../../state/desk";
import { useDeskTexts } from "./deskTexts";

const PRESET_LABEL = {
  none: "interestNone",
  euDirective: "interestEu",
  ukAct: "interestUk",
  chinaLpr: "interestChinaLpr",
  chinaSme: "interestChinaSme",
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
  const { d } = useDeskTexts();
  const [refText, setRefText] = useState(pctText(s.interest.referenceRate));
  const [rateText, setRateText] = useState(pctText(s.interest.customRate));
  const interest = (p: Partial<DeskSettings["interest"]>) => setS({ ...s, interest: { ...s.interest, ...p } });
  const letterDays = (stage: "friendly" | "firm" | "final", v: string) =>
    setS({ ...s, deadlines: { ...s.deadlines, letterDays: { ...s.deadlines.letterDays, [stage]: num(v) } } });
  const [markupText, setMarkupText] = useState(pctText(s.interest.lprMarkup));
  const preset = s.interest.preset;
  const offered = applicablePresets(currency, s.interest.smeSellingToLarge);
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
              {d(PRESET_LABEL[p])}
            </option>
          ))}
        </Select>
      </Field>
      {preset === "chinaLpr" && (
        <Field label={d("lprMarkup")}>
          <Input
            value={markupText}
            onChange={(_, v) => (setMarkupText(v.value), interest({ lprMarkup: pct(v.value) }))}
            style={full}
            inputMode="decimal"
            data-testid="desk-lpr-markup"
          />
        </Field>
      )}
      {(preset === "euDirective" || preset === "ukAct" || preset === "chinaLpr") && (
        <Field
          label={d(preset === "ukAct" ? "baseRate" : preset === "chinaLpr" ? "lprRate" : "referenceRate")}
          hint={d("referenceRateHint")}
        >
          <Input
            value={refText}
            onChange={(_, v) => (setRefText(v.value), interest({ referenceRate: pct(v.value) }))}
            style={full}
            inputMode="decimal"
            data-testid="desk-reference-rate"
          />
        </Field>
      )}
      {preset === "custom" && (
        <>
          <Field label={d("customRate")}>
            <Input
              value={rateText}
              onChange={(_, v) => (setRateText(v.value), interest({ customRate: pct(v.value) }))}
              style={full}
              inputMode="decimal"
              data-testid="desk-custom-rate"
            />
          </Field>
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
