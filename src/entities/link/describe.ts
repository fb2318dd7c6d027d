/**
 * Definite descriptions that point back to an entity named earlier:
 * الصحيفة → the latest newspaper, المتحدث / الناطق → the latest
 * spokesperson, الوزير → the latest minister.
 *
 * Descriptions of groups, institutions and leaders (التنظيم، القوات،
 * الحركة، الجماعة، الحزب، الجبهة، الميليشيا، التحالف، المقاومة، الحكومة، الجيش، الوزارة، المنظمة، الرئيس،
 * الأمير، الملك، المملكة، المجلس، المحكمة، الحلف، المرصد، الهيئة، الاتحاد، النقابة، اللجنة،
 * الائتلاف، المركز) are resolved only when that is safe: the entity
 * is mentioned in the same sentence or in one of the two sentences before,
 * its type and knowledge-base sector (or its name's head word) fit, and no
 * other fitting entity is mentioned there. الحكومة with no government in
 * reach is the government of the document's main state, when that state is
 * named and no other state is mentioned in reach.
 *
 * Any other bare definite noun that is the head word of the name of exactly
 * one body or place named before (جامعة حائل … الجامعة، سلطنة عمان …
 * السلطنة) is resolved to it when that is safe too (see resolveHead).
 */
import type { Entity, Token } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { bare, formKey, loadKb, type Kb } from '../kb/load.js';
import { computeProcliticVariants, PREFIXES, procliticVariants } from './words.js';

/** Descriptions resolved to the latest fitting entity anywhere before them. */
export type MediaOrOfficialClass = 'newspaper' | 'agency' | 'channel' | 'site' | 'magazine' | 'spokesperson' | 'minister';

/** Descriptions resolved only within reach and without a competitor (see the file comment). */
export type ActorClass =
  | 'armed-organisation'
  | 'forces'
  | 'movement'
  | 'group'
  | 'party'
  | 'front'
  | 'militia'
  | 'coalition'
  | 'resistance'
  | 'government'
  | 'army'
  | 'ministry'
  | 'organisation'
  | 'president'
  | 'prince'
  | 'king'
  | 'kingdom'
  | 'council'
  | 'court'
  | 'alliance'
  | 'observatory'
  | 'authority'
  | 'union'
  | 'committee'
  | 'centre'
  | 'dignitary';

export type DescriptionClass = MediaOrOfficialClass | ActorClass;

const WORDS: Record<string, MediaOrOfficialClass> = {
  الصحيفه: 'newspaper',
  الجريده: 'newspaper',
  الوكاله: 'agency',
  القناه: 'channel',
  الشبكه: 'channel',
  الموقع: 'site',
  المجله: 'magazine',
  المتحدث: 'spokesperson',
  الناطق: 'spokesperson',
  المتحدثه: 'spokesperson',
  الناطقه: 'spokesperson',
  الوزير: 'minister',
  الوزيره: 'minister',
};

const ACTOR_WORDS: Record<string, ActorClass> = {
  التنظيم: 'armed-organisation',
  القوات: 'forces',
  الحركه: 'movement',
  الجماعه: 'group',
  الحزب: 'party',
  الجبهه: 'front',
  الميليشيا: 'militia',
  المليشيا: 'militia',
  الميلشيا: 'militia',
  التحالف: 'coalition',
  المقاومه: 'resistance',
  الحكومه: 'government',
  الجيش: 'army',
  الوزاره: 'ministry',
  المنظمه: 'organisation',
  الرئيس: 'president',
  الامير: 'prince',
  الملك: 'king',
  المملكه: 'kingdom',
  المجلس: 'council',
  المحكمه: 'court',
  الحلف: 'alliance',
  المرصد: 'observatory',
  الهيئه: 'authority',
  الاتحاد: 'union',
  النقابه: 'union',
  اللجنه: 'committee',
  الائتلاف: 'coalition',
  المركز: 'centre',
  // honorifics with a pronoun stand for the leader told before (وعقد فخامته اجتماعاً مع سموه)
  سموه: 'prince',
  فخامته: 'president',
  جلالته: 'king',
  // the honorifics of ministers, officials, ambassadors and clerics (وطالب معاليه، وأكد سعادته)
  معاليه: 'dignitary',
  سعادته: 'dignitary',
  دولته: 'dignitary',
  سيادته: 'dignitary',
  سماحته: 'dignitary',
  فضيلته: 'dignitary',
};

