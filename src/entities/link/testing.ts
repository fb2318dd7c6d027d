/**
 * Test helpers: tokens of a text and hand-made tagger mentions located by
 * their surface, so the linker can be tested without the trained tagger.
 */
import type { Entity, EntityType, Mention, Token } from '../../core/types.js';
import { segmentText } from '../../text/segment/segment-text.js';
import { loadKb } from '../kb/load.js';
import { linkEntities, type LinkOptions } from './build.js';

/** [surface, type, occurrence (0-based, default 0)] */
export type MentionSpec = [string, EntityType, number?];

export function tokensOf(text: string): Token[] {
  return segmentText(text).tokens;
}

export function mentionsFor(text: string, tokens: readonly Token[], specs: readonly MentionSpec[]): Mention[] {
  return specs.map(([surface, type, nth = 0]) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) {
      at = text.indexOf(surface, at + 1);
      if (at < 0) throw new Error(`"${surface}" (occurrence ${nth}) not in text`);
    }
    const end = at + surface.length;
    const tokenStart = tokens.findIndex((t) => t.end > at);
    let tokenEnd = tokenStart;
    while (tokenEnd < tokens.length && (tokens[tokenEnd] as Token).start < end) tokenEnd++;
    return { start: at, end, type, tokenStart, tokenEnd };
  });
}

export function analyse(text: string, specs: readonly MentionSpec[] = [], options: LinkOptions = {}): Entity[] {
  const tokens = tokensOf(text);
  return linkEntities(loadKb(), text, tokens, mentionsFor(text, tokens, specs), options);
}

/** The entity with this KB id or canonical name. */
export function find(entities: readonly Entity[], idOrName: string): Entity | undefined {
  return entities.find((e) => e.kb?.id === idOrName || e.name === idOrName);
}

/** The mention surfaces of an entity, as written. */
export function surfaces(text: string, e: Entity | undefined): string[] {
  return (e?.mentions ?? []).map((m) => text.slice(m.start, m.end));
}
