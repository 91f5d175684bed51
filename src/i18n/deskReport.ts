/** The report sheet's Collections section in English and Simplified Chinese (same keys; test/i18n/deskReport.test.ts). */
const en = {
  worklist: "Collections: whom to chase ({shown} of {count}, highest priority first)",
  deadlines: "Collections: insurer notification deadlines within {days} days (passed ones first)",
  promises: "Collections: promises to pay per customer",
  customer: "Customer",
  stage: "Stage",
  nextAction: "Next action",
  overdue: "Overdue",
  daysPastDue: "Days past due (oldest)",
  priority: "Priority (0–100)",
  invoice: "Invoice",
  dueDate: "Due date",
  open: "Open",
  notifyBy: "Notify insurer by",
  daysLeft: "Days left",
  kept: "Kept",
  broken: "Broken",
  pending: "Pending",
};

export type DeskReportText = typeof en;

const zh: DeskReportText = {
  worklist: "催收：待催客户（{count} 户中的前 {shown} 户，按优先级排序）",
  deadlines: "催收：{days} 天内须通知保险公司的逾期（已过期限的在前）",
  promises: "催收：各客户的付款承诺",
  customer: "客户",
  stage: "催收阶段",
  nextAction: "下一步行动",
  overdue: "逾期金额",
  daysPastDue: "最长逾期天数",
  priority: "优先级（0–100）",
  invoice: "发票号",
  dueDate: "到期日",
  open: "未付金额",
  notifyBy: "通知保险公司截止日",
  daysLeft: "剩余天数",
  kept: "已履行",
  broken: "未履行",
  pending: "待履行",
};

export const DESK_REPORT_TEXT: Record<"en" | "zh-CN", DeskReportText> = { en, "zh-CN": zh };
