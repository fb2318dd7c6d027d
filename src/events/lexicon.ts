import { PLOVER_TYPES, type PloverType } from '../core/types.js';
import { IsnadError } from '../core/errors.js';
import { lazy, readDataJson } from '../resources/data-files.js';
import { normaliseString } from '../text/normalise/normalise.js';

/**
 * The trigger lexicon: lemmas written in ordinary spelling in
 * data/events/triggers.json, folded with the project's normaliser, and
 * expanded by rule into every inflected form with its clitics.
 */

export interface LemmaFile {
  t: string;
  v?: string[];
  i?: string[];
  x?: string[];
  n?: string[];
  pl?: string[];
  p?: string[];
  mode?: string;
  next?: string[];
  notNext?: string[];
  prevNot?: string[];
  prev?: string[];
  needArg?: boolean;
  argNext?: string[];
  argPron?: boolean;
  intr?: boolean;
  inv?: boolean;
  gen?: 'actor' | 'recipient';
  rp?: string[];
  neg?: string;
  light?: boolean;
  nextWin?: number;
  notNextWin?: number;
  prevWin?: number;
  needRec?: string[];
  passive?: boolean;
  /** The word as written must keep a hamza the normaliser folds (هنأ, not هنا «here»). */
  hamza?: boolean;
  /** Generated forms that are other words: noun forms without clitics (طلبات، طلبة of طلب), verb forms as written (فيصل of وصل). */
  nNot?: string[];
}

export interface TriggersFile {
  version: string;
  recipientPrepositions: Record<string, string[]>;
  modeCues: Record<string, Record<string, string>>;
  lemmas: LemmaFile[];
  lightVerbs: { active: string[]; inverse: string[]; passive: string[] };
}

/** A lemma with every word list folded. */
export interface Lemma {
  index: number;
  type: PloverType;
  mode?: string;
  next: Set<string>;
  /** How far `next` looks ahead. */
  nextWindow: number;
  /** How many tokens `notNext` looks ahead (default 2). */
  notNextWindow: number;
  /** A passive participle: the من-phrase names the actor. */
  passiveParticiple: boolean;
  /** Counts only where the word as written keeps a hamza (its bare-alef spelling is another word). */
  hamzaSpelled: boolean;
  notNext: Set<string>;
  prevNot: Set<string>;
  /** The trigger counts only right after one of these words (تحت سيطرة), or within `prevWindow` tokens after one (الاتفاق النووي الموقع). */
  prev: Set<string>;
  prevWindow: number;
  /** The trigger counts only with a recipient of one of these entity types (توجه إلى: a place). */
  needRecipient?: Set<string>;
  needArg: boolean;
  /**
   * For `needArg`: words within three tokens after the trigger, in its clause, that stand for its
   * argument though they name no entity (تحرير المدينة، تدريب المتطوعين).
   */
  argNext: Set<string>;
  /** For `needArg`: an object or possessive pronoun on the trigger counts as its argument (تحريرها). */
  argPronoun: boolean;
  intransitive: boolean;
  inverse: boolean;
  genitive: 'actor' | 'recipient';
  recipientPreps: Set<string>;
  negatedType?: PloverType;
  /** A citation form, for display and debugging. */
  label: string;
}

export type FormPos = 'verb' | 'noun' | 'participle';

/** One reading of a surface form. */
export interface FormReading {
  lemma: number;
  pos: FormPos;
  /** Imperfect with the future prefix س. */
  future: boolean;
  /** Imperfect verb (present tense or subjunctive). */
  imperfect: boolean;
  /** Proclitics before the stem: و ف ب ل ك س ال, in order. */
  proclitics: string;
  /** An object or possessive pronoun suffix (ه ها هم …), when present. */
  pronoun?: string;
}

export interface TriggerLexicon {
  version: string;
  lemmas: Lemma[];
  forms: Map<string, FormReading[]>;
  /**
   * A Bloom filter over the keys of `forms`, built with them: most words of a
   * text are no trigger form, and a miss here saves the look-up in the large map.
   */
  formFilter?: FormFilter;
  modeCues: Map<PloverType, Map<string, string>>;
  lightActive: Set<string>;
  lightInverse: Set<string>;
  passiveAux: Set<string>;
}

const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'ني', 'نا'];
const NOUN_PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'ي', 'نا', 'كم', 'ك'];

