import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEvents, eventOn, eventsIn, type LayerSpec } from './testing.js';

const entities: LayerSpec['entities'] = [
  { id: 'e1', type: 'ORG', name: 'وكالة أنباء الشرق' },
  { id: 'e2', type: 'ORG', name: 'وزارة الداخلية', forms: ['الوزارة'] },
  { id: 'e3', type: 'GPE', name: 'حلب' },
  { id: 'e4', type: 'ORG', name: 'هيئة الإذاعة الرسمية', forms: ['التلفزيون'] },
];

test('a news outlet that reports an act is not its doer when the act\'s subject is no known party', () => {
  for (const [text, content, type, trigger] of [
    ['وذكرت وكالة أنباء الشرق أن "عناصر مكافحة الإرهاب، بالتعاون مع عناصر الدرك، داهمت عدة أماكن في حلب".', 'عناصر', 'COERCE', 'داهمت'],
    ['وأوضحت وكالة أنباء الشرق أن اللقاء ناقش التطورات في حلب.', 'اللقاء', 'CONSULT', 'اللقاء'],
  ] as const) {
    const spec: LayerSpec = { entities, attributions: [{ id: 'a1', cue: text.split(' ')[0]!, sourceEntity: 'e1', content }] };
    const events = eventsIn(text, spec);
    const e = eventOn(events, text, type, trigger);
    assert.ok(e, describeEvents(text, events));
    assert.ok(!e.actor.includes('e1'), describeEvents(text, events));
  }
});

test('a source written with an outlet\'s noun (وقال التلفزيون، ذكرت وكالة …) is an outlet too', () => {
  for (const [text, source, id, content, type, trigger] of [
    ['وقال التلفزيون إن "عناصر مسلحة، بالتعاون مع عناصر أخرى، فجرت عبوة ناسفة في حلب".', 'التلفزيون', 'e4', 'عناصر', 'ASSAULT', 'فجرت'],
    ['وأوضحت وكالة أنباء الشرق أن اللقاء ناقش التطورات في حلب.', 'وكالة أنباء الشرق', 'e1', 'اللقاء', 'CONSULT', 'اللقاء'],
  ] as const) {
    const spec: LayerSpec = { entities, attributions: [{ id: 'a1', cue: text.split(' ')[0]!, source, sourceEntity: id, content }] };
    const events = eventsIn(text, spec);
    const e = eventOn(events, text, type, trigger);
    assert.ok(e, describeEvents(text, events));
    assert.ok(!e.actor.includes(id), describeEvents(text, events));
  }
});

test('a named source that reports an act with no subject of its own is still its doer', () => {
  const text = 'وذكرت وزارة الداخلية أنها داهمت منازل في حلب فجر اليوم.';
  const spec: LayerSpec = { entities, attributions: [{ id: 'a1', cue: 'وذكرت', source: 'وزارة الداخلية', sourceEntity: 'e2', content: 'أنها' }] };
  const events = eventsIn(text, spec);
  const raid = eventOn(events, text, 'COERCE', 'داهمت');
  assert.deepEqual(raid?.actor, ['e2'], describeEvents(text, events));
});
