import { lazy, readDataJson } from '../resources/data-files.js';
import { normaliseString } from '../text/normalise/normalise.js';
import type { Stance } from '../core/types.js';
import { participleNumbers } from './participle-numbers.js';

/** The cue lexicon as stored in data/attributions/cues.json. */
interface VerbEntry {
  lemma: string;
  stance: 'assert' | 'deny' | 'allege';
  /** Perfect stem (3rd person masculine singular) of a sound verb. */
  past?: string;
  /** Imperfect stem, without the person prefix (يؤكد → ؤكد). */
  impf?: string;
  /** Irregular forms, listed verbatim. */
  forms?: string[];
  preps?: string[];
  chain?: boolean;
  /** Prepositions that name whom the content was taken from, besides عن (علمت X من مصادر). */
  chainPreps?: string[];
  objects?: boolean;
  /** The verb carries a third-person object pronoun with no addressee reading (اعتبرتها المنظمة جرائم حرب). */
  objectPronouns?: boolean;
  /** A nominal object may be the content (أعلنت الوزارة تأجيل …). */
  objectContent?: boolean;
  /** Forms that are also common other words (بين = between): taken only in a clear frame. */
  ambiguous?: string[];
  /** The verb speaks in the outlet's own voice (علمت "الوطن" أن). */
  outlet?: boolean;
  /** Words that may stand between the verb and its content (أعرب عن اعتقاده بأن). */
  frameWords?: string[];
  /** The verb reports only through a verbal noun after it (جدد تحذيره من أن). */
  needsSaying?: boolean;
  /** The verb reports only with its subject written: its giver is not the last speaker (وجّه بتقديم …). */
  subjectWritten?: boolean;
  /**
   * Words that must introduce the content of a verb that is a report only in that frame
   * (أصر على أن، رد بأن، عزا … إلى): the word right before أن/إن, the first word of the
   * content, 'ب' for بأن, 'أن' for a plain أن, ':' for a colon or a quotation, 'على أن' for
   * that word followed by أن.
   */
  introducers?: string[];
  /** Forms the inflection makes that are mostly other words (ورد "arrived", فرد "individual"): left out. */
  notForms?: string[];
  /**
   * The verb's subject is a text (تنص المادة على، نص القرار على، أثبت التقرير): the nouns
   * that name no speaker elsewhere (القرار، النظام، المادة) are its sources.
   */
  textSubject?: boolean;
  /** The verb reports a finding only with research or a text as its subject (أثبتت الدراسة أن; see detect/finding-subject.ts). */
  findingSubject?: boolean;
  /** The verb reports a view only with على أنّ and a nominal clause (اتفق الخبراء على أن الحل …; see detect/agreed-view.ts). */
  viewOnly?: boolean;
}

interface CueFile {
  version: number;
  verbs: VerbEntry[];
  complementizers: string[];
  pronounSuffixes: string[];
  verbProclitics: string[];
  masdarCues: Record<string, string>;
  ableVerbs: string[];
  noneVerbs: string[];
  noneObjects: string[];
  negators: string[];
  prepositional: { phrase: string[]; needsL?: boolean }[];
  frames: { seen: string[]; seenObject: string[]; statementNouns: string[]; copyNouns: string[]; relay: string[] };
  identityWords: string[];
  nonSourceNouns: string[];
  excluded: string[][];
  anonymousHeads: string[];
  roleNouns: Record<string, string[]>;
  carrierNouns: string[];
  outletNouns: string[];
  relativePronouns: string[];
  clauseBoundaries: string[][];
  npStops: string[];
  demonstratives: string[];
  npSkip: string[];
  interrogatives: string[];
  sayingNouns: string[];
  participles: Record<string, string>;
  /** Verbal nouns of saying, as stems taking a pronoun (تحذيره، دعوتها) → stance. */
  sayingMasdars?: Record<string, 'assert' | 'deny' | 'allege'>;
  /** Words that open a label, not a speaker, before a colon (رابط الخبر:). */
  colonNonSpeakers?: string[];
  /** Hypothetical speakers (قد يقول قائل). */
  hypotheticalSpeakers?: string[];
  /** Words before أن that make it a conjunction, not a report (بعد أن، قبل أن). */
  contentBlockers?: string[];
  /** Words before أن that make the verb after it planned or possible, not done (من المقرر أن يعلن). */
  modalFrames?: string[];
  /** Masculine nouns ending in ة (سماحة، قادة), for verb–subject agreement. */
  mascNounsInH?: string[];
  /** Heads naming some of a group (عدد، معظم، أحد): an anonymous source. */
  quantifierHeads?: string[];
  /** Ranks and titles that introduce a person's name (المقدم، الدكتور). */
  rankTitles?: string[];
  /** Words after an official's title that leave him unnamed (مسؤول رفيع، مسؤول في …). */
  anonymousModifiers?: string[];
}

