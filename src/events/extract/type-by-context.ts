/**
 * The PLOVER type of a trigger word that the words after it decide. The lexicon gives each lemma
 * one type; for a few words the dev gold consistently gives another one in a context that the
 * next words tell:
 * - a strike that is pre-emptive or by the security services (الضربات الاستباقية، الضربات
 *   الأمنية) is a police act against cells, COERCE, not an armed attack;
 * - a conviction by a court (ودانت المحكمة الصحفيين، أدين فلان بتهمة القتل) is a sentence, COERCE,
 *   not a condemnation;
 * - receiving aid, relief or refugees (استقبلت المدينة المساعدات، استقبلت البلاد اللاجئين) is AID,
 *   not a reception of a visitor;
 * - a pledge (تعهّد) is CONCEDE, and AGREE when an agreement or commitments between parties
 *   follow it (تعهد به من اتفاق بين الجانبين، تعهدت اليونان بالتزامات);
 * - recruiting (جنّد) is MOBILIZE of the recruiter's own force (داعش تجند الشباب), and AID only
 *   when it is done for another party (جنّد عناصر لحساب التنظيم، للقتال في سوريا).
 */
import type { PloverType } from '../../core/types.js';
import type { Lemma } from '../lexicon.js';
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';

interface TypeCue {
  /** The lemma's citation form, as folded by the normaliser (lemma.label is its written form). */
  label: RegExp;
  from: PloverType;
  to: PloverType;
  /** A word (its norm or its bare form) after the trigger that decides the type. */
  cue: RegExp;
  /** How many tokens after the trigger the cue may stand. */
  window: number;
  /** The type is `to` when no cue stands there, and `from` when one does. */
  unless?: boolean;
  /** The cue may stand past commas (جنّد عناصر، ولا سيما نساء، لحساب التنظيم). */
  pastCommas?: boolean;
  /** A named organisation with the preposition ل on its first word is a cue too (يجند الشباب لجبهة النصرة). */
  forOrganisation?: boolean;
}

const CUES: TypeCue[] = [
  { label: /^ضربة$/, from: 'ASSAULT', to: 'COERCE', cue: /^(ال)?(استباقي|استباقيه|امنيه|الامنيه)$/, window: 2 },
  {
    label: /^أدان$/, from: 'ACCUSE', to: 'COERCE', window: 5,
    cue: /^(ال)?(محكمه|محاكم|قضاء|قاضي|محلفين)$|^(ب)?(تهمه|تهم|التهم|التهمه|القتل|الاعدام|السجن)$|^منهم$|^القضيه$/,
  },
  {
    label: /^استقبل$/, from: 'CONSULT', to: 'AID', window: 6,
    cue: /^(ال)?(مساعدات|معونات|اغاثه|الاغاثه|دعم|لاجئين|لاجئ|نازحين|مهجرين)$/,
  },
  // A pledge is a concession (تعهدت إيران بالتوقف)، an agreement when made between parties (تعهد به
  // من اتفاق بين الجانبين، تعهدت اليونان بالتزامات في مقابل …).
  { label: /^تعهّد$/, from: 'CONCEDE', to: 'AGREE', window: 4, cue: /^(ب)?(ال)?(اتفاق|اتفاقيه|التزامات|تعهدات)$|^(بين|متبادل|متبادله|المتبادله)$/ },
  {
    label: /^جنّد$/, from: 'AID', to: 'MOBILIZE', window: 8, unless: true, pastCommas: true, forOrganisation: true,
    cue: /^ل(حساب|صالح|لتنظيم|تنظيم|داعش|لقتال|قتال|ارسال)/,
  },
];

/** Whether a word matching `cue` stands within `window` tokens after token i, in its sentence and clause. */
function cueAfter(doc: Doc, i: number, c: TypeCue): boolean {
  const { cue, window } = c;
  const pastCommas = c.pastCommas ?? false;
  const { tokens, bare } = doc;
  for (let k = i + 1; k < tokens.length && k - i <= window && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const t = tokens[k]!;
    if (isBoundary(t) && !(pastCommas && (t.norm === '،' || t.norm === ','))) return false;
    if (cue.test(t.norm) || cue.test(bare[k]!) || cue.test(t.norm.replace(/^(و|ف)(?=..)/, ''))) return true;
    if (c.forOrganisation && organisationWithLam(doc, k)) return true;
  }
  return false;
}

/** Whether a named organisation begins at token k with the preposition ل glued to it. */
function organisationWithLam(doc: Doc, k: number): boolean {
  const m = doc.mentionAt[k];
  return m !== undefined && m.first === k && m.entity.type === 'ORG' && /^(و)?ل/.test(doc.tokens[k]!.norm)
    && !/^(و)?ل/.test(m.entity.name);
}

/** The type the context gives the trigger at token i of this lemma, or `type` unchanged. */
export function typeByContext(doc: Doc, lemma: Lemma, i: number, type: PloverType): PloverType {
  for (const c of CUES) {
    if (type !== c.from || !c.label.test(lemma.label)) continue;
    if (cueAfter(doc, i, c) !== (c.unless ?? false)) return c.to;
  }
  return type;
}
