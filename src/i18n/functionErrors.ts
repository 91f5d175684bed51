/**
 * The reasons the AR.* functions give with #VALUE!, #NUM!, #DIV/0! and #N/A (the message Excel shows when the user
 * points at the error), in English and Simplified Chinese, by code. The engine raises an EngineError whose reason is
 * one of these codes and its figures (src/engine/core/errors.ts); `guard` (src/functions/args.ts) renders it in the
 * functions' language. The taskpane renders the same codes for its settings errors (src/i18n/engineErrors.ts).
 *
 * Decision — argument names stay as the user types them in the formula (`amounts`, `due_dates`) in both languages:
 * Excel shows the parameters under those names in its Chinese UI too (functions-zh-CN.json keeps the ids and
 * parameter names; only the help is translated, and src/functions/i18n/zh-CN.json itself writes "与 open_amounts 大小
 * 相同"). A setting of the taskpane (`setting` param) is named in the language of the message instead.
 *
 * Figures are shown as the engine wrote them (the value the user typed, a row number, a cell address), never
 * reformatted, so the message quotes what is in the cell.
 */
import type { ErrorParams, ErrorReason } from "../engine/core/errors";
import { ALERT_SETTINGS_TEXT } from "./alertSettings";
import { problemZh } from "./problems.zh-CN";
import { reasonTemplatesZh } from "./reasons.zh-CN";
import { reasonText, type Language, type Templates } from "./translate";