function isPlover(t: string): t is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(t);
}

const n = (s: string) => normaliseString(s);
const nset = (xs: string[] | undefined) => new Set((xs ?? []).map(n));

const CLITIC_INITIALS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'ا'].map((c) => c.charCodeAt(0)));

/** Strips the conjunctions, prepositions and article a context word may carry. */
export function bareWord(norm: string): string {
  // Every clitic below starts with one of و ف ب ل ك ا.
  if (!CLITIC_INITIALS.has(norm.charCodeAt(0))) return norm;
  let w = norm;
  for (const p of ['وبال', 'فبال', 'وال', 'فال', 'بال', 'لل', 'كال', 'ال']) {
    if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length > 3) w = w.slice(1);
  if ((w.startsWith('ب') || w.startsWith('ل')) && w.length > 3) w = w.slice(1);
  return w;
}

function add(map: Map<string, FormReading[]>, form: string, r: FormReading): void {
  const list = map.get(form);
  if (!list) {
    map.set(form, [r]);
    return;
  }
  if (!list.some((x) => x.lemma === r.lemma && x.pos === r.pos)) list.push(r);
}

/** Every inflected verb form of one stem set, with the proclitics و ف س ل. */
function verbForms(past: string[], imperf: string[], extra: string[]): { form: string; future: boolean; imperfect: boolean; pron?: string; pre: string }[] {
  const out: { form: string; future: boolean; imperfect: boolean; pron?: string; pre: string }[] = [];
  const bases: { form: string; imperfect: boolean; pronBase?: string }[] = [];
  for (const p of past) {
    const pastStem = p.endsWith('ي') ? p.slice(0, -1) : p;
    for (const s of ['', 'ت', 'وا', 'ا', 'تا', 'ن', 'نا', 'تم', 'وه']) {
      if (p.endsWith('ي') && s !== '' && s !== 'ت') continue;
      bases.push({ form: (s === '' ? p : pastStem + s), imperfect: false, pronBase: s === '' || s === 'ت' || s === 'نا' ? (s === '' ? p : pastStem + s) : s === 'وا' ? pastStem + 'و' : undefined });
    }
  }
  for (const x of extra) bases.push({ form: x, imperfect: !x.startsWith('ا') && /^[يتن]/.test(x), pronBase: undefined });
  for (const i of imperf) {
    for (const pre of ['ي', 'ت', 'ن', 'ا']) {
      for (const s of ['', 'ون', 'ان', 'ين', 'وا', 'ا', 'ن']) {
        if (i.endsWith('ي') && s !== '' && s !== 'ان') continue;
        // The first person (أفعل، نفعل) takes no suffix: «أحضان» is no form of حضّ.
        if ((pre === 'ا' || pre === 'ن') && s !== '') continue;
        const f = pre + i + s;
        bases.push({ form: f, imperfect: true, pronBase: s === '' ? f : s === 'ون' ? pre + i + 'ون' : undefined });
      }
    }
  }
  for (const b of bases) {
    const variants: { form: string; pron?: string }[] = [{ form: b.form }];
    if (b.pronBase) for (const pr of PRONOUNS) variants.push({ form: b.pronBase + pr, pron: pr });
    for (const v of variants) {
      for (const outer of ['', 'و', 'ف']) {
        out.push({ form: outer + v.form, future: false, imperfect: b.imperfect, pron: v.pron, pre: outer });
        if (b.imperfect) {
          out.push({ form: outer + 'س' + v.form, future: true, imperfect: true, pron: v.pron, pre: outer + 'س' });
          out.push({ form: outer + 'ل' + v.form, future: false, imperfect: true, pron: v.pron, pre: outer + 'ل' });
        }
      }
    }
  }
  return out;
}

const NOUN_PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];

