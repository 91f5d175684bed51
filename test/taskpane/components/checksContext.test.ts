import type { LedgerChecks } from "../../../src/engine";
import { checkOf } from "../../../src/taskpane/components/checksContext";

const checks = { modelCheck: { status: "ok" }, forecastCheck: { status: "tooShort" } } as unknown as LedgerChecks;

test("checkOf: the check asked for when the checks are in, else where they stand", () => {
  expect(checkOf(checks, "modelCheck")).toBe(checks.modelCheck);
  expect(checkOf(checks, "forecastCheck")).toBe(checks.forecastCheck);
  expect(checkOf("checking", "modelCheck")).toBe("checking");
  expect(checkOf("failed", "forecastCheck")).toBe("failed");
  expect(checkOf(null, "modelCheck")).toBeNull();
});