export const functionErrorsEn = {
  // Arguments (src/functions/args.ts)
  "arg.notRectangular": "{name}: the range is not rectangular",
  "arg.sizeMismatch": "{name} has {count} cell(s) but {other} has {otherCount}: the ranges must be the same size",
  "arg.badCell": "{name}: {position}: {problem}",
  "arg.badValue": "{name}: {problem}",
  "arg.emptyDate": "{name}: {position} is empty, a date was expected",
  "arg.notSingle": "{name}: one cell was expected, got a range of {rows} × {columns}",
  "arg.missingNumber": "{name} is missing: a number was expected",
  "arg.missingDate": "{name} is missing: a date was expected",
  "arg.notAChoice": '{name}: "{value}" is not one of {choices}',
  "arg.notWhole": "{name}: {value} is not a whole number",
  "result.notFinite": "The result is too large or not a number: check the inputs' magnitudes",
  unexpected: "Unexpected problem: {message}",
  // Numbers and ratios (src/engine/core/ratios.ts)
  "number.expected": "{name}: a number was expected",
  "number.negative": "{name}: {value} is negative, zero or more was expected",
  "number.notPositive": "{name}: {value} is negative, a positive number was expected",
  "number.zero": "{name} is 0: the ratio divides by it",
  "number.notBelowZero": "{name}: {value} must be zero or more",
  "countback.noPeriods": "{name}: at least one period of credit sales is needed",
  "countback.notEnough":
    "{name}: the AR ({ar}) is more than all {periods} period(s) of credit sales given ({sales}); give more periods of sales to count back",
  "add.currentAboveEnding": "current_ar ({current}) is more than ending_ar ({ending})",
  "cei.months": "{name}: {value} is not a whole number of months of at least 1",
  "cei.currentAboveTotal": "end_current_ar ({current}) is more than end_total_ar ({total})",
  "cei.zeroDenominator": "begin_ar + credit_sales / months − end_current_ar is 0: the index divides by it",
  "weighted.lengths": "amounts, {from} and {to} must have the same number of items ({amounts}, {fromCount}, {toCount})",
  "weighted.notNumber": "amounts: item {index} is not a number",
  "weighted.noPositive": "amounts: no positive amount to weight by",
  "paid.fromMissing": "{name}: {position} is empty but the invoice was paid",
  "paid.none": "{name}: no paid invoice (every payment date is blank)",
  "discount.missing": "{name} is missing: a fraction such as 0.02 (or 2%) was expected",
  "discount.range": "{name}: {value} must be a fraction between 0 and 1, e.g. 0.02 for 2 %",
  "discount.netBeforeDiscount": "net_days ({net}) must be later than discount_days ({discount})",
  // Late interest (src/engine/core/interest.ts)
  "interest.rateMissing": "{name} is missing: a rate such as 0.1015 (or 10.15%) was expected",
  "interest.rate": "{name}: {value} is outside 0 to 10 (1000 %); give the rate as a fraction, e.g. 0.1015 for 10.15 %",
  "interest.daysLate": "{name}: a number of days was expected",
  "interest.fixed": "{name}: must be zero or more",
  // Aging (src/engine/core/aging.ts, src/functions/aging.ts)
  "aging.dateMissing": "{name}: {position} is empty but its amount is {amount}: every open amount needs a date",
  "edges.none": "{name}: at least one bucket edge (in days) is needed, e.g. 0, 30, 60, 90",
  "edges.tooMany": "{name}: at most 50 bucket edges are allowed, found {count}",
  "edges.notWhole": "{name}: edge {index} is {value}, a whole number of days was expected",
  "edges.negative": "{name}: edge {index} is {value}, edges cannot be negative",
  "edges.notAscending":
    "{name}: edge {index} ({value}) is not greater than edge {previousIndex} ({previous}); edges must be strictly ascending",
  // Payment plans (src/engine/core/paymentPlan.ts, src/functions/plans.ts)
  "schedule.balanceNotPositive": "{name}: {value} must be more than 0",
  "schedule.balanceBelowCent": "{name}: {value} is less than one cent (0.01) once rounded to the cent",
  "schedule.installments": "{name}: {value} must be a whole number from 1 to {max}",
  "schedule.notDate": "{name}: {value} is not a date",
  "schedule.periodMonths": "{name}: {value} must be a whole number of months from 1 to 120",
  "schedule.annualRate": "{name}: {value} must be a fraction from 0 to 1 (e.g. 0.12 for 12 %)",
  "schedule.downPayment": "{name}: {value} must be zero or more and less than the balance ({balance})",
  "schedule.tooManyInstallments":
    "{name}: {value} installments of {financed} would leave some at 0.00: choose at most {max}",
  "schedule.pastLastDate":
    "{name}: installment {number} would fall due after 9999-12-31 ({max}), the last date Excel can show: choose an earlier first due date or fewer installments",
  "replan.noInstallment": "{name}: there is no installment {number} in the plan",
  "replan.extra": "{name}: {value} must be a whole number, 0 or more",
  "replan.daysLate": "{name}: {value} must be from 0 to {max} days",
  "days.wholeRange": "{name}: {value} must be a whole number of days from {min} to {max}",
  // The ledger as formulas (src/functions/ledger.ts, trend.ts)
  "ledger.badRow": "{name}: {position}: {detail}",
  // Currencies and rates (src/functions/currencyArgs.ts)
  "rates.shape": "{name}: two columns were expected (currency, rate), got {columns}",
  "rates.noCurrencies": "{name}: rates are given but no currencies: give the amounts' currencies beside them",
  "ratesArg.badCurrency":
    '{name}: {position}: "{value}" is not a currency code (three letters, such as USD, or a name such as 美元)',
  "ratesArg.badRate": '{name}: {position}: the rate of {currency} is "{value}": a number above 0 was expected',
  "ratesArg.badDate":
    '{name}: {position}: the date of the {currency} rate is "{value}": a date was expected (or leave it blank)',
  "ratesArg.reportingNotOne": "{name}: {position}: {currency} is the reporting currency: its rate is 1, not {value}",
  "currency.badCode": '{name}: "{value}" is not a currency code (three letters, or a name such as 美元)',
  "currency.targetUnknown":
    "{name}: which currency are the rates to? {currencies} has no rate there: list the currency the rates are to in {name} at 1 (for example CNY, 1)",
  "currency.targetUnknownTo":
    "{name}: which currency are the rates to? {currencies} has no rate there: give {to}, or list the currency the rates are to in {name} at 1 (for example CNY, 1)",
  "currency.empty": "{name}: {position} is empty but its amount is {amount}: give the amount's currency",
  "currency.noRate": "{name}: {position}: no rate for {currency} in {rates}",
  "currency.mixed":
    "{name}: the range mixes {currencies} and no rates are given: give rates (currency, rate) to convert them to one currency, or take one currency at a time",
  "customer.empty": "{name}: {position} is empty: give a customer name",
  "customer.notFound": '{name}: "{value}" has no usable invoices in the {range} range',
  "trend.months": "{name}: {value} is not 12 or 24",
  // Cash (src/functions/cash.ts, src/engine/cash)
  "flows.dateMissing": "{name}: {position} is empty but its amount is {amount}: every flow needs a date",
  "runway.unlimited": "The cash never falls below {name} within the flows given: no runway limit",
  "weeks.range": "{name}: {value} must be a whole number of weeks from {min} to {max}",
  "share.fraction": "{name}: {value} must be a fraction from 0 to 1 (0.9 = 90 %)",
  "amount.notAmount": "{name}: {value} is not an amount",
  "amount.negative": "{name}: {value} must not be negative",
  "factoring.grade": "{name}: grade {value} must be 1 to 10",
  "currency.code": '{name}: "{value}" is not a three-letter currency code such as USD',
  "currency.move": "{name}: {value} must be more than -1 and at most 1 (-0.05 = 5 % weaker)",
  "flow.amount": "{flow}: amount {value} must be a positive number (choose in or out for its direction)",
  "flow.firstDate": "{flow}: the first date is missing or not a date",
  "flow.untilBefore": '{flow}: "until" {until} is before the first date {first}',
  "flows.noColumns":
    "flows: the header row {cell} has no {missing} column; expected columns description, amount, first date, repeat, until, in/out",
  // Collections desk (src/functions/desk.ts, src/engine/collections)
  "stage.edgeCount":
    "{name}: {count} number(s) given; three were expected (the last day of the friendly, firm and final stages, e.g. 15,45,90)",
  "stage.edgesNotThree": "{name}: three numbers of days were expected (friendly, firm, final), e.g. 15, 45, 90",
  "stage.edgesOrder": "{name}: {edges} must be ascending whole numbers of days, the first at least 1",
  "share.missing": "{name} is missing: a share such as 90% or 0.9 was expected",
  "share.between": "{name}: {value} must be between 0 and 1 (0.9 = 90 %)",
  "policy.notifyFrom": '{name}: "{value}" must be "due" or "maxExtension"',
  "rate.annualRange": "{name}: {value} must be an annual rate between -5 % and 100 %",
  "rate.lprMarkup": "{name}: {value} must be from 30 % to 50 %",
  // Analysis settings (src/engine/analysis/analyze.ts)
  "setting.trendMonths": "{name}: {value} must be 12 or 24",
  "setting.followUp": "{name}: {value} must be a whole number of months from 1 to 24",
  "setting.lateDays": "{name}: {value} must be a number of days from 0 to 365",
  "setting.headroom": "{name}: {value} must be a share from 0 to 5 (0.2 = 20 %)",
  "setting.alertThreshold": "alert threshold {key}: {value} must be a number of 0 or more",
  "setting.keptLimit":
    "kept credit limit {index} ({customer}): {value} must be an amount of 0 or more for a named customer",
} as const;

