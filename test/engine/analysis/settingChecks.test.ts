/* The checks on the analysis settings: each returns the value it checked or throws an error with a reason code. */
import { EngineError } from "../../../src/engine/core/errors";
import { DEFAULT_ALERT_THRESHOLDS } from "../../../src/engine/analysis/alerts";
import {
  checkAlertThresholds,
  checkAsOf,
  checkHeadroom,
  checkKeptLimits,
  checkModelCheck,
  checkTrendMonths,
  checkWholeDays,
} from "../../../src/engine/analysis/settingChecks";

/** The error `check` throws, as code, params and English text. */
function thrown(check: () => unknown) {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    const e = error as EngineError;
    return { code: e.reason?.code, params: e.reason?.params, message: e.message };
  }
  throw new Error("no error was thrown");
}

test("the as-of date is a date Excel can show", () => {
  expect(checkAsOf(45000)).toBe(45000);
  expect(checkAsOf(45000.5)).toBe(45000.5);
  expect(thrown(() => checkAsOf(0))).toMatchObject({ code: "analysis.badAsOf", params: { asOf: "0" } });
  expect(thrown(() => checkAsOf("2025-06-30")).code).toBe("analysis.badAsOf");
  expect(thrown(() => checkAsOf(3e6)).message).toContain("is not a date from 1 (1900-01-01) to");
});

test("a number of days is whole and within its range", () => {
  expect(checkWholeDays(90, "DSO window", 1, 3660)).toBe(90);
  expect(checkWholeDays(0, "default terms", 0, 3660)).toBe(0);
  expect(thrown(() => checkWholeDays(0, "DSO window", 1, 3660))).toMatchObject({
    code: "days.wholeRange",
    params: { setting: "DSO window", value: 0, min: 1, max: 3660 },
    message: "DSO window: 0 must be a whole number of days from 1 to 3660",
  });
  expect(thrown(() => checkWholeDays(30.5, "default terms", 0, 3660)).message).toBe(
    "default terms: 30.5 must be a whole number of days from 0 to 3660",
  );
});

test("the trend covers 12 or 24 months", () => {
  expect(checkTrendMonths(12)).toBe(12);
  expect(checkTrendMonths(24)).toBe(24);
  expect(thrown(() => checkTrendMonths(6))).toMatchObject({
    code: "setting.trendMonths",
    message: "trend months: 6 must be 12 or 24",
  });
});

test("the model check's follow-up and days late, follow-up checked first", () => {
  expect(() => checkModelCheck(12, 30)).not.toThrow();
  expect(() => checkModelCheck(24, 0)).not.toThrow();
  expect(thrown(() => checkModelCheck(0, -1)).code).toBe("setting.followUp");
  expect(thrown(() => checkModelCheck(1.5, 30)).code).toBe("setting.followUp");
  expect(thrown(() => checkModelCheck(12, 366))).toMatchObject({
    code: "setting.lateDays",
    message: "model check days late: 366 must be a number of days from 0 to 365",
  });
});

test("the limit headroom is a share from 0 to 5", () => {
  expect(checkHeadroom(0.2)).toBe(0.2);
  expect(checkHeadroom(5)).toBe(5);
  expect(thrown(() => checkHeadroom(5.1)).code).toBe("setting.headroom");
  expect(thrown(() => checkHeadroom(Number.NaN)).code).toBe("setting.headroom");
});

test("kept limits name a customer and are amounts of 0 or more; the first bad one is reported", () => {
  expect(() => checkKeptLimits(undefined)).not.toThrow();
  expect(() => checkKeptLimits([{ customer: "Acme", amount: 0, source: "user" }])).not.toThrow();
  const e = thrown(() =>
    checkKeptLimits([
      { customer: "Acme", amount: 1000, source: "user" },
      { customer: " ", amount: 10, source: "user" },
      { customer: "Beta", amount: -1, source: "user" },
    ]),
  );
  expect(e).toMatchObject({ code: "setting.keptLimit", params: { index: 2, customer: " ", value: "10" } });
  expect(thrown(() => checkKeptLimits([{ customer: "Beta", amount: Infinity, source: "user" }])).message).toBe(
    "kept credit limit 1 (Beta): Infinity must be an amount of 0 or more for a named customer",
  );
});

test("every alert threshold is a number of 0 or more", () => {
  expect(() => checkAlertThresholds(DEFAULT_ALERT_THRESHOLDS)).not.toThrow();
  const e = thrown(() => checkAlertThresholds({ ...DEFAULT_ALERT_THRESHOLDS, over90Share: -1 }));
  expect(e).toMatchObject({
    code: "setting.alertThreshold",
    params: { key: "over90Share", value: -1 },
    message: "alert threshold over90Share: -1 must be a number of 0 or more",
  });
});
