/*
 * Builds functions-<locale>.json from the functions.json that custom-functions-metadata-plugin generated, replacing
 * descriptions (and, where given, display names and parameter help) from a translation map keyed by function id:
 *   { "AGING": { "name": "AGING", "description": "…", "parameters": { "open_amounts": "…" } } }
 * Ids, parameter names, types and options are kept, so Excel matches the localized file to the same functions.
 * A function missing from the map fails the build: every function must have its translation.
 * `metadata` overrides top-level fields of functions.json itself (and so of every localized file), e.g.
 * { allowCustomDataForDataTypeAny: false }, which custom-functions-metadata always emits as true.
 */
const fs = require("fs");

function localize(metadata, translations, locale) {
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t) {
      problems.push(`${locale}: no translation for function ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const help = t.parameters && t.parameters[p.name];
      if (!help) problems.push(`${locale}: no translation for parameter ${p.name} of ${fn.id}`);
      return help ? { ...p, description: help } : p;
    });
    return {
      ...fn,
      name: t.name || fn.name,
      description: t.description || fn.description,
      parameters,
      result: fn.result,
    };
  });
  return { json: { ...metadata, functions }, problems };
}

class LocalizedFunctionsPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const { source, locales } = this.options;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      const { Compilation, sources, WebpackError } = compiler.webpack;
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(source);
          if (!asset) {
            compilation.errors.push(new WebpackError(`LocalizedFunctionsPlugin: ${source} was not generated`));
            return;
          }
          const metadata = { ...JSON.parse(asset.source.source().toString()), ...(this.options.metadata || {}) };
          if (this.options.metadata)
            compilation.updateAsset(source, new sources.RawSource(JSON.stringify(metadata, null, 4)));
          for (const [locale, file] of Object.entries(locales)) {
            compilation.fileDependencies.add(file);
            const translations = JSON.parse(fs.readFileSync(file, "utf8"));
            const { json, problems } = localize(metadata, translations, locale);
            for (const p of problems) compilation.errors.push(new WebpackError(`LocalizedFunctionsPlugin: ${p}`));
            compilation.emitAsset(
              source.replace(/\.json$/, `-${locale}.json`),
              new sources.RawSource(JSON.stringify(json, null, 2)),
            );
          }
        },
      );
    });
  }
}

module.exports = { LocalizedFunctionsPlugin, localize };