/** Honorifics with a pronoun: never an adjective, never followed by the name they stand for. */
const HONORIFICS = new Set(['سموه', 'فخامته', 'جلالته', 'معاليه', 'سعادته', 'دولته', 'سيادته', 'سماحته', 'فضيلته']);

/** The honorific title (normalised) a dignitary is named with before its pronoun form stands for them (معالي الوزير … معاليه). */
const HONORIFIC_TITLES: Record<string, string> = { معاليه: 'معالي', سعادته: 'سعاده', دولته: 'دوله', سيادته: 'سياده', سماحته: 'سماحه', فضيلته: 'فضيله' };

/** Whether a token is an honorific with a pronoun, after its proclitics (وسموه، لفخامته). */
const isHonorific = (t: Token): boolean => HONORIFICS.has(t.norm.slice(descriptionCut(t.norm)));

const ACTOR_CLASSES = new Set<DescriptionClass>(Object.values(ACTOR_WORDS));

/** Whether a description is resolved only within reach and without a competitor. */
export function isActorClass(cls: DescriptionClass): cls is ActorClass {
  return ACTOR_CLASSES.has(cls);
}

const ROLE_OF: Record<MediaOrOfficialClass, RegExp> = {
  newspaper: /^(صحيفة|جريدة)$/,
  agency: /^وكالة$/,
  channel: /^(قناة|شبكة)$/,
  site: /^موقع$/,
  magazine: /^مجلة$/,
  spokesperson: /^(ال)?(متحدث|ناطق)/,
  minister: /^(ال)?وزير/,
};

/** A description word as written → its class and how many proclitic letters precede it. */
interface Form {
  cls: DescriptionClass;
  cut: number;
}

/**
 * Every written form of a description word: media and officials alone or
 * after و/ف; group, institution and leader words after any proclitics
 * (وللحكومة، بالجيش).
 */
const FORMS = new Map<string, Form>();
for (const [w, cls] of Object.entries(WORDS)) {
  FORMS.set(w, { cls, cut: 0 });
  FORMS.set('و' + w, { cls, cut: 1 });
  FORMS.set('ف' + w, { cls, cut: 1 });
}
for (const [w, cls] of Object.entries(ACTOR_WORDS)) {
  for (const p of PREFIXES) {
    for (const written of p.endsWith('ل') ? [p + w, p + w.slice(1)] : [p + w]) {
      const v = computeProcliticVariants(written).find((x) => x.form === w);
      if (v && !FORMS.has(written)) FORMS.set(written, { cls, cut: v.cut });
    }
  }
}

/** The class of a description word (with or without its proclitics), or undefined. */
export function descriptionClass(word: string): DescriptionClass | undefined {
  return FORMS.get(normaliseString(word).trim())?.cls;
}

/** descriptionClass for a word already normalised (a token's norm). */
export function descriptionClassOfNorm(norm: string): DescriptionClass | undefined {
  return FORMS.get(norm)?.cls;
}

/** How many normalised letters of proclitics precede the description word in `norm` (والصحيفة → 1). */
export function descriptionCut(norm: string): number {
  return FORMS.get(norm)?.cut ?? 0;
}

function fits(entity: Entity, cls: MediaOrOfficialClass, kb: Kb | undefined): boolean {
  const re = ROLE_OF[cls];
  const roles = [...(entity.roles ?? [])];
  if (entity.kb && kb) roles.push(...(kb.entries.get(entity.kb.id)?.roles ?? []));
  if (cls === 'spokesperson' || cls === 'minister') {
    if (entity.type !== 'PER') return false;
  } else if (entity.type !== 'ORG') return false;
  return roles.some((r) => re.test(r));
}

// --- groups, institutions and leaders -------------------------------------------

const STATE_ID = /^gpe:[A-Z]{2}$/;

/** The head word of a name or role, normalised and without ال (الحكومة الليبية → حكومه). */
function head(s: string): string {
  const k = formKey(s);
  const sp = k.indexOf(' ');
  return bare(sp < 0 ? k : k.slice(0, sp));
}

/** Head words of an entity's names (its own and the knowledge base's) and roles. */
function headsOf(e: Entity, kb: Kb | undefined): Set<string> {
  const heads = new Set<string>([head(e.name)]);
  for (const r of e.roles ?? []) heads.add(head(r));
  const entry = e.kb && kb ? kb.entries.get(e.kb.id) : undefined;
  if (entry) for (const f of [entry.name, ...(entry.aliases ?? []), ...(entry.roles ?? [])]) heads.add(head(f));
  return heads;
}

