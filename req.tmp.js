const Module = require('module');
const orig = Module._resolveFilename;
Module._resolveFilename = function (req, ...a) { if (req === '@fluentui/react-icons') return require.resolve('/work/main/test/setup/lazyFluentIcons.js'); return orig.call(this, req, ...a); };
const pk = process.argv.slice(2);
let t = Date.now(); for (const p of pk) require(p); console.log(pk.join(' '), Date.now() - t);
