// Empties server/spa/dist (Vite's build output, embedded into the Go binary via
// `//go:embed all:dist` in package server/spa) while keeping the committed
// .gitkeep, so the embed pattern always matches at least one file.
// Plain Node so it works the same on Linux, macOS and Windows.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const distDir = path.join(repoRoot, 'server', 'spa', 'dist');
const KEEP = new Set(['.gitkeep']);

mkdirSync(distDir, { recursive: true });
let removed = 0;
for (const entry of readdirSync(distDir)) {
  if (KEEP.has(entry)) continue;
  rmSync(path.join(distDir, entry), { recursive: true, force: true });
  removed++;
}
// Recreate the placeholder if it went missing, so go:embed keeps compiling.
if (!existsSync(path.join(distDir, '.gitkeep'))) writeFileSync(path.join(distDir, '.gitkeep'), '');
console.log(
  `clean-dist: removed ${removed} entr${removed === 1 ? 'y' : 'ies'} from ${path.relative(repoRoot, distDir)}`,
);