function namesOf(e: Entity, kb: Kb | undefined): string[] {
  const entry = e.kb && kb ? kb.entries.get(e.kb.id) : undefined;
  return entry ? [e.name, entry.name, ...(entry.aliases ?? [])] : [e.name];
}

function rolesOf(e: Entity, kb: Kb | undefined): string[] {
  const roles = [...(e.roles ?? [])];
  const entry = e.kb && kb ? kb.entries.get(e.kb.id) : undefined;
  if (entry?.roles) roles.push(...entry.roles);
  return roles;
}

const HEAD_OF_STATE_OBJECTS = new Set(['الجمهوريه', 'جمهوريه', 'الدوله', 'دوله', 'البلاد']);

/** A president's role: رئيس alone, with a nisba (الرئيس السوري), of the republic, of a state (رئيس روسيا). */
function isPresidentRole(role: string, kb: Kb | undefined): boolean {
  const w = formKey(role).split(' ');
  if (bare(w[0] ?? '') !== 'رئيس') return false;
  const rest = w.slice(1);
  if (rest.length === 0) return true;
  if (HEAD_OF_STATE_OBJECTS.has(rest[0] as string)) return true;
  if (!kb) return false;
  if (rest.every((x) => kb.names.get(x)?.some((r) => r.kind === 'adjective'))) return true;
  return kb.names.get(rest.join(' '))?.some((r) => r.kind === 'name' && STATE_ID.test(r.id)) ?? false;
}

/** Whether an entity is of the kind an actor description names. */
export function actorFits(e: Entity, cls: ActorClass, kb: Kb | undefined): boolean {
  const entry = e.kb && kb ? kb.entries.get(e.kb.id) : undefined;
  const sector = entry?.sector ?? e.kb?.sector;
  switch (cls) {
    // a leader's title may be a role or the head of a name (الملك سلمان، الأمير محمد بن سلمان)
    case 'president':
      return e.type === 'PER' && (rolesOf(e, kb).some((r) => isPresidentRole(r, kb)) || namesOf(e, kb).some((n) => head(n) === 'رئيس'));
    case 'prince':
      return e.type === 'PER' && [...rolesOf(e, kb), ...namesOf(e, kb)].some((r) => head(r) === 'امير');
    case 'king':
      return e.type === 'PER' && [...rolesOf(e, kb), ...namesOf(e, kb)].some((r) => head(r) === 'ملك' || formKey(r).startsWith('خادم الحرمين'));
    case 'kingdom':
      return e.type === 'GPE' && e.kb !== undefined && STATE_ID.test(e.kb.id) && headsOf(e, kb).has('مملكه');
    case 'dignitary':
      return e.type === 'PER';
    default:
      break;
  }
  if (e.type !== 'ORG') return false;
  const heads = headsOf(e, kb);
  switch (cls) {
    case 'armed-organisation':
      return sector === 'REB' || heads.has('تنظيم');
    case 'forces':
      return sector === 'MIL' || heads.has('قوات');
    case 'army':
      return heads.has('جيش');
    case 'movement':
      return heads.has('حركه');
    case 'group':
      return heads.has('جماعه');
    case 'party':
      return sector === 'PTY' || heads.has('حزب');
    // a front, a militia, a coalition or a resistance only by the head word of one of its names (جبهة النصرة، ميليشيا الحوثي)
    case 'front':
      return heads.has('جبهه');
    case 'militia':
      return heads.has('ميليشيا') || heads.has('مليشيا') || heads.has('ميلشيا');
    case 'coalition':
      return heads.has('تحالف') || heads.has('ائتلاف');
    case 'resistance':
      return heads.has('مقاومه');
    case 'government':
      return heads.has('حكومه') && (sector === undefined || sector === 'GOV');
    case 'ministry':
      return heads.has('وزاره') && (sector === undefined || sector === 'GOV');
    case 'council':
      return heads.has('مجلس');
    case 'court':
      return heads.has('محكمه') || sector === 'JUD';
    // bodies known by the head word of one of their names (حلف شمال الأطلسي، المرصد السوري، هيئة …)
    case 'alliance':
      return heads.has('حلف');
    case 'observatory':
      return heads.has('مرصد');
    case 'authority':
      return heads.has('هيئه');
    case 'union':
      return heads.has('اتحاد') || heads.has('نقابه');
    case 'committee':
      return heads.has('لجنه');
    case 'centre':
      return heads.has('مركز');
    case 'organisation':
      // any international or civil body may be «the organisation» (اللجنة الدولية للصليب الأحمر)
      return heads.has('منظمه') || sector === 'IGO' || sector === 'NGO' || sector === 'CVL';
  }
}

