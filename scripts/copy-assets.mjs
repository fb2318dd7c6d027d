// Copies the non-TypeScript files under src/ (test fixtures, gold
// annotations) beside the compiled code in dist/, so that the built tests
// find them at the same relative paths as the sources do.
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
let copied = 0;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.endsWith('.ts')) {
      const target = join(dist, relative(src, path));
      if (!existsSync(dirname(target))) mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
      copied++;
    }
  }
}

walk(src);
if (process.env.npm_config_loglevel !== 'silent') console.log(`copied ${copied} asset files to dist/`);
