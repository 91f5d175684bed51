import { appetiteGrade, recommendTerms } from "../../../src/engine/analysis/terms";

describe("recommended terms", () => {
  it("one frozen recommendation per grade, appetite and insurance advice, shared by the customers that have it", () => {
    const a = recommendTerms(7, "balanced", false);
    expect(recommendTerms(7, "balanced", false)).toBe(a);
    expect(recommendTerms(7, "growth", false)).not.toBe(a);
    const parts = [a, a.reasons, a.reasons[0], a.reasons[0].params];
    expect(parts.every((x) => Object.isFrozen(x))).toBe(true);
    expect(a).toEqual({
      code: "DEPOSIT",
      days: 15,
      depositShare: 0.3,
      paymentMethod: "documentaryCollection",
      reasons: [
        {
          code: "terms.byGrade",
          params: { grade: 7, terms: "Net 15 with 30 % deposit" },
          text: "grade 7 → Net 15 with 30 % deposit",
        },
      ],
    });
    expect(recommendTerms(4, "conservative", true)).toEqual({
      code: "NET30",
      days: 30,
      depositShare: 0,
      paymentMethod: "openAccountInsured",
      reasons: [
        { code: "terms.byGrade", params: { grade: 4, terms: "Net 30" }, text: "grade 4 → Net 30" },
        {
          code: "terms.appetite",
          params: { appetite: "conservative", grade: 5 },
          text: "conservative risk appetite: terms set as for grade 5",
        },
        { code: "terms.insured", params: {}, text: "open account only with trade-credit insurance cover" },
      ],
    });
  });
});

describe("terms by grade and appetite", () => {
  test("terms by grade and appetite", () => {
    expect([1, 3, 4, 6, 7, 8, 9].map((g) => recommendTerms(g, "balanced", false).code)).toEqual([
      "NET60",
      "NET45",
      "NET30",
      "NET15",
      "DEPOSIT",
      "LC",
      "CIA",
    ]);
    expect(recommendTerms(3, "conservative", false).code).toBe("NET30");
    expect(recommendTerms(3, "growth", false).code).toBe("NET60");
    expect(recommendTerms(4, "balanced", true).paymentMethod).toBe("openAccountInsured");
    expect(appetiteGrade(10, "conservative")).toBe(10);
  });
});
