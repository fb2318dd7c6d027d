/**
 * The noun phrase that names a source: its analysis (names, titles, roles, outlets,
 * anonymous heads) and the resolution of a definite description to an earlier source.
 */
import type { SourceKind, Span, Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { bareAt, closingQuote, isNameAli, isPunct, isQuoteOpen, nameCloses, norm, roleOf, servesAt, span, tok } from './lookups.js';
import {
  BARE_PREPOSITIONS, DATE_HEADS, ENTITY_TYPE_OF_ROLE, inSet, MONTHS, OPEN_QUOTES, TOPIC_PREPOSITIONS,
} from './word-sets.js';
import type { Draft, MentionRef, Source } from './types.js';
import { calledAt, namedListAt } from './frame-parts.js';
import { fitsRole } from './role-fit.js';
import { bodyOfHeadedUnit } from './branch-title.js';
import { coordinatedSpeakersEnd } from './coordinated-source.js';
import { bodyOfNamedTitle } from './title-body.js';
import { bodyOfBelonging, bodyOfOffice } from './office-body.js';
import { descriptionStart } from './media-means.js';
import { genericAgencySource } from './agency-name.js';
import { outletStaffSource } from './outlet-staff.js';
import { nameOfTitleAt, titleOnlyMentionAt } from './described-title.js';
import { bodyUnderTitle, objectAfterDefiniteTitle, quotedBodyUnderTitle } from './office-holder.js';
import { sameSourceReference } from './same-source.js';
import { pluralOutletSource } from './plural-outlets.js';
import { stateAuthoritiesSource } from './state-authorities.js';
import { namedGroupSource } from './named-group.js';
import { definiteDocumentAt } from './definite-carrier.js';
import { spokesmanCommandAt } from './spokesman-command.js';
import { unnamedPronounAt } from './unnamed-pronoun.js';

/** The most recent earlier source whose role class matches. */
function previousByRole(cx: Detection, role: string): Source | undefined {
  for (let k = cx.drafts.length - 1; k >= 0; k--) {
    const s = (cx.drafts[k] as Draft).source;
    if (s.role === role) return s;
  }
  return undefined;
}

/** Resolves a definite description (الصحيفة) to an earlier entity or source. */
export function resolveDescription(cx: Detection, i: number, role: string): Source {
  const here = { start: (tok(cx, i) as Token).start, end: (tok(cx, i) as Token).end };
  const prev = previousByRole(cx, role);
  // The entity layer may already have linked the description (المتحدث → the spokesman).
  const linked = cx.mentionOf[i]?.entity ?? cx.input.resolveDescription?.(here);
  if (linked !== undefined) {
    const kind: SourceKind = prev?.entity === linked ? prev.kind : 'named';
    const s: Source = { kind, entity: linked, ...here, role };
    if (prev?.entity === linked && prev.description !== undefined) s.description = prev.description;
    return s;
  }
  if (prev) {
    const s: Source = { kind: prev.kind, ...here, role };
    if (prev.entity !== undefined) s.entity = prev.entity;
    if (prev.description !== undefined) s.description = prev.description;
    return s;
  }
  const types = ENTITY_TYPE_OF_ROLE[role] ?? [];
  // The most recent mention introduced by a noun of the same role, then of the right type.
  let typed: MentionRef | undefined;
  for (let j = i - 1; j >= 0; j--) {
    const m = cx.mentionOf[j];
    if (!m || m.first !== j) continue;
    const before = roleOf(cx, (norm(cx, j - 1))) ?? roleOf(cx, (norm(cx, j - 2)));
    if (before === role) return { kind: 'named', entity: m.entity, ...here, role };
    if (!typed && types.includes(m.type) && fitsRole(cx, m.entity, role, norm(cx, i))) typed = m;
  }
  if (typed) return { kind: 'named', entity: typed.entity, ...here, role };
  return { kind: role === 'spokesman' || role === 'official' ? 'anonymous' : 'named', ...here, role };
}

/**
 * بمنطقة، لمركز، والنهي، باسم: a preposition or و glued to a definite word, an institution or a
 * place opens a complement, while فهد، بندر، وليد are names that begin with the same letters.
 */
function gluedComplement(cx: Detection, w: string): boolean {
  if (/^[وفبلك]ال/.test(w) || w.startsWith('لل') || w === 'باسم') return true;
  return /^[وفبلك]/.test(w) && (servesAt(cx, w) || inSet(cx.lex.anonymousHeads, w.slice(1)));
}

/**
 * المتحدث الرسمي لوزارة العمل تيسير المفرج، المتحدث صديق صديقي: an indefinite word after a definite
 * one cannot be its adjective, so inside a title's phrase [a, b) it opens the holder's name when it
 * is no title, preposition or number and another word follows it.
 */
function bareNameCloses(cx: Detection, a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) {
    const w = norm(cx, k);
    const p = norm(cx, k - 1);
    const definiteBefore = p.startsWith('ال') || (p.startsWith('لل') && p.length > 4) || cx.mentionOf[k - 1]?.last === k;
    if (!definiteBefore || tok(cx, k)?.kind !== 'word' || tok(cx, k + 1)?.kind !== 'word' || w.startsWith('ال') || gluedComplement(cx, w)) continue;
    if (roleOf(cx, w) !== undefined || inSet(cx.lex.roles, w) || cx.lex.anonymousHeads.has(w) || cx.lex.quantifierHeads.has(w) || cx.lex.npStops.has(w)
      || BARE_PREPOSITIONS.has(w) || DATE_HEADS.has(w) || MONTHS.has(w)) continue;
    return true;
  }
  return false;
}

