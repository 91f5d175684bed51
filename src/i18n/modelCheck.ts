/**
 * Texts of the model check (the grade's backtest) and of the triaged action list, in the taskpane and the report
 * sheet. EN and ZH have the same keys (test/i18n/modelCheck.test.ts); {name} placeholders are filled by fillTemplate.
 */
import type { Language } from "./translate";

const en = {
  title: "Model check",
  checking: "Checking the grades against this ledger's own history…",
  failed: "The model check could not be run on these results (the message above says why).",
  intro:
    "At {points} month-ends customers were graded with only the history known then; then we looked at how they paid what was billed in the next {months} months (late = more than {days} days, weighted by amount).",
  observations: "{observations} customer-months, {late} of them paid late.",
  gradeLabel: "Grade (1–10)",
  baselineLabel: "Own past days late",
  auc: "AUC {auc} · Gini {gini}",
  better: "The grade ranks customers at least as well as their own past days late.",
  worse: "The grade ranks customers less well than their own past days late on this ledger: weigh the days late too.",
  tooShort:
    "Too short to judge: the check needs at least 3 month-ends with {months} months of billing after them; this ledger gives {points}.",
  tooSmall:
    "Too small to judge: {observations} customer-months, {late} paid late; at least 30 are needed, with 5 late and 5 on time.",
  calibrationTitle: "By grade: what happened next",
  colGrade: "Grade",
  colCustomers: "Cases",
  colLateShare: "Paid late",
  colDaysLate: "Days late",
  aucHelp:
    "AUC: the chance that a customer who went on to pay late was graded worse than one who paid on time (0.5 = no skill, 1 = perfect).",
  // Action list (Alerts tab)
  actionsTitle: "Top {count} actions by money at risk",
  atRisk: "at risk {amount}",
  nextAction: "Next: {action}",
  restTitle: "The other {count} alerts by kind",
  restKind: "{kind}: {count}",
  actionsCustomers: "{count} customers to act on first, by money at risk",
  actionsCapped: "At most a fifth of the customers are listed here; every signal is in the register by kind below.",
  overdueLine: "overdue {amount} · grade {grade}",
  findingsTitle: "About the whole portfolio",
  registerTitle: "Every signal, by kind ({count})",
  // Lead over the simple rule, with its interval
  leadLine: "Lead over own past days late: {lead} AUC (95 % interval {low} to {high}, bootstrap over customers)",
  verdictBetter: "Better than the simple rule (each customer's own past days late) on this ledger.",
  verdictNoBetter: "No better than the simple rule on this ledger — either will do.",
  verdictWorse: "Worse than the simple rule on this ledger: use each customer's own past days late.",
  historyStart:
    "The ledger's payments begin in {month} (billing from {first}): only month-ends after that are replayed.",
  // Report sheet
  reportTitle: "Model check: how well the grade predicted late payment",
  reportMeasure: "Ranked by",
  reportAuc: "AUC",
  reportGini: "Gini",
  reportAtRisk: "At risk",
  reportAction: "Next action",
  // Settings
  settingLateDays: "Model check: late means more than",
  settingFollowUp: "Model check: follow-up after each month-end",
  settingHeadroom: "Credit limit headroom over the 12-month peak",
  monthsOption: "{months} months",
  percentOption: "{percent} %",
};

export type ModelCheckText = typeof en;

const zh: ModelCheckText = {
  title: "模型检验",
  checking: "正在用本台账自身的历史检验风险等级…",
  failed: "本次结果的模型检验未能完成（原因见上方消息）。",
  intro:
    "在 {points} 个月末，仅用当时已知的历史为客户评级；再看他们之后 {months} 个月开票的款项付得如何（按金额加权，逾期超过 {days} 天即算逾期）。",
  observations: "共 {observations} 个客户·月，其中 {late} 个逾期付款。",
  gradeLabel: "等级（1–10）",
  baselineLabel: "自身历史逾期天数",
  auc: "AUC {auc} · 基尼系数 {gini}",
  better: "等级对客户的排序不逊于其自身历史逾期天数。",
  worse: "在本台账上，等级的排序不如客户自身历史逾期天数：请同时参考逾期天数。",
  tooShort: "历史太短，无法判断：检验至少需要 3 个其后有 {months} 个月开票记录的月末；本台账只有 {points} 个。",
  tooSmall:
    "数据太少，无法判断：{observations} 个客户·月，其中 {late} 个逾期；至少需要 30 个，且逾期与按时各至少 5 个。",
  calibrationTitle: "各等级之后的实际付款",
  colGrade: "等级",
  colCustomers: "样本",
  colLateShare: "逾期比例",
  colDaysLate: "逾期天数",
  aucHelp: "AUC：之后逾期付款的客户比按时付款的客户被评为更差等级的概率（0.5 = 无预测力，1 = 完美）。",
  actionsTitle: "按风险金额排序的前 {count} 项行动",
  atRisk: "风险金额 {amount}",
  nextAction: "下一步：{action}",
  restTitle: "其余 {count} 条提醒（按类型）",
  restKind: "{kind}：{count}",
  actionsCustomers: "按风险金额排序、需优先处理的 {count} 家客户",
  actionsCapped: "此处最多列出五分之一的客户；全部提醒按类型列在下方。",
  overdueLine: "逾期 {amount} · 等级 {grade}",
  findingsTitle: "关于整个客户组合",
  registerTitle: "全部提醒（按类型，共 {count} 条）",
  leadLine: "相对自身历史逾期天数的领先：AUC {lead}（95% 区间 {low} 至 {high}，按客户自助抽样）",
  verdictBetter: "在本台账上优于简单规则（客户自身历史逾期天数）。",
  verdictNoBetter: "在本台账上与简单规则相比没有更好——两者均可使用。",
  verdictWorse: "在本台账上不如简单规则：请使用客户自身历史逾期天数。",
  historyStart: "本台账的付款记录从 {month} 开始（开票从 {first} 开始）：只回放此后的月末。",
  reportTitle: "模型检验：等级对逾期付款的预测效果",
  reportMeasure: "排序依据",
  reportAuc: "AUC",
  reportGini: "基尼系数",
  reportAtRisk: "风险金额",
  reportAction: "下一步行动",
  settingLateDays: "模型检验：逾期超过以下天数即算逾期",
  settingFollowUp: "模型检验：每个月末之后的观察期",
  settingHeadroom: "信用额度在近 12 个月最高欠款之上的余量",
  monthsOption: "{months} 个月",
  percentOption: "{percent}%",
};

export const MODEL_CHECK_TEXT: Record<Language, ModelCheckText> = { en, "zh-CN": zh };
