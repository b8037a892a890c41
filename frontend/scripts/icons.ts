// The app's icons (the favicon's house on the accent colour) drawn as PNGs at
// build time, so no binary is committed: `iconPng(192)` is a square PNG of
// that many pixels. The house stays inside the middle 60%, the safe zone of a
// maskable icon, and the background fills the square.
import { deflateSync } from 'node:zlib';

/** The accent colour (styles.css --accent), the manifest's theme colour. */
export const THEME_COLOR = '#8a4b2a';
/** The page background (styles.css --bg), the manifest's background and the house. */
export const BACKGROUND_COLOR = '#f5f3ee';

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// The favicon's path M6 15 16 7l10 8v10H6z on a 32-unit square, centred and
// scaled to 60% of the icon: a roof (triangle) over a body (rectangle).
function inHouse(x: number, y: number): boolean {
  const u = (x - 0.5) / 0.6 + 0.5;
  const v = (y - 0.5) / 0.6 + 0.5;
  const ux = u * 32;
  const vy = v * 32;
  if (ux < 6 || ux > 26 || vy > 25) return false;
  if (vy >= 15) return true;
  // Roof: from (6,15) up to (16,7) and down to (26,15).
  return vy >= 7 + (8 * Math.abs(ux - 16)) / 10;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A size×size RGB PNG of the icon, edges smoothed by 4×4 supersampling. */
export function iconPng(size: number): Buffer {
  const bg = rgb(THEME_COLOR);
  const fg = rgb(BACKGROUND_COLOR);
  const row = 1 + size * 3;
  const raw = Buffer.alloc(row * size);
  const S = 4;
  for (let y = 0; y < size; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) if (inHouse((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size)) hits++;
      const a = hits / (S * S);
      for (let c = 0; c < 3; c++) raw[y * row + 1 + x * 3 + c] = Math.round(bg[c] * (1 - a) + fg[c] * a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
