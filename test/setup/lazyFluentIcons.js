/**
 * @fluentui/react-icons for the jsdom tests, its icon files loaded when an icon is first used.
 *
 * Why: the package's CommonJS index loads all of its 60 icon files (thousands of icons, each building its SVG with
 * React at load), about 2.5 s of CPU in every jsdom test file, for the dozen icons Fluent's components use. The jsdom
 * project maps the package's name here (jest.config.js).
 *
 * What: the same exports as the package's index — its utilities and contexts loaded as the index loads them, and
 * every icon name (read from the `exports.A = exports.B = … = void 0;` lines each icon file opens with) a getter that
 * loads that icon's file from the package on first use. The icons are the package's own modules, unchanged.
 */
"use strict";

const { readFileSync } = require("fs");
const { join } = require("path");

const lib = join(__dirname, "../../node_modules/@fluentui/react-icons/lib-cjs");
const index = readFileSync(join(lib, "index.cjs"), "utf8");

/** The names an icon file exports, from the head it opens with (lines of `exports.A = exports.B = … = void 0;`). */
function iconNames(file) {
  const text = readFileSync(join(lib, file), "utf8");
  const head = text.slice(0, text.search(/^(?!exports\.|"use |Object\.defineProperty\(exports, "__esModule")/m));
  return Array.from(head.matchAll(/exports\.([A-Za-z0-9_$]+) = /g), (m) => m[1]);
}

for (const [, file] of index.matchAll(/require\("\.\/((?:icons|sizedIcons)\/chunk-\d+\.cjs)"\)/g)) {
  let loaded;
  for (const name of iconNames(file)) {
    if (Object.prototype.hasOwnProperty.call(exports, name)) continue;
    Object.defineProperty(exports, name, {
      enumerable: true,
      get: () => (loaded ??= require(join(lib, file)))[name],
    });
  }
}

// The rest of the index (the utilities wrapIcon, bundleIcon, createFluentIcon, useIconState and the constants; the
// icon contexts), as the index exports it.
for (const [, file] of index.matchAll(/require\("\.\/((?:utils|contexts)\/[A-Za-z]+\.cjs)"\)/g)) {
  const module = require(join(lib, file));
  for (const name of Object.keys(module)) {
    if (name === "__esModule" || Object.prototype.hasOwnProperty.call(exports, name)) continue;
    Object.defineProperty(exports, name, { enumerable: true, get: () => module[name] });
  }
}
Object.defineProperty(exports, "__esModule", { value: true });