const nf = (xs: string[]) => new Set(xs.map((x) => normaliseString(x)));

/** Words after a description of a leader that leave it bare (وقال الرئيس إن، الرئيس في كلمته). */
const AFTER_LEADER = nf([
  'إن', 'أن', 'أنه', 'إنه', 'بأن', 'في', 'من', 'إلى', 'عن', 'مع', 'خلال', 'قد', 'لم', 'لن', 'ما', 'لا', 'كان', 'منذ',
  'بعد', 'قبل', 'عبر', 'لدى', 'أمس', 'اليوم', 'حيث', 'كما', 'أيضا', 'الذي', 'إلى',
]);

/** Definite words after a description of a group or institution that leave it bare (الحكومة اليوم). */
const AFTER_BODY = nf([
  'اليوم', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الذي', 'التي', 'الذين', 'الآن',
  // particles that look definite once normalised (إلى → الي، إلا → الا)
  'إلى', 'إلا',
]);

/** Evaluative adjectives that keep a description anaphoric (التنظيم الإرهابي، الملك المفدى). */
const EPITHETS: Partial<Record<ActorClass, Set<string>>> = {
  'armed-organisation': nf(['الإرهابي', 'المتطرف', 'المسلح', 'المتشدد', 'الجهادي']),
  group: nf(['الإرهابية', 'المتطرفة', 'المسلحة', 'المتشددة', 'الجهادية']),
  movement: nf(['الإرهابية', 'المتطرفة', 'المسلحة', 'المتشددة', 'الجهادية']),
  front: nf(['الإرهابية', 'المتطرفة', 'المسلحة', 'المتشددة', 'الجهادية']),
  militia: nf(['الإرهابية', 'المتطرفة', 'المسلحة', 'المتشددة', 'الانقلابية', 'المتمردة']),
  king: nf(['المفدى']),
};

const LEADERS = new Set<ActorClass>(['president', 'prince', 'king']);

/** The written forms of «kingdom» that name a state (مملكة البحرين، والمملكة الأردنية). */
const KINGDOM_WORDS = new Set<string>();
for (const p of PREFIXES) {
  for (const w of ['مملكه', 'المملكه']) KINGDOM_WORDS.add(p + w);
  if (p.endsWith('ل')) KINGDOM_WORDS.add(p + 'لمملكه');
}

/**
 * Whether the actor description at token i stands alone: not right after a
 * definite noun (الشركة المنظمة), not followed by a name (الرئيس بشار
 * الأسد), a nisba or other qualifier (الحكومة الليبية، القوات الجوية). A leader's title must be followed by a particle or
 * punctuation, since a name the tagger missed may follow it.
 * `names.startsAt(k)`: whether a name starts at token k;
 * `names.personEndsAt(k)`: whether the name of a person ends at token k
 * (وهيفاء الأمير: a family name, not a title).
 */
export interface NamesAround {
  startsAt(k: number): boolean;
  personEndsAt(k: number): boolean;
}

export function actorContextOk(tokens: readonly Token[], i: number, cls: ActorClass, names: NamesAround, cut?: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isHonorific(t)) return true;
  const prev = tokens[i - 1];
  const prevHere = prev !== undefined && prev.sentence === t.sentence && prev.kind === 'word';
  if (prevHere && names.personEndsAt(i - 1)) return false;
  // right after a definite noun it is an adjective (الشركة المنظمة، اللجنة المنظمة) unless a
  // proclitic makes it a complement; a leader's title there is part of another title (الوكيل العام للملك)
  if (prevHere && prev.norm.startsWith('ال')) {
    cut ??= descriptionCut(t.norm);
    if (cut === 0 || (LEADERS.has(cls) && !t.norm.startsWith('و'))) return false;
  }
  const next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence) return true;
  if (next.kind !== 'word' && next.kind !== 'latin' && next.kind !== 'number') return true;
  if (names.startsAt(i + 1)) return false;
  const n = next.norm;
  if (EPITHETS[cls]?.has(n)) return true;
  if (LEADERS.has(cls)) return AFTER_LEADER.has(n) || n.startsWith('وال');
  if (!n.startsWith('ال') || AFTER_BODY.has(n)) return true;
  // only a description word of the lists above is known to be singular (not الخطوط القطرية)
  return FORMS.get(t.norm)?.cls === cls && feminineAfterMasculine(t.norm.slice(descriptionCut(t.norm)), n);
}

