/**
 * Definite descriptions that point back to an entity named earlier:
 * الصحيفة → the latest newspaper, المتحدث / الناطق → the latest
 * spokesperson, الوزير → the latest minister.
 */
import type { Entity, Token } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { loadKb, type Kb } from '../kb/load.js';

export type DescriptionClass = 'newspaper' | 'agency' | 'channel' | 'site' | 'magazine' | 'spokesperson' | 'minister';

const WORDS: Record<string, DescriptionClass> = {
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

const ROLE_OF: Record<DescriptionClass, RegExp> = {
  newspaper: /^(صحيفة|جريدة)$/,
  agency: /^وكالة$/,
  channel: /^(قناة|شبكة)$/,
  site: /^موقع$/,
  magazine: /^مجلة$/,
  spokesperson: /^(ال)?(متحدث|ناطق)/,
  minister: /^(ال)?وزير/,
};

/** Each description word as written alone or after و/ف (one word, normalised) → its class. */
const FORMS = new Map<string, DescriptionClass>();
for (const [w, cls] of Object.entries(WORDS)) {
  FORMS.set(w, cls);
  FORMS.set('و' + w, cls);
  FORMS.set('ف' + w, cls);
}

/** The class of a description word (with or without و/ف), or undefined. */
export function descriptionClass(word: string): DescriptionClass | undefined {
  return FORMS.get(normaliseString(word).trim());
}

/** descriptionClass for a word already normalised (a token's norm). */
export function descriptionClassOfNorm(norm: string): DescriptionClass | undefined {
  return FORMS.get(norm);
}

function fits(entity: Entity, cls: DescriptionClass, kb: Kb | undefined): boolean {
  const re = ROLE_OF[cls];
  const roles = [...(entity.roles ?? [])];
  if (entity.kb && kb) roles.push(...(kb.entries.get(entity.kb.id)?.roles ?? []));
  if (cls === 'spokesperson' || cls === 'minister') {
    if (entity.type !== 'PER') return false;
  } else if (entity.type !== 'ORG') return false;
  return roles.some((r) => re.test(r));
}

/**
 * The entity a definite description at `offset` refers to: the one of the
 * right class mentioned last before it. `word` is the description as
 * written (الصحيفة، والمتحدث); when omitted it is read from the token at
 * `offset`.
 */
export function resolveDescription(
  entities: readonly Entity[],
  tokens: readonly Token[],
  offset: number,
  word?: string,
  kb: Kb | undefined = loadKb(),
): Entity | undefined {
  const w = word ?? tokens.find((t) => t.start <= offset && offset < t.end)?.norm;
  if (w === undefined) return undefined;
  const cls = descriptionClass(w);
  if (!cls) return undefined;
  return resolveDescriptionClass(entities, offset, cls, kb);
}

/** resolveDescription for a description whose class is known. */
export function resolveDescriptionClass(
  entities: readonly Entity[],
  offset: number,
  cls: DescriptionClass,
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
