/**
 * Military bases: قاعدة followed by a name (قاعدة العند، قاعدة الملك فهد
 * الجوية، قاعدة ديار بكر) is a place, never al-Qaeda, whose name is
 * «القاعدة» alone, «تنظيم القاعدة» or «القاعدة في …». Once a base is
 * named, a bare القاعدة is that base, unless the document names al-Qaeda
 * in one of its longer forms; القاعدة with a base's adjective (القاعدة
 * العسكرية) is never the organisation.
 */
import type { Token } from '../../core/types.js';
import type { Kb } from '../kb/load.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Candidate } from './candidates.js';
import { cutOffset, isWordLike, procliticVariants } from './words.js';

const nf = (xs: string[]) => new Set(xs.map((x) => normaliseString(x)));

/** Adjectives of a base: قاعدة العند الجوية، القاعدة العسكرية. */
const BASE_ADJECTIVES = nf(['الجوية', 'العسكرية', 'البحرية', 'الجوي', 'العسكري', 'البحري', 'الجوية-البحرية']);

/** Definite words after قاعدة that make it a rule, a foundation or a database, not a base. */
const NOT_BASE_NAMES = nf([
  'البيانات', 'الهرم', 'العامة', 'الشعبية', 'الأساسية', 'الذهبية', 'القانونية', 'الشرعية', 'الفقهية', 'الانطلاق', 'الصفر',
  'التي', 'الذي', 'الأولى', 'الأخيرة', 'الجديدة', 'الجماهيرية', 'الانتخابية', 'الصناعية', 'الاقتصادية', 'المعلومات', 'الإسناد',
  'الإمداد', 'التموين', 'الحزب', 'الحركة', 'التنظيم', 'الاستراتيجية', 'الإستراتيجية', 'المشتركة', 'الأمريكية', 'الأميركية',
]);

const QAEDA = 'org:al-qaeda';

function baseWordAt(t: Token | undefined): number | undefined {
  if (!isWordLike(t)) return undefined;
  return procliticVariants((t as Token).norm).find((v) => v.form === 'قاعده')?.cut;
}

function isBaseAdjective(t: Token | undefined, sentence: number): boolean {
  return t !== undefined && t.sentence === sentence && BASE_ADJECTIVES.has(t.norm);
}

/**
 * Adds base names to `names` and turns al-Qaeda's bare القاعدة into the
 * base where the document names a base and not the organisation. Names
 * inside a base's name (ديار بكر in قاعدة ديار بكر) give way to it.
 */
export function militaryBases(kb: Kb, text: string, tokens: readonly Token[], names: readonly Candidate[]): Candidate[] {
  const startsAt = new Map<number, Candidate>();
  for (const c of names) startsAt.set(c.t0, c);
  const military = names.some((c) => {
    const s = c.kbId ? kb.entries.get(c.kbId)?.sector : undefined;
    return s === 'MIL' || s === 'REB';
  });
  interface Found { t0: number; t1: number; words: string[]; cut: number; adjective: boolean }
  const found: Found[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const cut = baseWordAt(t);
    if (cut === undefined) continue;
    // a known base (قاعدة انجرليك) is already a name
    const own = startsAt.get(i);
    if (own && own.kbId && own.t1 > i + 1) continue;
    const next = tokens[i + 1] as Token;
    if (next.sentence !== t.sentence || !isWordLike(next)) continue;
    // قاعدة ديار بكر، قاعدة الملك فهد: a name that starts right after it
    const name = startsAt.get(i + 1);
    let end: number | undefined;
    let adjective = false;
    if (name && (name.type === 'LOC' || name.type === 'GPE' || name.type === 'PER') && name.kind === 'name') end = name.t1;
    // قاعدة العند الجوية، قاعدة الأمير سلطان الجوية: up to three words, then the base's adjective
    for (let k = i + 2; end === undefined && k <= i + 4 && k < tokens.length; k++) {
      const w = tokens[k - 1] as Token;
      if (w.sentence !== t.sentence || !isWordLike(w)) break;
      if (isBaseAdjective(tokens[k], t.sentence)) {
        end = k;
        adjective = true;
      }
    }
    if (end === undefined && next.norm.startsWith('ال') && next.norm.length >= 4) end = i + 2;
    if (end === undefined) continue;
    const words = tokens.slice(i + 1, end).map((x) => x.norm);
    if (NOT_BASE_NAMES.has(words[0] as string) || BASE_ADJECTIVES.has(words[0] as string)) continue;
    let t1 = end;
    while (isBaseAdjective(tokens[t1], t.sentence)) t1++;
    found.push({ t0: i, t1, words: ['قاعده', ...words], cut, adjective: adjective || t1 > end });
    i = t1 - 1;
  }
  // a base named with its adjective or a name after it anywhere, or alone in a document about armed parties
  const certain = new Set(found.filter((f) => f.adjective || startsAt.get(f.t0 + 1)).map((f) => f.words.join(' ')));
  const bases = found.filter((f) => certain.has(f.words.join(' ')) || military);
  if (bases.length === 0 && !names.some((c) => c.kbId === QAEDA)) return names as Candidate[];

  const baseCands: Candidate[] = bases.map((f) => {
    const start = cutOffset(tokens[f.t0] as Token, text, f.cut);
    const end = (tokens[f.t1 - 1] as Token).end;
    return { start, end, t0: f.t0, t1: f.t1, type: 'LOC', kind: 'name', words: f.words, surface: text.slice(start, end), roles: [], source: 'pattern' };
  });
  const inBase = (c: Candidate) => baseCands.some((b) => c.t0 < b.t1 && b.t0 < c.t1);
  // al-Qaeda named as such: تنظيم القاعدة، القاعدة في جزيرة العرب
  const qaedaNamed = names.some((c) => c.kbId !== undefined && c.kbId.startsWith('org:aq'))
    || names.some((c) => c.kbId === QAEDA && !inBase(c) && (c.words.length > 1 || tokens[c.t1]?.norm === 'في' || /تنظيم/.test(c.surface)));
  const out: Candidate[] = [];
  for (const c of names) {
    if (inBase(c)) continue;
    if (c.kbId === QAEDA && c.words.length === 1) {
      // القاعدة العسكرية: a base, not the organisation
      if (isBaseAdjective(tokens[c.t1], (tokens[c.t0] as Token).sentence)) continue;
      if (!qaedaNamed) {
        // the base named last before it (or first after it)
        const before = baseCands.filter((b) => b.start < c.start);
        const b = before[before.length - 1] ?? baseCands[0];
        if (b) {
          out.push({ ...c, kbId: undefined, type: 'LOC', kind: 'description', words: b.words });
          continue;
        }
      }
    }
    out.push(c);
  }
  out.push(...baseCands);
  out.sort((a, b) => a.start - b.start);
  return out;
}