/**
 * Whether a definite word with a feminine or plural ending follows a masculine
 * singular description word (وطالب المجلس الاتحادات، ودعا الحزب الحكومة): it is
 * then its object, not an adjective, which would agree with it.
 */
function feminineAfterMasculine(description: string, next: string): boolean {
  const feminine = (w: string) => w.endsWith('ه') || w.endsWith('ات') || w.endsWith('ا');
  return !feminine(description) && next.length > 4 && (next.endsWith('ه') || next.endsWith('ات'));
}

/** Index of the token holding `offset` (or the last one starting before it); -1 when none. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The sentences before a description in which its referent may be named: its own and two more. */
export const ACTOR_REACH = 2;

/** The document's main state: the state entity with the most mentions (the first named on ties). */
export function mainStateEntity(entities: readonly Entity[]): Entity | undefined {
  let best: Entity | undefined;
  let n = 0;
  for (const e of entities) {
    if (!e.kb || !STATE_ID.test(e.kb.id)) continue;
    const k = e.mentions.filter((m) => m.kind !== 'description' && m.kind !== 'pronoun').length;
    if (k > n) [best, n] = [e, k];
  }
  return best;
}

/**
 * The entity an actor description at token i refers to, or undefined when
 * that is not certain (see the file comment).
 */
export function resolveActor(
  entities: readonly Entity[],
  tokens: readonly Token[],
  i: number,
  cls: ActorClass,
  kb: Kb | undefined,
): Entity | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const from = t.sentence - ACTOR_REACH;
  const inReach = (start: number) => start < t.start && (tokens[tokenAt(tokens, start)]?.sentence ?? -Infinity) >= from;
  // a fitting entity named later in the same sentence competes too (وكيل الوزارة … بوزارة العمل),
  // but not with an honorific pronoun, which points back (نقل سموه تحيات … الأمير محمد بن نايف)
  const honorific = isHonorific(t);
  const laterHere = (start: number) => !honorific && start > t.start && tokens[tokenAt(tokens, start)]?.sentence === t.sentence;
  // a kingdom counts only where it is called one (مملكة البحرين، المملكة)
  const counts = (start: number) => {
    if (cls !== 'kingdom') return true;
    const k = tokenAt(tokens, start);
    return KINGDOM_WORDS.has(tokens[k]?.norm ?? '') || KINGDOM_WORDS.has(tokens[k - 1]?.norm ?? '');
  };
  let found: Entity | undefined;
  let competing = false;
  for (const e of entities) {
    const before = e.mentions.some((m) => m.start < t.start && inReach(m.start) && counts(m.start));
    const after = e.mentions.some((m) => m.kind !== 'description' && laterHere(m.start) && counts(m.start));
    if ((!before && !after) || !actorFits(e, cls, kb)) continue;
    if (found || !before) competing = true;
    found = e;
  }
  if (competing) return cls === 'dignitary' ? dignitaryOf(entities, tokens, t, inReach) : undefined;
  if (found && cls === 'government') {
    // another state in reach may be the one whose government is meant
    const own = found.kb?.country;
    if (entities.some((e) => e.kb !== undefined && STATE_ID.test(e.kb.id) && e.kb.country !== own && e.mentions.some((m) => inReach(m.start)))) return undefined;
  }
  if (!found && cls === 'court' && !competing) return courtState(entities, tokens, i, inReach);
  if (found || cls !== 'government') return found;
  // الحكومة with no government in reach: the main state's, if nothing else competes
  if (entities.some((e) => actorFits(e, cls, kb) && e.mentions.some((m) => m.start < t.start))) return undefined;
  const main = mainStateEntity(entities);
  if (!main || !main.mentions.some((m) => inReach(m.start))) return undefined;
  const otherState = entities.some((e) => e !== main && e.kb !== undefined && STATE_ID.test(e.kb.id) && e.mentions.some((m) => inReach(m.start)));
  return otherState ? undefined : main;
}

/**
 * معاليه، سعادته… among several people in reach: the one named after the
 * same honorific title (معالي الأمين العام … التركي), else the one the
 * document named first, who is the subject of the report.
 */
