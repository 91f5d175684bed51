/** The built functions bundle, loaded as Excel loads it: every id in functions.json is associated and computes. */
import { BundleError, loadBundle, readMetadata } from "./loadBundle";

describe("dist/functions.js loaded like Excel's runtime", () => {
  const fns = loadBundle();
  const metadata = readMetadata();
  const call = (id: string, ...args: unknown[]) => fns.get(id)!(...args);

  it("associates every function listed in functions.json", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(17);
    for (const id of ids) expect(typeof fns.get(id)).toBe("function");
    expect([...fns.keys()].sort()).toEqual([...ids].sort());
  });

  it("returns the docs/METRICS.md results", () => {
    expect(
      call(
        "AGING",
        [[100], [200], [300], [400], [500]],
        [[45710], [45690], [45640], [45620], [45500]],
        45700,
        null,
        null,
        null,
        null,
      ),
    ).toEqual([[100, 200, 300, 400, 500]]);
    expect(call("DSO", 1_200_000, 3_000_000, 90)).toBe(36);
    expect(call("DSO.COUNTBACK", 250_000, [[100_000], [120_000], [90_000]], [[30], [31], [30]])).toBeCloseTo(71, 10);
    expect((call("CEI", 500_000, 300_000, 450_000, 250_000, null) as number).toFixed(4)).toBe("63.6364");
    expect((call("CEI", 6_200, 10_890, 6_340, 3_590, 3) as number).toFixed(4)).toBe("55.9295");
    expect((call("DISCOUNTCOST", 0.02, 10, 30, null) as number).toFixed(4)).toBe("0.3724");
    expect((call("DISCOUNTCOST", 0.02, 10, 30, true) as number).toFixed(4)).toBe("0.4459");
    expect(call("LATEINTEREST", 10_000, 0.1015, 45, 40)).toBe(165.14);
    const flows = [
      [[45701], [45708], [45709], [45720]],
      [[-300], [200], [-1200], [500]],
    ] as const;
    expect((call("CASHPLAN", 1000, ...flows, 45700, 4, 0, null) as number[][]).map((r) => r[3])).toEqual([
      700, -300, 200, 200,
    ]);
    expect(call("RUNWAY", 1000, ...flows, 45700, 0)).toBe(9);
    expect(call("DPO", 600_000, 1_800_000, null)).toBe(30);
    const plan = call("PAYMENTPLAN", 1000, 3, 45688, null, null, null, false) as number[][];
    expect(plan.map((r) => r[2])).toEqual([333.33, 333.33, 333.34]);
    const annuity = call("PAYMENTPLAN", 10_000, 12, 45688, 1, 0.12, 0, false) as number[][];
    expect(annuity[0][2]).toBe(888.49);
  });

  it("raises CustomFunctions.Error with a message on bad input", () => {
    let caught: unknown;
    try {
      call("DSO", "abc", 1, 90);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(BundleError);
    expect((caught as BundleError).code).toBe("#VALUE!");
    expect((caught as BundleError).message).toMatch(/ending_ar/);
  });

  it("ships zh-CN metadata with the same ids and Chinese descriptions", () => {
    const zh = readMetadata("functions-zh-CN.json");
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    for (const f of zh.functions) {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
