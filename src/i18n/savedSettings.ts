/** Texts for the settings kept with the workbook and the display currency (EN and ZH, same keys). */
import type { Language } from "./translate";

const en = {
  displayCurrency: "Currency shown",
  currencyAuto: "Detected: {code}",
  currencyFromFormat: "From the amount cells' number format. Nothing is converted.",
  currencyFromLocale: "From Office's language and region. Nothing is converted.",
  currencyFromDefault: "No currency found in the ledger. Nothing is converted.",
  restored: "The column mapping and settings saved in this workbook for this ledger were restored.",
  resetSaved: "Reset to detection",
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
};

export const SAVED_TEXT: Record<Language, SavedText> = { en, "zh-CN": zh };