function dignitaryOf(entities: readonly Entity[], tokens: readonly Token[], t: Token, inReach: (start: number) => boolean): Entity | undefined {
  const title = HONORIFIC_TITLES[t.norm.slice(descriptionCut(t.norm))];
  const people = entities.filter((e) => e.type === 'PER' && e.mentions.some((m) => m.kind !== 'description' && m.start < t.start && inReach(m.start)));
  const titled = people.filter((e) => e.mentions.some((m) => {
    if (m.start >= t.start) return false;
    const k = tokenAt(tokens, m.start);
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      const w = tokens[j];
      if (!w || w.sentence !== tokens[k]?.sentence) break;
      if (w.norm.replace(/^[وب]/, '') === title) return true;
    }
    return false;
  }));
  if (titled.length === 1) return titled[0];
  const firstAt = (e: Entity) => Math.min(...e.mentions.map((m) => m.start));
  return [...people].sort((a, b) => firstAt(a) - firstAt(b))[0];
}

/** The written forms of «court» before a nisba (محكمة ليبية، والمحكمة المصرية). */
const COURT_WORDS = new Set<string>();
for (const p of PREFIXES) {
  for (const w of ['محكمه', 'المحكمه']) COURT_WORDS.add(p + w);
  if (p.endsWith('ل')) COURT_WORDS.add(p + 'لمحكمه');
}

/**
 * المحكمة with no court named in reach: the state of a court named in reach
 * by its nisba (حكمت محكمة ليبية … وقالت المحكمة), when there is one such state.
 */
