/**
 * From mention candidates to entities: one entity per real-world referent of
 * the document, with a canonical name, its mentions (name, adjective,
 * capital, description), roles, a knowledge-base link when there is one and
 * a stable key for merging across documents.
 */
import type { Entity, EntityMention, EntityType, KbLink, Mention, Token } from '../../core/types.js';
import { bare, formKey, type Kb } from '../kb/load.js';
import { surface } from './words.js';
import type { KbEntry } from '../kb/schema.js';
import {
  adjectiveCandidates, adjectivalUse, documentScope, formRef, isFirstName, kbNameCandidates, linkCandidate, notAPerson, quotedOutletCandidates, resolveOverlaps, widenLineageToFamilyNisba,
  spokespersonCandidates, widenToParties, taggerCandidates, titlesBefore, type Candidate, type CandidateOptions, type DocScope,
} from './candidates.js';
import {
  type ActorClass, actorContextOk, actorFits, descriptionClassOfNorm, descriptionCut, isActorClass, occupationCut, occupationNamesIsrael, OCCUPYING_STATE,
  resolveActor, resolveDescriptionClass, theatreCoalition, type NamesAround, definiteHeads, nameHeadsIn, resolveHead,
} from './describe.js';
import { cutOffset, isWordLike, procliticVariants } from './words.js';
import { militaryBases } from './bases.js';
import { governedByRelation } from './relational.js';
import { officeAnaphora } from './office-anaphora.js';
import { roleAnaphora } from './role-anaphora.js';
import { peopleAt } from './peoples.js';
import { widenGivenNameToFamilyNisba } from './given-name-nisba.js';
import { misspeltRepeat } from './misspelt.js';
import { pluralDemonymCandidates } from './plural-demonym.js';
import { singularDemonymCandidates } from './singular-demonym.js';
import { dualDemonymCandidates } from './dual-demonym.js';
import { groupNisbaCandidates, withGroupNisbaNames } from './group-nisba.js';
import { familyNameOf } from './family-name.js';
import { isListedParty } from '../ner/party-fill.js';
import { forceHeadCandidates, joinForceHeadsToNames, linkAfterForceNoun } from './force-heads.js';
import { addOwnGroupParty, ownGroupParty, withGroupNouns } from './group-parties.js';

export type LinkOptions = CandidateOptions;

interface Group {
  key: string;
  kbId?: string;
  /** Only ever grows (push): caches below are valid while its length is unchanged. */
  cands: Candidate[];
  /** Words of the longest name form: knowledge-base forms for linked groups. */
  fullNames: string[][];
  typeAt?: number;
  type?: EntityType;
  formsAt?: number;
  forms?: GroupForms;
}

interface GroupForms {
  /** Name forms (words): the group's names, then its knowledge-base forms. */
  words: string[][];
  /** The same with spelling splits closed up (see nameKey), as words. */
  keyed: string[][];
  /** The forms joined by one space. */
  joined: Set<string>;
}

/** Knowledge-base forms of an entry as words (name and aliases), per knowledge base. */
const kbFormsCache = new WeakMap<Kb, Map<string, string[][]>>();

function kbForms(kb: Kb, id: string): string[][] {
  let perKb = kbFormsCache.get(kb);
  if (!perKb) {
    perKb = new Map();
    kbFormsCache.set(kb, perKb);
  }
  let forms = perKb.get(id);
  if (!forms) {
    const e = kb.entries.get(id);
    forms = e ? [e.name, ...(e.aliases ?? [])].map((f) => formKey(f).split(' ')) : [];
    perKb.set(id, forms);
  }
  return forms;
}

/** Words of a name with spelling splits closed up (عبد العزيز → عبدالعزيز). */
export function nameKey(words: readonly string[]): string {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if ((prev === 'عبد' || prev === 'ابو' || prev === 'بو') && w.startsWith('ال')) out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out.join(' ');
}

function groupKey(c: Candidate): string {
  return c.kbId ?? `${c.type}:${nameKey(c.words)}`;
}

function nameForms(kb: Kb, g: Group): GroupForms {
  if (g.forms && g.formsAt === g.cands.length) return g.forms;
  const words: string[][] = [];
  for (const c of g.cands) if (c.kind === 'name') words.push(c.words);
  if (g.kbId) for (const f of kbForms(kb, g.kbId)) words.push(f);
  const forms: GroupForms = {
    words,
    keyed: words.map((f) => nameKey(f).split(' ')),
    joined: new Set(words.map((f) => f.join(' '))),
  };
  g.forms = forms;
  g.formsAt = g.cands.length;
  return forms;
}

