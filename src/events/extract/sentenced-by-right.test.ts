import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../../core/types.js';
import { extractEvents } from '../extract.js';
import { buildLayers, type LayerSpec } from '../testing.js';

const run = (text: string, spec: LayerSpec) => extractEvents(buildLayers(text, spec));
const at = (text: string, events: IsnadEvent[], trigger: string) => events.find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);
const roles = (e: IsnadEvent | undefined) => [e?.actor, e?.recipient];

const spec: LayerSpec = {
  entities: [
    { id: 'p1', type: 'PER', name: 'جيسون رضائيان' },
    { id: 'p2', type: 'PER', name: 'عبد الله الشامي' },
    { id: 'o1', type: 'ORG', name: 'حزب الإصلاح' },
    { id: 'g1', type: 'GPE', name: 'إيران', forms: ['adj:الإيراني'] },
  ],
};

test('the party named after بحق is the one a sentence falls on, never its doer', () => {
  const t1 = 'وأصدرت محكمة في طهران حكما بالإعدام بحق الصحفي جيسون رضائيان.';
  assert.deepEqual(roles(at(t1, run(t1, spec), 'حكما'))[1], ['p1']);
  const t2 = 'وكانت محكمة عسكرية قد أصدرت أحكاما بالإعدام بحق عدد من قيادات حزب الإصلاح.';
  const e2 = at(t2, run(t2, spec), 'أحكاما');
  assert.deepEqual(e2?.recipient, ['o1']);
  assert.ok(!e2?.actor.includes('o1'));
});

test('«صدر بحقه حكم» falls on the person named before in the sentence', () => {
  const t = 'ويقبع عبد الله الشامي في السجن منذ أن صدر بحقه حكم بالسجن ثلاث سنوات.';
  assert.deepEqual(at(t, run(t, spec), 'حكم')?.recipient, ['p2']);
  // No named person before: the pronoun is left alone.
  const t2 = 'وقد صدر بحقهم حكم يتضمن السجن عشر سنوات.';
  assert.deepEqual(at(t2, run(t2, spec), 'حكم')?.recipient ?? [], []);
});