/** What a verb form found in the text stands for. */
export interface VerbCue {
  lemma: string;
  stance: Exclude<Stance, 'none'>;
  /** Normalised prepositions that may introduce the content. */
  preps: string[];
  chain: boolean;
  /** Normalised prepositions naming whom the content was taken from, besides عن. */
  chainPreps: string[];
  /** The form is a circumstantial participle (مشيرا، مؤكدا). */
  participle: boolean;
  /** The form is the 3rd person imperfect/perfect with a conjunction (و/ف). */
  conjoined: boolean;
  objectContent: boolean;
  ambiguous: boolean;
  outlet: boolean;
  /** The verb takes an addressee object (أبلغ مسؤول شبكة فوكس أن). */
  addressee: boolean;
  frameWords: string[];
  /** Reports only through a verbal noun of saying after it (جدد). */
  needsSaying: boolean;
  /** Reports only with its subject written (see VerbEntry.subjectWritten). */
  subjectWritten: boolean;
  /** Normalised words that must introduce the content (see VerbEntry.introducers); empty: any. */
  introducers: string[];
  /** Gender of a 3rd person singular form (قال m, قالت f), when the form shows it. */
  gender?: 'm' | 'f';
  /** The verb's subject may be a text that names no speaker (see VerbEntry.textSubject). */
  textSubject: boolean;
  /** A finding only with research or a text as its subject (see VerbEntry.findingSubject). */
  findingSubject?: boolean;
  /** A view only with على أنّ and a nominal clause (see VerbEntry.viewOnly). */
  viewOnly?: boolean;
}

export interface CueLexicon {
  version: number;
  /** Every normalised surface form of a reporting verb (with و/ف) → its cue. */
  verbs: Map<string, VerbCue>;
  complementizers: Set<string>;
  masdars: Map<string, string>;
  ableVerbs: Set<string>;
  noneVerbs: Set<string>;
  noneObjects: Set<string>;
  negators: Set<string>;
  /** First word of a prepositional cue → the phrases starting with it. */
  prepositional: Map<string, { phrase: string[]; needsL: boolean }[]>;
  seenVerbs: Set<string>;
  seenObjects: Set<string>;
  statementNouns: Set<string>;
  /** نسخة: تلقت «الشرق الأوسط» نسخة عنه. */
  copyNouns: Set<string>;
  /** نشرته، نقلها: في تصريح نشرته وكالة سبأ (a relay). */
  relayVerbs: Set<string>;
  /** هويته، اسمه: لم يكشف عن هويته is "unnamed", not a statement. */
  identityWords: Set<string>;
  /** الخطة، الأنظمة: nouns after حسب/وفق that name no one (حسب الخطة). */
  nonSourceNouns: Set<string>;
  /** First word of an excluded phrase → the phrases. */
  excluded: Map<string, string[][]>;
  anonymousHeads: Set<string>;
  /** Normalised role noun → its class (spokesman, newspaper, …). */
  roles: Map<string, string>;
  carrierNouns: Set<string>;
  outletNouns: Set<string>;
  relativePronouns: Set<string>;
  boundaries: Map<string, string[][]>;
  npStops: Set<string>;
  /** هذه، ذلك …: open an object after the subject (كذبت الوزارة هذه الأنباء). */
  demonstratives: Set<string>;
  npSkip: Set<string>;
  interrogatives: Set<string>;
  sayingNouns: Set<string>;
  /** تحذيره، دعوتها … (normalised, with pronouns) → stance. */
  sayingMasdars: Map<string, Exclude<Stance, 'none'>>;
  colonNonSpeakers: Set<string>;
  hypotheticalSpeakers: Set<string>;
  contentBlockers: Set<string>;
  modalFrames: Set<string>;
  mascNounsInH: Set<string>;
  quantifierHeads: Set<string>;
  rankTitles: Set<string>;
  anonymousModifiers: Set<string>;
}

