/*
 * Offline structural checks of the XML add-in manifest. `office-addin-manifest validate` needs Microsoft's online
 * service; these checks cover what breaks a shared-runtime custom-functions add-in in practice (see
 * ../shared/OFFICE-NOTES.md): schema element order, every resid defined, HTTPS URLs, one long-lifetime runtime used
 * everywhere, zh-CN overrides well formed and unique, string length limits, icons present, the AR namespace.
 */
const fs = require("fs");
const path = require("path");
const xml2js = require("xml2js");

// Child order of <OfficeApp> for a TaskPaneApp (OfficeApp 1.1 schema), optional elements included.
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"];
const RESOURCE_KINDS = {
  "bt:Images": "bt:Image",
  "bt:Urls": "bt:Url",
  "bt:ShortStrings": "bt:String",
  "bt:LongStrings": "bt:String",
};
const LIMITS = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };

function walk(node, visit, trail = []) {
  if (!node || typeof node !== "object") return;
  for (const [name, value] of Object.entries(node)) {
    if (name === "$" || name === "_" || name === "#name" || name === "$$") continue;
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      visit(name, item, trail);
      walk(item, visit, [...trail, name]);
    }
  }
}

function childNames(node) {
  return (node && node.$$ ? node.$$ : []).map((c) => c["#name"]);
}

function checkOrder(names, order, where, problems) {
  let last = -1;
  for (const n of names) {
    const i = order.indexOf(n);
    if (i === -1) continue;
    if (i < last) problems.push(`${where}: <${n}> is out of schema order (expected order: ${order.join(", ")})`);
    last = Math.max(last, i);
  }
}

