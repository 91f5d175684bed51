import { DEFAULT_POLICY, resolveDunning, resolvePolicy } from "../../../src/engine/collections/settings";

describe("dunning and insurer settings", () => {
  it("rejects settings read back that make no sense, naming them", () => {
    expect(() => resolveDunning({ edges: [30, 20, 90] })).toThrow(/stage edges: 30, 20, 90 must be ascending/);
    expect(() => resolvePolicy({ indemnityShare: 90 })).toThrow(/indemnity share: 90 must be between 0 and 1/);
    expect(resolvePolicy(null)).toEqual(DEFAULT_POLICY);
  });
});
