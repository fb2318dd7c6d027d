import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './extract.js';
import { buildLayers } from './testing.js';

test('backing an armed party the entity layer names is aid, as when it does not', () => {
  const text = 'وأعلن الحزب استعداده لدعم المقاومة في المدينة.';
  for (const entities of [[], [{ id: 'e1', type: 'ORG' as const, name: 'المقاومة' }]]) {
    const events = extractEvents(buildLayers(text, { entities }));
    assert.deepEqual(events.filter((e) => text.slice(e.trigger.start, e.trigger.end) === 'لدعم').map((e) => e.type), ['AID']);
  }
});
