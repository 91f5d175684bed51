/**
 * Simplified Chinese templates for every Reason code the engine emits ({name} = the reason's params). The English
 * text of each Reason is built in the engine; test/i18n/reasons.zh-CN.test.ts checks that every code has a template here
 * and that every placeholder is filled.
 */
import { deskReasonTemplatesZh } from "./desk";
import { layoutReasonTemplatesZh } from "./layout";
import type { Templates } from "./translate";

export const reasonTemplatesZh: Templates = {
  // Column mapping
  "mapping.amountChosen": "“{used}”与“{other}”都像发票金额：按列名含义采用“{used}”（如有需要可在列映射中更改）",
  "mapping.amountChosenGross":
    "“{used}”与“{other}”都像发票金额：旁有“{beside}”列，采用含税的“{used}”（如有需要可在列映射中更改）",
  "mapping.byContent": "字段 {field} 按内容识别为“{column}”列",
  "mapping.noHeader": "前 {rows} 行中没有找到表头行：已按内容识别各列；请检查列映射，或指定表头行",
  "mapping.badColumn": "列映射：{field} 设为第 {column} 列，但所选区域只有 {columns} 列（1 到 {columns}）",
  "mapping.badHeaderRow": "表头行：{row} 不是所选区域中的行（1 到 {rows}）",
  "mapping.missingCustomer": "未找到客户列：请在映射中选择",
  "mapping.missingSupplier": "未找到供应商列：请在映射中选择",
  "mapping.missingAmount": "未找到金额列：请在映射中选择",
  "mapping.dueFromTerms": "没有到期日列：到期日 = 开票日期 + 账期",
  "mapping.dueFromDefault": "没有到期日列：到期日 = 开票日期 + 默认账期",
  "mapping.missingDates": "既没有到期日列也没有开票日期列：请在映射中选择一列",
  "mapping.noPayments": "没有付款列：所有发票视为未付，无法衡量付款行为",
  "mapping.dateOrder.mdy": "文本日期按 月/日/年 读取：“{example}”只能这样读（如需更改，请在设置中选择日期顺序）",
  "mapping.dateOrder.dmy": "文本日期按 日/月/年 读取：“{example}”只能这样读（如需更改，请在设置中选择日期顺序）",
  "mapping.dateOrderMixed":
    "台账中的文本日期既有 月/日 也有 日/月 写法：请在设置中选择日期顺序；不符合的日期将列为问题",
  // Rows
  "row.noCustomerColumn": "未映射客户列",
  "row.customerEmpty": "客户为空",
  "row.noSupplierColumn": "未映射供应商列",
  "row.supplierEmpty": "供应商为空",
  "row.otherCurrency": "币种为 {currency}：只分析 {only}（在设置中选择）",
  "row.noRate":
    "币种为 {currency}：台账和汇率表中都没有折算为 {reporting} 的汇率；不计入折算后的数字（绝不按原币直接相加）",
  "row.badLocalAmount": "本币金额与原币金额符号相反：不作为汇率使用，改用汇率表",
  "row.badRate": "汇率不是大于 0 的数字：改用汇率表",
  // The rates table (currency, rate to the reporting currency, date)
  "rates.badCurrency": "{cell}：“{value}”不是币种代码（三个字母的代码，或中文名称，如 美元）",
  "rates.badRate": "{cell}：{currency} 的汇率为“{value}”：应为大于 0 的数字",
  "rates.badDate": "{cell}：{currency} 汇率的日期为“{value}”：应为日期（或留空）",
  "rates.reportingNotOne": "{cell}：{currency} 是记账本位币，汇率为 1，而不是 {value}",
  "rates.repeated": "{currency} 出现了不止一次：采用日期最晚的汇率（{rate} {date}）",
  "rates.badEntry": "{cell}：不是已保存的汇率（币种、汇率、日期）：已搁置",
  "rates.notList": "已保存的汇率不是列表：已忽略；请重新输入汇率",
  "row.badOpenAmount": "未收金额：{problem}",
  "row.openEmpty": "未收金额为空，且未映射金额列",
  "row.openDiffers": "未收金额 {open} 与金额减已付金额 {paid} 不符：采用未收金额",
  "row.totals": "合计行（“{label}”），不是发票：已排除，以免重复计算",
  "row.noAmountColumn": "未映射金额列",
  "row.badAmount": "金额：{problem}",
  "row.amountTooLarge": "{value} 超出 ±10,000,000,000,000（1e13），任何台账都不会有这么大的金额：请检查该单元格",
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
  "row.afterAsOfMany":
    "{count} 张发票的开票日期晚于基准日（{from} 至 {to}，第一张在 {first}），基准日时尚不存在：未使用",
  "row.paidNoDate": "已全额付款但没有付款日期：无法判断付款时间",
  "row.overpaid": "多付 {over}：超出部分作为贷方余额显示",
  "row.dueBeforeInvoice": "到期日早于开票日期",
  "row.duplicate": "与 {first} 的发票 {invoice} 重复",
  "row.duplicateNumber": "发票号 {invoice} 在 {first} 也被使用，但金额不同",
  "row.duplicateWithPayment": "与 {first} 的发票 {invoice} 重复，但本行记有付款：付款已计入该发票，本行不再重复计算",
  "row.paymentRow": "发票 {invoice}（{first}）的又一笔付款：已计入该发票",
  "row.paidAgainstDirection":
    "发票金额 {amount}，已付金额却为 {paid}：付款应与发票同向（退款或冲销不作推测），请更正该单元格",
  "row.openBeyondAmount": "未收金额 {open} 超过发票金额 {amount}：未收金额不能大于开票金额，请更正该单元格",
  "row.currencyMarkDiffers": "该单元格标为 {mark}，而本行币种为 {currency}：不同币种的金额不能相加，请更正该单元格",
  "row.paidBeforeInvoice": "付款日期 {paid} 早于开票日期 {invoiced}：请核对日期",
  // The ledger's limit columns (analysis/ledgerLimits.ts)
  "limits.creditDiffers": "{customer} 各行的信用额度不一致：{cellsZh}；采用最近一张发票上的 {kept}（{keptAt}）",
  "limits.insuredDiffers": "{customer} 各行的保险限额不一致：{cellsZh}；采用最大的 {kept}（{keptAt}）",
  "limits.creditBad": "{customer} 的信用额度：{problem}；该单元格不使用",
  "limits.insuredBad": "{customer} 的保险限额：{problem}；该单元格不使用",
  // Grade
  "grade.result": "等级 {grade}（1 风险最低，10 风险最高）：风险分 {score} 天",
  "grade.daysLate":
    "按金额加权平均逾期 {days} 天（{paid} 张已付发票，按 {weight}% 计入，其余取整体的 {prior} 天）：+{points}",
  "grade.noHistory": "尚无已付发票：按整体平均逾期 {prior} 天计：+{points}",
  "grade.lateShare": "已付发票中 {share}% 逾期付款：+{points}",
  "grade.trendWorse": "近 90 天比之前平均多逾期 {days} 天：+{points}",
  "grade.trendBetter": "近 90 天比之前平均提前 {days} 天付款：{points}",
  "grade.overdueNow": "未结余额按金额加权平均已逾期 {days} 天：+{points}",
  "grade.over60": "未结余额中 {share}% 逾期超过 60 天：+{points}",
  "grade.disputed": "未结余额中 {share}% 有争议：+{points}",
  // Terms and limits
  "terms.byGrade": "等级 {grade} → {terms}",
  "terms.appetite": "风险偏好 {appetite}：按等级 {grade} 设定条件",
  "terms.insured": "仅在有信用保险保障时采用赊销",
  "limit.peak": "近 12 个月最高欠款 {peak}（{date}）+ {headroom}% 余量 = {base}",
  "limit.factor": "等级 {grade} 允许其中的 {factor}%：{limit}",
  "limit.floor": "提高到目前在账期内（未到期）的欠款：{onTerms}",
  "limit.secured": "等级 {grade}：凭信用证或预付款销售，不设赊销额度",
  "limit.securedNew": "等级 {grade}：新订单仅凭信用证或预付款发货，不再赊销",
  "limit.securedBalance":
    "等级 {grade}：新订单仅凭信用证或预付款发货；除现欠 {open} 外不再新增赊销，现欠款项按到期催收（目前逾期 {overdue}）",
  "limit.floorNorm": "提高到逾期不超过 {days} 天（本台账的通常逾期水平）的欠款：{onTerms}",
  "terms.norm":
    "等级 {grade} 衡量的是逾期本身；本台账中典型客户的风险分为 {median} 天（正常组合不超过 {normal} 天），因此按相对于这一常态的等级 {termsGrade} 设定条件",
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
  "plan.acceleration":
    "若未付分期款达到 {threshold}（余额的五分之一），可要求一次性支付全部余额（《民法典》第六百三十四条）",
  // Alerts
  "alert.deteriorating": "{customer} 近 90 天平均逾期 {recent} 天，之前为 {earlier} 天（+{days}）",
  "alert.overLimit": "{customer} 欠款 {open}，超出您设定的额度 {limit} 共 {excess}",
  "alert.over90": "{customer}：{amount} 逾期超过 90 天",
  "alert.oldDispute": "{customer}：{count} 张争议发票共 {amount}，逾期超过 {days} 天",
  "alert.concentration": "{customer} 占全部应收账款的 {share}%（超过 {threshold}%）",
  "alert.topFive": "前五大客户占全部应收账款的 {share}%（超过 {threshold}%）",
  // Next actions (alerts.ts)
  "action.deteriorating": "致电 {customer} 了解付款变慢的原因，确认下次付款日期后再接受新订单",
  "action.secured": "对 {customer} 仅凭信用证或预付款发货，并催收所欠 {open}",
  "action.holdOrders": "暂停 {customer} 的新订单，直到欠款回到 {limit} 以下（需收回 {excess}）",
  "action.over90": "向 {customer} 发出最后催款函（金额 {amount}）并暂停发货；如保单要求，通知信用保险公司",
  "action.oldDispute": "与 {customer} 解决争议：商定红字发票（贷项通知）或提供签收单，金额 {amount}",
  "action.concentration": "向信用保险公司申请 {customer} 的买方限额，或为其部分欠款取得担保",
  "action.topFive": "检查五大客户的信用保险保障",
  // Portfolio findings (said once) and the one action per customer
  "alert.finding.latePayers": "{share}% 的客户（{count} 家）平均逾期超过 20 天",
  "alert.finding.over90": "{share}% 的客户（{count} 家）有逾期超过 90 天的欠款，合计 {amount}",
  "alert.finding.deteriorating": "{share}% 的客户（{count} 家）近 90 天付款比之前更慢",
  "alert.finding.oldDispute": "{share}% 的客户（{count} 家）有逾期超过 30 天的争议发票，合计 {amount}",
  "alert.finding.overLimit": "{share}% 的客户（{count} 家）欠款超出您设定的额度，合计超出 {amount}",
  "action.finding.latePayers":
    "先检查信用条件和催收流程，再逐个处理客户：到期前提醒、约定付款日期，并按实际给出的账期定价",
  "action.finding.over90": "先检查催收流程和坏账准备，再逐个处理客户：所有欠款逾期 60 天即升级处理",
  "action.finding.deteriorating": "先找共同原因（行业、季节、开票或催收方式的变化），再逐个致电客户",
  "action.finding.oldDispute": "检查开票和签收流程：争议应在 30 天内解决，形成常规",
  "action.finding.overLimit": "先检查额度本身：采纳 AR Lens 的建议额度，或按客户实际采购量重新设定额度",
  "action.customer.over90":
    "向 {customer} 发出最后催款函，催收逾期 {overdue}（其中 {amount} 逾期超过 90 天），付清前暂停发货",
  "action.customer.dispute": "与 {customer} 解决 {amount} 的争议（红字发票或签收单），再催收逾期 {overdue}",
  "action.customer.overLimit": "暂停 {customer} 的新订单，直到欠款回到您设定的额度 {limit} 以下：先催收逾期 {overdue}",
  "action.customer.call": "致电 {customer}：催收逾期 {overdue}，确认下次付款日期后再接受新订单",
  "action.customer.callOnTime": "致电 {customer} 了解付款变慢的原因，确认下次付款日期后再接受新订单（目前无逾期）",
  "action.customer.concentration":
    "向信用保险公司申请 {customer} 的买方限额，或为其 {open} 欠款（逾期 {overdue}）取得部分担保",
  // The analysis as a whole
  "analysis.mergedInvoiceNumbers":
    "有 {count} 行的发票号仅大小写、全角/半角字符、空格或不可见字符（零宽空格、不换行空格、连接符）不同，已按同一张发票处理：{names}",
  "analysis.agedByDueDate":
    "按开票日期账龄分析，但有 {count} 张未结发票（{amount}）没有开票日期：改按到期日计算账龄（{rows}）；补填开票日期后即与其他发票口径一致",
  "analysis.mergedNames":
    "有 {count} 处客户名称仅全角/半角字符、空格或不可见字符（零宽空格、文字方向标记、软连字符）不同，已按同一客户处理：{names}",
  "analysis.noRate":
    "没有折算为 {reporting} 的汇率：{currencies}（未收原币金额，括号内为发票张数）；已排除在折算后的数字之外，绝不按原币直接相加：请在汇率表中补充汇率，或只分析一种币种",
  "analysis.badAsOf": "基准日：{asOf} 不是 1（1900-01-01）到 2958465（9999-12-31）之间的日期",
  "analysis.allSettled":
    "截至基准日所有发票均已结清；台账中最晚的日期为 {latest}：请选择台账期间内的基准日，查看当时的情况",
  "analysis.staleAsOf": "基准日比台账中最晚的日期（{latest}）晚 {days} 天",
  // Forecast
  "forecast.expected": "未来 {weeks} 周预计回款 {amount}",
  "forecast.portfolioLate": "无付款记录的客户按整体付款习惯预计回款（平均逾期 {days} 天）",
  "forecast.habit":
    "每张发票按其客户相对到期日提前或延后付款的习惯分摊到各周；有争议的金额按台账历史上争议款的收回比例 {disputedShare}% 预计",
  "forecast.doubtful": "{amount} 存疑：有争议，或长期逾期不太可能收回",
  // The collections desk (src/i18n/desk.ts)
  ...deskReasonTemplatesZh,
  ...layoutReasonTemplatesZh,
};
