/**
 * Picks excerpts for the gold sets and prints them with candidate spans to
 * read and decide by hand (the draft is never the gold by itself):
 *   npx tsx src/quantities/gold/candidates.ts SOURCES PER_SOURCE SEED [EXCLUDE_IDS_FILE...]
 * SOURCES is a comma list of the corpus `source` field. Excerpts are whole
 * sentences (≤ 700 characters) where number and time words are densest.
 */
import { readFileSync } from 'node:fs';
import { extractQuantitiesAndTimes } from '../scanner.js';

const CORPUS = '../shared/data/corpus/saudinewsnet-10k.jsonl';
const blind = process.argv.includes('--blind');
const [sourcesArg = '', perArg = '4', seedArg = '1', ...excludeFiles] = process.argv.slice(2).filter((a) => a !== '--blind');
const sources = sourcesArg.split(',');
const per = Number(perArg);
let seed = Number(seedArg);
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const exclude = new Set<string>();
for (const f of excludeFiles) for (const m of readFileSync(f, 'utf8').matchAll(/snn-\d+/g)) exclude.add(m[0]);

interface Doc { id: string; text: string; date: string; source: string }
const docs = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc);

const CAND = /[0-9٠-٩۰-۹]+|(?:^|[\s(«"،])(?:و|ب|ل|بال|وال|لل|ال)?(?:أمس|اليوم|غدا|عام|العام|سنة|السنة|الماضي|الماضية|المقبل|المقبلة|الجاري|الحالي|ألف|آلاف|مليون|ملايين|مليار|مليارات|عشرات|مئات|مئة|مائة|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثمان|ثمانية|تسع|تسعة|عشر|عشرة|عشرين|ثلاثين|أربعين|خمسين|اثنين|اثنان|مرتين|يومين|عامين|الأول|الأولى|الثاني|الثانية|الثالث|الثالثة|الرابع|الرابعة|أول|صباح|مساء|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|رمضان|شوال|ذي|محرم|الأسبوع|الشهر|نصف|ربع)(?=[\s.،:؛)»"]|$)/g;

function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  const re = /[.!؟?\n]+\s*/g;
  for (const m of text.matchAll(re)) {
    const e = (m.index ?? 0) + m[0].length;
    if (text.slice(s, e).trim()) out.push([s, e]);
    s = e;
  }
  if (text.slice(s).trim()) out.push([s, text.length]);
  return out;
}

function bestWindow(text: string): { start: number; end: number; n: number } | undefined {
  const ss = sentences(text);
  let best: { start: number; end: number; n: number } | undefined;
  for (let a = 0; a < ss.length; a++) {
    let b = a;
    while (b + 1 < ss.length && (ss[b + 1] as [number, number])[1] - (ss[a] as [number, number])[0] <= 700) b++;
    let start = (ss[a] as [number, number])[0];
    let end = (ss[b] as [number, number])[1];
    if (end - start > 900) end = start + 900;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const n = [...text.slice(start, end).matchAll(CAND)].length;
    if (!best || n > best.n) best = { start, end, n };
  }
  return best;
}

const bySource = new Map<string, Doc[]>();
for (const d of docs) {
  if (!sources.includes(d.source) || exclude.has(d.id)) continue;
  const list = bySource.get(d.source) ?? [];
  list.push(d);
  bySource.set(d.source, list);
}
for (const src of sources) {
  const list = bySource.get(src) ?? [];
  let taken = 0;
  const tried = new Set<number>();
  while (taken < per && tried.size < list.length) {
    const k = Math.floor(rand() * list.length);
    if (tried.has(k)) continue;
    tried.add(k);
    const d = list[k] as Doc;
    const w = bestWindow(d.text);
    if (!w || w.n < 4) continue;
    taken++;
    const ex = d.text.slice(w.start, w.end);
    const r = extractQuantitiesAndTimes(ex, d.date);
    console.log(`## ${d.id} ${d.date} ${d.source} ${w.start} ${w.end - w.start}`);
    console.log(`TEXT ${ex.replace(/\s+/g, ' ')}`);
    const marks = [
      ...r.quantities.map((q) => ({ s: q.start, line: `Q ${ex.slice(q.start, q.end)} | ${q.kind} ${q.value} ${q.unit ?? '-'}` })),
      ...r.times.map((t) => ({ s: t.start, line: `T ${ex.slice(t.start, t.end)} | ${t.value}` })),
    ].sort((a, b) => a.s - b.s);
    if (!blind) for (const m of marks) console.log(`# ${m.line}`);
    const cands = [...ex.matchAll(CAND)].map((m) => m[0].trim());
    console.log(`# cand: ${cands.join(' · ')}`);
    console.log('');
  }
}
