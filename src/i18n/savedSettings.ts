/** Texts for the settings kept with the workbook and the display currency (EN and ZH, same keys). */
import { fillTemplate, type Language } from "./translate";

const en = {
  displayCurrency: "Currency shown",
  currencyAuto: "Detected: {code}",
  currencyFromFormat: "From the amount cells' number format. Nothing is converted.",
  currencyFromLocale: "From Office's language and region. Nothing is converted.",
  currencyFromDefault: "No currency found in the ledger. Nothing is converted.",
  restored: "The column mapping and settings saved in this workbook for this ledger were restored.",
  resetSaved: "Reset to detection",
  setAside:
    "Saved in this workbook but not usable, so set aside: {what} (setting “{key}”). The defaults are used instead; Reset removes what was set aside.",
  wholeValue: "the whole value",
  frozenPlans: "{count} frozen plan(s)",
  resetStored: "Reset",
};

export type SavedText = typeof en;

const zh: SavedText = {
  displayCurrency: "显示币种",
  currencyAuto: "自动识别：{code}",
  currencyFromFormat: "根据金额单元格的数字格式识别，不做汇率换算。",
  currencyFromLocale: "根据 Office 的语言和区域确定，不做汇率换算。",
  currencyFromDefault: "台账中未找到币种，不做汇率换算。",
  restored: "已恢复此工作簿中为该台账保存的列对应关系和设置。",
  resetSaved: "恢复自动识别",
  setAside: "工作簿中保存的以下内容无法使用，已搁置：{what}（设置“{key}”）。现改用默认值；点击“重置”可删除搁置的内容。",
  wholeValue: "整个值",
  frozenPlans: "{count} 个冻结的计划",
  resetStored: "重置",
};

export const SAVED_TEXT: Record<Language, SavedText> = { en, "zh-CN": zh };

/** A stored value read back and set aside: its key, and which fields (or how many plans; neither: all of it). */
export interface SetAside {
  key: string;
  fields?: string[];
  count?: number;
}

/** The message naming what was set aside, in `language`. */
export function setAsideText(s: SetAside, language: Language): string {
  const t = SAVED_TEXT[language];
  const what = s.fields?.length
    ? s.fields.join(language === "zh-CN" ? "、" : ", ")
    : s.count
      ? fillTemplate(t.frozenPlans, { count: s.count }, language)
      : t.wholeValue;
  return fillTemplate(t.setAside, { what, key: s.key }, language);
}
