/** Shared by the function tests: run a function and get either its result or the CustomFunctions.Error it raised. */
export type CfError = { code: string; message: string };

export function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message ?? "" } satisfies CfError;
    throw e;
  }
}

export const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);
export const row = (...xs: unknown[]): unknown[][] => [xs];
