/**
 * Stage 3: what frames each candidate without being a party: the attribution
 * that reports it, negation and denial, future and condition, mode, place,
 * time and the quantities it counts (casualties, money).
 */
import { type Doc, forwardEnd, isAdjective, lightKind, mentionsIn, sentenceOf } from './context.js';
import {
  CASUALTIES, CASUALTY_BEFORE, CONDITIONAL, DENY, FUTURE_BEFORE, FUTURE_WORDS, isBoundary, LOC_PREPS, MONEY_TYPES,
  NEG_SKIP, NEGATORS, PLACE_NOUNS, SEPARATE_PREPS, THAT,
} from './lexicon-sets.js';
import { isLocative, prepOf } from './mentions.js';
import type { Attribution } from '../../core/types.js';
import { firstTokenAtOrAfter, lastTokenBefore } from './words.js';
import { verbalAttack } from './verbal-attack.js';

/** Whether a verb of denial with أن before token i, in its sentence, denies it (نفى أن يكون …). */
function localDenial(doc: Doc, i: number): boolean {
  const { tokens, bare } = doc;
  let sawThat = false;
  for (let k = i - 1; k >= 0 && sentenceOf(doc, k) === sentenceOf(doc, i) && i - k < 15; k--) {
    const w = tokens[k]!.norm;
    if (THAT.has(w) || THAT.has(bare[k]!)) sawThat = true;
    if (DENY.has(w) && sawThat) return true;
    if (tokens[k]!.kind === 'punct' && (w === '.' || w === '؛')) break;
  }
  return false;
}

/**
 * A denial whose content the attribution layer closed before this word: what
 * follows it (ونفى … أن تكون الحركة أطلقت صواريخ، متهما إسرائيل …) is no longer denied.
 */
function afterDeniedContent(attributions: readonly Attribution[], at: number): boolean {
  return attributions.some((a) => a.stance === 'deny' && a.cue.end <= at && a.content.end <= at && at - a.content.end <= 3);
}

