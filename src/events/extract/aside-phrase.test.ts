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
    { id: 'p1', type: 'PER', name: 'رجب طيب أردوغان' },
    { id: 'p2', type: 'PER', name: 'حيدر العبادي' },
    { id: 'p3', type: 'PER', name: 'عادل الجبير' },
    { id: 'p4', type: 'PER', name: 'فيليب هاموند' },
    { id: 'g1', type: 'GPE', name: 'أنقرة' },
    { id: 'g2', type: 'GPE', name: 'الرياض' },
  ],
};

test('an aside of time and place between the subject and the object does not hide the one met', () => {
  const t1 = 'والتقى الرئيس التركي رجب طيب أردوغان، أمس في أنقرة، رئيس الوزراء العراقي حيدر العبادي.';
  assert.deepEqual(roles(at(t1, run(t1, spec), 'والتقى')), [['p1'], ['p2']]);
  const t2 = 'والتقى وزير الخارجية عادل الجبير، في الرياض مساء أمس، نظيره البريطاني فيليب هاموند.';
  assert.deepEqual(roles(at(t2, run(t2, spec), 'والتقى')), [['p3'], ['p4']]);
  const t3 = 'واستقبل الرئيس رجب طيب أردوغان، في مكتبه بالقصر الرئاسي في أنقرة (الثلاثاء)، رئيس الوزراء حيدر العبادي.';
  assert.deepEqual(roles(at(t3, run(t3, spec), 'واستقبل')), [['p1'], ['p2']]);
});

test('a comma clause that is no aside of time or place still ends the clause', () => {
  // What follows the second comma is a new clause, not a party.
  const t = 'والتقى رجب طيب أردوغان، في أنقرة، التي تشهد توترا، وقال إن حيدر العبادي سيزور المدينة.';
  assert.deepEqual(roles(at(t, run(t, spec), 'والتقى')), [['p1'], []]);
});
