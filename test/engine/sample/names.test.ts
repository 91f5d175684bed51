import { seededRandom } from "../../../src/engine/core/random";
import { companyNames } from "../../../src/engine/sample/names";

describe("invented company names", () => {
  it("gives as many different names as asked, the same for the same seed", () => {
    const en = companyNames(50, "en", seededRandom(1));
    expect(new Set(en).size).toBe(50);
    expect(companyNames(50, "en", seededRandom(1))).toEqual(en);
    expect(en.every((n) => /^\S+ \S+ \S+/.test(n))).toBe(true);
  });

  it("Chinese names end in a company form", () => {
    const zh = companyNames(20, "zh", seededRandom(2));
    expect(zh.every((n) => /(有限公司|股份有限公司|实业有限公司)$/.test(n))).toBe(true);
  });

  it("still gives distinct names when more are asked than the word lists can combine", () => {
    const many = companyNames(20_000, "en", seededRandom(3));
    expect(new Set(many).size).toBe(20_000);
  });
});