/** Whether the keyed words `part` end the keyed words `full` (ال or not), `part` being shorter. */
function endsWithKeyed(full: readonly string[], part: readonly string[]): boolean {
  if (part.length >= full.length) return false;
  const off = full.length - part.length;
  for (let i = 0; i < part.length; i++) {
    const w = full[off + i] as string;
    const p = part[i] as string;
    if (w !== p && bare(w) !== bare(p)) return false;
  }
  return true;
}

function groupType(kb: Kb, g: Group): EntityType {
  if (g.type !== undefined && g.typeAt === g.cands.length) return g.type;
  const t = computeGroupType(kb, g);
  g.type = t;
  g.typeAt = g.cands.length;
  return t;
}

function computeGroupType(kb: Kb, g: Group): EntityType {
  if (g.kbId) {
    const e = kb.entries.get(g.kbId);
    if (e) return e.type;
  }
  const counts = new Map<EntityType, number>();
  let allDescriptions = true;
  for (const c of g.cands) {
    if (c.kind === 'description') continue;
    allDescriptions = false;
    counts.set(c.type, (counts.get(c.type) ?? 0) + (c.kind === 'name' ? 2 : 1));
  }
  if (allDescriptions) return g.cands[0]?.type ?? 'MISC';
  let best: EntityType = 'MISC';
  let n = -1;
  for (const [t, k] of counts) if (k > n || (k === n && t === 'PER')) [best, n] = [t, k];
  return best;
}

/** The last two UTF-16 units of a word as one number. */
function lastTwo(w: string): number {
  return w.charCodeAt(w.length - 2) * 65536 + w.charCodeAt(w.length - 1);
}

function isAdjectiveForm(kb: Kb, w: string): boolean {
  const refs = kb.names.get(w);
  if (!refs) return false;
  for (const r of refs) if (r.kind === 'adjective') return true;
  return false;
}

/**
 * An unlinked phrase of common words (الحكومة الانتقالية، القوات الحكومية):
 * a description, not a name. A state adjective keeps it (الحكومة الليبية).
 */
function isGenericPhrase(kb: Kb, c: Candidate): boolean {
  if (c.kbId || c.words.length < 2 || c.words.length > 3) return false;
  if (!c.words.every((w) => w.startsWith('ال'))) return false;
  if (!kb.genericHeads.has(bare(c.words[0] as string))) return false;
  // a phrase of the parties list (القوى الست الكبرى، القوات الخاصة) names a party
  if (isListedParty(c.words)) return false;
  return !c.words.slice(1).some((w) => isAdjectiveForm(kb, w));
}

