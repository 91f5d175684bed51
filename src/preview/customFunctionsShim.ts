/**
 * What Excel provides to a functions bundle, for the preview page: `CustomFunctions.Error`, `ErrorCode` and
 * `associate`, which records each AR.* function so the preview's formula engine calls the very bundle Excel loads.
 * Loaded before functions.js.
 */
export type CustomFunction = (...args: unknown[]) => unknown;

export class PreviewFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;

declare global {
  var __arLensFunctions: Map<string, CustomFunction> | undefined;
}

const registry: Map<string, CustomFunction> = (globalThis.__arLensFunctions ??= new Map());

if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: PreviewFunctionError,
    ErrorCode: ERROR_CODES,
    associate(id: string | Record<string, CustomFunction>, fn?: CustomFunction) {
      if (typeof id === "string" && fn) registry.set(id.toUpperCase(), fn);
      else if (typeof id === "object") for (const [k, f] of Object.entries(id)) registry.set(k.toUpperCase(), f);
    },
  };
}

export function registeredFunctions(): Map<string, CustomFunction> {
  return registry;
}
