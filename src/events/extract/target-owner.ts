/**
 * The party an attack hits when the text names what was hit rather than who: «غارات على مواقع
 * لحركة حماس»، «مقرات تابعة لحزب العمال الكردستاني»، «قاعدة للجيش الكيني»، «معسكرات حزب العمال».
 * The owner of the target (after ل, after «تابعة ل», as its genitive, or a nisba) is the
 * recipient, as the guideline codes «ضد معسكرات حزب العمال الكردستاني» and «مواقع لجبهة النصرة».
 */
import { type Doc, forwardEnd, isAdjective, sentenceOf } from './context.js';
import { HEAD_NOUNS, LOYAL, TARGETING, TITLES } from './lexicon-sets.js';
import { appositivePerson, coordinated, prepOf } from './mentions.js';
import type { Candidate, MentionRef } from './types.js';

/** Nouns of what an attack hits that belongs to a party: bare, folded. */
const TARGET_NOUNS = new Set([
  'مواقع', 'موقع', 'مقرات', 'مقر', 'قاعده', 'قواعد', 'معسكر', 'معسكرات', 'مخازن', 'مخزن', 'مستودعات', 'مستودع', 'تجمعات', 'تجمع',
  'تحصينات', 'اليات', 'دوريات', 'دوريه', 'مراكز', 'مركز', 'نقاط', 'نقطه', 'منازل', 'منزل', 'اهداف', 'معاقل', 'معقل', 'مخابئ',
  'ثكنات', 'ثكنه', 'ارتال', 'رتل', 'مواكب', 'موكب', 'مخيمات', 'منشات',
]);

/**
 * Whether a bare word is a target noun, also in the accusative with tanween, whose alef the
 * folding keeps (قصفت الطائرات أهدافا لتنظيم داعش، موقعا لتدريب …), and in the dual (مقرين، موقعين).
 */
export function isTargetNoun(b: string): boolean {
  if (TARGET_NOUNS.has(b)) return true;
  if (b.length > 3 && b.endsWith('ا') && TARGET_NOUNS.has(b.slice(0, -1))) return true;
  return b.length > 4 && b.endsWith('ين') && TARGET_NOUNS.has(b.slice(0, -2));
}

/** Plain adjectives a target noun may take before its owner (مواقع عسكرية لتنظيم داعش، مقرات جديدة تابعة ل). */
const TARGET_ADJECTIVES = /^(ال)?(عسكري|عسكريه|عسكريين|جديد|جديده|رئيسي|رئيسيه|سري|سريه|متقدم|متقدمه|مهم|مهمه|محصن|محصنه|قتالي|قتاليه|لوجستي|لوجستيه|تدريب|للتدريب)$/;

/** Words before a noun that make it the place of the attack, not its target (في مواقع، من معسكر). */
const PLACE_BEFORE = /^(و)?(في|من|الي|داخل|قرب|عند|بين|عبر|نحو|حول|امام|خارج)$/;

/**
 * Whether another candidate at token k may stand between the attack c and its target: the noun a
 * verb's act is told by (شنت الطائرات غارات على مواقع), or the verb of targeting whose subject the
 * noun is (ضربة جوية استهدفت مواقع).
 */
function partOfAct(doc: Doc, c: Candidate, k: number): boolean {
  const o = doc.candAt.get(k);
  if (!o || o.type !== 'ASSAULT') return false;
  return c.reading.pos === 'verb' ? o.reading.pos !== 'verb' : o.reading.pos === 'verb' && TARGETING.has(o.lemma.label);
}

/**
 * The target noun the attack c hits: the first one after it in its clause, past the verb's subject;
 * after a noun, past its adjectives only (قصف مواقع، قصف المدفعية لتجمعات، غارات جوية على مواقع).
 */