/** Merges the mentions of one document into entities. */
export function linkEntities(
  kb: Kb,
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  options: LinkOptions = {},
): Entity[] {
  const scope = documentScope(kb, tokens, options.defaultCountry);
  const fromKb = kbNameCandidates(kb, text, tokens, scope);
  // ميليشيات الحوثيين: a force noun before a party's name (see force-heads.ts)
  const choose = (w: string[], t0: number, t1: number) => formRef(kb, tokens, w, t0, t1, scope, 'ORG');
  let tagged = taggerCandidates(kb, text, tokens, mentions).map((c) => linkAfterForceNoun(kb, tokens, linkCandidate(kb, tokens, c, scope), choose));
  // an outlet named where the context makes it certain (وكالة الأناضول) is the outlet wherever the tagger finds its name alone
  const linked = new Set<string>();
  for (const c of [...fromKb, ...tagged]) if (c.kbId && c.kind === 'name' && kb.entries.get(c.kbId)?.sector === 'MED') linked.add(c.kbId);
  if (linked.size > 0 && tagged.some((c) => !c.kbId)) {
    const withLinked: DocScope = { ...scope, linked };
    tagged = tagged.map((c) => (c.kbId ? c : linkCandidate(kb, tokens, c, withLinked)));
  }
  // unlinked generic phrases (الحكومة الانتقالية) and descriptions (المملكة) are no names
  const taggedNames = tagged.filter((c) =>
    c.kind === 'name' && !(c.type === 'ORG' && isGenericPhrase(kb, c)) && !(c.kbId === undefined && kb.descriptionForms.has(c.words.join(' '))));
  const quotedOutlets = quotedOutletCandidates(kb, text, tokens);
  // a lone relational adjective the tagger took for a person (إنزال بري) is no name
  const forces = forceHeadCandidates(kb, text, tokens, choose);
  const resolved = joinForceHeadsToNames(joinAdjacentNames(kb, text, tokens, resolveOverlaps([...fromKb, ...taggedNames, ...quotedOutlets, ...forces]), scope));
  // a part of an organisation or the forces of a state stand for it (الفرع المصري لتنظيم داعش، قوات الجيش بمصر)
  // قاعدة العند: a base, and the bare القاعدة after it (see bases.ts)
  // a nisba after a lineage or a bare given name is a family name (see given-name-nisba.ts)
  // a one-word name the tagger found where a broken plural demonym stands (دبلوماسيون روس) is the demonym
  // and so is an indefinite singular nisba after a noun of people or a number (مواطنا سوريا، ألف سوري), see singular-demonym.ts
  // and so is a dual nisba after a dual noun (جنديان تركيان), see dual-demonym.ts
  // and members of an armed group named by its nisba (8 حوثيين، مسلحا حوثيا، الدواعش), see group-nisba.ts: alone they name the group
  const groupNisbas = groupNisbaCandidates(kb, text, tokens);
  const pluralDemonyms = [
    ...pluralDemonymCandidates(kb, text, tokens), ...singularDemonymCandidates(kb, text, tokens), ...dualDemonymCandidates(kb, text, tokens),
    ...groupNisbas.filter((c) => c.kind === 'adjective'),
  ];
  const demonymAt = new Set([...pluralDemonyms, ...groupNisbas].map((c) => c.t0 * 65536 + c.t1));
  // المتمردون، التمرد الكردي: parties named by a group noun where no name stands (see group-parties.ts)
  const names = withGroupNouns(kb, text, tokens, withGroupNisbaNames(militaryBases(kb, text, tokens, surnamesOfTheDocument(kb, widenGivenNameToFamilyNisba(kb, text, tokens, widenLineageToFamilyNisba(kb, text, tokens,
    widenToParties(kb, text, tokens, resolved.filter((c) => !notAPerson(kb, tokens, c, resolved, text) && !demonymAt.has(c.t0 * 65536 + c.t1))))))), groupNisbas));

  // titles before people become roles
  for (const c of names) {
    if (c.type !== 'PER') continue;
    const { roles } = titlesBefore(kb, tokens, c.t0, text);
    for (const r of roles) if (!c.roles.includes(r)) c.roles.push(r);
  }

  // nisba adjectives, except inside a person's name or inside the name of their own state
  // (names do not overlap: one name at most covers each token)
  const nameAt: (Candidate | undefined)[] = new Array(tokens.length);
  for (const n of names) for (let k = n.t0; k < n.t1; k++) nameAt[k] = n;
  const adjectives: Candidate[] = [];
  const seenAdj = new Set<number>();
  const adjectiveCands = adjectiveCandidates(kb, text, tokens);
  // broken plurals of demonyms in their context (المغاربة، جنود أتراك), see plural-demonym.ts
  adjectiveCands.push(...pluralDemonyms);
  for (const c of tagged) if (c.kind === 'adjective') adjectiveCands.push(c);
  for (const a of adjectiveCands) {
    if (seenAdj.has(a.start)) continue;
    const at = nameAt[a.t0];
    const inside = at && a.t1 <= at.t1 ? at : undefined;
    if (inside && (inside.type === 'PER' || inside.kbId === a.kbId)) continue;
    if (!inside) {
      let partly = false;
      for (let k = a.t0; k < a.t1 && !partly; k++) if (nameAt[k]) partly = true;
      if (partly) continue;
    }
    seenAdj.add(a.start);
    adjectives.push(a);
  }

  const spokes = spokespersonCandidates(kb, text, tokens, names);

  // group by link or by normalised form
  const groups = new Map<string, Group>();
  const addTo = (key: string, c: Candidate) => {
    let g = groups.get(key);
    if (!g) {
      g = { key, kbId: c.kbId, cands: [], fullNames: [] };
      groups.set(key, g);
    }
    g.cands.push(c);
  };
  for (const c of names) addTo(groupKey(c), c);
  for (const c of adjectives) addTo(groupKey(c), c);
  for (const c of spokes) {
    const ofKey = (c.of ?? []).join(' ');
    const target = names.find((n) => n.t0 >= c.t0 && n.t1 <= c.t1 && n.words.join(' ') === ofKey);
    const of = target ? groupKey(target) : ofKey;
    addTo(`desc:${c.roles[0] ?? ''}:${of}`, c);
  }

  // a short name joins the one longer name of a person that ends with it (حفتر → خليفة حفتر)
  const isPerson = (g: Group) => !g.key.startsWith('desc:') && groupType(kb, g) === 'PER';
  const persons: Group[] = [];
  for (const g of groups.values()) if (isPerson(g)) persons.push(g);
  // g's mentions join the target's group (retyped as a person when asked), and g is gone
  const mergePerson = (g: Group, target: Group, retype: boolean) => {
    for (const c of g.cands) target.cands.push(retype ? { ...c, type: 'PER' as EntityType } : c);
    groups.delete(g.key);
    const at = persons.indexOf(g);
    if (at >= 0) persons.splice(at, 1);
  };
  for (const g of [...groups.values()]) {
    if (g.kbId || g.key.startsWith('desc:')) continue;
    const short = g.cands.find((c) => c.kind === 'name')?.words;
    if (!short || short.length > 2) continue;
    const type = groupType(kb, g);
    if (type !== 'PER' && short.length > 1) continue;
    const shortKeyed = nameKey(short).split(' ');
    let target: Group | undefined;
    let count = 0;
    for (const h of persons) {
      if (h === g || !nameForms(kb, h).keyed.some((f) => endsWithKeyed(f, shortKeyed))) continue;
      target = h;
      if (++count > 1) break;
    }
    if (count !== 1 || !target) continue;
    mergePerson(g, target, true);
  }

  // a foreign name written again with two letters swapped (ستافان دي ميستورا … دي ميتسورا)
  for (const g of [...groups.values()]) {
    if (g.kbId || !isPerson(g)) continue;
    const own = nameForms(kb, g).words;
    if (own.length === 0) continue;
    const targets = persons.filter((h) => h !== g && groups.has(h.key)
      && own.every((w) => nameForms(kb, h).words.some((f) => misspeltRepeat(w, f))));
    if (targets.length !== 1) continue;
    mergePerson(g, targets[0] as Group, false);
  }

  // an organisation named again with a trailing nisba (حكومة التوافق الليبية)
  for (const g of [...groups.values()]) {
    if (g.kbId || g.key.startsWith('desc:')) continue;
    const w = g.cands.find((c) => c.kind === 'name')?.words;
    if (!w || w.length < 3) continue;
    let cut = w.length;
    while (cut > 2 && isAdjectiveForm(kb, w[cut - 1] as string)) cut--;
    if (cut === w.length) continue;
    const stem = w.slice(0, cut).join(' ');
    let h: Group | undefined;
    for (const x of groups.values()) {
      if (x !== g && nameForms(kb, x).joined.has(stem)) {
        h = x;
        break;
      }
    }
    if (!h) continue;
    for (const c of g.cands) h.cands.push(c);
    groups.delete(g.key);
  }

  // the last name of a person, found alone elsewhere in the document
  const covered = new Uint8Array(tokens.length);
  for (const c of names) covered.fill(1, c.t0, c.t1);
  for (const c of spokes) covered.fill(1, c.t0, c.t1);
  const surnames = new Map<string, Group | null>();
  for (const g of groups.values()) {
    if (!isPerson(g)) continue;
    for (const c of g.cands) {
      if (c.kind !== 'name' || c.words.length <= 1) continue;
      const last = c.words[c.words.length - 1] as string;
      if (last.length < 3 || kb.surnameStop.has(last) || kb.names.has(last)) continue;
      if (!familyNameOf(c.words, g.kbId ? kbForms(kb, g.kbId) : undefined)) continue;
      const prev = surnames.get(last);
      surnames.set(last, prev === undefined || prev === g ? g : null);
    }
  }
  // every variant of a word ends on the word's last two letters (a surname has three or more)
  const endings = new Set<number>();
  for (const [last, g] of surnames) if (g) endings.add(lastTwo(last));
  if (endings.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (covered[i] === 1 || !isWordLike(t) || !endings.has(lastTwo(t.norm)) || adjectivalUse(kb, tokens, i, text)) continue;
      for (const v of procliticVariants(t.norm)) {
        const g = surnames.get(v.form);
        if (!g) continue;
        const start = cutOffset(t, text, v.cut);
        g.cands.push({
          start, end: t.end, t0: i, t1: i + 1, type: 'PER', kind: 'name', words: [v.form],
          surface: text.slice(start, t.end), roles: [], source: 'document',
        });
        covered[i] = 1;
        break;
      }
    }
  }

  // entities in order of first mention
  const ordered: { g: Group; first: number }[] = [];
  for (const g of groups.values()) {
    let first = Infinity;
    for (const c of g.cands) if (c.start < first) first = c.start;
    ordered.push({ g, first });
  }
  ordered.sort((a, b) => a.first - b.first);
  const entities: Entity[] = ordered.map(({ g }, n) => toEntity(kb, g, n));

  // definite descriptions (الصحيفة، المتحدث، الوزير) point back to the latest fitting entity;
  // those of groups, institutions and leaders (التنظيم، الحكومة، الرئيس) only when certain
  const starts = new Set<number>();
  for (const c of names) starts.add(c.t0);
  const around: NamesAround = {
    startsAt: (k) => starts.has(k),
    personEndsAt: (k) => {
      const n = nameAt[k];
      return n !== undefined && n.type === 'PER' && n.t1 === k + 1;
    },
  };
  let added = false;
  const headsOf = nameHeadsIn(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i] === 1 || !isWordLike(t)) continue;
    // peoples and «the West» the tagger did not mark (الأكراد، والغرب): see peoples.ts
    const people = peopleAt(kb, tokens, i);
    const peopleEntry = people ? kb.entries.get(people.id) : undefined;
    if (people && peopleEntry) {
      let target = entities.find((e) => e.kb?.id === peopleEntry.id);
      if (!target) {
        target = { id: '', type: peopleEntry.type, name: peopleEntry.name, mentions: [], key: peopleEntry.id, kb: kbLink(peopleEntry) };
        entities.push(target);
        added = true;
      }
      target.mentions.push({ start: cutOffset(t, text, people.cut), end: t.end, kind: 'name' });
      target.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    // الاحتلال: Israel, named in the document or not
    const occupation = occupationCut(t.norm);
    if (occupation !== undefined) {
      if (!occupationNamesIsrael(kb, tokens, i)) continue;
      const entry = kb.entries.get(OCCUPYING_STATE);
      if (!entry) continue;
      let target = entities.find((e) => e.kb?.id === entry.id);
      if (!target) {
        target = { id: '', type: entry.type, name: entry.name, mentions: [], key: entry.id, kb: kbLink(entry) };
        entities.push(target);
        added = true;
      }
      target.mentions.push({ start: cutOffset(t, text, occupation), end: t.end, kind: 'description' });
      target.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    const cls = descriptionClassOfNorm(t.norm);
    if (!cls) {
      // a bare head word of a body named before (جهاز الشرطة الخليجية … الجهاز)
      const heads = definiteHeads(t.norm);
      if (heads.length === 0) continue;
      const body = resolveHead(entities, tokens, text, i, heads, headsOf);
      if (!body || !actorContextOk(tokens, i, 'centre', around, body.cut)) continue;
      body.entity.mentions.push({ start: cutOffset(t, text, body.cut), end: t.end, kind: 'description' });
      body.entity.mentions.sort((a, b) => a.start - b.start);
      continue;
    }
    let target: Entity | undefined;
    // a group description that points back to no one may be a party of its own (التنظيم المتطرف، المقاومة)
    const ownParty = (c: ActorClass) => {
      const party = ownGroupParty(tokens, i, c, descriptionCut(t.norm), (k) => covered[k] === 1 || starts.has(k));
      if (!party || starts.has(party.t1) || around.personEndsAt(i - 1)) return;
      if (addOwnGroupParty(entities, text, tokens, i, descriptionCut(t.norm), party)) added = true;
      i = party.t1 - 1;
    };
    if (isActorClass(cls)) {
      if (!actorContextOk(tokens, i, cls, around)) {
        ownParty(cls);
        continue;
      }
      // نائب الملك، مستشار الرئيس: the leader's deputy or adviser, not the leader
      if ((cls === 'king' || cls === 'president' || cls === 'prince') && governedByRelation(tokens, i, t.norm.slice(0, descriptionCut(t.norm)))) continue;
      target = resolveActor(entities, tokens, i, cls, kb);
      // التحالف with no coalition named before it: the coalition of the war the document is about
      if (!target && cls === 'coalition' && !entities.some((e) => actorFits(e, cls, kb) && e.mentions.some((m) => m.start < t.start))) {
        const id = theatreCoalition(entities, scope.main);
        const entry = id ? kb.entries.get(id) : undefined;
        if (entry) {
          target = entities.find((e) => e.kb?.id === entry.id);
          if (!target) {
            target = { id: '', type: entry.type, name: entry.name, mentions: [], key: entry.id, kb: kbLink(entry) };
            entities.push(target);
            added = true;
          }
        }
      }
      if (!target) {
        ownParty(cls);
        continue;
      }
    } else {
      const next = tokens[i + 1];
      if (next && next.sentence === t.sentence && (starts.has(i + 1) || next.norm === 'باسم' || next.norm === 'رسمي' || next.norm === 'الرسمي')) continue;
      target = resolveDescriptionClass(entities, t.start, cls, kb);
    }
    if (!target) continue;
    target.mentions.push({ start: cutOffset(t, text, descriptionCut(t.norm)), end: t.end, kind: 'description' });
    target.mentions.sort((a, b) => a.start - b.start);
  }
  if (heldTitles(kb, text, tokens, entities, covered, starts, options.date)) added = true;
  roleAnaphora(kb, text, tokens, entities);
  officeAnaphora(text, tokens, entities);
  if (added) {
    // entities in order of first mention again, numbered anew
    entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
    entities.forEach((e, n) => (e.id = `e${n + 1}`));
  }
  return entities;
}

