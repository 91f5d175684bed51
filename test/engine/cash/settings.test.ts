import { DEFAULT_CASH_SETTINGS, readCashSettings, resolveCashSettings } from "../../../src/engine/cash/settings";

describe("cash settings read back from the workbook", () => {
  test('{"openingCash":"lots"}: that setting is set aside and named, the others kept', () => {
    const read = readCashSettings({ openingCash: "lots", minimumCash: 500 });
    expect(read).toEqual({ settings: { minimumCash: 500 }, setAside: ["openingCash"], unreadable: false });
    expect(() => resolveCashSettings(read.settings)).not.toThrow();
  });

  test.each([
    ["weeks", 0],
    ["stressLateDays", "15"],
    ["stressLateDays", [15, -1]],
    ["stressCustomer", 42],
    ["insurance", "yes"],
    ["insurance", { insured: "yes" }],
    ["insurance", { indemnityShare: 9 }],
    ["flows", {}],
    ["borrowingRate", 8],
    ["factoringMaxGrade", 0],
    ["creditLine", -5],
  ])("%s = %j is set aside", (key, value) => {
    const read = readCashSettings({ [key]: value });
    expect(read.setAside).toEqual([key]);
    expect(read.settings).toEqual({});
    expect(() => resolveCashSettings(read.settings)).not.toThrow();
  });

  test("flows: the good ones kept, a bad one sets the setting aside by name", () => {
    const flow = {
      description: "Rent",
      amount: 1000,
      direction: "out",
      firstDate: 45700,
      repeat: "monthly",
      until: null,
    };
    const read = readCashSettings({ flows: [flow, { description: "x", amount: "a lot" }, null] });
    expect(read.settings.flows).toEqual([flow]);
    expect(read.setAside).toEqual(["flows"]);
  });

  test("not an object at all: unreadable, the defaults are used; unknown keys are dropped quietly", () => {
    expect(readCashSettings("lots")).toEqual({ settings: {}, setAside: [], unreadable: true });
    expect(readCashSettings([1])).toEqual({ settings: {}, setAside: [], unreadable: true });
    expect(readCashSettings(null)).toEqual({ settings: {}, setAside: [], unreadable: false });
    expect(readCashSettings({ somethingElse: 1, dioDays: 30 })).toEqual({
      settings: { dioDays: 30 },
      setAside: [],
      unreadable: false,
    });
    expect(readCashSettings(DEFAULT_CASH_SETTINGS).setAside).toEqual([]);
  });
});

describe("the currency scenario's settings", () => {
  it("default: the largest foreign currency, 5 % weaker", () => {
    expect([DEFAULT_CASH_SETTINGS.stressCurrency, DEFAULT_CASH_SETTINGS.stressCurrencyMove]).toEqual([null, -0.05]);
  });
  it("a code of three letters and a move above −100 % and at most +100 %; else the setting is named", () => {
    expect(resolveCashSettings({ stressCurrency: "usd", stressCurrencyMove: 0.5 }).stressCurrency).toBe("usd");
    expect(() => resolveCashSettings({ stressCurrency: "US$" })).toThrow(/stress: currency: "US\$"/);
    expect(() => resolveCashSettings({ stressCurrencyMove: -1 })).toThrow(/stress: currency move: -1/);
    expect(() => resolveCashSettings({ stressCurrencyMove: 1.5 })).toThrow(/currency move/);
    const read = readCashSettings({ stressCurrency: 7, stressCurrencyMove: -0.1 });
    expect(read).toMatchObject({ settings: { stressCurrencyMove: -0.1 }, setAside: ["stressCurrency"] });
  });
});
