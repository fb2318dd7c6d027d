import { lazy, readDataJson } from '../../resources/data-files.js';
import type { Span } from '../../core/types.js';

/**
 * Each fold of the normalised view, switchable by name. The character maps
 * themselves are data (data/normalise/charmap.json).
 */
export interface NormaliseOptions {
  alef: boolean;
  alefMaqsura: boolean;
  taaMarbuta: boolean;
  hamzaCarriers: boolean;
  persian: boolean;
  digits: boolean;
  separators: boolean;
  spaces: boolean;
  diacritics: boolean;
  tatweel: boolean;
  invisibles: boolean;
  presentationForms: boolean;
}

export const DEFAULT_NORMALISE: Readonly<NormaliseOptions> = Object.freeze({
  alef: true,
  alefMaqsura: true,
  taaMarbuta: true,
  hamzaCarriers: false,
  persian: true,
  digits: true,
  separators: true,
  spaces: true,
  diacritics: true,
  tatweel: true,
  invisibles: true,
  presentationForms: true,
});

/**
 * A normalised view of a text with a map back to the original. For the
 * normalised character at index i, the original characters that produced it
 * are original[startMap[i] .. endMap[i]). Both maps are non-decreasing.
 */
export interface NormalisedText {
  readonly original: string;
  readonly text: string;
  readonly startMap: Uint32Array;
  readonly endMap: Uint32Array;
}

interface CharmapFile {
  map: Record<string, Record<string, string>>;
  attach: Record<string, string[]>;
  drop: Record<string, string[]>;
  generated: Record<string, string>;
}

const KEEP = -1;
const ATTACH = -2;
const DROP = -3;

interface FoldTable {
  codes: Int32Array;
  replacements: string[];
}

const loadCharmap = lazy(() => {
  const file = readDataJson<CharmapFile>('normalise/charmap.json');
  const generated: Record<string, Record<string, string>> = {};
  for (const [name, path] of Object.entries(file.generated)) {
    generated[name] = readDataJson<Record<string, string>>(`normalise/${path}`);
  }
  return { ...file, generated };
});

function parseRange(r: string): [number, number] {
  const [lo, hi] = r.split('-');
  const a = parseInt(lo ?? '', 16);
  const b = hi === undefined ? a : parseInt(hi, 16);
  return [a, b];
}

function optionKey(o: NormaliseOptions): string {
  return (Object.keys(DEFAULT_NORMALISE) as (keyof NormaliseOptions)[]).map((k) => (o[k] ? '1' : '0')).join('');
}

const tables = new Map<string, FoldTable>();

function buildTable(o: NormaliseOptions): FoldTable {
  const cm = loadCharmap();
  const codes = new Int32Array(0x10000).fill(KEEP);
  const single = new Map<number, string>();
  const enabled = (name: string) => (o as unknown as Record<string, boolean>)[name] === true;
  for (const [group, pairs] of Object.entries(cm.map)) {
    if (!enabled(group)) continue;
    for (const [from, to] of Object.entries(pairs)) single.set(from.charCodeAt(0), to);
  }
  // Replacements are themselves folded, so ﻷ becomes لا, not لأ.
  const foldString = (s: string) => {
    let out = '';
    for (const ch of s) {
      const code = ch.charCodeAt(0);
      if (ch.length === 1 && single.has(code)) out += single.get(code);
      else if (ch.length === 1 && isAttachOrDrop(code)) continue;
      else out += ch;
    }
    return out;
  };
  const attachSet = new Set<number>();
  const dropSet = new Set<number>();
  for (const [group, ranges] of Object.entries(cm.attach)) {
    if (!enabled(group)) continue;
    for (const r of ranges) {
      const [a, b] = parseRange(r);
      for (let c = a; c <= b; c++) attachSet.add(c);
    }
  }
  for (const [group, ranges] of Object.entries(cm.drop)) {
    if (!enabled(group)) continue;
    for (const r of ranges) {
      const [a, b] = parseRange(r);
      for (let c = a; c <= b; c++) dropSet.add(c);
    }
  }
  function isAttachOrDrop(c: number) {
    return attachSet.has(c) || dropSet.has(c);
  }
  const replacements: string[] = [];
  const setReplacement = (code: number, to: string) => {
    if (to.length === 0) {
      codes[code] = DROP;
      return;
    }
    if (to.length === 1 && to.charCodeAt(0) === code) return;
    codes[code] = replacements.length;
    replacements.push(to);
  };
  for (const [code, to] of single) setReplacement(code, foldString(to));
  for (const [group, pairs] of Object.entries(cm.generated)) {
    if (!enabled(group)) continue;
    for (const [from, to] of Object.entries(pairs)) setReplacement(from.charCodeAt(0), foldString(to));
  }
  for (const c of attachSet) codes[c] = ATTACH;
  for (const c of dropSet) codes[c] = DROP;
  return { codes, replacements };
}

