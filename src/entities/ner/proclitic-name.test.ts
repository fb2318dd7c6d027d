import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';

/** The persons of the analysis as `name: surface | surface`. */
function persons(text: string): string[] {
  return analyse({ text }).entities.filter((e) => e.type === 'PER').map((e) => `${e.name}: ${e.mentions.map((m) => text.slice(m.start, m.end)).join(' | ')}`);
}

test('a name that is a word as written keeps its ب when what remains is no name', () => {
  const a = persons('وقال بادي في تصريح صحفي إن الوزراء عادوا إلى عدن.');
  assert.deepEqual(a, ['بادي: بادي']);
  const b = persons('وأوضح راجح بادي، المتحدث باسم الحكومة، أن الوزراء عادوا. وقال بادي إن الحكومة ستعمل من عدن.');
  assert.ok(b.includes('راجح بادي: راجح بادي | بادي'), b.join(' / '));
});

test('a preposition before a known name is still cut off', () => {
  assert.deepEqual(persons('والتقى الوزير بأوباما في البيت الأبيض.').map((x) => x.split(': ')[1]), ['أوباما']);
});
