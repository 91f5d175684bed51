/**
 * The text of an opened CSV file. Excel in China saves "CSV" in the system code page (GBK), Excel's "Unicode text"
 * is UTF-16 with a byte-order mark, and everything else is UTF-8 — so: a byte-order mark decides; otherwise UTF-8
 * if the bytes are valid UTF-8, else GB18030 (the superset of GBK and GB2312).
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