/**
 * Titles one person holds at a time, as token norms, longest first:
 * proclitics their first word may carry, whether the title also counts
 * right after its holder's name, and the knowledge-base role that names
 * the holder by the article's date when the document names none.
 */
interface HeldTitle {
  words: readonly string[];
  proclitics: RegExp;
  afterName: boolean;
  byDate?: string;
}

const HELD_TITLES: readonly HeldTitle[] = [
  { words: ['خادم', 'الحرمين', 'الشريفين'], proclitics: /^(و|ف|ب|ل|وب|ول|فب|فل)?$/, afterName: false, byDate: 'خادم الحرمين الشريفين' },
  { words: ['ولي', 'ولي', 'العهد'], proclitics: /^و?$/, afterName: true },
  { words: ['ولي', 'العهد'], proclitics: /^و?$/, afterName: true },
];

/** The held title written at token i and how many proclitic letters its first word carries, or undefined. */
function heldTitleAt(tokens: readonly Token[], i: number): { title: HeldTitle; cut: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  for (const title of HELD_TITLES) {
    const first = title.words[0] as string;
    const cut = t.norm.length - first.length;
    if (cut < 0 || !t.norm.endsWith(first) || !title.proclitics.test(t.norm.slice(0, cut))) continue;
    let ok = true;
    for (let k = 1; k < title.words.length && ok; k++) {
      const w = tokens[i + k];
      ok = w !== undefined && w.sentence === t.sentence && w.norm === title.words[k];
    }
    if (ok) return { title, cut };
  }
  return undefined;
}