function courtState(entities: readonly Entity[], tokens: readonly Token[], i: number, inReach: (start: number) => boolean): Entity | undefined {
  let found: Entity | undefined;
  for (const e of entities) {
    if (!e.kb || !STATE_ID.test(e.kb.id)) continue;
    const fits = e.mentions.some((m) => {
      if (m.kind !== 'adjective' || !inReach(m.start)) return false;
      const k = tokenAt(tokens, m.start);
      return k > 0 && k < i && COURT_WORDS.has(tokens[k - 1]?.norm ?? '');
    });
    if (!fits) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}

// --- bare head words of bodies named before -----------------------------------------

/**
 * Head words that name no one body by themselves, whatever was named before
 * (الدولة، الشرطة، المدينة): places, states and the state's own services.
 */
const GENERIC_HEADS = new Set([
  'دوله', 'شرطه', 'حكومه', 'مدينه', 'منطقه', 'محافظه', 'بلد', 'بلاد', 'بلده', 'قريه', 'عاصمه', 'ولايه', 'جمهوريه', 'مملكه',
  'اماره', 'سلطه', 'سلطات', 'نظام', 'امن', 'عالم', 'امه', 'شعب', 'قوه', 'قوي', 'دول', 'ارض', 'اراضي', 'ولايات',
  // the quarters, which name a region only with their complement (شمال أفريقيا، الشرق الأوسط)
  'شرق', 'غرب', 'شمال', 'جنوب', 'وسط',
]);

/** The sentences before a bare head word in which the body or place it names may be named: its own and three more. */
const HEAD_REACH = 3;

/** The entities a bare head word may name: bodies and places (not people). */
const HEAD_TYPES = new Set<string>(['ORG', 'LOC', 'GPE']);

/**
 * The head words a definite noun may stand for once its proclitics are cut
 * (وبالبلدية → بلديه، للمنظومة → منظومه), with how many letters they take;
 * none for a generic word (see GENERIC_HEADS) or a short one.
 */
export function definiteHeads(norm: string): { head: string; cut: number }[] {
  const out: { head: string; cut: number }[] = [];
  for (const v of procliticVariants(norm)) {
    if (!v.form.startsWith('ال') || v.form.length < 5) continue;
    const h = v.form.slice(2);
    if (GENERIC_HEADS.has(h)) return [];
    out.push({ head: h, cut: v.cut });
  }
  return out;
}

/** The first word of a name of two words or more, without ال (مركز الملك سلمان → مركز). */
function nameHead(name: string): string | undefined {
  const w = formKey(name).split(' ');
  return w.length < 2 ? undefined : bare(w[0] as string);
}

/** The head words of an entity's names (its name and its named mentions), read once per entity. */
export type NameHeads = (e: Entity) => ReadonlySet<string>;

/**
 * NameHeads over one document's text. Named mentions are not added while the
 * linker resolves descriptions, so an entity's heads do not change in between.
 */
export function nameHeadsIn(text: string): NameHeads {
  const memo = new Map<Entity, ReadonlySet<string>>();
  return (e) => {
    let heads = memo.get(e);
    if (!heads) {
      heads = new Set([e.name, ...namedMentions(e).map((m) => text.slice(m.start, m.end))].map(nameHead).filter((h) => h !== undefined));
      memo.set(e, heads);
    }
    return heads;
  };
}

const namedMentions = (e: Entity) => e.mentions.filter((m) => m.kind !== 'description' && m.kind !== 'pronoun' && m.kind !== 'adjective');

/**
 * The body or place a bare definite noun at token i names when the noun is
 * the head word of a name (of two words or more) of exactly one entity named
 * before it (جهاز الشرطة الخليجية … الجهاز، بلدية الوسط … بالبلدية، سلطنة
 * عمان … للسلطنة): that entity must be mentioned within reach (its sentence
 * and HEAD_REACH before), no other entity of that head anywhere before, nor
 * one named later in the same sentence. The head words of the description
 * classes above are not read here; `text` gives the names as written, and
 * the mention takes the proclitic letters `cut` leaves out.
 */
export function resolveHead(
  entities: readonly Entity[],
  tokens: readonly Token[],
  text: string,
  i: number,
  heads: readonly { head: string; cut: number }[],
  headsOf: NameHeads = nameHeadsIn(text),
): { entity: Entity; cut: number } | undefined {
  const t = tokens[i];
  if (!t || heads.length === 0) return undefined;
  const from = t.sentence - HEAD_REACH;
  const sentenceOf = (start: number) => tokens[tokenAt(tokens, start)]?.sentence ?? -Infinity;
  let found: { entity: Entity; cut: number } | undefined;
  for (const e of entities) {
    if (!HEAD_TYPES.has(e.type)) continue;
    const own = headsOf(e);
    const fit = heads.find((h) => own.has(h.head));
    if (!fit) continue;
    const before = e.mentions.filter((m) => m.start < t.start);
    const laterHere = namedMentions(e).some((m) => m.start > t.start && sentenceOf(m.start) === t.sentence);
    if (before.length === 0 && !laterHere) continue;
    if (found || before.length === 0) return undefined;
    if (!before.some((m) => sentenceOf(m.start) >= from)) return undefined;
    found = { entity: e, cut: fit.cut };
  }
  const want = new Set(heads.map((h) => h.head));
  if (!found) return undefined;
  // another body of that head spoken of before, named by the head and a qualifier outside
  // any mention of this one (جامعة حائل … الجامعة الأمريكية … الجامعة), competes too
  const own = found.entity.mentions;
  for (let k = 0; k < i; k++) {
    const w = tokens[k] as Token;
    const next = tokens[k + 1];
    if (!next || next.sentence !== w.sentence || !next.norm.startsWith('ال') || AFTER_BODY.has(next.norm)) continue;
    if (!definiteHeads(w.norm).some((h) => want.has(h.head))) continue;
    if (!own.some((m) => m.start < w.end && w.start < m.end)) return undefined;
  }
  return found;
}

/**
 * The coalition a bare التحالف names when no coalition was named before it:
 * in a document about Yemen, or one that names the Houthis (the war the
 * Saudi-led coalition wages) outside Iraq and Syria, the Saudi-led
 * coalition; where the Islamic State is named and the Houthis are not, the
 * coalition against it (Turkey lets «the coalition» use its bases, a
 * spokesman speaks of «the coalition's» strikes) — in any document about
 * Iraq or Syria, elsewhere only when no party or government coalition is
 * spoken of. Undefined elsewhere. `main` is the document's main country
 * (see documentScope).
 */
export function theatreCoalition(entities: readonly Entity[], main: string | undefined): string | undefined {
  const named = (id: string) => entities.some((e) => e.kb?.id === id);
  const war = main === 'IQ' || main === 'SY';
  if (main === 'YE' || (!war && named('org:houthis'))) return 'org:arab-coalition';
  if (!named('org:isis')) return undefined;
  if (war) return 'org:anti-isis-coalition';
  // a political coalition: parties or a parliament in the document
  const political = entities.some((e) => actorFits(e, 'party', loadKb()) || (e.type === 'ORG' && e.kb?.sector === 'LEG'));
  return political ? undefined : 'org:anti-isis-coalition';
}

/** The state «الاحتلال» names in Arabic news, with or without its nisba (قوات الاحتلال، الاحتلال الإسرائيلي). */
export const OCCUPYING_STATE = 'gpe:IL';

/** Every written form of الاحتلال with its proclitics (والاحتلال، بالاحتلال، للاحتلال) → how many letters they take. */
const OCCUPATION_FORMS = new Map<string, number>();
for (const p of PREFIXES) {
  for (const written of p.endsWith('ل') ? [p + 'الاحتلال', p + 'لاحتلال'] : [p + 'الاحتلال']) {
    const v = computeProcliticVariants(written).find((x) => x.form === 'الاحتلال');
    if (v && !OCCUPATION_FORMS.has(written)) OCCUPATION_FORMS.set(written, v.cut);
  }
}

/** Definite words after الاحتلال that keep it the occupation of Palestine (الاحتلال الغاشم، الاحتلال اليوم). */
const AFTER_OCCUPATION = nf(['الغاشم', 'الصهيوني', 'العنصري', 'الإرهابي', 'المجرم']);

/** How many proclitic letters precede الاحتلال in a token's norm, or undefined when the token is not that word. */
export function occupationCut(norm: string): number | undefined {
  return OCCUPATION_FORMS.get(norm);
}

/**
 * Whether the word الاحتلال at token i names Israel: not qualified by the
 * nisba of another state or by another adjective (الاحتلال الأمريكي،
 * الاحتلال العثماني، الاحتلال الأجنبي), and the document nowhere speaks of
 * another state's occupation. The nisba of Israel keeps it (الاحتلال الإسرائيلي).
 */
export function occupationNamesIsrael(kb: Kb, tokens: readonly Token[], i: number): boolean {
  const qualifiedOtherwise = (k: number): boolean => {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next || next.sentence !== t.sentence || next.kind !== 'word') return false;
    const n = next.norm;
    const adj = kb.names.get(n)?.filter((r) => r.kind === 'adjective') ?? [];
    if (adj.length > 0) return !adj.some((r) => r.id === OCCUPYING_STATE);
    return n.startsWith('ال') && !AFTER_BODY.has(n) && !AFTER_OCCUPATION.has(n);
  };
  if (occupationCut(tokens[i]?.norm ?? '') === undefined || qualifiedOtherwise(i)) return false;
  for (let k = 0; k < tokens.length; k++) {
    if (k === i || occupationCut((tokens[k] as Token).norm) === undefined) continue;
    const next = tokens[k + 1];
    const adj = next ? kb.names.get(next.norm)?.filter((r) => r.kind === 'adjective') ?? [] : [];
    if (adj.length > 0 && !adj.some((r) => r.id === OCCUPYING_STATE)) return false;
  }
  return true;
}