function tableFor(o: NormaliseOptions): FoldTable {
  const key = optionKey(o);
  let t = tables.get(key);
  if (!t) {
    t = buildTable(o);
    tables.set(key, t);
  }
  return t;
}

/** Builds the normalised view of `original` with its map back. */
export function normalise(original: string, options?: Partial<NormaliseOptions>): NormalisedText {
  const { codes, replacements } = tableOf(options);
  const n = original.length;
  let cap = n + 16;
  let out = new Uint16Array(cap);
  let startMap = new Uint32Array(cap);
  let endMap = new Uint32Array(cap);
  let len = 0;
  const grow = (need: number) => {
    if (len + need <= cap) return;
    cap = Math.max(cap * 2, len + need);
    const o2 = new Uint16Array(cap);
    o2.set(out);
    out = o2;
    const s2 = new Uint32Array(cap);
    s2.set(startMap);
    startMap = s2;
    const e2 = new Uint32Array(cap);
    e2.set(endMap);
    endMap = e2;
  };
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    const code = codes[c] as number;
    if (code === KEEP) {
      grow(1);
      out[len] = c;
      startMap[len] = i;
      endMap[len] = i + 1;
      len++;
    } else if (code === ATTACH) {
      // A diacritic or tatweel belongs to the letter before it.
      if (len > 0) endMap[len - 1] = i + 1;
    } else if (code === DROP) {
      continue;
    } else {
      const rep = replacements[code] as string;
      grow(rep.length);
      for (let k = 0; k < rep.length; k++) {
        out[len] = rep.charCodeAt(k);
        startMap[len] = i;
        endMap[len] = i + 1;
        len++;
      }
    }
  }
  return {
    original,
    text: decodeUtf16(out, len),
    startMap: startMap.subarray(0, len),
    endMap: endMap.subarray(0, len),
  };
}

function decodeUtf16(buf: Uint16Array, len: number): string {
  const CHUNK = 8192;
  let s = '';
  for (let i = 0; i < len; i += CHUNK) {
    s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** Maps a half-open span of the normalised text back to the original. */
export function toOriginal(view: NormalisedText, start: number, end: number): Span {
  const n = view.text.length;
  if (start >= n) return { start: view.original.length, end: view.original.length };
  const s = view.startMap[start] as number;
  if (end <= start) return { start: s, end: s };
  const e = view.endMap[Math.min(end, n) - 1] as number;
  return { start: s, end: e };
}

/**
 * The first normalised index whose source starts at or after `offset` in the
 * original (binary search over the monotone start map).
 */
export function fromOriginal(view: NormalisedText, offset: number): number {
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((view.startMap[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The fold table of the default options, built once. */
let defaultTable: FoldTable | undefined;

function tableOf(options: Partial<NormaliseOptions> | undefined): FoldTable {
  if (options === undefined || Object.keys(options).length === 0) {
    defaultTable ??= tableFor(DEFAULT_NORMALISE);
    return defaultTable;
  }
  return tableFor({ ...DEFAULT_NORMALISE, ...options });
}

/**
 * Normalises a short string (a lexicon entry, a query, a token) to its
 * folded form, without building a map back. Returns the string itself when
 * nothing folds, so the common case allocates nothing.
 */
export function normaliseString(s: string, options?: Partial<NormaliseOptions>): string {
  const { codes, replacements } = tableOf(options);
  const n = s.length;
  let i = 0;
  while (i < n && codes[s.charCodeAt(i)] === KEEP) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  let runStart = i;
  for (; i < n; i++) {
    const code = codes[s.charCodeAt(i)] as number;
    if (code === KEEP) continue;
    if (runStart < i) out += s.slice(runStart, i);
    runStart = i + 1;
    if (code >= 0) out += replacements[code] as string;
  }
  if (runStart < n) out += s.slice(runStart);
  return out;
}
