/** Strings of the narrow-pane layout (setup fold, tab overflow, charts, compact rows), English and Simplified Chinese. */
import type { Language } from "./translate";

const en = {
  setupShow: "Settings and columns",
  setupSummary: "Show the settings and the column mapping",
  moreTabs: "More",
  moreTabsLabel: "More tabs ({count})",
  chartHint: "Point at the chart, or focus it and use the arrow keys, to read a value.",
  sortCustomers: "Sort by",
  sortName: "Name",
  sortOpen: "Open amount",
  sortOverdue: "Overdue amount",
  sortGrade: "Grade (riskiest first)",
  sortLate: "Days late",
  sortLimit: "Credit limit",
  gradeBadge: "Grade {grade}",
  openShort: "Open {amount}",
  overdueShort: "overdue {amount}",
  customerFigures: "Figures",
  shareOfAr: "Share of receivables",
  wideView: "Wide view (all columns)",
  ofWhichDisputed: "of which disputed {amount}",
  installmentLine: "interest {interest} · principal {principal} · remaining {remaining}",
  thresholdLine: "threshold {threshold}",
  explainTerm: "What is {term}?",
  gradeBadgeLabel: "Grade {grade} of 10, {band}",
  gradeScale: "Risk grade: 1 = lowest risk … 10 = highest risk.",
};

export type PaneText = typeof en;

const zh: PaneText = {
  setupShow: "设置与列映射",
  setupSummary: "显示设置和列映射",
  moreTabs: "更多",
  moreTabsLabel: "更多标签页（{count}）",
  chartHint: "指向图表，或聚焦后用方向键，即可读出数值。",
  sortCustomers: "排序方式",
  sortName: "名称",
  sortOpen: "未结金额",
  sortOverdue: "逾期金额",
  sortGrade: "等级（风险最高在前）",
  sortLate: "逾期天数",
  sortLimit: "信用额度",
  gradeBadge: "等级 {grade}",
  openShort: "未结 {amount}",
  overdueShort: "逾期 {amount}",
  customerFigures: "数据",
  shareOfAr: "占应收账款比例",
  wideView: "宽视图（显示全部列）",
  ofWhichDisputed: "其中争议 {amount}",
  installmentLine: "利息 {interest} · 本金 {principal} · 剩余 {remaining}",
  thresholdLine: "阈值 {threshold}",
  explainTerm: "什么是{term}？",
  gradeBadgeLabel: "等级 {grade}（共 10 级），{band}",
  gradeScale: "风险等级：1 级风险最低……10 级风险最高。",
};

export const PANE_TEXT: Record<Language, PaneText> = { en, "zh-CN": zh };
