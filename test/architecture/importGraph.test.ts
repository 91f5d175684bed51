import fs from "fs";
import os from "os";
import path from "path";
import { importCircles, readImportGraph } from "./importGraph";

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "arlens-graph-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe("the import graph", () => {
  it("finds a circle through type imports, re-exports and folders", () => {
    const root = tree({
      "a/types.ts": 'import type { B } from "../b/b";\nexport interface A { b: B }',
      "b/b.ts": 'export * from "./c";\nexport type B = number;',
      "b/c.ts": 'import { type A } from "../a/types";\nexport const c = (a: A) => a;',
      "d.ts": 'import { c } from "./b/b";\nexport const d = c;',
    });
    expect(importCircles(readImportGraph(root))).toEqual([["a/types.ts", "b/b.ts", "b/c.ts"]]);
  });

  it("finds none in a tree that only imports downwards, and ignores imports in comments and packages", () => {
    const root = tree({
      "model/types.ts": "/* import { x } from '../top'; */\nexport type X = number;",
      "top.ts": 'import react from "react";\nimport type { X } from "./model/types";\nexport const y: X = 1;',
    });
    expect(importCircles(readImportGraph(root))).toEqual([]);
  });

  it("has no circle anywhere in src", () => {
    const graph = readImportGraph(path.join(__dirname, "../../src"));
    expect(graph.size).toBeGreaterThan(150);
    expect(importCircles(graph)).toEqual([]);
  });
});
