import { uniqueSheetName } from "../../src/excel/sheetNames";

describe("sheet names AR Lens writes", () => {
  it("takes the preferred name when free, else the first free numbered one, within 31 characters", () => {
    const taken = (names: string[]) => (n: string) => names.some((t) => t.toLowerCase() === n.toLowerCase());
    expect(uniqueSheetName("Report", taken([]))).toBe("Report");
    expect(uniqueSheetName("Report", taken(["report", "Report (2)"]))).toBe("Report (3)");
    const long = "A".repeat(31);
    const name = uniqueSheetName(long, taken([long]));
    expect(name).toBe(`${"A".repeat(27)} (2)`);
    expect(name).toHaveLength(31);
  });
});
