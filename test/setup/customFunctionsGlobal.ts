/**
 * A stand-in for the `CustomFunctions` global that Excel provides to the functions runtime: the Error class and
 * ErrorCode enum the AR.* functions throw, and `associate` recording id → function like the runtime does.
 */
export {};

enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

const associated = new Map<string, (...args: unknown[]) => unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(
    idOrMappings: string | Record<string, (...args: unknown[]) => unknown>,
    fn?: (...args: unknown[]) => unknown,
  ) {
    if (typeof idOrMappings === "string") associated.set(idOrMappings.toUpperCase(), fn!);
    else for (const [id, f] of Object.entries(idOrMappings)) associated.set(id.toUpperCase(), f);
  },
  __associated: associated,
};
