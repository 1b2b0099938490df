// Draws the add-in icon (a blue rounded square with three linked white nodes) as PNGs at the
// sizes the manifest names, with node's zlib only. Output (committed; run again only to change
// the glyph): public/icons/icon-<size>.png for the XML manifest and the pane, and for the unified
// manifest ../../manifest/unified/color.png (192 px) and outline.png (32 px, white glyph on
// transparent, as that manifest requires). Usage: npm run icons
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const sizes = [16, 32, 64, 80, 128];
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../public/icons');
const unifiedDir = path.resolve(here, '../../../manifest/unified');
const blue = [0x0f, 0x6c, 0xbd];
const white = [0xff, 0xff, 0xff];

// The glyph in a unit square: nodes (x, y, r) and the links between them.
const nodes = [
  [0.3, 0.34, 0.11],
  [0.7, 0.3, 0.09],
  [0.52, 0.72, 0.12],
];
const links = [
  [0, 1],
  [0, 2],
  [1, 2],
];
const linkWidth = 0.045;

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

function onGlyph(x, y) {
  const onNode = nodes.some(([nx, ny, r]) => Math.hypot(x - nx, y - ny) <= r);
  return onNode || links.some(([a, b]) => distToSegment(x, y, nodes[a][0], nodes[a][1], nodes[b][0], nodes[b][1]) <= linkWidth / 2);
}

/** RGBA of one point: transparent outside, blue background, white glyph. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y, 0.2)) return null;
  return onGlyph(x, y) ? white : blue;
}

/** The outline variant: the white glyph alone on transparent. */
function sampleOutline(x, y) {
  return onGlyph(x, y) ? white : null;
}

function render(size, sample) {
  const ss = 4; // 4x4 supersampling for smooth edges
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
        const c = sample((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
      }
      const n = ss * ss;
      row[1 + x * 4] = a ? Math.round(r / a) : 0;
      row[2 + x * 4] = a ? Math.round(g / a) : 0;
      row[3 + x * 4] = a ? Math.round(b / a) : 0;
      row[4 + x * 4] = Math.round((a / n) * 255);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(width, height, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outputs = [
  ...sizes.map((size) => [path.join(outDir, `icon-${size}.png`), size, sample]),
  [path.join(unifiedDir, 'color.png'), 192, sample],
  [path.join(unifiedDir, 'outline.png'), 32, sampleOutline],
];
for (const [file, size, draw] of outputs) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, render(size, draw));
  console.log(`${file} (${fs.statSync(file).size} bytes)`);
}
