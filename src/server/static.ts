/** Serves the built web UI (web/dist): files by path, index.html for the rest. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

/** web/dist of this checkout (the same from src/server and dist/server). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

export function staticHandler(root: string) {
  const base = resolve(root);
  const cache = new Map<string, { body: Buffer; type: string }>();
  const load = async (file: string) => {
    const hit = cache.get(file);
    if (hit) return hit;
    const st = await stat(file).catch(() => undefined);
    if (!st?.isFile()) return undefined;
    const entry = { body: await readFile(file), type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' };
    cache.set(file, entry);
    return entry;
  };
  return async (c: Context): Promise<Response> => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      path = '/';
    }
    const file = normalize(join(base, path));
    const inside = file === base || file.startsWith(base + sep);
    let entry = inside && !path.endsWith('/') ? await load(file) : undefined;
    const asset = path.startsWith('/assets/');
    if (!entry && !asset) entry = await load(join(base, 'index.html'));
    if (!entry) {
      const missing = !asset && (await stat(base).catch(() => undefined)) === undefined;
      return c.text(missing ? 'The web UI is not built: run npm run build:web' : 'not found', missing ? 503 : 404);
    }
    const headers: Record<string, string> = {
      'content-type': entry.type,
      'cache-control': asset ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...SECURITY_HEADERS,
    };
    return c.body(new Uint8Array(entry.body), 200, headers);
  };
}
