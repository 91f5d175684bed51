/**
 * Chinese for the cell parser's problem texts (src/engine/core/cells.ts, dates.ts, ledger/terms.ts), which reach row
 * issues as the `problem` param. Each pattern matches one English sentence; what was found is kept as it is.
 */
const FOUND: [RegExp, string][] = [
  [/^an empty cell$/, "空单元格"],
  [/^a non-finite value$/, "非有限数值"],
  [/^a non-finite number$/, "非有限数值"],
  [/^an invalid Date$/, "无效的日期对象"],
  [/^"(.*)"$/, "“$1”"],
];

const found = (text: string) => {
  for (const [re, zh] of FOUND) if (re.test(text)) return text.replace(re, zh);
  return text;
};

const PATTERNS: [RegExp, (...m: string[]) => string][] = [
  [
    /^a number was expected, found (.*): commas must separate thousands \(1,234\.50\); a decimal comma is not read$/,
    (f) => `应为数字，实际为 ${found(f)}：逗号只能作千位分隔符（1,234.50），不识别小数逗号`,
  ],
  [/^a number was expected, found (.*)$/, (f) => `应为数字，实际为 ${found(f)}`],
  [
    /^an amount was expected, found (.*): commas must separate thousands \(1,234\.50\); a decimal comma is not read$/,
    (f) => `应为金额，实际为 ${found(f)}：逗号只能作千位分隔符（1,234.50），不识别小数逗号`,
  ],
  [
    /^an amount was expected, found (.*): both brackets and a minus sign; write \(100\) or -100$/,
    (f) => `应为金额，实际为 ${found(f)}：括号与负号同时出现，请写成 (100) 或 -100`,
  ],
  [/^an amount was expected, found (.*)$/, (f) => `应为金额，实际为 ${found(f)}`],
  [/^a date was expected, found (.*)$/, (f) => `应为日期，实际为 ${found(f)}`],
  [/^a date was expected$/, () => "应为日期"],
  [/^yes or no was expected, found (.*)$/, (f) => `应为“是”或“否”，实际为 ${found(f)}`],
  [
    /^the cell holds the error (.*), an? (number|amount|date) was expected$/,
    (e, what) => `单元格含错误值 ${e}，应为${what === "date" ? "日期" : what === "amount" ? "金额" : "数字"}`,
  ],
  [/^"(.*)" is not a real calendar date$/, (t) => `“${t}”不是有效的日历日期`],
  [
    /^"(.*)" is ambiguous: it reads as month\/day or day\/month — choose the date order$/,
    (t) => `“${t}”有歧义：既可读作月/日也可读作日/月，请选择日期顺序`,
  ],
  [/^"(.*)" is not a date$/, (t) => `“${t}”不是日期`],
  [
    /^(.*) is not a date serial between 1 \(1900-01-01\) and (\d+) \(9999-12-31\), nor a date written yyyymmdd$/,
    (v) => `${v} 既不是 1（1900-01-01）到 2958465（9999-12-31）之间的日期序号，也不是 yyyymmdd 形式的日期`,
  ],
  [/^the terms are empty$/, () => "账期为空"],
  [/^terms of (.*) days are not a whole number from 0 to 720$/, (v) => `账期 ${v} 天不是 0 到 720 之间的整数`],
  [
    /^terms (.*) were not understood; write them as "Net 30" or a number of days$/,
    (v) => `无法识别账期 ${found(v)}；请写成“Net 30”或天数`,
  ],
];

/** The Chinese for a parser problem, or the English text when no pattern matches. */
export function problemZh(problem: string): string {
  for (const [re, make] of PATTERNS) {
    const m = re.exec(problem);
    if (m) return make(...m.slice(1));
  }
  return problem;
}
