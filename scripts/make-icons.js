/*
 * Draws AR Lens's icons (a lens over three aging bars on a teal tile) as PNGs into assets/, at the sizes the
 * manifest asks for. Run once: `node scripts/make-icons.js`. Pure Node (zlib), no image library.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function icon(x, y, s) {
  const u = x / s,
    v = y / s;
  const teal = [0, 120, 112, 255],
    white = [255, 255, 255, 255],
    amber = [255, 185, 0, 255];
  const r = 0.18; // tile corner radius
  const cx = Math.min(Math.max(u, r), 1 - r),
    cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return [0, 0, 0, 0];
  // three aging bars
  const bars = [
    [0.2, 0.62],
    [0.36, 0.48],
    [0.52, 0.34],
  ];
  for (const [left, top] of bars) if (u >= left && u <= left + 0.11 && v >= top && v <= 0.8) return white;
  // lens ring and handle
  const d = Math.hypot(u - 0.62, v - 0.42);
  if (d >= 0.17 && d <= 0.23) return amber;
  const along = (u - 0.62 + (v - 0.42)) / Math.SQRT2,
    across = (u - 0.62 - (v - 0.42)) / Math.SQRT2;
  if (along > 0.22 && along < 0.42 && Math.abs(across) < 0.045) return amber;
  return teal;
}

const out = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, icon));
console.log(`icons written to ${out}`);