export type FunctionErrorCode = keyof typeof functionErrorsEn;

export const functionErrorsZh: Record<FunctionErrorCode, string> = {
  "arg.notRectangular": "{name}：区域不是矩形（各行的单元格数不同）",
  "arg.sizeMismatch": "{name} 有 {count} 个单元格，而 {other} 有 {otherCount} 个：两个区域的大小必须相同",
  "arg.badCell": "{name}：{position}：{problem}",
  "arg.badValue": "{name}：{problem}",
  "arg.emptyDate": "{name}：{position}为空，应为日期",
  "arg.notSingle": "{name}：应为单个单元格，实际为 {rows} × {columns} 的区域",
  "arg.missingNumber": "缺少参数 {name}：应为数字",
  "arg.missingDate": "缺少参数 {name}：应为日期",
  "arg.notAChoice": "{name}：“{value}”不是可选值（{choices}）之一",
  "arg.notWhole": "{name}：{value} 不是整数",
  "result.notFinite": "结果过大或不是数字：请检查输入数值的数量级",
  unexpected: "意外问题：{message}",
  "number.expected": "{name}：应为数字",
  "number.negative": "{name}：{value} 为负数，应大于或等于 0",
  "number.notPositive": "{name}：{value} 为负数，应为正数",
  "number.zero": "{name} 为 0：它是该比率的除数，不能为 0",
  "number.notBelowZero": "{name}：{value} 应大于或等于 0",
  "countback.noPeriods": "{name}：至少需要一期赊销额",
  "countback.notEnough":
    "{name}：应收账款（{ar}）超过所给全部 {periods} 期赊销额之和（{sales}）；请提供更多期的赊销额以便倒推",
  "add.currentAboveEnding": "current_ar（{current}）大于 ending_ar（{ending}）：未逾期部分不能超过期末应收账款",
  "cei.months": "{name}：{value} 不是大于或等于 1 的整月数",
  "cei.currentAboveTotal":
    "end_current_ar（{current}）大于 end_total_ar（{total}）：未逾期部分不能超过期末应收账款总额",
  "cei.zeroDenominator": "begin_ar + credit_sales / months − end_current_ar 为 0：它是该指数的除数，不能为 0",
  "weighted.lengths": "amounts、{from} 和 {to} 的项数必须相同（分别为 {amounts}、{fromCount}、{toCount}）",
  "weighted.notNumber": "amounts：第 {index} 项不是数字",
  "weighted.noPositive": "amounts：没有可作权重的正数金额",
  "paid.fromMissing": "{name}：{position}为空，但该发票已付款",
  "paid.none": "{name}：没有已付发票（付款日期全部为空）",
  "discount.missing": "缺少参数 {name}：应为小数，如 0.02（或 2%）",
  "discount.range": "{name}：{value} 应为 0 到 1 之间的小数，例如 2% 写作 0.02",
  "discount.netBeforeDiscount": "net_days（{net}）必须大于 discount_days（{discount}）",
  "interest.rateMissing": "缺少参数 {name}：应为利率，如 0.1015（或 10.15%）",
  "interest.rate": "{name}：{value} 超出 0 到 10（1000%）的范围；请以小数填写年利率，例如 10.15% 写作 0.1015",
  "interest.daysLate": "{name}：应为天数",
  "interest.fixed": "{name}：应大于或等于 0",
  "aging.dateMissing": "{name}：{position}为空，但其金额为 {amount}：每笔未结金额都需要日期",
  "edges.none": "{name}：至少需要一个账龄区间边界（天数），例如 0, 30, 60, 90",
  "edges.tooMany": "{name}：最多允许 50 个区间边界，实际有 {count} 个",
  "edges.notWhole": "{name}：第 {index} 个边界为 {value}，应为整数天数",
  "edges.negative": "{name}：第 {index} 个边界为 {value}，边界不能为负数",
  "edges.notAscending":
    "{name}：第 {index} 个边界（{value}）不大于第 {previousIndex} 个边界（{previous}）；边界必须严格递增",
  "schedule.balanceNotPositive": "{name}：{value} 必须大于 0",
  "schedule.balanceBelowCent": "{name}：{value} 四舍五入到分后不足 0.01",
  "schedule.installments": "{name}：{value} 应为 1 到 {max} 之间的整数",
  "schedule.notDate": "{name}：{value} 不是日期",
  "schedule.periodMonths": "{name}：{value} 应为 1 到 120 之间的整月数",
  "schedule.annualRate": "{name}：{value} 应为 0 到 1 之间的小数（例如 12% 写作 0.12）",
  "schedule.downPayment": "{name}：{value} 应大于或等于 0，且小于余额（{balance}）",
  "schedule.tooManyInstallments": "{name}：将 {financed} 分成 {value} 期会有分期金额为 0.00：最多只能分 {max} 期",
  "schedule.pastLastDate":
    "{name}：第 {number} 期的到期日将晚于 9999-12-31（{max}），即 Excel 能显示的最后日期：请选择更早的首期到期日或减少期数",
  "replan.noInstallment": "{name}：计划中没有第 {number} 期",
  "replan.extra": "{name}：{value} 应为大于或等于 0 的整数",
  "replan.daysLate": "{name}：{value} 应在 0 到 {max} 天之间",
  "days.wholeRange": "{name}：{value} 应为 {min} 到 {max} 之间的整数天数",
  "ledger.badRow": "{name}：{position}：{detail}",
  "rates.shape": "{name}：应为两列（币种、汇率），实际为 {columns} 列",
  "rates.noCurrencies": "{name}：提供了汇率，但未提供币种：请在旁边提供各金额的币种",
  "ratesArg.badCurrency": "{name}：{position}：“{value}”不是币种代码（三个字母的代码，或中文名称，如 美元）",
  "ratesArg.badRate": "{name}：{position}：“{currency}”的汇率为“{value}”：应为大于 0 的数字",
  "ratesArg.badDate": "{name}：{position}：“{currency}”汇率的日期为“{value}”：应为日期（或留空）",
  "ratesArg.reportingNotOne": "{name}：{position}：“{currency}”是本币，汇率为 1，而不是 {value}",
  "currency.badCode": "{name}：“{value}”不是币种代码（三个字母的代码，或中文名称，如 美元）",
  "currency.targetUnknown":
    "{name}：汇率折算成哪种币种？其中没有“{currencies}”的汇率：请在 {name} 中列出折算的目标币种，汇率为 1（例如：人民币，1）",
  "currency.targetUnknownTo":
    "{name}：汇率折算成哪种币种？其中没有“{currencies}”的汇率：请填写 {to}，或在 {name} 中列出折算的目标币种，汇率为 1（例如：人民币，1）",
  "currency.empty": "{name}：{position}为空，但其金额为 {amount}：请填写该金额的币种",
  "currency.noRate": "{name}：{position}：{rates} 中没有“{currency}”的汇率",
  "currency.mixed":
    "{name}：该区域混合了“{currencies}”，但未提供汇率：请提供汇率（币种、汇率）折算为同一币种，或每次只计算一种币种",
  "customer.empty": "{name}：{position}为空：请填写客户名称",
  "customer.notFound": "{name}：“{value}”在 {range} 区域中没有可用的发票",
  "trend.months": "{name}：{value} 不是 12 或 24",
  "flows.dateMissing": "{name}：{position}为空，但其金额为 {amount}：每笔现金流都需要日期",
  "runway.unlimited": "在所给现金流的期间内，现金余额始终不低于 {name}：可支撑天数没有上限",
  "weeks.range": "{name}：{value} 应为 {min} 到 {max} 之间的整数周数",
  "share.fraction": "{name}：{value} 应为 0 到 1 之间的比例（0.9 = 90%）",
  "amount.notAmount": "{name}：{value} 不是金额",
  "amount.negative": "{name}：{value} 不能为负数",
  "factoring.grade": "{name}：等级 {value} 应为 1 到 10",
  "currency.code": "{name}：“{value}”不是三位字母的币种代码（如 USD）",
  "currency.move": "{name}：{value} 应大于 -1 且不超过 1（-0.05 即贬值 5%）",
  "flow.amount": "{flow}：金额 {value} 应为正数（方向请选择流入或流出）",
  "flow.firstDate": "{flow}：首次日期为空或不是日期",
  "flow.untilBefore": "{flow}：截止日期 {until} 早于首次日期 {first}",
  "flows.noColumns":
    "现金流：表头行 {cell} 没有{missing}列；应包含以下列：说明、金额、首次日期、重复、截止日期、流入/流出",
  "stage.edgeCount":
    "{name}：给出了 {count} 个数字，应为三个（提醒、催款、最后通知三个阶段各自的最后一天，例如 15,45,90）",
  "stage.edgesNotThree": "{name}：应为三个天数（提醒、催款、最后通知），例如 15, 45, 90",
  "stage.edgesOrder": "{name}：{edges} 应为递增的整数天数，且第一个至少为 1",
  "share.missing": "缺少参数 {name}：应为比例，如 90% 或 0.9",
  "share.between": "{name}：{value} 应在 0 到 1 之间（0.9 = 90%）",
  "policy.notifyFrom": '{name}：“{value}”应为 "due"（到期日）或 "maxExtension"（最长延展期届满日）',
  "rate.annualRange": "{name}：{value} 应为 -5% 到 100% 之间的年利率",
  "rate.lprMarkup": "{name}：{value} 应在 30% 到 50% 之间",
  "setting.trendMonths": "{name}：{value} 应为 12 或 24",
  "setting.followUp": "{name}：{value} 应为 1 到 24 之间的整月数",
  "setting.lateDays": "{name}：{value} 应为 0 到 365 之间的天数",
  "setting.headroom": "{name}：{value} 应为 0 到 5 之间的比例（0.2 = 20%）",
  "setting.alertThreshold": "预警阈值“{key}”：{value} 应为大于或等于 0 的数",
  "setting.keptLimit": "第 {index} 条自设信用额度（{customer}）：{value} 应为大于或等于 0 的金额，且须填写客户名称",
};

