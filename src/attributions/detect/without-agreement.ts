/**
 * واعتقلت السلطات ثلاثة أشخاص بعدما قال المتحدث إن …، من دون أن تعطي توضيحا: the one who
 * "did not give" or "did not say" (stance none) is the subject of the clause the «دون أن»
 * phrase hangs on, and its verb agrees with that subject. A feminine verb (تعطي، تذكر) is
 * not the masculine speaker quoted just before (قال المتحدث), nor a masculine one (يقدم) the
 * government that spoke last. When the speaker first chosen disagrees with the verb's person
 * prefix, an earlier source of the sentence that agrees is taken instead; when none does, the
 * first choice stands (a name's gender is known only by a listed first name).
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { bareAt, isPunct, norm, roleOf, sentenceOf, sentenceStart, someoneAt, tok, verbAt } from './lookups.js';
import type { Draft, Source } from './types.js';
import { analyseNP } from './noun-phrase.js';
import { sentenceSubject } from './subjects.js';
import { givenNameGender } from './given-name-gender.js';

type Gender = 'm' | 'f';

/** The gender the person prefix of a singular imperfect verb shows (تذكر → f, يذكر → m). */
export function prefixGender(cx: Detection, v: number): Gender | undefined {
  const w = norm(cx, v);
  // يذكروا، يذكرون، يذكرا: a plural or a dual says nothing of the gender here.
  if (w.length < 3 || /(وا|ون|ان|ا)$/.test(w)) return undefined;
  return w.startsWith('ت') ? 'f' : w.startsWith('ي') ? 'm' : undefined;
}

/**
 * The grammatical gender of the noun phrase opening at k: a ta marbuta (الإدارة، الوزارة) or a
 * sound feminine plural (السلطات، القوات) is feminine, a title without either (الوزير، المتحدث)
 * masculine; a name only by its listed first name (given-name-gender.ts).
 */
export function nounGender(cx: Detection, k: number): Gender | undefined {
  const w = bareAt(cx, k).replace(/^[وف](?=ال)/, '');
  const m = cx.mentionOf[k];
  // أحمد هوسة، نايف المهيلب: a name is known only by a first name the gazetteer gives a gender.
  if (m?.type === 'PER' && m.first === k) return givenNameGender(w) ?? givenNameGender(norm(cx, k));
  if (w.length >= 4 && w.endsWith('ه')) return cx.lex.mascNounsInH.has(w) ? 'm' : 'f';
  if (w.length >= 5 && w.endsWith('ات')) return 'f';
  const role = roleOf(cx, w);
  if (role !== undefined && w.startsWith('ال') && !/(ون|ين|ات)$/.test(w)) return 'm';
  return undefined;
}

/** The gender of a draft's speaker, as its own verb shows it (قال → m، أعلنت → f), else as its noun does. */
function draftGender(cx: Detection, d: Draft): Gender | undefined {
  const g = verbAt(cx, firstTokenAt(cx, d.cue.start))?.gender;
  if (g !== undefined) return g;
  return d.source.start === undefined ? undefined : nounGender(cx, firstTokenAt(cx, d.source.start));
}

function sourceGender(cx: Detection, s: Source, fromDraft: Draft | undefined): Gender | undefined {
  if (fromDraft) return draftGender(cx, fromDraft);
  return s.start === undefined ? undefined : nounGender(cx, firstTokenAt(cx, s.start));
}

/**
 * واعتقلت السلطات، رفضت السلطات الإندونيسية، أن إدارة النادي جددت: the speaker right after
 * (or opening the clause before) a past verb with the feminine ت, before i in its sentence,
 * whose noun is feminine too.
 */
