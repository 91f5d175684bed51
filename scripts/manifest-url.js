/*
 * Where manifest.xml points Excel. The committed manifest says https://localhost:3000 everywhere (the dev default).
 * rewriteManifest puts the real location in every URL and in the AppDomain:
 *  - production (`npm run build`): AR_LENS_URL (https, with or without a trailing slash, may carry a path), else
 *    https://localhost:<AR_LENS_PORT>;
 *  - development (`npm start`): https://localhost:<AR_LENS_PORT>.
 * The AppDomain gets the origin only (scheme, host and port), as Office expects; every other URL gets base + path.
 * Every occurrence is replaced (a global RegExp), not only the first.
 */
const DEV_ORIGIN = "https://localhost:3000";

/** The base URL without a trailing slash; throws on a URL that is not absolute HTTPS. */
function manifestBase({ url, port }) {
  const raw = (url && String(url).trim()) || `https://localhost:${Number(port) || 3000}`;
  let parsed;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(
      `AR_LENS_URL "${raw}" is not a URL: give the full address, e.g. https://addins.example.com/ar-lens`,
    );
  }
  if (parsed.protocol !== "https:")
    throw new Error(`AR_LENS_URL "${raw}" must use HTTPS: Office loads add-ins only over HTTPS`);
  return { base: raw.replace(/\/+$/, ""), origin: parsed.origin };
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

function rewriteManifest(xml, options = {}) {
  const { base, origin } = manifestBase(options);
  return String(xml)
    .replace(new RegExp(`(<AppDomain>)${escape(DEV_ORIGIN)}/?(</AppDomain>)`, "g"), `$1${origin}$2`)
    .replace(new RegExp(`${escape(DEV_ORIGIN)}/`, "g"), `${base}/`);
}

module.exports = { rewriteManifest, manifestBase, DEV_ORIGIN };