/** Every form of a noun: article, prepositions, conjunctions, number, possessives. */
function nounForms(sing: string[], plural: string[], skip: ReadonlySet<string> = new Set()): { form: string; pron?: string; pre: string }[] {
  const stems: { s: string; pronOk: boolean; pron?: string }[] = [];
  for (const w of sing) {
    if (w.endsWith('ه')) {
      const base = w.slice(0, -1);
      stems.push({ s: w, pronOk: false });
      for (const pl of ['ات', 'تان', 'تين', 'تا']) stems.push({ s: base + pl, pronOk: pl === 'ات' });
      for (const pr of NOUN_PRONOUNS) stems.push({ s: base + 'ت' + pr, pronOk: false, pron: pr });
    } else {
      stems.push({ s: w, pronOk: true });
      for (const sfx of ['ا', 'ان', 'ين', 'ات']) stems.push({ s: w + sfx, pronOk: sfx === 'ات' });
      // A final hamza sits on ya before a pronoun in the genitive (لقائه، استيائه).
      if (w.endsWith('اء')) for (const pr of NOUN_PRONOUNS) stems.push({ s: w.slice(0, -1) + 'ئ' + pr, pronOk: false, pron: pr });
    }
  }
  for (const p of plural) {
    stems.push({ s: p, pronOk: true });
    if (!p.endsWith('ات')) stems.push({ s: p + 'ا', pronOk: false });
  }
  const out: { form: string; pron?: string; pre: string }[] = [];
  for (const { s, pronOk, pron } of stems) {
    const variants: { form: string; pron?: string; article: boolean }[] = pron !== undefined
      ? [{ form: s, pron, article: false }]
      : [{ form: s, article: false }, { form: 'ال' + s, article: true }];
    if (pronOk) for (const pr of NOUN_PRONOUNS) variants.push({ form: s + pr, pron: pr, article: false });
    for (const v of variants) {
      if (skip.has(s) || skip.has(v.form)) continue;
      for (const pre of NOUN_PROCLITICS) {
        if (v.article && pre.endsWith('ل')) {
          // ل + ال is written لل.
          out.push({ form: pre + 'ل' + v.form.slice(2), pron: v.pron, pre: pre + 'ال' });
          continue;
        }
        out.push({ form: pre + v.form, pron: v.pron, pre: pre + (v.article ? 'ال' : '') });
      }
    }
  }
  return out;
}

function participleForms(ps: string[]): { form: string; pre: string }[] {
  const out: { form: string; pre: string }[] = [];
  for (const p of ps) {
    // The accusative of manner (مطالبا، مهددا) too.
    for (const s of ['', 'ون', 'ين', 'ه', 'ات', 'ان', 'ا']) {
      const f = p + s;
      for (const pre of ['', 'و', 'ف', 'ب', 'ل']) {
        out.push({ form: pre + f, pre });
        if (pre.endsWith('ل')) out.push({ form: pre + 'ل' + f, pre: pre + 'ال' });
        else out.push({ form: pre + 'ال' + f, pre: pre + 'ال' });
      }
    }
  }
  return out;
}

/**
 * A Bloom filter over strings (two bit positions per string, from two hashes
 * of its UTF-16 code units): `mayHave` is false only for strings never added.
 */
export class FormFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(size: number) {
    // About eight bits per string, a power of two.
    let n = 1024;
    while (n < size * 8) n *= 2;
    this.bits = new Uint32Array(n >>> 5);
    this.mask = n - 1;
  }

  // the two bit positions of the last string hashed (fields, so the hot path allocates nothing)
  private a = 0;
  private b = 0;

  private hash(s: string): void {
    let h1 = 0x811c9dc5;
    let h2 = 5381;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = (Math.imul(h2, 33) + c) | 0;
    }
    this.a = h1 & this.mask;
    this.b = (h2 ^ (h1 >>> 16)) & this.mask;
  }

  add(s: string): void {
    this.hash(s);
    this.bits[this.a >>> 5]! |= 1 << (this.a & 31);
    this.bits[this.b >>> 5]! |= 1 << (this.b & 31);
  }

  mayHave(s: string): boolean {
    this.hash(s);
    return (this.bits[this.a >>> 5]! & (1 << (this.a & 31))) !== 0 && (this.bits[this.b >>> 5]! & (1 << (this.b & 31))) !== 0;
  }
}

