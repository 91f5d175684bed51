/** Texts of the workbook gateway's errors and of the saved-settings notes, EN and ZH (same keys). */
import { GatewayError } from "../excel/gatewayErrors";
import { engineErrorText } from "./engineErrors";
import { fillTemplate, Language } from "./translate";

const en = {
  invalidSelection:
    "Select one block of cells: the ledger with its header row, or one cell inside it. Several areas, a chart or a shape cannot be read.",
  emptySelection: "The selection holds no data: select the ledger, header row included.",
  sheetNotFound: 'There is no sheet named "{sheet}" (was it renamed or deleted?).',
  readFailed: "Reading the workbook failed: {cause}",
  changedDuringRead:
    'The sheet "{sheet}" changed while it was read (rows inserted, deleted or added), and again when it was read a second time. Nothing from this read was used: read it again once the edits are done.',
  writeFailed:
    "Writing the report failed while {stage}: {cause}. The half-written report sheet was removed; your data is unchanged.",
  selectFailed: "Cannot go to {address}: {cause}",
  settingTooLarge:
    'The setting "{key}" is {bytes} bytes; at most {limit} bytes can be saved in the workbook. Nothing was saved.',
  settingKeyInvalid: 'The setting key "{key}" is not valid: use 1 to {max} characters.',
  settingNotJson: 'The setting "{key}" cannot be saved: its value is not plain data.',
  settingFailed: 'Saving or reading the setting "{key}" in the workbook failed: {cause}',
  stage_sheet: "creating the sheet",
  stage_heading: "writing the heading",
  stage_table: 'writing the table "{table}"',
  stage_charts: "drawing the charts",
  stage_replace: "replacing the previous report",
};

export type ExcelText = typeof en;

const zh: ExcelText = {
  invalidSelection:
    "请选择一个连续的单元格区域：包含表头行的台账，或台账中的任一单元格。无法读取多个区域、图表或形状。",
  emptySelection: "所选区域没有数据：请选择台账，并包括表头行。",
  sheetNotFound: "找不到名为“{sheet}”的工作表（是否已重命名或删除？）。",
  readFailed: "读取工作簿失败：{cause}",
  changedDuringRead:
    "工作表“{sheet}”在读取期间发生了变化（有行被插入、删除或新增），重新读取时又再次变化。本次读取的数据未被使用：请在编辑完成后重新读取。",
  writeFailed: "{stage}时写入报告失败：{cause}。已删除写了一半的报告工作表，您的数据未被改动。",
  selectFailed: "无法定位到 {address}：{cause}",
  settingTooLarge: "设置“{key}”有 {bytes} 字节，工作簿中最多只能保存 {limit} 字节。未保存任何内容。",
  settingKeyInvalid: "设置名称“{key}”无效：请使用 1 到 {max} 个字符。",
  settingNotJson: "设置“{key}”无法保存：其值不是普通数据。",
  settingFailed: "在工作簿中保存或读取设置“{key}”失败：{cause}",
  stage_sheet: "创建工作表",
  stage_heading: "写入标题",
  stage_table: "写入表格“{table}”",
  stage_charts: "绘制图表",
  stage_replace: "替换上一份报告",
};

export const EXCEL_TEXT: Record<Language, ExcelText> = { en, "zh-CN": zh };

/** A gateway error's text in `language`; an engine error's (engineErrors.ts); any other error's own message. */
export function gatewayErrorText(error: unknown, language: Language): string {
  if (!(error instanceof GatewayError)) return engineErrorText(error, language);
  const t = EXCEL_TEXT[language];
  const params = { ...error.params };
  if (typeof params.stage === "string")
    params.stage = fillTemplate(t[`stage_${params.stage}` as keyof ExcelText] ?? params.stage, params, language);
  return fillTemplate(t[error.code], params, language);
}

/** The English text of a gateway error (its Error message). */
export function gatewayEnglish(code: GatewayError["code"], params: Record<string, string | number>): string {
  return gatewayErrorText(new GatewayError(code, params, ""), "en");
}
