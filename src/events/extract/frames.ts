/**
 * Stage 2, continued: arguments that particular frames name outside the
 * trigger's clause: a received act coordinated with an earlier verb, a court's
 * sentence, a reception, help to people named by their place, a meeting told as
 * a circumstance, the act a charge names. These run after every candidate has
 * its clause arguments, since they borrow from neighbouring candidates.
 */
import { type Doc, forwardEnd, isAdjective, mentionsIn, sentenceOf } from './context.js';
import { AMONG, CHARGE_CUES, CIRCUMSTANCE, DAY_WORDS, DURING, HEAD_NOUNS, isBoundary, PENALTIES, PEOPLE, PERSON_TYPES } from './lexicon-sets.js';
import { adjectivePrep, appositivePerson, coordinated, inApposition, isLocative, nearestBefore, prepOf } from './mentions.js';
import type { MentionRef } from './types.js';
import { chargedParty, chargeLayingVerb } from './charge-laid.js';
import { sentencedByRight } from './sentenced-by-right.js';

/**
 * The named subject of the chain of verbs joined by و that the candidate at idx continues
 * (أعلن الملك سلمان … وتلقى … واستقبل …): the actor of the nearest earlier verb of the
 * same sentence, or the recipient of a received act (تلقى اتصالا)، not past a full stop.
 */
function chainSubject(doc: Doc, idx: number): { ids: string[] } | undefined {
  const { tokens, cands } = doc;
  const c = cands[idx]!;
  for (let j = idx - 1; j >= 0; j--) {
    const q = cands[j]!;
    if (sentenceOf(doc, q.tok) !== sentenceOf(doc, c.tok) || c.tok - q.tok > 40) return undefined;
    if (tokens.slice(q.tok, c.tok).some((t) => t.norm === '.' || t.norm === '؛' || t.norm === ':')) return undefined;
    if (q.verbAt < 0) continue;
    if (q.inverse) {
      if (q.recipient.length > 0 && q.verbAt !== q.tok) return { ids: [...q.recipient] };
      continue;
    }
    // A verb, or an act told by a noun after the first verb (أعلن الملك سلمان بدء العملية).
    const verbal = q.reading.pos === 'verb' || (q.verbAt !== q.tok && !q.passive && !q.ofNoun);
    if (verbal && q.actorFrom === 'syntax' && q.actor.length > 0 && !q.lemma.inverse) {
      // Past the first verb only through verbs coordinated with it.
      return c.tok - q.tok > 16 && !chainBetween(doc, q.tok, c.tok) ? undefined : { ids: [...q.actor] };
    }
  }
  return undefined;
}

/** Whether every verb candidate between from and to is coordinated by و (a chain of one subject). */
function chainBetween(doc: Doc, from: number, to: number): boolean {
  const { tokens, candAt } = doc;
  for (let k = from + 1; k < to; k++) {
    const q = candAt.get(k);
    if (q && q.reading.pos === 'verb' && !/^و/.test(tokens[k]!.norm)) return false;
  }
  return true;
}

/** The parties sentenced after a penalty word. */
function sentencedAfter(doc: Doc, pen: number): string[] {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  const g = mentionAt[pen + 1];
  if (g && g.first === pen + 1 && !isAdjective(g) && g.entity.type === 'PER') return coordinated(doc, g, forwardEnd(doc, pen, 10)).ids;
  for (let k = pen + 1; k < tokens.length && k - pen <= 10 && sentenceOf(doc, k) === sentenceOf(doc, pen); k++) {
    if (isBoundary(tokens[k]!) || (isCandidate[k] && !PENALTIES.has(bare[k]!))) break;
    if (tokens[k]!.norm !== 'علي') continue;
    const m = mentionAt[k + 1];
    if (m && m.first === k + 1 && !isAdjective(m)) return coordinated(doc, m, forwardEnd(doc, k, 10)).ids;
    // «على 300 من مؤيدي جماعة الإخوان»، «على سبعة مسؤولين … بينهم X وY».
    for (let j = k + 1; j < tokens.length && j - k <= 12 && sentenceOf(doc, j) === sentenceOf(doc, k) && !isBoundary(tokens[j]!); j++) {
      const mj = mentionAt[j];
      if (mj && mj.first === j && !isAdjective(mj) && j - k <= 5 && bare[j - 1] !== undefined && HEAD_NOUNS.has(bare[j - 1]!) && tokens[j - 2]?.norm === 'من') return [mj.entity.id];
      if (AMONG.has(tokens[j]!.norm)) {
        const ids: string[] = [];
        for (let q = j + 1; q < tokens.length && sentenceOf(doc, q) === sentenceOf(doc, j) && !isBoundary(tokens[q]!); q++) {
          const mq = mentionAt[q];
          if (mq && mq.first === q && !isAdjective(mq) && mq.entity.type === 'PER' && !ids.includes(mq.entity.id)) ids.push(mq.entity.id);
        }
        return ids;
      }
    }
    break;
  }
  return [];
}