/** Whether a person's knowledge-base roles hold the title (ولي ولي العهد) or a role that begins with it (ولي العهد السعودي). */
function holdsTitle(kb: Kb, e: Entity, title: readonly string[]): boolean {
  const entry = e.kb ? kb.entries.get(e.kb.id) : undefined;
  if (!entry || entry.type !== 'PER') return false;
  const key = title.join(' ');
  return (entry.roles ?? []).some((r) => {
    const f = formKey(r);
    return f === key || (f.startsWith(key + ' ') && !f.startsWith('ولي ولي'));
  });
}

/**
 * Titles one person holds at a time as mentions of that person: the crown
 * prince's written right after his name (الأمير محمد بن سلمان ولي ولي
 * العهد); any of them alone, not followed by a name, when one person of the
 * document holds it in the knowledge base (أمر سمو ولي ولي العهد بتأمين …),
 * or, for خادم الحرمين الشريفين, when none does, the king of the article's
 * year. Returns whether the entities must be put in order again.
 */
function heldTitles(
  kb: Kb, text: string, tokens: readonly Token[], entities: Entity[], covered: Uint8Array, starts: ReadonlySet<number>, date: string | undefined,
): boolean {
  let reordered = false;
  const claimed = new Set<number>();
  const add = (e: Entity, i: number, found: { title: HeldTitle; cut: number }) => {
    const n = found.title.words.length;
    const start = cutOffset(tokens[i] as Token, text, found.cut);
    const end = (tokens[i + n - 1] as Token).end;
    if (e.mentions.some((m) => m.start < end && start < m.end)) return;
    if (start < (e.mentions[0]?.start ?? Infinity)) reordered = true;
    e.mentions.push({ start, end, kind: 'description' });
    e.mentions.sort((a, b) => a.start - b.start);
    for (let k = i; k < i + n; k++) claimed.add(k);
  };
  // right after the name
  for (const e of entities) {
    if (e.type !== 'PER' || !e.kb) continue;
    for (const m of [...e.mentions]) {
      if (m.kind !== 'name') continue;
      const i = tokens.findIndex((t) => t.start >= m.end);
      if (i < 0 || !/^\s+$/.test(text.slice(m.end, (tokens[i] as Token).start))) continue;
      const found = heldTitleAt(tokens, i);
      if (!found || !found.title.afterName || found.cut !== 0) continue;
      if (!beforeName(tokens, i + found.title.words.length, starts) && holdsTitle(kb, e, found.title.words)) add(e, i, found);
    }
  }
  // alone, not before a name
  for (let i = 0; i < tokens.length; i++) {
    if (claimed.has(i) || covered[i] === 1) continue;
    const found = heldTitleAt(tokens, i);
    if (!found) continue;
    const n = found.title.words.length;
    // نائب خادم الحرمين الشريفين، سفير خادم الحرمين: another person, who holds no such title
    if (governedByRelation(tokens, i, (tokens[i] as Token).norm.slice(0, found.cut))) {
      i += n - 1;
      continue;
    }
    if (found.title.byDate ? starts.has(i + n) : beforeName(tokens, i + n, starts)) continue;
    const holders = entities.filter((e) => e.type === 'PER' && holdsTitle(kb, e, found.title.words));
    let holder = holders.length === 1 ? holders[0] : undefined;
    if (holders.length === 0 && found.title.byDate && date) {
      const entry = roleHolder(kb, found.title.byDate, date);
      if (entry) {
        holder = { id: '', type: entry.type, name: entry.name, mentions: [], key: entry.id, kb: kbLink(entry) };
        entities.push(holder);
        reordered = true;
      }
    }
    if (holder) add(holder, i, found);
    i += n - 1;
  }
  return reordered;
}

