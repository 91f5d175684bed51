import { importCsv } from "../../src/preview/csvImport";
import { decodeText } from "../../src/preview/textEncoding";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

// "客户,金额\n上海贸易,100\n" as Excel in China saves it (GBK), and in the other encodings a ledger file arrives in.
const CSV = "客户,金额\n上海贸易,100\n";
const GBK = Uint8Array.from([
  0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xbd, 0xf0, 0xb6, 0xee, 0x0a, 0xc9, 0xcf, 0xba, 0xa3, 0xc3, 0xb3, 0xd2, 0xd7, 0x2c,
  0x31, 0x30, 0x30, 0x0a,
]);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe("decodeText: the encodings a CSV ledger arrives in", () => {
  test("UTF-8 with and without a byte-order mark", () => {
    const bytes = new TextEncoder().encode(CSV);
    expect(decodeText(bytes)).toEqual({ text: CSV, encoding: "utf-8" });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: CSV, encoding: "utf-8" });
  });

  test("GBK (Excel's CSV on a Chinese Windows) is read as GB18030, not as mojibake", () => {
    expect(decodeText(GBK)).toEqual({ text: CSV, encoding: "gb18030" });
  });

  test("UTF-16 with a byte-order mark (Excel's Unicode text), both byte orders", () => {
    expect(decodeText(utf16(CSV, false))).toEqual({ text: CSV, encoding: "utf-16le" });
    expect(decodeText(utf16(CSV, true))).toEqual({ text: CSV, encoding: "utf-16be" });
  });

  test("a GBK file opens as a sheet with its Chinese headers", () => {
    const sheet = importCsv(new MemoryWorkbook(), decodeText(GBK).text, "台账.csv");
    expect(sheet.rows).toEqual([
      ["客户", "金额"],
      ["上海贸易", 100],
    ]);
  });
});