/** Stage 3: attribution, negation, future, condition, mode, place, time and quantities of each candidate. */
export function addCircumstances(doc: Doc): void {
  const { input, lex, tokens, bare, cands } = doc;
  const attrs = [...input.attributions].sort((a, b) => (a.content.end - a.content.start) - (b.content.end - b.content.start));
  for (const c of cands) {
    const t = tokens[c.tok]!;
    const attr = attrs.find((a) => a.content.start <= t.start && t.end <= a.content.end);
    if (attr) c.attribution = attr.id;
    // Negation.
    let negated = false;
    for (let k = c.tok - 1, steps = 0; k >= 0 && steps < 4 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k--, steps++) {
      const w = tokens[k]!.norm;
      if (NEGATORS.has(w)) {
        if (w !== 'ما' || steps === 0) negated = true;
        if (w === 'لن' || w === 'ولن' || w === 'فلن') c.future = true;
        break;
      }
      if (!NEG_SKIP.has(w) && !NEG_SKIP.has(bare[k]!) && !(lightKind(doc, k) !== undefined)) break;
    }
    if (negated && c.lemma.negatedType) {
      c.type = c.lemma.negatedType;
      negated = false;
    }
    // Denial by the source.
    const denied = input.attributions.some((a) => a.stance === 'deny' && a.content.start <= t.start && t.end <= a.content.end);
    if (denied) negated = true;
    else if (!attr && !afterDeniedContent(input.attributions, t.start) && localDenial(doc, c.tok)) negated = true;
    c.negated = negated;
    // Future.
    for (let k = c.tok - 1; k >= Math.max(0, c.tok - 4) && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k--) {
      if (FUTURE_BEFORE.has(tokens[k]!.norm) || FUTURE_BEFORE.has(bare[k]!)) c.future = true;
    }
    const fEnd = forwardEnd(doc, c.tok, 10);
    for (let k = c.tok + 1; k < fEnd; k++) if (FUTURE_WORDS.has(bare[k]!) || FUTURE_WORDS.has(tokens[k]!.norm)) c.future = true;
    // Conditional.
    for (let k = Math.max(0, c.tok - 10); k < Math.min(tokens.length, c.tok + 12); k++) {
      if (k === c.tok || sentenceOf(doc, k) !== sentenceOf(doc, c.tok)) continue;
      const w = tokens[k]!.norm;
      const b = bare[k]!;
      const isCond = CONDITIONAL.has(w) || CONDITIONAL.has(b) || (w.endsWith('حال') && k > 0 && /^(و)?في$/.test(tokens[k - 1]!.norm));
      if (!isCond) continue;
      if (k < c.tok || c.future) c.conditional = true;
    }
    // Mode cues near the trigger.
    const cues = lex.modeCues.get(c.type);
    if (cues) {
      const from = c.tok;
      const to = Math.min(tokens.length, c.tok + 6);
      for (let k = from; k < to && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
        const mode = cues.get(tokens[k]!.norm) ?? cues.get(bare[k]!);
        if (mode && !(k === c.tok && c.mode)) {
          c.mode = mode;
          break;
        }
      }
    }
    // Military backing is material help (PLOVER AID), not verbal support.
    if (c.type === 'SUPPORT' && c.mode === 'military') c.type = 'AID';
    // An attack in words (هاجم الجبير السياسات الإيرانية، شن هجوما لاذعا على الحكومة) is an accusation.
    if (c.type === 'ASSAULT' && verbalAttack(doc, c)) c.type = 'ACCUSE';
    // Location: a GPE/LOC after a locative preposition in the clause.
    const end = forwardEnd(doc, c.tok, 16);
    let startBack = c.tok;
    while (startBack - 1 >= 0 && sentenceOf(doc, startBack - 1) === sentenceOf(doc, c.tok) && !isBoundary(tokens[startBack - 1]!) && c.tok - startBack < 8) startBack--;
    const taken = new Set([...c.actor, ...c.recipient]);
    let best: { id: string; dist: number } | undefined;
    for (const m of mentionsIn(doc, startBack, end)) {
      if ((m.entity.type !== 'GPE' && m.entity.type !== 'LOC') || taken.has(m.entity.id) || isAdjective(m)) continue;
      let p = prepOf(doc, m);
      if (p === undefined && m.first - 1 >= 0 && PLACE_NOUNS.has(bare[m.first - 1]!) && m.first - 2 >= 0) {
        const w = tokens[m.first - 2]!.norm.replace(/^(و|ف)(?=..)/, '');
        p = SEPARATE_PREPS.has(w) ? w : undefined;
        if (p === undefined && /^(و|ف)?(ب|ل)/.test(tokens[m.first - 1]!.norm)) p = 'ب';
      }
      if (p === undefined && PLACE_NOUNS.has(bare[m.first - 1] ?? '') && /^(و|ف)?ب/.test(tokens[m.first - 1]!.norm)) p = 'ب';
      if (p === undefined && isLocative(doc, m)) p = 'في';
      if (p === undefined || !LOC_PREPS.has(p)) continue;
      if (p === 'من' && c.type !== 'RETREAT' && c.type !== 'COERCE') continue;
      if ((p === 'علي' || p === 'الي') && c.type !== 'ASSAULT' && c.type !== 'CONSULT') continue;
      if (p === 'الي' && c.type === 'CONSULT') continue;
      const dist = Math.abs(m.first - c.tok) + (m.first < c.tok ? 4 : 0);
      if (!best || dist < best.dist) best = { id: m.entity.id, dist };
    }
    if (best) c.location = best.id;
    // Time: the nearest time expression in the sentence.
    let bestT: { idx: number; dist: number } | undefined;
    input.times.forEach((tm, idx) => {
      const k = firstTokenAtOrAfter(tokens, tm.start);
      if (k >= tokens.length || sentenceOf(doc, k) !== sentenceOf(doc, c.tok)) return;
      const dist = Math.abs(k - c.tok) + (k < c.tok ? 2 : 0);
      if (dist > 25) return;
      if (!bestT || dist < bestT.dist) bestT = { idx, dist };
    });
    if (bestT) c.time = bestT.idx;
    // Quantities that belong to the event.
    input.quantities.forEach((q, idx) => {
      const k = firstTokenAtOrAfter(tokens, q.start);
      if (k >= tokens.length || sentenceOf(doc, k) !== sentenceOf(doc, c.tok)) return;
      if (q.kind === 'money' && MONEY_TYPES.has(c.type) && k > c.tok && k - c.tok <= 14) c.quantities.push(idx);
      if (q.kind === 'count' && (c.type === 'ASSAULT' || c.type === 'COERCE' || c.type === 'PROTEST' || c.type === 'MOBILIZE')) {
        const kEnd = lastTokenBefore(tokens, q.end);
        const after = kEnd + 1 < tokens.length ? bare[kEnd + 1]! : '';
        const afterNorm = kEnd + 1 < tokens.length ? tokens[kEnd + 1]!.norm : '';
        const before = k > 0 ? tokens[k - 1]!.norm : '';
        const near = Math.abs(k - c.tok) <= 20;
        if (near && (CASUALTIES.has(after) || CASUALTIES.has(afterNorm) || CASUALTY_BEFORE.has(before) || (c.type !== 'ASSAULT' && k > c.tok && k - c.tok <= 4))) {
          c.quantities.push(idx);
        }
      }
    });
  }
}