function targetNoun(doc: Doc, c: Candidate, end: number): number | undefined {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  for (let k = c.tok + 1; k < end && k - c.tok <= 10; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    if (isCandidate[k] && !partOfAct(doc, c, k)) return undefined;
    if (isTargetNoun(bare[k]!)) {
      const w = t.norm.replace(/^(و|ف)(?=..)/, '');
      return PLACE_BEFORE.test(tokens[k - 1]!.norm) || /^(ب|ك)/.test(w) ? undefined : k;
    }
    // An attack noun reaches its target past adjectives, its doer (غارات التحالف على مواقع), a relative
    // clause of taking place (الذي وقع) and «على، ضد»; not past another party or a place.
    const m = mentionAt[k];
    if (c.reading.pos !== 'verb' && ((m && !c.actor.includes(m.entity.id)) || /^(في|من|الي|عن|مع|بين)$/.test(t.norm))) return undefined;
  }
  return undefined;
}

/** A party, not a place: a person or a body; a state only through ل or its nisba. */
function ownerParty(m: MentionRef, marked: boolean): boolean {
  if (isAdjective(m)) return m.entity.type === 'GPE' || m.entity.type === 'ORG';
  return m.entity.type === 'ORG' || m.entity.type === 'PER' || (marked && m.entity.type === 'GPE');
}

/**
 * The owner of the target noun at t: a party after ل (مواقع لحركة حماس، تابعة لحزب العمال، قاعدة
 * للجيش الكيني: its head noun and nisba), its genitive (معسكرات حزب العمال) or its nisba (مواقع حوثية).
 */
export function targetOwner(doc: Doc, t: number, end: number): MentionRef | undefined {
  const { tokens, bare, mentionAt } = doc;
  let k = t + 1;
  // Plain adjectives and «تابعة» first.
  while (k < end && k - t <= 3 && !mentionAt[k] && (TARGET_ADJECTIVES.test(tokens[k]!.norm) || LOYAL.test(tokens[k]!.norm))) k++;
  let marked = false;
  for (let hop = 0; k < end && hop < 4; hop++, k++) {
    const tk = tokens[k]!;
    if (tk.kind !== 'word' || sentenceOf(doc, k) !== sentenceOf(doc, t)) return undefined;
    const m = mentionAt[k];
    if (m) {
      if (m.first !== k) return undefined;
      const p = prepOf(doc, m);
      const glued = /^(و)?(ل|لل)/.test(tk.norm) && p === 'ل';
      // A nisba in a person's title stands for the person named after it (الموالي للرئيس اليمني المخلوع علي عبدالله صالح).
      if (isAdjective(m)) return ownerParty(m, true) ? appositivePerson(doc, m) : undefined;
      if (p !== undefined && p !== 'ل') return undefined;
      return ownerParty(m, marked || glued || p === 'ل') ? m : undefined;
    }
    // «للجيش الكيني»، «لقوات النظام»، «لعناصر تنظيم …»: the head noun of the owner, with its ل.
    const b = bare[k]!;
    if (HEAD_NOUNS.has(b) || TITLES.has(b) || TITLES.has(tk.norm)) {
      if (hop === 0 && /^(و)?(ل|لل)/.test(tk.norm)) marked = true;
      else if (hop === 0 && !/^ال/.test(tk.norm)) return undefined;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Sets the recipient of each attack kept whose target is a thing a party owns, when the rules found
 * none or only a name past the target (a place: مقرات تابعة لحزب العمال الكردستاني شمال العراق).
 * Run on the events kept, so that the recipient does not change which candidates merge.
 */
export function ownersOfTargets(doc: Doc, kept: readonly Candidate[]): void {
  for (const c of kept) {
    if (c.type !== 'ASSAULT' || c.passive || c.inverse) continue;
    const end = forwardEnd(doc, c.tok, 16);
    const t = targetNoun(doc, c, end);
    if (t === undefined) continue;
    const owner = targetOwner(doc, t, end);
    if (!owner || c.actor.includes(owner.entity.id)) continue;
    if (c.recipient.length > 0 && !c.recipient.every((id) => onlyAfter(doc, id, c.tok, t))) continue;
    c.recipient = coordinated(doc, owner, end).ids.filter((id) => !c.actor.includes(id));
  }
}

/** Whether entity id is named in the sentence of token i only after token t (not before the target, as the attack's own object). */
function onlyAfter(doc: Doc, id: string, i: number, t: number): boolean {
  return !doc.mentions.some((m) => m.entity.id === id && m.first < t && sentenceOf(doc, m.first) === sentenceOf(doc, i));
}

