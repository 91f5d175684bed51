/**
 * Errors the workbook gateway raises, each with a code and the params its EN and ZH texts need
 * (src/i18n/excel.ts). The English message is the Error's message (logs, tests); the taskpane shows
 * gatewayErrorText(error, language). An error Excel itself raised is wrapped with its code and message kept.
 */
export type GatewayErrorCode =
  | "invalidSelection"
  | "emptySelection"
  | "sheetNotFound"
  | "readFailed"
  | "changedDuringRead"
  | "writeFailed"
  | "selectFailed"
  | "settingTooLarge"
  | "settingKeyInvalid"
  | "settingNotJson"
  | "settingFailed";

/** Where a report write was when it failed (the writeFailed message names it). */
export type WriteStage = "sheet" | "heading" | "table" | "charts" | "replace";

export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    readonly params: Record<string, string | number>,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = "GatewayError";
  }
}

/** The message of whatever was thrown (Office's RichApi errors carry `message` and `code`). */
export function causeOf(error: unknown): string {
  const e = error as { message?: unknown; code?: unknown } | null;
  if (e && typeof e.message === "string" && e.message) return e.message;
  if (e && typeof e.code === "string") return e.code;
  return String(error);
}

/** Excel's error code (OfficeExtension.Error.code), if any. */
export function excelCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