/** Builds the lexicon from the file's content (exported for tests on small lexicons). */
export function buildLexicon(file: TriggersFile): TriggerLexicon {
  const lemmas: Lemma[] = [];
  const forms = new Map<string, FormReading[]>();
  const defaults = new Map<string, Set<string>>();
  for (const [t, ps] of Object.entries(file.recipientPrepositions)) defaults.set(t, nset(ps));
  file.lemmas.forEach((raw, index) => {
    if (!isPlover(raw.t)) throw new IsnadError('RESOURCE_CORRUPT', `lemma ${index}: unknown PLOVER type "${raw.t}"`, 'data/events/triggers.json');
    if (raw.neg !== undefined && !isPlover(raw.neg)) {
      throw new IsnadError('RESOURCE_CORRUPT', `lemma ${index}: unknown PLOVER type "${raw.neg}"`, 'data/events/triggers.json');
    }
    const label = raw.v?.[0] ?? raw.n?.[0] ?? raw.p?.[0] ?? '?';
    const lemma: Lemma = {
      index,
      type: raw.t,
      next: nset(raw.next),
      nextWindow: raw.nextWin ?? 3,
      notNextWindow: raw.notNextWin ?? 2,
      passiveParticiple: raw.passive === true,
      hamzaSpelled: raw.hamza === true,
      notNext: nset(raw.notNext),
      prevNot: nset(raw.prevNot),
      prev: nset(raw.prev),
      prevWindow: raw.prevWin ?? 1,
      needArg: raw.needArg === true,
      argNext: nset(raw.argNext),
      argPronoun: raw.argPron === true,
      intransitive: raw.intr === true,
      inverse: raw.inv === true,
      genitive: raw.gen ?? 'actor',
      recipientPreps: raw.rp ? nset(raw.rp) : (defaults.get(raw.t) ?? new Set()),
      label,
    };
    if (raw.mode !== undefined) lemma.mode = raw.mode;
    if (raw.needRec !== undefined) lemma.needRecipient = new Set(raw.needRec);
    if (raw.neg !== undefined) lemma.negatedType = raw.neg as PloverType;
    lemmas.push(lemma);
    const past = (raw.v ?? []).map(n);
    const imperf = raw.i ? raw.i.map(n) : past.map((p) => (p.startsWith('ا') && p.length > 3 ? p.slice(1) : p));
    const notForms = nset(raw.nNot);
    if (past.length > 0 || (raw.x ?? []).length > 0) {
      for (const f of verbForms(past, imperf, (raw.x ?? []).map(n))) {
        if (notForms.has(f.form)) continue;
        const r: FormReading = { lemma: index, pos: 'verb', future: f.future, imperfect: f.imperfect, proclitics: f.pre };
        if (f.pron) r.pronoun = f.pron;
        add(forms, f.form, r);
      }
    }
    if ((raw.n ?? []).length + (raw.pl ?? []).length > 0) {
      for (const f of nounForms((raw.n ?? []).map(n), (raw.pl ?? []).map(n), notForms)) {
        const r: FormReading = { lemma: index, pos: 'noun', future: false, imperfect: false, proclitics: f.pre };
        if (f.pron) r.pronoun = f.pron;
        add(forms, f.form, r);
      }
    }
    for (const f of participleForms((raw.p ?? []).map(n))) {
      add(forms, f.form, { lemma: index, pos: 'participle', future: false, imperfect: false, proclitics: f.pre });
    }
  });
  const modeCues = new Map<PloverType, Map<string, string>>();
  for (const [t, cues] of Object.entries(file.modeCues)) {
    if (!isPlover(t)) throw new IsnadError('RESOURCE_CORRUPT', `modeCues: unknown PLOVER type "${t}"`, 'data/events/triggers.json');
    modeCues.set(t, new Map(Object.entries(cues).map(([k, v]) => [n(k), v])));
  }
  const formFilter = new FormFilter(forms.size);
  for (const form of forms.keys()) formFilter.add(form);
  return {
    version: file.version,
    lemmas,
    forms,
    formFilter,
    modeCues,
    lightActive: nset(file.lightVerbs.active),
    lightInverse: nset(file.lightVerbs.inverse),
    passiveAux: nset(file.lightVerbs.passive),
  };
}

/** The shipped lexicon, read and expanded once. */
export const triggerLexicon = lazy(() => buildLexicon(readDataJson<TriggersFile>('events/triggers.json')));

const NO_READINGS: readonly FormReading[] = [];

/** Readings of one normalised token, or none (the lexicon's own arrays: read only). */
export function lookupForm(lex: TriggerLexicon, norm: string): readonly FormReading[] {
  if (lex.formFilter && !lex.formFilter.mayHave(norm)) return NO_READINGS;
  return lex.forms.get(norm) ?? NO_READINGS;
}