/** Honorifics between a title and the name it belongs to (ولي العهد صاحب السمو الملكي الأمير …), normalised. */
const HONORIFIC_WORDS = new Set(['صاحب', 'السمو', 'الملكي', 'سمو', 'الامير', 'الشيخ']);

/** Whether a name starts at token k, or after honorifics from k on, in the same sentence. */
function beforeName(tokens: readonly Token[], k: number, starts: ReadonlySet<number>): boolean {
  const s = tokens[k - 1]?.sentence;
  for (let j = k; j < k + 5 && tokens[j]?.sentence === s; j++) {
    if (starts.has(j)) return true;
    if (!HONORIFIC_WORDS.has((tokens[j] as Token).norm)) return false;
  }
  return false;
}

/** Latin letters spelled in Arabic (سي ان ان، بي بي سي), normalised. */
const LETTER_NAMES = new Set([
  'سي', 'ان', 'بي', 'اي', 'تي', 'دي', 'جي', 'كي', 'ام', 'اف', 'اس', 'اتش', 'يو', 'زد', 'او', 'ار', 'كيو', 'واي', 'اكس', 'ايه', 'ال', 'في', 'او',
]);

/** Whether the two tokens before token i are Latin letters spelled in Arabic (سي ان ان تورك). */
function afterSpelledLetters(tokens: readonly Token[], i: number): boolean {
  let n = 0;
  for (let k = i - 1; k >= 0 && n < 2; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== tokens[i]?.sentence || !LETTER_NAMES.has(t.norm)) break;
    n++;
  }
  return n >= 2;
}

