/** The preview's stand-in for what Excel gives a functions bundle, installed where no CustomFunctions global is. */
type Shim = typeof import("../../src/preview/customFunctionsShim");
const host = globalThis as { CustomFunctions?: unknown; __arLensFunctions?: unknown };

describe("the preview's CustomFunctions stand-in", () => {
  const saved = { functions: host.CustomFunctions, registry: host.__arLensFunctions };
  let shim: Shim;
  beforeAll(() => {
    delete host.CustomFunctions;
    delete host.__arLensFunctions;
    jest.isolateModules(() => {
      shim = require("../../src/preview/customFunctionsShim");
    });
  });
  afterAll(() => {
    host.CustomFunctions = saved.functions;
    host.__arLensFunctions = saved.registry;
  });

  it("records each associated function by its upper-case id, one at a time or several", () => {
    const cf = host.CustomFunctions as { associate: (id: unknown, fn?: unknown) => void };
    const dso = () => 1;
    const aging = () => 2;
    cf.associate("dso", dso);
    cf.associate({ Aging: aging });
    expect(shim.registeredFunctions().get("DSO")).toBe(dso);
    expect(shim.registeredFunctions().get("AGING")).toBe(aging);
  });

  it("gives the error class and codes the functions throw", () => {
    const cf = host.CustomFunctions as { Error: Shim["PreviewFunctionError"]; ErrorCode: Shim["ERROR_CODES"] };
    const e = new cf.Error(cf.ErrorCode.notAvailable, "no rate");
    expect([e.code, e.message, e.name]).toEqual(["#N/A", "no rate", "CustomFunctions.Error"]);
    expect(new shim.PreviewFunctionError("#NUM!").message).toBe("");
  });
});