function feminineVerbSubject(cx: Detection, i: number): Source | undefined {
  const ss = sentenceStart(cx, i);
  for (let j = i - 2; j >= ss; j--) {
    // A past verb with ت, not a noun in ات or with the article (السلطات الإندونيسية).
    const w = bareAt(cx, j);
    if (!/^.{2,}ت$/.test(w) || /ات$/.test(w) || w.startsWith('ال')) continue;
    // أن إدارة النادي جددت: the same noun written before the verb, opening its clause.
    for (let k = j - 1; k >= ss && j - k <= 4; k--) {
      if (isPunct(cx, k)) break;
      const opens = k === ss || isPunct(cx, k - 1) || cx.complementizers.has(norm(cx, k - 1));
      if (opens && nounGender(cx, k) === 'f' && someoneAt(cx, k) && !verbAt(cx, k)) return analyseNP(cx, k, j);
    }
    if (isPunct(cx, j + 1) || nounGender(cx, j + 1) !== 'f') continue;
    const m = cx.mentionOf[j + 1];
    if (m && m.first === j + 1) return { kind: 'named', entity: m.entity, start: m.start, end: m.end };
    if (!someoneAt(cx, j + 1)) continue;
    let e = j + 2;
    // السلطات الإندونيسية، الشرطة المحلية: its adjectives, not a verbal noun after it (السماح).
    while (e < i && e - j < 5 && bareAt(cx, e).startsWith('ال') && (cx.mentionOf[e] !== undefined || /يه?$/.test(bareAt(cx, e)))) e++;
    return analyseNP(cx, j + 1, e);
  }
  return undefined;
}

/**
 * The source of a «دون أن» cue whose verb is at v, first chosen as `chosen` (from the draft
 * `fromDraft` when it is a speaker's): kept when it agrees with the verb, else an earlier source
 * of the sentence that does.
 */
export function agreeingWithoutSource(cx: Detection, v: number, chosen: Source, fromDraft: Draft | undefined): Source {
  return agreeingSource(cx, v, prefixGender(cx, v), chosen, fromDraft);
}

/**
 * The same for any verb at v of gender g whose subject is not written (إذ ترى، وأضافت): the
 * source first chosen, unless its noun or listed first name shows the other gender and an
 * earlier source of the sentence agrees.
 */
export function agreeingSource(cx: Detection, v: number, g: Gender | undefined, chosen: Source, fromDraft: Draft | undefined): Source {
  if (g === undefined) return chosen;
  const had = sourceGender(cx, chosen, fromDraft);
  if (had === undefined || had === g) return chosen;
  // Another speaker of the same sentence, the newest first.
  for (let k = cx.drafts.length - 1; k >= 0; k--) {
    const d = cx.drafts[k] as Draft;
    if (d === fromDraft || !d.speaker || sentenceOf(cx, firstTokenAt(cx, d.cue.start)) !== sentenceOf(cx, v)) continue;
    if (d.source.start !== undefined && d.source.start !== chosen.start && draftGender(cx, d) === g) return { ...d.source };
  }
  if (g === 'f') {
    const s = feminineVerbSubject(cx, v);
    if (s) return s;
  }
  const subject = sentenceSubject(cx, v);
  if (subject?.start !== undefined && subject.start !== chosen.start && nounGender(cx, firstTokenAt(cx, subject.start)) === g
    && (tok(cx, firstTokenAt(cx, subject.start)) as Token).start < (tok(cx, v) as Token).start) return subject;
  // وكشف رئيس الهيئة أن المنظمة …، وأكدت …. وأضاف: past the last speaker, the one before who agrees,
  // from the sentence before at most.
  if (fromDraft) {
    for (let k = cx.drafts.length - 1; k >= 0; k--) {
      const d = cx.drafts[k] as Draft;
      if (d === fromDraft || !d.speaker || d.source.start === undefined || d.source.start === chosen.start) continue;
      if (sentenceOf(cx, v) - sentenceOf(cx, firstTokenAt(cx, d.cue.start)) > 1) break;
      if (draftGender(cx, d) === g) return { ...d.source };
    }
  }
  return chosen;
}