const n = (s: string): string => normaliseString(s);

function inflect(v: VerbEntry): string[] {
  const out: string[] = [];
  if (v.forms) out.push(...v.forms);
  if (v.past) {
    const p = v.past;
    out.push(p, `${p}ت`, `${p}وا`, `${p}ا`, `${p}تا`, `${p}ن`);
  }
  if (v.impf) {
    const i = v.impf;
    // Third person only: the first person is the writer's own voice (أتوقع، نقول).
    out.push(`ي${i}`, `ت${i}`, `ي${i}ون`, `ت${i}ون`, `ي${i}ان`, `ت${i}ان`, `ي${i}ن`);
  }
  return out;
}

/** The gender a 3rd person singular form shows (أكد m, أكدت f, يؤكد m, تؤكد f). */
function genderOf(v: VerbEntry, form: string): 'm' | 'f' | undefined {
  if (v.past !== undefined && form === v.past) return 'm';
  if (v.past !== undefined && form === `${v.past}ت`) return 'f';
  if (v.impf !== undefined && form === `ي${v.impf}`) return 'm';
  if (v.impf !== undefined && form === `ت${v.impf}`) return 'f';
  if (v.forms?.includes(form)) {
    if (form.endsWith('ت') && form !== v.lemma) return 'f';
    if (form === v.forms[0] || form === v.lemma) return 'm';
    if (/(ون|ان|ن|وا|ا)$/.test(form)) return undefined;
    if (form.startsWith('ي')) return 'm';
    if (form.startsWith('ت')) return 'f';
  }
  return undefined;
}

function phraseMap(phrases: string[][]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of phrases) {
    const np = p.map(n);
    const head = np[0];
    if (head === undefined) continue;
    const list = m.get(head) ?? [];
    list.push(np);
    m.set(head, list);
  }
  return m;
}

/** The object pronouns of a verb flagged objectPronouns: third person only (اعتبرنا is «we considered»). */
const THIRD_PERSON_OBJECTS = ['', 'ه', 'ها', 'هم', 'هما', 'هن'];