/**
 * The entity a definite description at `offset` refers to: for media and
 * officials, the one of the right class mentioned last before it; for
 * groups, institutions and leaders, the one fitting entity within reach
 * (see the file comment). `word` is the description as written (الصحيفة،
 * والمتحدث); when omitted it is read from the token at `offset`.
 */
export function resolveDescription(
  entities: readonly Entity[],
  tokens: readonly Token[],
  offset: number,
  word?: string,
  kb: Kb | undefined = loadKb(),
): Entity | undefined {
  const at = tokenAt(tokens, offset);
  const tok = at >= 0 && offset < (tokens[at] as Token).end ? tokens[at] : undefined;
  const w = word ?? tok?.norm;
  if (w === undefined) return undefined;
  const cls = descriptionClass(w);
  if (!cls) return undefined;
  if (isActorClass(cls)) {
    if (!tok) return undefined;
    const names: NamesAround = {
      startsAt: (k) => {
        const n = tokens[k];
        return n !== undefined && entities.some((e) => e.mentions.some((m) => m.kind !== 'description' && m.start >= n.start && m.start < n.end));
      },
      personEndsAt: (k) => {
        const n = tokens[k];
        return n !== undefined && entities.some((e) => e.type === 'PER' && e.mentions.some((m) => m.kind !== 'description' && m.end === n.end));
      },
    };
    if (!actorContextOk(tokens, at, cls, names)) return undefined;
    // the description itself may already be a mention of its referent
    const own = entities.find((e) => e.mentions.some((m) => m.kind === 'description' && m.start >= tok.start && m.start < tok.end));
    return own ?? resolveActor(entities, tokens, at, cls, kb);
  }
  return resolveDescriptionClass(entities, offset, cls, kb);
}

/** resolveDescription for a media or official description whose class is known. */
export function resolveDescriptionClass(
  entities: readonly Entity[],
  offset: number,
  cls: MediaOrOfficialClass,
  kb: Kb | undefined,
): Entity | undefined {
  let best: Entity | undefined;
  let bestAt = -1;
  for (const e of entities) {
    if (!fits(e, cls, kb)) continue;
    for (const m of e.mentions) {
      if (m.start < offset && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best;
}
