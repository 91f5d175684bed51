/**
 * Simplified Chinese for the reasons of reading an exported ledger's layout (src/engine/ledger: rowKinds.ts,
 * skippedRows.ts, moneyColumns.ts, reconcile.ts, systems.ts).
 */
import type { Templates } from "./translate";

export const layoutReasonTemplatesZh: Templates = {
  "layout.skipped.header": "跳过 {count} 行重复的表头：{rows}",
  "layout.skipped.section": "跳过 {count} 行账龄段或分节标题：{rows}",
  "layout.skipped.group": "跳过 {count} 行分组行（客户标题及其合计）：{rows}",
  "layout.skipped.subtotal": "跳过 {count} 行小计：{rows}",
  "layout.skipped.total": "跳过 {count} 行合计：{rows}",
  "layout.skipped.footer": "跳过 {count} 行页脚：{rows}",
  "layout.skipped.notPosted": "跳过 {count} 张草稿或未审核单据（不构成应收款）：{rows}",
  "layout.skipped.lineItem": "跳过 {count} 行已计入发票的其他明细行：{rows}",
  "layout.skipped.appliedReceipt": "跳过 {count} 行已核销的收款：{rows}",
  "layout.voided": "{count} 张已作废单据按无欠款读取：{rows}",
  "mapping.rowsAboveHeader":
    "表头行 {header} 上方有 {count} 行未读取（区域第 {rows} 行）：它们位于列不同的另一表头下；请连同其表头另行选择后读取",
  "mapping.customerFromGroups": "没有客户列：每张单据的客户取自其上方的分组行（客户名称单独占一行）",
  "mapping.serialsSwapped":
    "{columns}：Excel 把部分日期按“月/日”读取，但“{example}”表明该列是“日/月”写法（按 月/日/年 设置打开了 日/月/年 文件）：请将这些日期反过来读取",
  "mapping.confirm.byContent": "{field} 仅按内容选定为“{column}”列：请核对前几行的读取结果",
  "mapping.confirm.bucket": "“{column}”被当作 {field}，但它是账龄段列，不是单据金额：请核对前几行的读取结果",
  "mapping.confirm.consecutive": "“{column}”被当作 {field}，但其数值是连续编号，不像金额：请核对前几行的读取结果",
  "mapping.confirm.repeated":
    "“{column}”被当作 {field}，但几乎每行都是同一代码（如科目编码），不像金额：请核对前几行的读取结果",
  "mapping.confirm.documentNumbers":
    "“{column}”被当作 {field}，但其数值与单据编号相同，不像金额：请核对前几行的读取结果",
};
