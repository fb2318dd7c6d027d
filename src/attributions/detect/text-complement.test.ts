import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** الاتفاق مع X، الذي ينص على …: the text before the complement stipulates (text-subject.ts). */

const viewOf = (t: string, cue: string) => {
  const entities = entitiesBySurface(t, [{ id: 'q1', type: 'LOC', name: 'قبرص', forms: ['قبرص'] }]);
  return attributionsOf(t, entities).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source) })).find((a) => a.cue === cue);
};

test('الاتفاق الجديد مع قبرص، الذي ينص على …: the agreement, through its complement', () => {
  const t = 'وتحدث الوزير عن الاتفاق الجديد مع قبرص، الذي ينص على فتح الحدود أمام التجارة.';
  assert.equal(viewOf(t, 'ينص')?.source, 'الاتفاق الجديد مع قبرص');
});

test('الزيارة مع قبرص التي تنص على …: no text before the complement, no report', () => {
  const t = 'وتحدث الوزير عن الزيارة مع قبرص التي تنص على فتح الحدود.';
  assert.equal(viewOf(t, 'تنص'), undefined);
});