/** Builds the lookup tables from the JSON form of the lexicon (normalising every entry). */
export function buildLexicon(file: CueFile): CueLexicon {
  const verbs = new Map<string, VerbCue>();
  for (const v of file.verbs) {
    const base = {
      lemma: v.lemma,
      stance: v.stance,
      preps: (v.preps ?? []).map(n),
      chain: v.chain === true,
      chainPreps: (v.chainPreps ?? []).map(n),
      participle: false,
      objectContent: v.objectContent === true,
      outlet: v.outlet === true,
      addressee: v.objects === true,
      frameWords: (v.frameWords ?? []).map(n),
      needsSaying: v.needsSaying === true,
      subjectWritten: v.subjectWritten === true,
      introducers: (v.introducers ?? []).map(n),
      textSubject: v.textSubject === true,
      findingSubject: v.findingSubject === true,
      viewOnly: v.viewOnly === true,
    };
    const suffixes = v.objects ? file.pronounSuffixes : v.objectPronouns ? THIRD_PERSON_OBJECTS : [''];
    const ambiguous = new Set((v.ambiguous ?? []).map(n));
    const notForms = new Set((v.notForms ?? []).map(n));
    for (const form of [...inflect(v), ...(v.ambiguous ?? [])]) {
      for (const pre of file.verbProclitics) {
        for (const suf of suffixes) {
          // وصفوه، اتهموهم: the alif written after the plural و drops before an object pronoun.
          const key = n(pre + (suf !== '' && form.endsWith('وا') ? form.slice(0, -1) : form) + suf);
          const gender = suf === '' ? genderOf(v, form) : undefined;
          if (!verbs.has(key) && !notForms.has(key)) verbs.set(key, { ...base, conjoined: pre !== '', ambiguous: ambiguous.has(n(form)), ...(gender && { gender }) });
        }
      }
    }
  }
  const byLemma = new Map(file.verbs.map((v) => [v.lemma, v]));
  for (const [form, lemma] of Object.entries(file.participles)) {
    const v = byLemma.get(lemma);
    if (!v) continue;
    const cue: VerbCue = {
      lemma: v.lemma, stance: v.stance, preps: (v.preps ?? []).map(n), chain: false, chainPreps: [], participle: true, conjoined: false,
      objectContent: v.objectContent === true, ambiguous: false, outlet: false, addressee: false, frameWords: [], needsSaying: false,
      subjectWritten: v.subjectWritten === true, introducers: (v.introducers ?? []).map(n), textSubject: v.textSubject === true,
    };
    for (const pre of ['', 'و']) verbs.set(n(pre + form), cue);
    // The dual and plural (مضيفان، ملوحين), unless the list or a verb already has the form.
    for (const f of participleNumbers(form)) for (const pre of ['', 'و']) if (!verbs.has(n(pre + f))) verbs.set(n(pre + f), cue);
  }
  const roles = new Map<string, string>();
  for (const [cls, words] of Object.entries(file.roleNouns)) for (const w of words) if (!roles.has(n(w))) roles.set(n(w), cls);
  const prepositional = new Map<string, { phrase: string[]; needsL: boolean }[]>();
  for (const p of file.prepositional) {
    const phrase = p.phrase.map(n);
    for (const pre of ['', 'و']) {
      const first = n(pre) + (phrase[0] ?? '');
      const list = prepositional.get(first) ?? [];
      list.push({ phrase: [first, ...phrase.slice(1)], needsL: p.needsL === true });
      prepositional.set(first, list);
    }
  }
  const masdars = new Map<string, string>();
  for (const [k, v] of Object.entries(file.masdarCues)) masdars.set(n(k), v);
  const set = (xs: string[]) => new Set(xs.map(n));
  const sayingMasdars = new Map<string, Exclude<Stance, 'none'>>();
  for (const [stem, stance] of Object.entries(file.sayingMasdars ?? {})) {
    for (const suf of ['ه', 'ها', 'هم', 'هما', 'هن']) {
      sayingMasdars.set(n(stem + suf), stance);
    }
  }
  return {
    version: file.version,
    verbs,
    complementizers: set(file.complementizers),
    masdars,
    ableVerbs: set(file.ableVerbs),
    noneVerbs: set([...file.noneVerbs, ...file.noneVerbs.map((w) => `و${w}`)]),
    noneObjects: set(file.noneObjects),
    negators: set(file.negators),
    prepositional,
    seenVerbs: set(file.frames.seen),
    seenObjects: set(file.frames.seenObject),
    statementNouns: set(file.frames.statementNouns),
    copyNouns: set(file.frames.copyNouns),
    relayVerbs: set(file.frames.relay),
    identityWords: set(file.identityWords),
    nonSourceNouns: set(file.nonSourceNouns),
    excluded: phraseMap(file.excluded),
    anonymousHeads: set([...file.anonymousHeads, ...file.anonymousHeads.filter((w) => !w.startsWith('ال')).map((w) => `ال${w}`)]),
    roles,
    carrierNouns: set([...file.carrierNouns, ...file.carrierNouns.map((w) => `ال${w}`)]),
    outletNouns: set(file.outletNouns),
    relativePronouns: set(file.relativePronouns),
    boundaries: phraseMap(file.clauseBoundaries),
    npStops: set(file.npStops),
    demonstratives: set(file.demonstratives),
    npSkip: set(file.npSkip),
    interrogatives: set(file.interrogatives),
    sayingNouns: set(file.sayingNouns),
    sayingMasdars,
    colonNonSpeakers: set(file.colonNonSpeakers ?? []),
    hypotheticalSpeakers: set(file.hypotheticalSpeakers ?? []),
    contentBlockers: set(file.contentBlockers ?? []),
    modalFrames: set(file.modalFrames ?? []),
    mascNounsInH: set(file.mascNounsInH ?? []),
    quantifierHeads: set([...(file.quantifierHeads ?? []), ...(file.quantifierHeads ?? []).map((w) => `و${w}`)]),
    rankTitles: set(file.rankTitles ?? []),
    anonymousModifiers: set(file.anonymousModifiers ?? []),
  };
}

export const CUES_FILE = 'attributions/cues.json';

/** The shipped lexicon, read and indexed once. */
export const cueLexicon = lazy(() => buildLexicon(readDataJson<CueFile>(CUES_FILE)));