/**
 * «أم باسم»، أم محمد: a woman known only as the mother of her son, with no name of her own after
 * it, is an unnamed person (GUIDELINE: a nickname of an unnamed person is anonymous).
 */
function kunyaAlone(cx: Detection, a: number, b: number): boolean {
  const s = isQuoteOpen(cx, a) ? a + 1 : a;
  let e = b;
  while (e > s && isPunct(cx, e - 1)) e--;
  return e === s + 2 && norm(cx, s) === 'ام' && tok(cx, s + 1)?.kind === 'word' && !norm(cx, s + 1).startsWith('ال');
}

/** Analyses a noun phrase [a, b) naming a source. */
/** Whether an entity is a person the document names (not only describes). */
function personNamed(cx: Detection, id: string): boolean {
  const e = cx.input.entities?.find((x) => x.id === id);
  return e !== undefined && e.type === 'PER' && e.mentions.some((m) => m.kind === 'name');
}

export function analyseNP(cx: Detection, a0: number, b0: number): Source | undefined {
  let a = a0;
  let b = b0;
  while (a < b && (cx.lex.npSkip.has(norm(cx, a)) || (isPunct(cx, a) && !isQuoteOpen(cx, a)))) a++;
  while (b > a && (cx.lex.npSkip.has(norm(cx, b - 1)) || (isPunct(cx, b - 1) && !OPEN_QUOTES.has(norm(cx, b - 1)) && norm(cx, b - 1) !== '»' && norm(cx, b - 1) !== '”'))) b--;
  if (a >= b) return undefined;
  // هذا المصدر، المصدر نفسه: the source quoted before, of its kind (same-source.ts).
  const same = sameSourceReference(cx, a, b);
  if (same) return same;
  // هيئة الإذاعة البريطانية (بي بي سي): the bracket closes with the name it opened.
  if (norm(cx, b) === ')' && b < b0) {
    for (let k = a + 1; k < b; k++) if (norm(cx, k) === '(') b++;
  }
  // المحافظ بصفته متحدثا باسم …: the capacity he speaks in is not part of his name;
  for (let k = a + 1; k < b; k++) {
    // قال X لرويترز: ل glued to a name is the addressee, not part of the subject.
    const m = cx.mentionOf[k];
    // المتحدث الرسمي لوزارة العمل محمد …: after a spokesman's title with his name closing the
    // phrase, it is the body he speaks for.
    const toName = norm(cx, k).startsWith('ل') && !norm(cx, k).startsWith('ال') && m !== undefined && m.first === k
      && m.start > (tok(cx, k) as Token).start && cx.mentionOf[k - 1] !== m
      && !(roleOf(cx, norm(cx, a)) === 'spokesman' && (nameCloses(cx, m.last, b) || bareNameCloses(cx, m.last - 1, b)))
      // الأمين العام للأمم المتحدة أنطونيو غوتيريش: the body of a named office (title-body.ts).
      && !bodyOfNamedTitle(cx, a, k, b)
      // الأمين العام لحزب الله: the body of an office, with no name after it (office-body.ts).
      && !bodyOfOffice(cx, a, k) && !bodyOfBelonging(cx, a, k);
    // مجلس إدارة النادي برئاسة محمود طاهر: the body chaired by him speaks, not its chairman.
    // ودعا الرئيس الأميركي الاتحاد الأفريقي إلى …: the body after a definite title is the object (office-holder.ts).
    if (/^بصفت(ه|ها|هم)$/.test(norm(cx, k)) || toName || (/^(برئاس|بقياد)ه$/.test(norm(cx, k)) && !spokesmanCommandAt(cx, a, k, b)) || objectAfterDefiniteTitle(cx, a, k)) {
      b = k;
      break;
    }
  }
  // A source is a noun phrase that can speak: never a bare preposition or a date (بـ، يوم الاثنين).
  // وعن توقعاته …، يقول: a fronted topic after و + عن/حول/بشأن is what is spoken about.
  if ((BARE_PREPOSITIONS.has(norm(cx, a)) && !isNameAli(cx, a)) || (DATE_HEADS.has(norm(cx, a)) && !cx.mentionOf[a]) || MONTHS.has(norm(cx, a))
    || TOPIC_PREPOSITIONS.test(norm(cx, a))) return undefined;
  let headNorm = bareAt(cx, a);
  let clitic = 0;
  // وفقا لمصادر، نقلا عن لسان: a ل glued to the head noun is not part of the source.
  if (headNorm.length > 3 && headNorm.startsWith('ل') && !cx.lex.roles.has(headNorm) && !cx.lex.anonymousHeads.has(headNorm)) {
    const rest = headNorm.startsWith('لل') ? `ا${headNorm.slice(1)}` : headNorm.slice(1);
    if (cx.lex.roles.has(rest) || cx.lex.anonymousHeads.has(rest) || cx.lex.carrierNouns.has(rest)) {
      headNorm = rest;
      clitic = headNorm.startsWith('ال') && norm(cx, a).startsWith('لل') ? 0 : 1;
    }
  }
  if (kunyaAlone(cx, a, b)) return { kind: 'anonymous', ...span(cx, a, b) };
  // البعض، بعضهم، وقال آخر: a pronoun of unnamed people (unnamed-pronoun.ts).
  if (unnamedPronounAt(cx, a, b)) return { kind: 'anonymous', ...span(cx, a, b) };
  // صحف بريطانية، الصحف الألمانية، وكالات الأنباء: no one outlet named (plural-outlets.ts).
  const plural = pluralOutletSource(cx, a, b);
  if (plural) return plural;
  // السلطات السعودية: a state's authorities, the state (state-authorities.ts).
  const authorities = stateAuthoritiesSource(cx, a, b);
  if (authorities) return authorities;
  // مراسل الجزيرة: the outlet's correspondent speaks, not the outlet (outlet-staff.ts).
  const staff = outletStaffSource(cx, a, b);
  if (staff) return staff;
  // وكالة الأنباء الرسمية (واس): the whole agency, not the tagged fragment (agency-name.ts).
  const agency = genericAgencySource(cx, a, b);
  if (agency) return agency;
  // وأكد كل من الفارس مقبل السويدي وفيصل الوزران أن …: "each of" before a list of names.
  if (/^[و]?كل$/.test(norm(cx, a)) && norm(cx, a + 1) === 'من' && a + 2 < b && namedListAt(cx, a + 2)) return analyseNP(cx, a + 2, b);
  const head = cx.lex.roles.has(norm(cx, a)) || cx.lex.anonymousHeads.has(norm(cx, a)) ? norm(cx, a) : headNorm;
  const role = cx.lex.roles.get(head);
  const whole = span(cx, a, b);
  whole.start += clitic;
  // Entity mentions in the phrase, except the principal after باسم.
  let per: MentionRef | undefined;
  let any: MentionRef | undefined;
  let headMention: MentionRef | undefined;
  // A name deep inside a long phrase (مناهل الوهيبي مدربة معتمدة ومصممة غرافيك) is not the
  // speaker unless a chain of titles leads to it (المتحدث الرسمي … فهد الغامدي).
  const titled = inSet(cx.lex.roles, norm(cx, a)) || inSet(cx.lex.anonymousHeads, norm(cx, a));
  for (let j = a; j < b; j++) {
    const m = cx.mentionOf[j];
    if (!m || m.first !== j) continue;
    if (j === a) headMention = m;
    if (j - a > 2 && !titled && !roleOf(cx, norm(cx, j - 1))) continue;
    const afterBism = norm(cx, j - 1) === 'باسم' || norm(cx, j - 1) === 'عن' || norm(cx, j - 1) === 'في';
    // المتحدث الأمني بوزارة الداخلية، المتحدث الرسمي لوزارة العمل: the body a spokesman speaks for
    // (its mention glued to ب or ل) is not the speaker.
    const served = role === 'spokesman' && /^[بل]/.test(norm(cx, j)) && m.start > (tok(cx, j) as Token).start;
    if (afterBism || served) continue;
    // مدير فرع الهيئة العامة …: the body whose branch the title heads is not the speaker (branch-title.ts).
    if (bodyOfHeadedUnit(cx, a, j)) continue;
    // رئيس البرلمان العراقي: the body whose office the title names is not the speaker (office-holder.ts).
    // مدير الهيئة العامة للسياحة: the body's name, cut at its ل by the subject's scan, is kept whole.
    if (bodyUnderTitle(cx, a, j, m)) {
      if (m.last > b && m.end > whole.end) whole.end = m.end;
      continue;
    }
    // الناطق باسم الجيش، العميد يحيى رسول: a name after a title the entity layer took for an
    // unnamed spokesman is the speaker (described-title.ts).
    if (m.type === 'PER' && (!per || (titleOnlyMentionAt(cx, per.first) && !titleOnlyMentionAt(cx, j) && nameOfTitleAt(cx, per, j)))) per = m;
    // A place deep inside the phrase is a modifier (جمعية البر … بمنطقة مكة), not the speaker.
    if (!any && (m.type === 'PER' || m.type === 'ORG' || j === a)) any = m;
  }
  // A quoted name inside the phrase.
  let quote: Span | undefined;
  for (let j = a; j < b; j++) {
    if (isQuoteOpen(cx, j)) {
      if (quotedBodyUnderTitle(cx, a, j)) break;
      const c = closingQuote(cx, j, b + 1);
      if (c > j + 1) quote = span(cx, j + 1, c);
      break;
    }
  }
  // وسائل إعلام إيرانية: what is said of the source follows the genitive of وسائل (media-means.ts).
  const d = descriptionStart(cx, a, b);
  const rest = b > d ? cx.text.slice((tok(cx, d) as Token).start, whole.end).trim() : undefined;
  const named = (m: MentionRef | undefined, fallback: Span): Source => {
    const s: Source = m ? { kind: 'named', entity: m.entity, start: m.start, end: m.end } : { kind: 'named', ...fallback };
    // فرنسا وألمانيا وبريطانيا، بلينكن ونظيره: the list of speakers is the source (coordinated-source.ts).
    if (m && coordinatedSpeakersEnd(cx, m.last, b, m.entity) === b) Object.assign(s, { start: whole.start, end: whole.end });
    if (role) s.role = role;
    return s;
  };
  // مسؤولة بوزارة الصحة تدعى نارونج سايونج: the name after "called".
  for (let k = a + 1; k < b - 1; k++) {
    if (!calledAt(cx, k)) continue;
    const m = cx.mentionOf[k + 1];
    return m && m.first === k + 1 ? named(m, span(cx, k + 1, b)) : { kind: 'named', ...span(cx, k + 1, b), ...(role ? { role } : {}) };
  }
  // مجموعة "أنونيموس"، مجموعة QNB: a group named, not "a group of" (named-group.ts).
  const group = namedGroupSource(cx, a, b);
  if (group) return group;
  // عدد من المسؤولين، الكثير من المحللين، أحد المهندسين: some of a group, unnamed.
  if (cx.lex.quantifierHeads.has(head)) {
    const s: Source = { kind: 'anonymous', ...whole };
    if (rest) s.description = rest;
    return s;
  }
  if (headMention && !cx.lex.anonymousHeads.has(head) && !role) return named(headMention, whole);
  // An unnamed official the entity layer keeps as an entity (ناطق باسم حفتر): anonymous, linked;
  // an office the entity layer gives to a person the document names (نائب خادم الحرمين الشريفين) is named.
  if (headMention && role && (role === 'spokesman' || role === 'official') && !head.startsWith('ال') && (!per || per === headMention)
    && !personNamed(cx, headMention.entity)) {
    const s: Source = { kind: 'anonymous', entity: headMention.entity, ...whole, role };
    if (rest) s.description = rest;
    return s;
  }
  // A personal name in the phrase (… فهد بن عثمان الغامدي، إبراهيم آل مرعي, a rank and a name).
  let nameInside = false;
  for (let k = a + 1; k < b - 1; k++) {
    const w = norm(cx, k);
    if (w === 'بن' || w === 'ابن' || w === 'ال' || cx.lex.rankTitles.has(w)) nameInside = true;
  }
  if (cx.lex.anonymousHeads.has(head) && !cx.lex.carrierNouns.has(head) && (per || nameInside) && b - a >= 3) {
    return per ? named(per, whole) : { kind: 'named', ...whole };
  }
  if (cx.lex.anonymousHeads.has(head)) {
    const carrier = cx.lex.carrierNouns.has(head);
    if (carrier && (any || quote)) {
      const s = named(any, quote ?? whole);
      return s;
    }
    // بيان لوزارة الداخلية التونسية، تقرير لصحيفة …: the statement of a named body.
    const next = norm(cx, a + 1);
    if (carrier && b > a + 1 && next.startsWith('ل') && !next.startsWith('ال')) {
      const body = next.startsWith('لل') ? `ا${next.slice(1)}` : next.slice(1);
      const r = roleOf(cx, body);
      if (r && r !== 'person' && r !== 'spokesman' && r !== 'official') return { kind: 'named', ...whole };
    }
    // بيان النادي، تقرير الوزارة: the statement of a body named by a definite description.
    if (carrier && b > a + 1 && next.startsWith('ال')) {
      const r = roleOf(cx, next);
      if (r && r !== 'person' && r !== 'spokesman' && r !== 'official') return { kind: 'named', ...whole };
    }
    // وأضاف البيان، أوضح التقرير: one document already introduced (definite-carrier.ts).
    if (definiteDocumentAt(cx, a)) return { kind: 'named', ...whole };
    const s: Source = { kind: 'anonymous', ...whole };
    if (rest) s.description = rest;
    return s;
  }
  // A lone definite description (المتحدث، الصحيفة) refers back before anything else.
  if (role && b === a + 1 && head.startsWith('ال')) return resolveDescription(cx, a, role);
  if (per) return named(per, whole);
  if (role) {
    const definite = head.startsWith('ال');
    if (quote || any) return named(any, quote ?? whole);
    // A spokesman is named only with his name (… المقدم محمد القرني); المتحدث الأمني بوزارة
    // الداخلية is an unnamed spokesman.
    if (role === 'spokesman' && b > a + 1) {
      const titledName = nameInside || bareNameCloses(cx, a, b);
      const s: Source = { kind: titledName ? 'named' : 'anonymous', ...whole, role };
      if (!titledName && rest) s.description = rest;
      return s;
    }
    // مدير التعليم في المحافظة، أمين جمعية إبصار، مسؤول التدريب بغرفة نجران: an office held by
    // one person is a definite description; مسؤول يمني، مسؤول في الوزارة، مصدر رفيع are not.
    if (!definite && role === 'official' && b > a + 1) {
      let k = a + 1;
      if (norm(cx, k) === 'عام') k++;
      const w = norm(cx, k);
      const unnamed = k >= b || cx.lex.anonymousModifiers.has(w) || (w.startsWith('ب') && !w.startsWith('بن'))
        || (!w.startsWith('ال') && /(ي|يه|يين|يون)$/.test(w) && !cx.mentionOf[k]);
      if (!unnamed) return { kind: 'named', ...whole, role };
    }
    // صحيفة جزائرية، وكالة أنباء غربية: an outlet left unnamed.
    if (!definite && (role === 'newspaper' || role === 'agency' || role === 'site' || role === 'channel') && b > a + 1) {
      const w = norm(cx, a + 1);
      if (!w.startsWith('ال') && /(ي|يه)$/.test(w)) {
        const s: Source = { kind: 'anonymous', ...whole, role };
        if (rest) s.description = rest;
        return s;
      }
    }
    if (!definite && (role === 'spokesman' || role === 'official')) {
      const s: Source = { kind: 'anonymous', ...whole, role };
      if (rest) s.description = rest;
      return s;
    }
    return { kind: 'named', ...whole, role };
  }
  if (any) return named(any, whole);
  if (quote) return named(undefined, quote);
  return { kind: 'named', ...whole };
}
