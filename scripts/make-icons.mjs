// Draws the extension icon (a minutes sheet with a timer dot) at every manifest size as PNG.
// Run once after changing the design: `node scripts/make-icons.mjs`; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [11, 92, 173, 255];
const WHITE = [255, 255, 255, 255];
const AMBER = [240, 180, 0, 255];
const NONE = [0, 0, 0, 0];
function pixel(x, y) {
  const r = 0.18; // rounded square
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return NONE;
  if (Math.hypot(x - 0.72, y - 0.72) < 0.17) return AMBER; // the timer
  const inSheet = x > 0.22 && x < 0.7 && y > 0.18 && y < 0.82;
  const line = [0.32, 0.45, 0.58, 0.71].some((ly) => Math.abs(y - ly) < 0.035);
  if (inSheet && line && !(x > 0.55 && y > 0.52)) return WHITE;
  return BLUE;
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128])
  writeFileSync(`public/icon/${size}.png`, png(size, pixel));
console.log('public/icon/{16,32,48,96,128}.png written');
