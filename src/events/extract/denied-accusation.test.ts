import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../extract.js';
import { assertEvent, buildLayers, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'تركيا' },
    { id: 'e2', type: 'PER', name: 'إبراهيم قالن', forms: ['قالن'] },
    { id: 'e3', type: 'ORG', name: 'بعثة الاتحاد الإفريقي' },
  ],
};

test('accusations a party denies are an ACCUSE event beside the denial', () => {
  const t = 'ونفى قالن الاتهامات التي تقول إن تركيا لم تقم بأية عمليات ضد التنظيم.';
  assertEvent(t, spec, 'REJECT', 'ونفى');
  assertEvent(t, spec, 'ACCUSE', 'الاتهامات');
  // The denier is not the accuser.
  const acc = extractEvents(buildLayers(t, spec)).find((e) => e.type === 'ACCUSE');
  assert.ok(acc && !acc.actor.includes('e2'), JSON.stringify(acc));
  assertEvent('نفت بعثة الاتحاد الإفريقي الاتهامات بقتل مدنيين.', spec, 'ACCUSE', 'الاتهامات');
});
