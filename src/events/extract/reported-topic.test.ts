import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from '../extract.js';
import { buildLayers, describeEvents as show, eventOn, eventsIn, type LayerSpec } from '../testing.js';

const spec = (cue: string, source: string, content: string): LayerSpec => ({
  entities: [
    { id: 'e1', type: 'PER', name: 'يوهان بيرغ' },
    { id: 'e2', type: 'ORG', name: 'جبهة الجبال الحرة' },
    { id: 'e3', type: 'GPE', name: 'أوسلو' },
  ],
  attributions: [{ id: 'a1', cue, source, sourceEntity: source === 'يوهان بيرغ' ? 'e1' : 'e2', content }],
});

test('an event noun heading what a speaker reports after إن is not the speaker\'s act', () => {
  const t = 'وقال الوزير يوهان بيرغ إن المفاوضات ستستأنف الأسبوع المقبل في أوسلو.';
  const events = eventsIn(t, spec('وقال', 'يوهان بيرغ', 'المفاوضات'));
  const e = eventOn(events, t, 'CONSULT', 'المفاوضات');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, [], show(t, events));
});

test('a noun the reporting verb governs is still the reporter\'s act', () => {
  const t = 'ونفى الوزير يوهان بيرغ التوقيع على أي اتفاق جديد.';
  const events = eventsIn(t, spec('ونفى', 'يوهان بيرغ', 'التوقيع'));
  const e = eventOn(events, t, 'AGREE', 'التوقيع');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e1'], show(t, events));
});

test('an armed group that reports an attack after أن claims it', () => {
  const t = 'وأكدت جبهة الجبال الحرة أن الهجوم الذي استهدف الثكنة جاء ردا على القصف.';
  const layers = buildLayers(t, spec('وأكدت', 'جبهة الجبال الحرة', 'الهجوم'));
  const group = layers.entities.find((x) => x.id === 'e2')!;
  group.kb = { id: 'org:test-group', sector: 'REB' };
  const events = extractEvents(layers);
  const e = eventOn(events, t, 'ASSAULT', 'الهجوم');
  assert.ok(e, show(t, events));
  assert.deepEqual(e.actor, ['e2'], show(t, events));
});