export const FUNCTION_ERRORS: Record<Language, Record<FunctionErrorCode, string>> = {
  en: functionErrorsEn,
  "zh-CN": functionErrorsZh,
};

/** The taskpane's settings as its Chinese labels name them (src/i18n/ui.ts, cash.ts, desk.ts). */
export const settingNamesZh: Record<string, string> = {
  "aging edges": "账龄区间边界",
  "DSO window": "DSO 与 CEI 的统计期间",
  "default terms": "默认账期",
  "trend months": "指标趋势期间",
  "model check follow-up": "模型检验的跟踪期",
  "model check days late": "模型检验的逾期天数",
  "limit headroom": "信用额度余量",
  "opening cash": "期初现金",
  "minimum cash": "最低现金（安全垫）",
  "credit line": "未使用的授信额度",
  weeks: "计划周数",
  "stress: days later": "压力情景：推迟付款天数",
  "stress: days past due": "压力情景：逾期天数",
  "stress: currency": "汇率情景：币种",
  "stress: currency move": "汇率情景：涨跌幅",
  "insurance: indemnity share": "信用保险：赔付比例",
  "insurance: protracted default": "信用保险：认定拖欠天数",
  "insurance: waiting period": "信用保险：赔付等待期",
  "borrowing rate": "借款年利率",
  discount: "提前付款折扣",
  "discount days": "折扣期天数",
  "advance rate": "保理预付比例",
  "factoring fee": "保理费率",
  factoring: "保理",
  DIO: "存货周转天数",
  "stage edges": "催收阶段边界",
  "minimum interval": "两次催收最少间隔天数",
  "courtesy reminder days": "到期前提醒天数",
  "indemnity share": "赔付比例",
  "maximum extension period": "最长延展期",
  "notification deadline": "通知保险公司期限",
  "claim filing deadline": "索赔申请期限",
  "waiting period": "等待期",
  "notification counted from": "通知期限起算日",
  "reminder letter deadline": "提醒函的新付款期限",
  "demand letter deadline": "催款函的新付款期限",
  "final notice deadline": "最后通知的新付款期限",
  "insurer deadline window": "提前提醒保险通知期限",
  "late interest": "逾期利息",
  "fixed compensation": "固定补偿金额",
  "reference rate": "中央银行参考利率",
  "custom rate": "约定逾期利率",
  "the ledger": "台账",
};

