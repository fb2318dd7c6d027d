/**
 * A bounded cache of GET responses of the API (a read-mostly base: the same
 * search or entity page is asked for again and again). Entries expire after
 * a time, so writes by another process (a CLI ingest into the same file)
 * show up; ingest over HTTP clears the cache at once. Concurrent misses for
 * one URL are computed once.
 */
import type { MiddlewareHandler } from 'hono';

export interface CacheOptions {
  /** Most entries (default 2000); 0 disables the cache. */
  entries?: number;
  /** Most bytes of bodies held (default 64 MiB). */
  bytes?: number;
  /** Lifetime of an entry, ms (default 30 s). */
  ttlMs?: number;
}

interface Entry {
  body: string;
  type: string;
  at: number;
}

export class ResponseCache {
  private readonly map = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry | undefined>>();
  private bytes = 0;
  private generation = 0;
  readonly maxEntries: number;
  readonly maxBytes: number;
  readonly ttlMs: number;

  constructor(options: CacheOptions = {}) {
    this.maxEntries = options.entries ?? 2000;
    this.maxBytes = options.bytes ?? 64 * 1024 * 1024;
    this.ttlMs = options.ttlMs ?? 30_000;
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
    this.pending.clear();
    this.bytes = 0;
    this.generation++;
  }

  private get(key: string): Entry | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (Date.now() - e.at > this.ttlMs) {
      this.delete(key, e);
      return undefined;
    }
    // Most recently used last.
    this.map.delete(key);
    this.map.set(key, e);
    return e;
  }

  private delete(key: string, e: Entry): void {
    this.map.delete(key);
    this.bytes -= e.body.length * 2;
  }

  private put(key: string, e: Entry): void {
    const size = e.body.length * 2;
    if (size > this.maxBytes / 8) return;
    const old = this.map.get(key);
    if (old) this.delete(key, old);
    this.map.set(key, e);
    this.bytes += size;
    for (const [k, v] of this.map) {
      if (this.map.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(k, v);
    }
  }

  /** Middleware for GET routes: answers from the cache, or computes once and keeps 200 JSON answers. */
  middleware(): MiddlewareHandler {
    return async (c, next) => {
      if (this.maxEntries === 0 || c.req.method !== 'GET') return next();
      const url = new URL(c.req.url);
      const key = url.pathname + url.search;
      const hit = this.get(key);
      if (hit) return c.body(hit.body, 200, { 'content-type': hit.type, 'x-cache': 'hit' });
      const running = this.pending.get(key);
      if (running) {
        const e = await running;
        if (e) return c.body(e.body, 200, { 'content-type': e.type, 'x-cache': 'hit' });
        return next();
      }
      const generation = this.generation;
      let settle!: (e: Entry | undefined) => void;
      this.pending.set(key, new Promise((res) => {
        settle = res;
      }));
      let entry: Entry | undefined;
      try {
        await next();
        const type = c.res.headers.get('content-type') ?? '';
        if (c.res.status === 200 && type.startsWith('application/json')) {
          entry = { body: await c.res.clone().text(), type, at: Date.now() };
          if (generation === this.generation) this.put(key, entry);
          c.res.headers.set('x-cache', 'miss');
        }
      } finally {
        if (this.pending.get(key) !== undefined && generation === this.generation) this.pending.delete(key);
        settle(entry);
      }
    };
  }
}
