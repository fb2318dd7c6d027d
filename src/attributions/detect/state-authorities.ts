/**
 * The authorities of a state named by its nisba (السلطات السعودية، السلطات المصرية، السلطات
 * الأمنية التركية) speak for that state: the source is named and linked to it, as the gold has
 * every such case. Authorities left unplaced (السلطات، السلطات المحلية، السلطات في القرية) stay
 * an unnamed source.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import { norm, span } from './lookups.js';
import type { Source } from './types.js';

const AUTHORITIES = new Set(['سلطات', 'السلطات'].map((w) => normaliseString(w)));

/** The state's entity: its nisba right after the authorities or after one definite adjective of theirs. */
function stateNisba(cx: Detection, a: number, b: number): string | undefined {
  // The entity layer may take the whole phrase for the state's government (الحكومة السعودية).
  const whole = cx.mentionOf[a];
  if (whole && whole.first === a && whole.last > a + 1 && whole.last <= b && (whole.type === 'ORG' || whole.type === 'GPE')
    && /^ال.+(يه|يين)$/.test(norm(cx, whole.last - 1))) return whole.entity;
  for (let k = a + 1; k < Math.min(b, a + 3); k++) {
    const m = cx.mentionOf[k];
    if (m && m.first === k && m.type === 'GPE' && /^ال.+(يه|يين)$/.test(norm(cx, k))) return m.entity;
    // السلطات الأمنية المصرية: one adjective of the authorities may come first.
    if (m || !/^ال.+يه$/.test(norm(cx, k))) return undefined;
  }
  return undefined;
}

/** The source of [a, b) when it is a state's authorities named by its nisba; undefined otherwise. */
export function stateAuthoritiesSource(cx: Detection, a: number, b: number): Source | undefined {
  const w = norm(cx, a);
  if (!AUTHORITIES.has(w) && !AUTHORITIES.has(w.replace(/^[وف]/, ''))) return undefined;
  const state = stateNisba(cx, a, b);
  return state === undefined ? undefined : { kind: 'named', entity: state, ...span(cx, a, b) };
}