/** "stage edge 2" → "第 2 个催收阶段边界"; other settings from the table. */
function settingZh(setting: string): string {
  const edge = /^stage edge (\d+)$/.exec(setting);
  return edge ? `第 ${edge[1]} 个催收阶段边界` : (settingNamesZh[setting] ?? setting);
}

/** "row 17" → "第 17 行", "column 3" → "第 3 列", "row 2, column 3" → "第 2 行第 3 列" (args.ts `position`). */
export function positionZh(position: string): string {
  return position
    .replace(/row (\d+)/g, "第 $1 行")
    .replace(/column (\d+)/g, "第 $1 列")
    .replace(/行, 第/g, "行第");
}

/** The params as the template shows them in `language`: names, positions, problems and quoted reasons translated. */
function shownParams(reason: ErrorReason, language: Language): Record<string, string> {
  const p: ErrorParams = reason.params;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) out[k] = String(v);
  const zh = language === "zh-CN";
  if (typeof p.setting === "string") out.name = zh ? settingZh(p.setting) : p.setting;
  // AR.DSO.COUNTBACK names a period of its ranges: "sales_newest_first (period 2)" → "sales_newest_first（第 2 期）".
  if (zh && typeof p.name === "string") out.name = p.name.replace(/ \(period (\d+)\)$/, "（第 $1 期）");
  if (zh && typeof p.position === "string") out.position = positionZh(p.position);
  if (zh && typeof p.problem === "string") out.problem = problemZh(p.problem);
  if (zh && typeof p.missing === "string")
    out.missing = p.missing
      .replace("amount (金额)", "“金额”")
      .replace("first date (首次日期)", "“首次日期”")
      .replace(" and ", "和");
  if (zh && typeof p.key === "string")
    out.key = (ALERT_SETTINGS_TEXT["zh-CN"] as Record<string, string>)[p.key] ?? p.key;
  if ("flow" in p) {
    const d = String(p.description ?? "");
    out.flow = zh ? `第 ${p.flow} 笔现金流${d ? `（“${d}”）` : ""}` : `flow ${p.flow}${d ? ` ("${d}")` : ""}`;
  }
  if (reason.detail) out.detail = zh ? reasonText(reason.detail, "zh-CN", reasonTemplatesZh) : reason.detail.text;
  return out;
}

export function isFunctionErrorCode(code: string): code is FunctionErrorCode {
  return Object.prototype.hasOwnProperty.call(functionErrorsEn, code);
}

/** The message of a reason in `language`; a code not in the catalogue gives `fallback` (or the code itself). */
export function functionErrorText(reason: ErrorReason, language: Language, fallback?: string): string {
  if (!isFunctionErrorCode(reason.code)) return fallback ?? reason.code;
  const params = shownParams(reason, language);
  return FUNCTION_ERRORS[language][reason.code].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * The message of an engine error in `language`: its code from this catalogue, else (a taskpane code such as
 * "analysis.badAsOf") its Chinese reason template, else its English message.
 */
export function engineErrorMessage(error: Error & { reason?: ErrorReason }, language: Language): string {
  const reason = error.reason;
  if (!reason) return error.message;
  if (isFunctionErrorCode(reason.code)) return functionErrorText(reason, language);
  if (language === "en") return error.message;
  const template = (reasonTemplatesZh as Templates)[reason.code];
  return template ? reasonText({ ...reason, text: error.message }, language, reasonTemplatesZh) : error.message;
}
