/**
 * From mention candidates to entities: one entity per real-world referent of
 * the document, with a canonical name, its mentions (name, adjective,
 * capital, description), roles, a knowledge-base link when there is one and
 * a stable key for merging across documents.
 */
import type { Entity, EntityMention, EntityType, KbLink, Mention, Token } from '../../core/types.js';
import { bare, formKey, type Kb } from '../kb/load.js';
import {
  adjectiveCandidates, documentScope, kbNameCandidates, linkCandidate, quotedOutletCandidates, resolveOverlaps,
  spokespersonCandidates, taggerCandidates, titlesBefore, type Candidate, type CandidateOptions,
} from './candidates.js';
import { descriptionClass, resolveDescription } from './describe.js';
import { cutOffset, isWordLike, procliticVariants } from './words.js';

export type LinkOptions = CandidateOptions;

interface Group {
  key: string;
  kbId?: string;
  cands: Candidate[];
  /** Words of the longest name form: knowledge-base forms for linked groups. */
  fullNames: string[][];
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

function nameForms(kb: Kb, g: Group): string[][] {
  const forms = g.cands.filter((c) => c.kind === 'name').map((c) => c.words);
  if (g.kbId) {
    const e = kb.entries.get(g.kbId);
    if (e) for (const f of [e.name, ...(e.aliases ?? [])]) forms.push(formKey(f).split(' '));
  }
  return forms;
}

function endsWith(fullWords: string[], partWords: string[]): boolean {
  const full = nameKey(fullWords).split(' ');
  const part = nameKey(partWords).split(' ');
  if (part.length >= full.length) return false;
  const tail = full.slice(full.length - part.length);
  return tail.every((w, i) => w === part[i] || bare(w) === bare(part[i] as string));
}

function groupType(kb: Kb, g: Group): EntityType {
  if (g.kbId) {
    const e = kb.entries.get(g.kbId);
    if (e) return e.type;
  }
  const counts = new Map<EntityType, number>();
  for (const c of g.cands) if (c.kind !== 'description') counts.set(c.type, (counts.get(c.type) ?? 0) + (c.kind === 'name' ? 2 : 1));
  if (g.cands.every((c) => c.kind === 'description')) return g.cands[0]?.type ?? 'MISC';
  let best: EntityType = 'MISC';
  let n = -1;
  for (const [t, k] of counts) if (k > n || (k === n && t === 'PER')) [best, n] = [t, k];
  return best;
}

/**
 * An unlinked phrase of common words (الحكومة الانتقالية، القوات الحكومية):
 * a description, not a name. A state adjective keeps it (الحكومة الليبية).
 */
function isGenericPhrase(kb: Kb, c: Candidate): boolean {
  if (c.kbId || c.words.length < 2 || c.words.length > 3) return false;
  if (!c.words.every((w) => w.startsWith('ال'))) return false;
  if (!kb.genericHeads.has(bare(c.words[0] as string))) return false;
  return !c.words.slice(1).some((w) => kb.names.get(w)?.some((r) => r.kind === 'adjective'));
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
  const tagged = taggerCandidates(kb, text, tokens, mentions).map((c) => linkCandidate(kb, tokens, c, scope));
  const taggedNames = tagged.filter((c) => c.kind === 'name' && !(c.type === 'ORG' && isGenericPhrase(kb, c)));
  const quotedOutlets = quotedOutletCandidates(kb, text, tokens);
  const names = resolveOverlaps([...fromKb, ...taggedNames, ...quotedOutlets]);

  // titles before people become roles
  for (const c of names) {
    if (c.type !== 'PER') continue;
    const { roles } = titlesBefore(kb, tokens, c.t0, text);
    for (const r of roles) if (!c.roles.includes(r)) c.roles.push(r);
  }

  // nisba adjectives, except inside a person's name or inside the name of their own state
  const adjectives: Candidate[] = [];
  const seenAdj = new Set<number>();
  for (const a of [...adjectiveCandidates(kb, text, tokens), ...tagged.filter((c) => c.kind === 'adjective')]) {
    if (seenAdj.has(a.start)) continue;
    const inside = names.find((n) => a.t0 >= n.t0 && a.t1 <= n.t1);
    if (inside && (inside.type === 'PER' || inside.kbId === a.kbId)) continue;
    if (names.some((n) => n.t0 < a.t1 && a.t0 < n.t1 && !(a.t0 >= n.t0 && a.t1 <= n.t1))) continue;
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
  for (const c of [...names, ...adjectives]) addTo(groupKey(c), c);
  for (const c of spokes) {
    const target = names.find((n) => n.words.join(' ') === (c.of ?? []).join(' ') && n.t0 >= c.t0 && n.t1 <= c.t1);
    const of = target ? groupKey(target) : (c.of ?? []).join(' ');
    addTo(`desc:${c.roles[0] ?? ''}:${of}`, c);
  }

  // a short name joins the one longer name of a person that ends with it (حفتر → خليفة حفتر)
  const persons = () => [...groups.values()].filter((g) => groupType(kb, g) === 'PER' && !g.key.startsWith('desc:'));
  for (const g of [...groups.values()]) {
    if (g.kbId || g.key.startsWith('desc:')) continue;
    const forms = g.cands.filter((c) => c.kind === 'name').map((c) => c.words);
    const short = forms[0];
    if (!short || short.length > 2) continue;
    const type = groupType(kb, g);
    if (type !== 'PER' && short.length > 1) continue;
    const targets = persons().filter((h) => h !== g && nameForms(kb, h).some((f) => endsWith(f, short)));
    if (targets.length !== 1) continue;
    const h = targets[0] as Group;
    h.cands.push(...g.cands.map((c) => ({ ...c, type: 'PER' as EntityType })));
    groups.delete(g.key);
  }

  // an organisation named again with a trailing nisba (حكومة التوافق الليبية)
  for (const g of [...groups.values()]) {
    if (g.kbId || g.key.startsWith('desc:')) continue;
    const w = g.cands.find((c) => c.kind === 'name')?.words;
    if (!w || w.length < 3) continue;
    let cut = w.length;
    while (cut > 2 && kb.names.get(w[cut - 1] as string)?.some((r) => r.kind === 'adjective')) cut--;
    if (cut === w.length) continue;
    const stem = w.slice(0, cut).join(' ');
    const h = [...groups.values()].find((x) => x !== g && nameForms(kb, x).some((f) => f.join(' ') === stem));
    if (!h) continue;
    h.cands.push(...g.cands);
    groups.delete(g.key);
  }

  // the last name of a person, found alone elsewhere in the document
  const covered = new Set<number>();
  for (const c of [...names, ...spokes]) for (let k = c.t0; k < c.t1; k++) covered.add(k);
  const surnames = new Map<string, Group | null>();
  for (const g of persons()) {
    for (const f of g.cands.filter((c) => c.kind === 'name' && c.words.length > 1).map((c) => c.words)) {
      const last = f[f.length - 1] as string;
      if (last.length < 3 || kb.surnameStop.has(last) || kb.names.has(last)) continue;
      const prev = surnames.get(last);
      surnames.set(last, prev === undefined || prev === g ? g : null);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered.has(i) || !isWordLike(t)) continue;
    for (const v of procliticVariants(t.norm)) {
      const g = surnames.get(v.form);
      if (!g) continue;
      const start = cutOffset(t, text, v.cut);
      g.cands.push({
        start, end: t.end, t0: i, t1: i + 1, type: 'PER', kind: 'name', words: [v.form],
        surface: text.slice(start, t.end), roles: [], source: 'document',
      });
      covered.add(i);
      break;
    }
  }

  // entities in order of first mention
  const ordered = [...groups.values()]
    .map((g) => ({ g, first: Math.min(...g.cands.map((c) => c.start)) }))
    .sort((a, b) => a.first - b.first);
  const entities: Entity[] = ordered.map(({ g }, n) => toEntity(kb, g, n));

  // definite descriptions (الصحيفة، المتحدث، الوزير) point back to the latest fitting entity
  const starts = new Set(names.map((c) => c.t0));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered.has(i) || !isWordLike(t) || !descriptionClass(t.norm)) continue;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (starts.has(i + 1) || next.norm === 'باسم' || /^(ال)?رسمي$/.test(next.norm))) continue;
    const target = resolveDescription(entities, tokens, t.start, t.norm, kb);
    if (!target) continue;
    const v = procliticVariants(t.norm).find((x) => /^[وف]?$/.test(x.prefix) && descriptionClass(x.form));
    target.mentions.push({ start: cutOffset(t, text, v?.cut ?? 0), end: t.end, kind: 'description' });
    target.mentions.sort((a, b) => a.start - b.start);
  }
  return entities;
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
  if (e) {
    const link: KbLink = { id: e.id };
    if (e.wikidata) link.wikidata = e.wikidata;
    if (e.sector) link.sector = e.sector;
    if (e.en) link.en = e.en;
    if (e.country) link.country = e.country;
    entity.kb = link;
  }
  if (roles.length > 0) entity.roles = roles;
  return entity;
}
