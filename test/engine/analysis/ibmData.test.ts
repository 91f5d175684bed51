import { resolve } from "path";
import { ibmLedger, sharedDir } from "./ibmData";

describe("the IBM sample's loader", () => {
  it("reads ../shared beside the project unless AR_LENS_SHARED points elsewhere", () => {
    expect(sharedDir({})).toBe(resolve(__dirname, "../../../../shared"));
    expect(sharedDir({ AR_LENS_SHARED: "/tmp/elsewhere" })).toBe(resolve("/tmp/elsewhere"));
  });

  it("without the file: null and a warning naming the file, so the IBM suites skip instead of failing", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(ibmLedger("/nonexistent/ibm-accounts-receivable.csv")).toBeNull();
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining("/nonexistent/ibm-accounts-receivable.csv is not present"),
      );
    } finally {
      warn.mockRestore();
    }
  });
});
