/**
 * Simplified Chinese templates for every Reason code the engine emits ({name} = the reason's params). The English
 * text of each Reason is built in the engine; test/i18n/reasons.test.ts checks that every code has a template here
 * and that every placeholder is filled.
 */
import { deskReasonTemplatesZh } from "./desk";
import type { Templates } from "./translate";

export const reasonTemplatesZh: Templates = {
  // Column mapping
  "mapping.byContent": "字段 {field} 按内容识别为“{column}”列",
  "mapping.missingCustomer": "未找到客户列：请在映射中选择",
  "mapping.missingAmount": "未找到金额列：请在映射中选择",
  "mapping.dueFromTerms": "没有到期日列：到期日 = 开票日期 + 账期",
  "mapping.dueFromDefault": "没有到期日列：到期日 = 开票日期 + 默认账期",
  "mapping.missingDates": "既没有到期日列也没有开票日期列：请在映射中选择一列",
  "mapping.noPayments": "没有付款列：所有发票视为未付，无法衡量付款行为",
  "mapping.dateOrder.mdy": "文本日期按 月/日/年 读取：“{example}”只能这样读（如需更改，请在设置中选择日期顺序）",
  "mapping.dateOrder.dmy": "文本日期按 日/月/年 读取：“{example}”只能这样读（如需更改，请在设置中选择日期顺序）",
  "mapping.dateOrderMixed": "台账中的文本日期既有 月/日 也有 日/月 写法：请在设置中选择日期顺序；不符合的日期将列为问题",
  // Rows
  "row.noCustomerColumn": "未映射客户列",
  "row.customerEmpty": "客户为空",
  "row.otherCurrency": "币种为 {currency}：只分析 {only}（在设置中选择）",
  "row.badOpenAmount": "未收金额：{problem}",
  "row.openEmpty": "未收金额为空，且未映射金额列",
  "row.openDiffers": "未收金额 {open} 与金额减已付金额 {paid} 不符：采用未收金额",
  "row.totals": "合计行（“{label}”），不是发票：已排除，以免重复计算",
  "row.noAmountColumn": "未映射金额列",
  "row.badAmount": "金额：{problem}",
  "row.badInvoiceDate": "开票日期：{problem}",
  "row.badInvoiceDateIgnored": "开票日期：{problem}；该行仅按到期日计算账龄",
  "row.badTerms": "账期：{problem}",
  "row.badDueDate": "到期日：{problem}",
  "row.dueDerived": "到期日为空：按开票日期 + {days} 天计算",
  "row.noDates": "既没有到期日也没有开票日期",
  "row.badPaidDate": "付款日期：{problem}",
  "row.badPaidAmount": "已付金额：{problem}",
  "row.badDisputed": "争议：{problem}；按无争议处理",
  "row.afterAsOf": "开票日期 {date} 晚于基准日",
  "row.paidNoDate": "已全额付款但没有付款日期：无法判断付款时间",
  "row.overpaid": "多付 {over}：超出部分作为贷方余额显示",
  "row.dueBeforeInvoice": "到期日早于开票日期",
  "row.duplicate": "与 {first} 的发票 {invoice} 重复",
  "row.duplicateNumber": "发票号 {invoice} 在 {first} 也被使用，但金额不同",
  // Grade
  "grade.result": "等级 {grade}（1 风险最低，10 风险最高）",
  "grade.daysLate": "按金额加权平均逾期 {days} 天：+{points}",
  "grade.onTime": "按金额加权平均逾期 {days} 天，在 5 天宽限期内：+0",
  "grade.lateShare": "已付发票中 {share}% 逾期付款：+{points}",
  "grade.trendWorse": "近 90 天比之前平均多逾期 {days} 天：+{points}",
  "grade.trendBetter": "近 90 天比之前平均提前 {days} 天付款：{points}",
  "grade.over60": "未结余额中 {share}% 逾期超过 60 天：+{points}",
  "grade.disputed": "未结余额中 {share}% 有争议：+{points}",
  "grade.concentration": "占全部应收账款的 {share}%：+{points}",
  "grade.unproven": "仅有 {paid} 张已付发票、{days} 天历史：在证明之前不优于等级 {grade}",
  // Terms and limits
  "terms.byGrade": "等级 {grade} → {terms}",
  "terms.appetite": "风险偏好 {appetite}：按等级 {grade} 设定条件",
  "terms.insured": "仅在有信用保险保障时采用赊销",
  "limit.need": "所需敞口 = 月均销售额 {monthlySales} × （账期 {terms} 天 + 逾期 {late} 天）/ 30 = {needed}",
  "limit.factor": "等级 {grade} 允许其中的 {factor}%：额度 {limit}",
  "limit.secured": "等级 {grade}：凭信用证或预付款销售，不设赊销额度",
  "limit.portfolioLate": "没有付款记录：预期逾期天数取整体平均（{late} 天）",
  // Insurance
  "insurance.largeRisky": "占应收账款 {share}%，等级 {grade}：建议投保",
  "insurance.unproven": "占应收账款 {share}%，但仅有 {paid} 张已付发票：建议投保",
  "insurance.creditSales": "台账中的每张发票都是赊销（100%）：信用保险针对的正是这些销售",
  "insurance.largest": "最大客户占应收账款 {share}%（标准：{threshold}% 或以上）",
  "insurance.topFive": "前五大客户占应收账款 {share}%（标准：{threshold}% 或以上）",
  "insurance.herfindahl": "赫芬达尔集中度指数 {index}（标准：{threshold} 或以上）",
  "insurance.unprovenExposure": "{share}% 的应收账款在缺乏可靠付款记录的大客户处（标准：{threshold}% 或以上）",
  "insurance.volatile": "逾期天数的标准差为 {days} 天（标准：{threshold} 天或以上）",
  "insurance.verdict.advised": "满足 {met}/{of} 项风险标准：建议投保",
  "insurance.verdict.consider": "满足 {met}/{of} 项风险标准：可考虑投保",
  "insurance.verdict.notNeeded": "满足 {met}/{of} 项风险标准：无需投保",
  "insurance.customers": "建议为 {count} 个客户单独投保",
  // Payment plans
  "plan.balance": "逾期且无争议的余额 {balance}（已冲抵未用贷项）",
  "plan.shape": "等级 {grade}：分 {installments} 期按月支付，首付 {down}%，年利率 {rate}%",
  "plan.acceleration": "若未付分期款达到 {threshold}（余额的五分之一），可要求一次性支付全部余额（《民法典》第 634 条）",
  // Alerts
  "alert.deteriorating": "{customer} 近 90 天平均逾期 {recent} 天，之前为 {earlier} 天（+{days}）",
  "alert.overLimit": "{customer} 欠款 {open}，超出建议额度 {limit} 共 {excess}",
  "alert.over90": "{customer}：{amount} 逾期超过 90 天",
  "alert.oldDispute": "{customer}：{count} 张争议发票共 {amount}，逾期超过 {days} 天",
  "alert.concentration": "{customer} 占全部应收账款的 {share}%（超过 20%）",
  "alert.topFive": "前五大客户占全部应收账款的 {share}%（超过 60%）",
  // The analysis as a whole
  "analysis.mergedNames": "有 {count} 处客户名称仅全角/半角字符或空格不同，已按同一客户处理：{names}",
  "analysis.mixedCurrencies": "台账混合了多种币种（发票数：{currencies}）；金额按原值相加、未经换算：请在设置中选择一种币种，或先行换算",
  "analysis.allSettled": "截至基准日所有发票均已结清；台账中最晚的日期为 {latest}：请选择台账期间内的基准日，查看当时的情况",
  "analysis.staleAsOf": "基准日比台账中最晚的日期（{latest}）晚 {days} 天",
  // Forecast
  "forecast.expected": "未来 {weeks} 周预计回款 {amount}",
  "forecast.portfolioLate": "无付款记录的客户按到期后 {days} 天（整体平均）预计回款",
  "forecast.doubtful": "{amount} 存疑：有争议，或长期逾期不太可能收回",
  // The collections desk (src/i18n/desk.ts)
  ...deskReasonTemplatesZh,
};
