/**
 * Turns the hand-written gold (dev.txt, heldout.txt) into JSON with
 * offsets: reads each excerpt from the corpus, finds every gold span as a
 * whole-word occurrence (diacritics, tatweel and repeated spaces ignored)
 * and writes dev.json / heldout.json next to it:
 *   npx tsx src/quantities/gold/build.ts [CORPUS]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { GoldExcerpt, GoldQuantity, GoldTime } from './types.js';

const corpus = process.argv[2] ?? '../shared/data/corpus/saudinewsnet-10k.jsonl';
const dir = new URL('./', import.meta.url);
const docs = new Map<string, { text: string; date: string; source: string }>();
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line) as { id: string; text: string; date: string; source: string };
  docs.set(d.id, d);
}

const SKIP = /[\u064B-\u065F\u0670\u0640\u200E\u200F]/;
const WORDISH = /[\p{L}\p{N}]/u;

/** The folded text and, for each folded index, its original index. */
function fold(s: string): { f: string; map: number[] } {
  let f = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (SKIP.test(c)) continue;
    if (/\s/.test(c)) {
      if (f.endsWith(' ')) continue;
      f += ' ';
    } else f += c;
    map.push(i);
  }
  map.push(s.length);
  return { f, map };
}

function locate(text: string, span: string, nth: number): { start: number; end: number } {
  const t = fold(text);
  const q = fold(span).f.trim();
  let seen = 0;
  for (let k = t.f.indexOf(q); k >= 0; k = t.f.indexOf(q, k + 1)) {
    const before = t.f[k - 1] ?? ' ';
    const after = t.f[k + q.length] ?? ' ';
    const okBefore = !WORDISH.test(before) || (/^[^0-9]/.test(q) && /[0-9]/.test(before));
    const okAfter = !WORDISH.test(after) || (/[0-9]$/.test(q) && !/[0-9]/.test(after));
    if (!okBefore || !okAfter) continue;
    if (++seen === nth) {
      const start = t.map[k] as number;
      let end = (t.map[k + q.length - 1] as number) + 1;
      // Marks and tatweel written on the last letter belong to the span (هـ is one sign).
      while (end < text.length && /[\u064B-\u065F\u0670\u0640]/.test(text[end] as string)) end++;
      return { start, end };
    }
  }
  throw new Error(`span «${span}» #${nth} not found in «${text}»`);
}

function parse(file: string): GoldExcerpt[] {
  const out: GoldExcerpt[] = [];
  let cur: GoldExcerpt | undefined;
  for (const raw of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || (line.startsWith('#') && !line.startsWith('## '))) continue;
    if (line.startsWith('## ')) {
      const [id = '', date = '', source = '', off = '0', len = '0'] = line.slice(3).split(/\s+/);
      const doc = docs.get(id);
      if (!doc) throw new Error(`no article ${id}`);
      const offset = Number(off);
      cur = { id, date, source, offset, text: doc.text.slice(offset, offset + Number(len)), quantities: [], times: [] };
      if (doc.date !== date) throw new Error(`${id}: date ${date} ≠ ${doc.date}`);
      out.push(cur);
      continue;
    }
    if (!cur) throw new Error(`item before a header: ${line}`);
    const m = /^([QT])(?:@(\d+))?\s+(.+?)\s*\|\s*(.+)$/.exec(line);
    if (!m) throw new Error(`bad line: ${line}`);
    const [, type, nth = '1', span = '', rest = ''] = m;
    const loc = locate(cur.text, span, Number(nth));
    if (type === 'T') {
      const value = rest.trim() === 'null' ? null : rest.trim();
      if (value !== null && !/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(value)) throw new Error(`bad time value: ${line}`);
      const t: GoldTime = { ...loc, text: cur.text.slice(loc.start, loc.end), value };
      cur.times.push(t);
    } else {
      const [kind = '', value = '', unit = '-'] = rest.trim().split(/\s+/);
      if (!['money', 'count', 'percent', 'duration', 'measure', 'ordinal'].includes(kind)) throw new Error(`bad kind: ${line}`);
      const q: GoldQuantity = {
        ...loc, text: cur.text.slice(loc.start, loc.end), kind: kind as GoldQuantity['kind'],
        value: value === 'null' ? null : Number(value), unit: unit === '-' ? null : unit,
      };
      if (q.value !== null && !Number.isFinite(q.value)) throw new Error(`bad value: ${line}`);
      cur.quantities.push(q);
    }
  }
  for (const ex of out) {
    ex.quantities.sort((a, b) => a.start - b.start);
    ex.times.sort((a, b) => a.start - b.start);
  }
  return out;
}

for (const set of ['dev', 'heldout']) {
  let excerpts: GoldExcerpt[];
  try {
    excerpts = parse(`${set}.txt`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
    throw e;
  }
  const nq = excerpts.reduce((s, e) => s + e.quantities.length, 0);
  const nt = excerpts.reduce((s, e) => s + e.times.length, 0);
  writeFileSync(new URL(`${set}.json`, dir), JSON.stringify({ set, corpus: 'SaudiNewsNet (CC BY-NC-SA 4.0), excerpts', excerpts }, null, 1) + '\n');
  console.log(`${set}: ${excerpts.length} excerpts, ${nq} quantities, ${nt} times, ${new Set(excerpts.map((e) => e.source)).size} outlets`);
}
