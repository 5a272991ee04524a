// Draws resources/icon.png (1024×1024): a proof page on a blue tile, one line
// highlighted as a finding, a red check mark. Pure Node (zlib PNG encoder),
// so the icon can be regenerated anywhere: `node scripts/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const SS = 3; // supersampling per axis for smooth edges

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};

// Painted in order; later shapes cover earlier ones. Colours RGBA.
const layers = [
  [roundRect(40, 40, 984, 984, 200), [31, 58, 95, 255]],
  [roundRect(250, 150, 774, 874, 36), [250, 250, 247, 255]],
  [roundRect(310, 220, 714, 290, 12), [40, 40, 40, 255]], // headline
  ...[360, 430, 500, 640, 710].map((y, i) => [roundRect(310, y, i === 4 ? 560 : 714, y + 34, 10), [150, 150, 150, 255]]),
  [roundRect(296, 556, 728, 614, 12), [255, 214, 90, 255]], // the finding
  [roundRect(310, 570, 714, 604, 10), [150, 150, 150, 255]],
  [segment(560, 760, 650, 850, 70), [200, 40, 40, 255]],
  [segment(650, 850, 850, 600, 70), [200, 40, 40, 255]],
];

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let c = [0, 0, 0, 0];
        for (const [inside, colour] of layers) if (inside(x, y)) c = colour;
        r += c[0] * c[3]; g += c[1] * c[3]; b += c[2] * c[3]; a += c[3];
      }
    }
    const o = (py * SIZE + px) * 4;
    rgba[o] = a ? Math.round(r / a) : 0;
    rgba[o + 1] = a ? Math.round(g / a) : 0;
    rgba[o + 2] = a ? Math.round(b / a) : 0;
    rgba[o + 3] = Math.round(a / (SS * SS));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../resources/icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote ${out.pathname} (${png.length} bytes)`);