/** Whether candidate b follows candidate a right after it, with nothing but a space between. */
function adjacent(text: string, tokens: readonly Token[], a: Candidate, b: Candidate): boolean {
  return b.t0 === a.t1 && tokens[a.t1 - 1]?.sentence === tokens[b.t0]?.sentence && /^\s+$/.test(text.slice(a.end, b.start));
}

/**
 * Names read as one across the tagger's cuts: a person's name followed
 * right away by a one-word name of a person (خالد محفوظ | بحاح) is one
 * three-word name; a surname right after an outlet or spelled Latin letters
 * (سي ان ان | تورك) is part of the outlet's name, not a person.
 */
function joinAdjacentNames(kb: Kb, text: string, tokens: readonly Token[], cands: readonly Candidate[], scope: DocScope): Candidate[] {
  const out: Candidate[] = [];
  for (let c of cands) {
    const prev = out[out.length - 1];
    const single = c.type === 'PER' && c.kind === 'name' && c.t1 - c.t0 === 1 && c.roles.length === 0;
    // a first name right before a lone surname, which nothing took (علي العولقي)
    const before = tokens[c.t0 - 1];
    if (single && c.words[0]?.startsWith('ال') && before && before.kind === 'word' && before.sentence === tokens[c.t0]?.sentence
      && (!prev || prev.t1 < c.t0) && /^\s+$/.test(text.slice(before.end, c.start)) && isFirstName(before.norm)
      && !/ى$/.test(text.slice(before.start, before.end)) && titlesBefore(kb, tokens, c.t0, text).from >= c.t0 - 1) {
      const widened: Candidate = { ...c, start: before.start, t0: c.t0 - 1, words: [before.norm, ...c.words], surface: surface(text, before.start, c.end), source: 'tagger' };
      delete widened.kbId;
      c = linkCandidate(kb, tokens, widened, scope);
      out.push(c);
      continue;
    }
    const firstTok = tokens[c.t0] as Token;
    const glued = single && procliticVariants(firstTok.norm).some((v) => v.form === c.words[0] && v.prefix === '');
    if (single && glued && prev && prev.kind === 'name' && adjacent(text, tokens, prev, c)) {
      const words = [...prev.words, ...(c.words as string[])];
      const merged: Candidate = { ...prev, end: c.end, t1: c.t1, words, surface: surface(text, prev.start, c.end), roles: [...prev.roles] };
      if (prev.type === 'PER' && words.length <= 4) {
        // the one-word name's link holds when the person's known name starts like the full one (خالد بحاح)
        const e = c.kbId ? kb.entries.get(c.kbId) : undefined;
        const first = e ? nameKey(formKey(e.name).split(' ')).split(' ')[0] : undefined;
        delete merged.kbId;
        merged.source = 'tagger';
        const linked = linkCandidate(kb, tokens, merged, scope);
        out[out.length - 1] = linked.kbId === undefined && e && first === nameKey(words).split(' ')[0] ? { ...merged, kbId: e.id } : linked;
        continue;
      }
      const outlet = prev.type === 'ORG' && (kb.entries.get(prev.kbId ?? '')?.sector === 'MED' || prev.roles.length > 0 || afterSpelledLetters(tokens, c.t0));
      if (outlet) {
        delete merged.kbId;
        merged.source = 'tagger';
        out[out.length - 1] = merged;
        continue;
      }
    }
    // a one-word name after spelled letters that no outlet took (سي ان ان تورك) is no person
    if (single && afterSpelledLetters(tokens, c.t0)) continue;
    out.push(c);
  }
  return out;
}

