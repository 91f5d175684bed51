/** Words of the browser preview's own frame (the taskpane has its own table in ui.ts). */
import type { Language } from "./translate";

const en = {
  title: "AR Lens preview",
  subtitle: "— the add-in without Excel: a workbook in your browser, the real taskpane on the right.",
  address: "Address",
  formulaBar: "Formula bar",
  openCsv: "Open a CSV file",
  pasteCsv: "Paste CSV",
  csvText: "CSV text",
  loadPasted: "Load pasted CSV",
  sheets: "Sheets",
  sheet: "Sheet {name}",
  taskpane: "AR Lens taskpane",
  pageLayout: "Page layout (as printed)",
  noSheet: 'There is no sheet named "{name}"',
  csvUnclosedQuote:
    'CSV line {line}: a quote opened here is never closed, so the rest of the file would be read as one cell: close the quote (write a quote inside a field as "")',
};

export type PreviewText = typeof en;

const zh: PreviewText = {
  title: "AR Lens 预览",
  subtitle: "—— 无需 Excel：浏览器中的工作簿，右侧是真实的任务窗格。",
  address: "地址",
  formulaBar: "编辑栏",
  openCsv: "打开 CSV 文件",
  pasteCsv: "粘贴 CSV",
  csvText: "CSV 文本",
  loadPasted: "载入粘贴的 CSV",
  sheets: "工作表",
  sheet: "工作表 {name}",
  taskpane: "AR Lens 任务窗格",
  pageLayout: "页面布局（打印效果）",
  noSheet: "没有名为“{name}”的工作表",
  csvUnclosedQuote:
    'CSV 第 {line} 行：此处开始的引号没有闭合，文件其余部分会被读成一个单元格：请补上闭合引号（字段内的引号写作 ""）',
};

export const PREVIEW_TEXT: Record<Language, PreviewText> = { en, "zh-CN": zh };