/** Stage 2, continued: arguments that particular frames name across clauses. */
export function frameArguments(doc: Doc): void {
  const { tokens, bare, mentionAt, mentions, isCandidate, cands } = doc;

  // «أعلن الملك سلمان …، وتلقى اتصالا هاتفيا من ملك الأردن»: a received act coordinated with an
  // earlier verb and with no subject of its own has that verb's subject as its recipient.
  for (const [idx, c] of cands.entries()) {
    if (!c.inverse || c.recipient.length > 0 || c.verbAt < 0 || !/^و/.test(tokens[c.verbAt]!.norm)) continue;
    if (mentionsIn(doc, c.verbAt + 1, c.tok).length > 0 || (c.subjectAfter && c.subjectAfter.first < c.tok)) continue;
    const subject = chainSubject(doc, idx);
    if (subject) c.recipient = subject.ids.filter((id) => !c.actor.includes(id));
  }

  // A verb coordinated with an earlier one of the same clause keeps its subject
  // when the one name after it can be its object: «أدانت السعودية الهجوم
  // وطالبت إيران بالكف …» (Saudi Arabia asks Iran). With a second name after
  // it (وطالبت الإمارات إيران) or an intransitive verb, the name is a new subject.
  for (const [idx, c] of cands.entries()) {
    // A nisba in a title stands for the person named after it (واستقبل الرئيس الأميركي الأسبق جيمي كارتر).
    const sa = c.subjectAfter;
    const titled = sa && isAdjective(sa) ? appositivePerson(doc, sa) : undefined;
    const s0 = titled ?? sa;
    if (!s0 || c.reading.pos !== 'verb' || !c.reading.proclitics.startsWith('و') || c.lemma.intransitive || c.lemma.inverse || c.reading.pronoun) continue;
    if (isAdjective(s0) || (c.recipient.length > 0 && !(titled && c.recipient.every((id) => id === titled.entity.id)))) continue;
    // A title may stand before the name (واستقبل الرئيس الأميركي الأسبق جيمي كارتر).
    if (s0.first - c.tok > 2 && (s0.first - c.tok > 5 || isCandidate.slice(c.tok + 1, s0.first).some(Boolean))) continue;
    const subject = chainSubject(doc, idx);
    if (!subject || subject.ids.includes(s0.entity.id)) continue;
    const end = forwardEnd(doc, c.tok, 14);
    const co = coordinated(doc, s0, end);
    const another = mentionsIn(doc, co.last + 1, end).some((m) => !isAdjective(m) && prepOf(doc, m) === undefined && !isLocative(doc, m) && !co.ids.includes(m.entity.id));
    if (another) continue;
    c.recipient = co.ids.filter((id) => !subject.ids.includes(id));
    c.actor = [...subject.ids];
    c.actorFrom = 'inherited';
  }

  // A court's sentence (حكمت المحكمة بالسجن … على 300 من مؤيدي الجماعة، أصدرت محكمة حكما بإعدام
  // سيف الإسلام): the sentenced, after على (or named among them after بينهم) or as the genitive
  // of the penalty, are its recipient.
  for (const c of cands) {
    if (c.type !== 'COERCE') continue;
    // «حكما بالسجن بحق X»، «صدر بحقه حكم»: the one sentenced, never the doer.
    const byRight = c.lemma.mode === 'prosecute' ? sentencedByRight(doc, c) : [];
    if (byRight.length > 0) {
      c.recipient = byRight;
      c.actor = c.actor.filter((id) => !byRight.includes(id));
      continue;
    }
    if (c.recipient.length > 0) continue;
    let pen = -1;
    for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 4 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!); k++) {
      if (/^(و)?(بال|ب)/.test(tokens[k]!.norm) && PENALTIES.has(bare[k]!)) {
        pen = k;
        break;
      }
    }
    if (pen < 0) continue;
    const sentenced = sentencedAfter(doc, pen);
    if (sentenced.length > 0) c.recipient = sentenced.filter((id) => !c.actor.includes(id));
  }

  // A reception (استقبل الملك … معالي وزير الخارجية … سامح شكري، لدى استقباله السفير المصري …
  // وائل عطية، لدى استقبال X له): the one received is its recipient, named after the host (past
  // a place, a time and a short aside) or told by «له» back to a party before.
  for (const c of cands) {
    if (c.type !== 'CONSULT' || c.lemma.mode !== 'host' || c.recipient.length > 0 || c.inverse) continue;
    // A definite noun with no host of its own takes up a reception already told (خلال الاستقبال).
    if (c.reading.pos !== 'verb' && c.actor.length === 0) continue;
    let k = c.tok + 1;
    const host = mentions.find((m) => c.actor.includes(m.entity.id) && m.first > c.tok && m.first - c.tok <= 12);
    if (host) k = coordinated(doc, host, tokens.length).last + 1;
    for (; k < tokens.length && k - c.tok <= 30 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
      const t = tokens[k]!;
      if (t.norm === '.' || t.norm === '؛' || t.norm === ':' || (isCandidate[k] && k !== c.verbAt)) break;
      if (/^(و)?ل(ه|ها|هم|هما)$/.test(t.norm)) {
        const ref = nearestBefore(doc, c.tok, c.actor, new Set(['PER'])) ?? nearestBefore(doc, c.tok, c.actor, PERSON_TYPES);
        if (ref) c.recipient = [ref.entity.id];
        break;
      }
      const m = mentionAt[k];
      if (!m || m.first !== k) continue;
      k = m.last;
      if (c.actor.includes(m.entity.id) || isLocative(doc, m) || (!isAdjective(m) && prepOf(doc, m) !== undefined) || (isAdjective(m) && adjectivePrep(doc, m) !== undefined)) continue;
      // The host's own title (الأمير فيصل بن بندر أمير منطقة الرياض).
      if (host && inApposition(doc, coordinated(doc, host, tokens.length).last, m)) continue;
      const guest = appositivePerson(doc, m);
      if (!c.actor.includes(guest.entity.id)) c.recipient = coordinated(doc, guest, forwardEnd(doc, guest.last, 8)).ids.filter((id) => !c.actor.includes(id));
      break;
    }
  }

  // Help to people named by the place they live in (بتقديم المساعدات للأشقاء في اليمن): the place.
  for (const c of cands) {
    if (c.type !== 'AID' || c.recipient.length > 0) continue;
    for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 6 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!); k++) {
      if (mentionAt[k] || (isCandidate[k] && k !== c.tok)) break;
      if (!/^(و)?لل/.test(tokens[k]!.norm) || !PEOPLE.has(bare[k]!) || tokens[k + 1]?.norm !== 'في') continue;
      const m = mentionAt[k + 2];
      if (m && m.first === k + 2 && (m.entity.type === 'GPE' || m.entity.type === 'LOC') && !isAdjective(m) && !c.actor.includes(m.entity.id)) c.recipient = [m.entity.id];
      break;
    }
  }

  // A meeting or a call told as a circumstance (وعبر X في اتصال هاتفي مع Y): the one named just
  // before is its doer.
  for (const c of cands) {
    if (c.type !== 'CONSULT' || c.reading.pos === 'verb' || c.actor.length > 0 || c.reading.pronoun || c.tok < 2) continue;
    const w = tokens[c.tok - 1]!.norm;
    if (!CIRCUMSTANCE.has(w) && !DURING.has(w)) continue;
    for (let k = c.tok - 2; k >= 0 && c.tok - k <= 8 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!) && !isCandidate[k]; k--) {
      const m = mentionAt[k];
      if (!m) continue;
      if (m.last === k && !isAdjective(m) && prepOf(doc, m) === undefined && !isLocative(doc, m) && !c.recipient.includes(m.entity.id)) {
        c.actor = [m.entity.id];
        c.actorFrom = 'syntax';
      }
      break;
    }
  }

  // The act a charge names (المتهم بقتل العقيد، بتهم ارتكاب جرائم حرب تشمل قتل متظاهرين) is done by the
  // accused: the one arrested or sentenced just before in the sentence, else the person named before.
  for (const c of cands) {
    if (c.actor.length > 0 || c.type === 'ACCUSE' || c.type === 'REQUEST') continue;
    let cue = -1;
    for (let k = c.tok - 1; k >= 0 && c.tok - k <= 6 && sentenceOf(doc, k) === sentenceOf(doc, c.tok) && !isBoundary(tokens[k]!); k--) {
      if (CHARGE_CUES.test(tokens[k]!.norm)) {
        cue = k;
        break;
      }
      if (isCandidate[k]) break;
    }
    if (cue < 0) continue;
    let accused: string[] = [];
    for (let j = cands.indexOf(c) - 1; j >= 0; j--) {
      const p = cands[j]!;
      if (sentenceOf(doc, p.tok) !== sentenceOf(doc, c.tok)) break;
      if (p.tok < cue && (p.type === 'COERCE' || p.type === 'ACCUSE') && p.recipient.length > 0) {
        accused = p.recipient;
        break;
      }
    }
    if (accused.length === 0) {
      const m = nearestBefore(doc, cue, [], new Set(['PER']));
      if (m && cue - m.last <= 4) accused = [m.entity.id];
    }
    if (accused.length === 0) continue;
    c.actor = accused.filter((id) => !c.recipient.includes(id));
    c.actorFrom = 'syntax';
  }

  // «وجهت النيابة تهمة التخابر للناشط X»، «وجه إلى X تهمة»: the accused of a charge laid.
  for (const c of cands) {
    if (c.type !== 'ACCUSE') continue;
    const v = chargeLayingVerb(doc, c.tok);
    const accused = v >= 0 ? chargedParty(doc, v, c.tok) : [];
    if (accused.length === 0) continue;
    c.recipient = accused;
    c.actor = c.actor.filter((id) => !accused.includes(id));
  }

  // The content of an accusation (اتهمت روسيا الولايات المتحدة بتسليح المعارضة، اتهم الجيش الحوثيين
  // أمس بقصف الأحياء) is done by the accused: the party named right before the masdar with ب, after
  // اتهم and not its subject; not the accuser, whom the account is credited to.
  for (const c of cands) {
    if (c.actor.length > 0 || c.reading.pos !== 'noun' || !/^(و)?ب$/.test(c.reading.proclitics)) continue;
    const accused = accusedBefore(doc, c.tok);
    if (accused === undefined) continue;
    const accusation = cands.find((p) => p.tok < accused.first && c.tok - p.tok <= 30 && p.lemma.label === 'اتهم' && sentenceOf(doc, p.tok) === sentenceOf(doc, c.tok)
      && !p.actor.includes(accused.entity.id) && (p.recipient.length === 0 || p.recipient.includes(accused.entity.id)));
    if (!accusation) continue;
    // «اتهمت الحكومة تركيا باستهدافها»: a pronoun on the masdar is not the accused, but the accuser.
    if (c.recipient.includes(accused.entity.id)) {
      if (!c.reading.pronoun) continue;
      c.recipient = accusation.actor.filter((id) => id !== accused.entity.id);
    }
    c.actor = [accused.entity.id];
    c.actorFrom = 'syntax';
  }
}

/**
 * The party named right before the token at i, past a day word, a comma or a nisba
 * adjective of its own (الحوثيين، أمس، / وحدات حماية الشعب الكردية): the accused before
 * the act it is accused of.
 */
function accusedBefore(doc: Doc, i: number): MentionRef | undefined {
  const { tokens, bare, mentionAt } = doc;
  for (let k = i - 1; k >= 0 && i - k <= 6 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    const m = mentionAt[k];
    if (m) {
      if (isAdjective(m)) {
        k = m.first;
        continue;
      }
      return prepOf(doc, m) === undefined && !isLocative(doc, m) ? m : undefined;
    }
    const t = tokens[k]!;
    if (t.norm === '،' || t.norm === ',' || DAY_WORDS.has(t.norm) || DAY_WORDS.has(bare[k]!)) continue;
    return undefined;
  }
  return undefined;
}