/**
 * A surname alone belongs to the person of the document who bears it
 * (علي العولقي … العولقي), not to a knowledge-base person of that surname
 * whom the document does not name in full; a first name right before a
 * lone surname is part of it.
 */
function surnamesOfTheDocument(kb: Kb, names: readonly Candidate[]): Candidate[] {
  const fullById = new Set<string>();
  const lastWords = new Map<string, Set<string | undefined>>();
  for (const n of names) {
    if (n.type !== 'PER' || n.kind !== 'name' || n.words.length < 2) continue;
    if (n.kbId) fullById.add(n.kbId);
    const last = bare(n.words[n.words.length - 1] as string);
    let ids = lastWords.get(last);
    if (!ids) lastWords.set(last, (ids = new Set()));
    ids.add(n.kbId);
  }
  return names.map((c) => {
    if (c.type !== 'PER' || c.kind !== 'name' || c.words.length !== 1 || !c.kbId || fullById.has(c.kbId)) return c;
    const e = kb.entries.get(c.kbId);
    if (!e || e.type !== 'PER' || formKey(e.name).split(' ').length < 2) return c;
    const others = lastWords.get(bare(c.words[0] as string));
    if (!others || [...others].every((id) => id === c.kbId)) return c;
    const { kbId: _drop, ...rest } = c;
    return { ...rest, source: 'document' as const };
  });
}

/**
 * The knowledge-base person who held a role in the year of `date`
 * (YYYY-MM-DD), by the entries' periods; the one whose period began last
 * when two meet in a year of succession.
 */
export function roleHolder(kb: Kb, role: string, date: string): KbEntry | undefined {
  const year = Number(date.slice(0, 4));
  if (!Number.isFinite(year)) return undefined;
  let best: KbEntry | undefined;
  let bestFrom = -Infinity;
  for (const e of kb.entries.values()) {
    if (e.type !== 'PER' || !e.period || !e.roles?.includes(role)) continue;
    for (const range of e.period.split(',')) {
      const m = /^\s*(\d{4})(?:-(\d{4})?)?\s*$/.exec(range);
      if (!m) continue;
      const from = Number(m[1]);
      const to = m[2] ? Number(m[2]) : range.includes('-') ? Infinity : from;
      if (year >= from && year <= to && from > bestFrom) [best, bestFrom] = [e, from];
    }
  }
  return best;
}

function kbLink(e: KbEntry): KbLink {
  const link: KbLink = { id: e.id };
  if (e.wikidata) link.wikidata = e.wikidata;
  if (e.sector) link.sector = e.sector;
  if (e.en) link.en = e.en;
  if (e.country) link.country = e.country;
  return link;
}

function toEntity(kb: Kb, g: Group, n: number): Entity {
  const type = groupType(kb, g);
  const seen = new Set<string>();
  const mentions: EntityMention[] = [];
  for (const c of [...g.cands].sort((a, b) => a.start - b.start)) {
    const k = `${c.start}:${c.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    mentions.push({ start: c.start, end: c.end, kind: c.kind });
  }
  const roles = [...new Set(g.cands.flatMap((c) => c.roles))];
  const e = g.kbId ? kb.entries.get(g.kbId) : undefined;
  let name: string;
  let key: string;
  if (e) {
    name = e.name;
    key = e.id;
  } else {
    const best = [...g.cands]
      .filter((c) => c.kind === 'name' || c.kind === 'description')
      .sort((a, b) => b.words.length - a.words.length || a.start - b.start)[0] ?? g.cands[0];
    name = best?.surface ?? '';
    key = g.key.startsWith('desc:') ? `${type.toLowerCase()}:${g.key}` : `${type.toLowerCase()}:${nameKey(best?.words ?? [])}`;
  }
  const entity: Entity = { id: `e${n + 1}`, type, name, mentions, key };
  if (e) entity.kb = kbLink(e);
  if (roles.length > 0) entity.roles = roles;
  return entity;
}
