/**
 * The words for reading an exported ledger, in English and Simplified Chinese: the system the layout was read as,
 * the money to confirm before analysing, the dates Excel mis-read, and the reconciliation with the export's own
 * totals (one line per currency at the top of the results and in the report).
 */
import type { KnownSystem } from "../engine/ledger/systems";
import type { Reconciliation, ReconcileLine } from "../engine/ledger/reconcile";
import { formatMoney } from "./format";
import { fillTemplate, Language } from "./translate";

export const LAYOUT_TEXT = {
  en: {
    readAs: "Read as {system}",
    confirmTitle: "Check the money before analysing",
    confirmHelp:
      "The amount columns were chosen from their content, or hold values that may not be money. The first rows as read:",
    confirmButton: "These figures are right: analyse",
    confirmOther: "Otherwise choose the columns in the mapping below.",
    row: "Row",
    swapButton: "Read those dates the other way",
    swapped: "The dates Excel read month-first are read day/month.",
    matches: "Matches the export's total {amount} ✓",
    matchesSubtotals: "Matches the export's {count} subtotals ✓",
    differs: "Differs from the export's {label} {amount} (row {row}) by {difference}",
    leftOut: "; rows left out inside it: {rows}",
    totalLabel: "total",
  },
  "zh-CN": {
    readAs: "按{system}格式读取",
    confirmTitle: "分析前请核对金额",
    confirmHelp: "金额列是按内容选定的，或其数值可能不是金额。前几行的读取结果：",
    confirmButton: "金额无误，开始分析",
    confirmOther: "如不正确，请在下方的列映射中选择。",
    row: "行",
    swapButton: "将这些日期反过来读取",
    swapped: "Excel 按“月/日”读取的日期已改按“日/月”读取。",
    matches: "与导出表合计 {amount} 一致 ✓",
    matchesSubtotals: "与导出表的 {count} 个小计一致 ✓",
    differs: "与导出表“{label}” {amount}（第 {row} 行）相差 {difference}",
    leftOut: "；其中未计入的行：{rows}",
    totalLabel: "合计",
  },
} as const;

export type LayoutText = Record<keyof (typeof LAYOUT_TEXT)["en"], string>;

export function readAsText(system: KnownSystem, language: Language): string {
  return fillTemplate(
    LAYOUT_TEXT[language].readAs,
    { system: language === "zh-CN" ? system.name.zh : system.name.en },
    language,
  );
}

/** The line's money in its own currency (a code or a name such as 人民币), else in the analysis currency. */
function money(value: number, line: ReconcileLine, fallback: string, language: Language): string {
  return formatMoney(value, line.currency ?? fallback, language);
}

/**
 * The reconciliation said in a few lines: per currency, "matches the export's total …" when its total rows match,
 * "matches the export's n subtotals" when only subtotals exist; then each line that differs, with its rows left out.
 * `rowOf` turns a 0-based row of the range into the sheet's row number or address.
 */
export function reconciliationLines(
  rec: Reconciliation,
  language: Language,
  currency: string,
  rowOf: (row: number) => string,
): string[] {
  const t = LAYOUT_TEXT[language];
  const out: string[] = [];
  const currencies = [...new Set(rec.lines.map((l) => l.currency))];
  for (const c of currencies) {
    const lines = rec.lines.filter((l) => l.currency === c && l.difference === 0);
    const totals = lines.filter((l) => l.scope === "total");
    if (totals.length > 0)
      out.push(
        ...totals.map((l) =>
          fillTemplate(t.matches, { amount: money(l.exportTotal, l, currency, language) }, language),
        ),
      );
    else if (lines.length > 0) out.push(fillTemplate(t.matchesSubtotals, { count: lines.length }, language));
  }
  for (const l of rec.lines.filter((x) => x.difference !== 0)) {
    const params = {
      label: l.label || t.totalLabel,
      amount: money(l.exportTotal, l, currency, language),
      row: rowOf(l.row),
      difference: money(l.difference, l, currency, language),
    };
    const left =
      l.leftOut.length > 0 ? fillTemplate(t.leftOut, { rows: l.leftOut.map(rowOf).join(", ") }, language) : "";
    out.push(fillTemplate(t.differs, params, language) + left);
  }
  return out;
}
