/** Words of the preview frame's view controls: the taskpane width switcher, chart words. EN and ZH, same keys. */
import type { Language } from "./translate";

const en = {
  paneWidth: "Taskpane width",
  paneWidthOption: "{width} px ({where})",
  mac: "Excel on the Mac",
  windows: "Excel on Windows",
  web: "Excel on the web",
  wide: "widened",
  /** Name of a chart series whose range has no header cell (Excel: "Series1"). */
  series: "Series {n}",
};

export type PreviewViewText = typeof en;

const zh: PreviewViewText = {
  paneWidth: "任务窗格宽度",
  paneWidthOption: "{width} 像素（{where}）",
  mac: "Mac 版 Excel",
  windows: "Windows 版 Excel",
  web: "网页版 Excel",
  wide: "拉宽后",
  series: "系列 {n}",
};

export const PREVIEW_VIEW_TEXT: Record<Language, PreviewViewText> = { en, "zh-CN": zh };
