/**
 * Errors raised by the engine. `kind` maps onto Excel's error values in src/functions:
 * "value" → #VALUE!, "num" → #NUM!, "div0" → #DIV/0!, "na" → #N/A.
 * The message names the argument (or cell) and what was expected, in plain English; the reason carries the same
 * message as a code and its figures, which src/i18n/functionErrors.ts renders in English or Chinese (the AR.*
 * functions follow Office's display language, the taskpane its language switch).
 */
export type EngineErrorKind = "value" | "num" | "div0" | "na";

export type ErrorParams = Record<string, number | string>;

export interface ErrorReason {
  code: string;
  params: ErrorParams;
  /** A ledger row's own reason quoted in the message (AR.GRADE naming the row the analysis could not use). */
  detail?: { code: string; params: ErrorParams; text: string };
}

/**
 * Whom a message names: an argument of an AR.* formula (`name`, kept as the user types it in every language) or a
 * setting of the taskpane (`setting`, translated).
 */
export type Subject = { name: string } | { setting: string };

export const subjectText = (s: Subject): string => ("name" in s ? s.name : s.setting);

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  /** The message as a code and its figures, for a translation. */
  readonly reason?: ErrorReason;
  constructor(kind: EngineErrorKind, message: string, reason?: ErrorReason) {
    super(message);
    this.name = "EngineError";
    this.kind = kind;
    if (reason) this.reason = reason;
  }
}

/** #VALUE!: `code` and `params` are the message's catalogue entry (src/i18n/functionErrors.ts), `message` its English. */
export function valueError(code: string, params: ErrorParams, message: string): EngineError {
  return new EngineError("value", message, { code, params });
}

/** #NUM!: a number outside what the argument allows. */
export function numError(code: string, params: ErrorParams, message: string): EngineError {
  return new EngineError("num", message, { code, params });
}

/** #DIV/0!: the figure a ratio divides by is 0. */
export function div0Error(code: string, params: ErrorParams, message: string): EngineError {
  return new EngineError("div0", message, { code, params });
}

/** #N/A: nothing to show (a customer not in the ledger, a runway without a limit). */
export function naError(code: string, params: ErrorParams, message: string): EngineError {
  return new EngineError("na", message, { code, params });
}

/** The outcome of reading one cell: a typed value, or the reason it could not be used. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T = never>(problem: string): Parsed<T> {
  return { ok: false, problem };
}