async function checkManifest(xmlText, options = {}) {
  const problems = [];
  const assetsDir = options.assetsDir;
  let doc;
  try {
    doc = await xml2js.parseStringPromise(xmlText, { explicitChildren: true, preserveChildrenOrder: true });
  } catch (e) {
    return [`not well-formed XML: ${e.message.split("\n")[0]}`];
  }
  const app = doc.OfficeApp;
  if (!app) return ["the root element must be <OfficeApp>"];
  if (app.$["xsi:type"] !== "TaskPaneApp") problems.push('OfficeApp xsi:type must be "TaskPaneApp"');
  checkOrder(childNames(app), OFFICE_APP_ORDER, "OfficeApp", problems);
  for (const required of [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "Hosts",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ]) {
    if (!app[required]) problems.push(`OfficeApp: <${required}> is missing`);
  }
  const id = app.Id && app.Id[0]._ ? app.Id[0]._ : app.Id && app.Id[0];
  if (typeof id !== "string" || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push("Id must be a GUID");
  const defaultLocale = app.DefaultLocale && (app.DefaultLocale[0]._ || app.DefaultLocale[0]);

  // Sets
  const sets = [];
  const versions = {};
  walk(app.Requirements && app.Requirements[0], (name, item) => {
    if (name !== "Set") return;
    sets.push(item.$.Name);
    versions[item.$.Name] = item.$.MinVersion;
  });
  for (const s of ["SharedRuntime", "CustomFunctionsRuntime"])
    if (!sets.includes(s)) problems.push(`Requirements: the ${s} set is missing`);
  // CustomFunctions.Error with its error codes needs CustomFunctionsRuntime 1.3; Excel.SettingCollection, ExcelApi 1.4.
  const atLeast = (v, min) => {
    const [a, b] = String(v || "0")
      .split(".")
      .map(Number);
    const [c, d] = min.split(".").map(Number);
    return a > c || (a === c && (b || 0) >= d);
  };
  for (const [s, min] of [
    ["CustomFunctionsRuntime", "1.3"],
    ["ExcelApi", "1.4"],
  ]) {
    if (sets.includes(s) && !atLeast(versions[s], min))
      problems.push(`Requirements: ${s} must be at least ${min} (declared ${versions[s] || "none"})`);
  }

  // URLs are HTTPS
  walk(app, (name, item) => {
    const attrs = item && item.$ ? item.$ : {};
    for (const key of ["DefaultValue", "Value"]) {
      const v = attrs[key];
      if (typeof v === "string" && /^[a-z]+:\/\//i.test(v) && !v.startsWith("https://"))
        problems.push(`<${name}> ${key}="${v}" must be an HTTPS URL`);
    }
    if (name === "AppDomain" && typeof item === "object" && item._ && !item._.startsWith("https://"))
      problems.push(`AppDomain ${item._} must be HTTPS`);
  });

  // Overrides: full culture names, unique per element, none for the default locale
  walk(app, (name, item) => {
    if (!item || typeof item !== "object") return;
    const overrides = [...(item.Override || []), ...(item["bt:Override"] || [])];
    const seen = new Set();
    for (const o of overrides) {
      const loc = o.$ && o.$.Locale;
      const where = `<${name}${item.$ && item.$.id ? ` id="${item.$.id}"` : ""}>`;
      if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(loc || ""))
        problems.push(`${where}: override locale "${loc}" must be a full culture name like zh-CN`);
      if (seen.has(loc)) problems.push(`${where}: more than one override for ${loc}`);
      if (loc === defaultLocale) problems.push(`${where}: an override for the default locale ${loc} is not allowed`);
      if (!o.$ || !o.$.Value) problems.push(`${where}: override for ${loc} has no Value`);
      seen.add(loc);
    }
  });

  const vo = app.VersionOverrides && app.VersionOverrides[0];
  if (!vo) return problems;
  const resources = vo.Resources && vo.Resources[0];
  const defined = new Map();
  for (const [group, item] of Object.entries(RESOURCE_KINDS)) {
    const groupNode = resources && resources[group] && resources[group][0];
    for (const res of (groupNode && groupNode[item]) || []) {
      const rid = res.$.id;
      if (defined.has(rid)) problems.push(`Resources: id "${rid}" is defined twice`);
      defined.set(rid, { group, value: res.$.DefaultValue, overrides: res["bt:Override"] || [] });
      if (rid.length > 32) problems.push(`Resources: id "${rid}" is longer than 32 characters`);
      const limit = LIMITS[group];
      const texts = [res.$.DefaultValue, ...(res["bt:Override"] || []).map((o) => o.$.Value)];
      if (limit)
        for (const t of texts)
          if (t && t.length > limit) problems.push(`Resources: "${rid}" is longer than ${limit} characters`);
    }
  }

  // Every resid used is defined
  const used = [];
  walk(vo, (name, item) => {
    if (item && item.$ && item.$.resid) used.push({ name, resid: item.$.resid });
  });
  for (const u of used)
    if (!defined.has(u.resid)) problems.push(`<${u.name}> uses resid "${u.resid}" which is not defined in Resources`);

  // Host: runtime, order, shared runtime everywhere
  const host = vo.Hosts && vo.Hosts[0].Host && vo.Hosts[0].Host.find((h) => h.$["xsi:type"] === "Workbook");
  if (!host) problems.push("VersionOverrides: no Workbook host");
  else {
    checkOrder(childNames(host), HOST_ORDER, "Host Workbook", problems);
    if (childNames(host)[0] !== "Runtimes") problems.push("Host Workbook: <Runtimes> must come first");
    const runtimes = (host.Runtimes && host.Runtimes[0].Runtime) || [];
    const long = runtimes.filter((r) => r.$.lifetime === "long");
    if (long.length !== 1)
      problems.push(`Runtimes: exactly one long-lifetime runtime is required, found ${long.length}`);
    const runtimeId = long[0] && long[0].$.resid;
    const cf = [];
    walk(
      host,
      (name, item) => name === "ExtensionPoint" && item.$ && item.$["xsi:type"] === "CustomFunctions" && cf.push(item),
    );
    if (cf.length !== 1) problems.push("Host Workbook: exactly one CustomFunctions extension point is required");
    else {
      const page = cf[0].Page && cf[0].Page[0].SourceLocation[0].$.resid;
      if (page !== runtimeId)
        problems.push(`CustomFunctions <Page> uses "${page}", not the shared runtime "${runtimeId}"`);
      const ns = cf[0].Namespace && cf[0].Namespace[0].$.resid;
      const nsValue = defined.get(ns) && defined.get(ns).value;
      if (nsValue !== "AR") problems.push(`CustomFunctions namespace must be "AR", found "${nsValue}"`);
      const meta = cf[0].Metadata && cf[0].Metadata[0].SourceLocation[0].$.resid;
      const metaRes = defined.get(meta);
      if (!metaRes || !metaRes.overrides.some((o) => o.$.Locale === "zh-CN"))
        problems.push("functions metadata URL needs a zh-CN override (functions-zh-CN.json)");
    }
    const ff = [];
    walk(host, (name, item) => name === "FunctionFile" && ff.push(item.$.resid));
    for (const f of ff)
      if (f !== runtimeId) problems.push(`<FunctionFile> uses "${f}", not the shared runtime "${runtimeId}"`);
    walk(host, (name, item) => {
      if (name === "Action" && item.$["xsi:type"] === "ShowTaskpane") {
        const loc = item.SourceLocation && item.SourceLocation[0].$.resid;
        if (loc !== runtimeId)
          problems.push(`ShowTaskpane action uses "${loc}", not the shared runtime "${runtimeId}"`);
      }
    });
  }

  // zh-CN overrides for display name, description and button labels
  for (const el of ["DisplayName", "Description"]) {
    const node = app[el] && app[el][0];
    if (!node || !(node.Override || []).some((o) => o.$.Locale === "zh-CN"))
      problems.push(`<${el}> needs a zh-CN override`);
  }
  walk(host, (name, item) => {
    if (name === "Label" && item.$ && item.$.resid) {
      const r = defined.get(item.$.resid);
      if (r && !r.overrides.some((o) => o.$.Locale === "zh-CN"))
        problems.push(`label "${item.$.resid}" needs a zh-CN override`);
    }
  });

  // Icons exist
  if (assetsDir) {
    const urls = [];
    walk(app, (name, item) => {
      const v = item && item.$ && item.$.DefaultValue;
      if (typeof v === "string" && /\/assets\/[^/]+\.png$/.test(v)) urls.push(v);
    });
    for (const u of urls) {
      const file = path.join(assetsDir, u.split("/assets/")[1]);
      if (!fs.existsSync(file)) problems.push(`icon ${u} has no file ${path.relative(process.cwd(), file)}`);
    }
  }
  return problems;
}

module.exports = { checkManifest };
