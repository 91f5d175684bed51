/**
 * @fluentui/react-components for the jsdom tests, each of its packages loaded when one of its names is first used.
 *
 * Why: the package's CommonJS index requires all of its 58 packages (accordion, carousel, colour picker, tree, nav,
 * …) as it loads, about 2 s of CPU in every jsdom test file, for the dozen a component under test renders. The
 * jsdom project maps the package's name here (jest.config.js).
 *
 * What: the same names as the package's index, each a getter that requires its package (read from the index's
 * `get Name () { return _pkg.Name; }`, a comment line or two allowed after `get`, and `const _pkg = require("…")` lines) on first use. The components are the
 * packages' own modules, unchanged; a name read is the very object the index would have given.
 */
"use strict";

const { readFileSync } = require("fs");
const { dirname, join } = require("path");

// By its path: the package's own name maps to this file in the jsdom project.
const indexFile = join(__dirname, "../../node_modules/@fluentui/react-components/lib-commonjs/index.cjs");
const index = readFileSync(indexFile, "utf8");

/** The package each of the index's variables holds: `const _reactbutton = require("@fluentui/react-button");`. */
const packageOf = new Map(
  Array.from(index.matchAll(/^const (_[A-Za-z0-9_$]+) = require\("([^"]+)"\);$/gm), (m) => [m[1], m[2]]),
);
const loaded = new Map();
const load = (variable) => {
  if (!loaded.has(variable)) {
    // Resolved from the index's own folder: a package may be nested under react-components' node_modules.
    loaded.set(variable, require(require.resolve(packageOf.get(variable), { paths: [dirname(indexFile)] })));
  }
  return loaded.get(variable);
};

for (const [, name, variable, property] of index.matchAll(
  /get (?:\/\/[^\n]*\n\s*)*([A-Za-z0-9_$]+) \(\) \{\s*return (_[A-Za-z0-9_$]+)\.([A-Za-z0-9_$]+);\s*\}/g,
)) {
  if (!packageOf.has(variable)) throw new Error(`lazyFluentComponents: ${name} reads ${variable}, not a package`);
  Object.defineProperty(exports, name, { enumerable: true, get: () => load(variable)[property] });
}
Object.defineProperty(exports, "__esModule", { value: true });
