/**
 * Errors raised by the engine. `kind` maps onto Excel's error values in src/functions:
 * "value" → #VALUE!, "num" → #NUM!, "div0" → #DIV/0!, "na" → #N/A.
 * The message names the argument (or cell) and what was expected, in plain English.
 */
export type EngineErrorKind = "value" | "num" | "div0" | "na";

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  /** The message as a code and its figures, for a translation (the taskpane shows settings errors in Chinese). */
  readonly reason?: { code: string; params: Record<string, number | string> };
  constructor(kind: EngineErrorKind, message: string, reason?: { code: string; params: Record<string, number | string> }) {
    super(message);
    this.name = "EngineError";
    this.kind = kind;
    if (reason) this.reason = reason;
  }
}

export function valueError(message: string): EngineError {
  return new EngineError("value", message);
}

export function numError(message: string): EngineError {
  return new EngineError("num", message);
}

/** The outcome of reading one cell: a typed value, or the reason it could not be used. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T = never>(problem: string): Parsed<T> {
  return { ok: false, problem };
}
