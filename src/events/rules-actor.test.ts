import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'إيران' },
    { id: 'e2', type: 'ORG', name: 'أحرار الشام', forms: ['حركة أحرار الشام'] },
    { id: 'e3', type: 'ORG', name: 'حركة الشباب' },
    { id: 'e4', type: 'GPE', name: 'جنوب إفريقيا' },
    { id: 'e5', type: 'GPE', name: 'ماريوبول' },
    { id: 'e6', type: 'ORG', name: 'الجيش الأوكراني' },
  ],
};

/** The actor ids of the one event of a type on a trigger word. */
function actorOf(text: string, type: string, trigger: string): string[] {
  const events = eventsIn(text, spec);
  const e = events.find((x) => x.type === type && text.slice(x.trigger.start, x.trigger.end) === trigger);
  assert.ok(e, `${text} → ${show(text, events)}`);
  return e.actor;
}

test('the antecedent of a relative clause past a nisba adjective or a closing quote is the subject (إيران الرسمية التي وقعت، لحركة «أحرار الشام» التي تقاتل)', () => {
  assert.deepEqual(actorOf('أولهما إيران الرسمية التي وقعت الاتفاق النووي، والأخرى إيران المرشد.', 'AGREE', 'وقعت'), ['e1']);
  assert.deepEqual(actorOf('فوض المجلس المحلي، الجناح السياسي لحركة «أحرار الشام» التي تقاتل في المدينة، للتفاوض.', 'ASSAULT', 'تقاتل'), ['e2']);
  // Guard: a place named after its kind and an adjective is no subject (مدينة ماريوبول الساحلية التي تسيطر عليها القوات).
  const text = 'هاجم الانفصاليون بلدة شمالي مدينة ماريوبول الساحلية التي تسيطر عليها القوات الحكومية.';
  const events = eventsIn(text, spec);
  assert.ok(!events.some((e) => e.type === 'COERCE' && e.actor.includes('e5')), `${text} → ${show(text, events)}`);
  // Guard: a state in a company's name is not the antecedent (شركة إيران الوطنية التي وقعت).
  const text2 = 'وأعلنت شركة إيران الوطنية التي وقعت العقد أمس عن أرباحها.';
  const events2 = eventsIn(text2, spec);
  assert.ok(!events2.some((e) => e.type === 'AGREE' && e.actor.includes('e1')), `${text2} → ${show(text2, events2)}`);
});

test('a definite event noun after «مجموعة من» is qualified by a clause without a relative pronoun (مجموعة من الهجمات نفذتها حركة الشباب)', () => {
  assert.deepEqual(actorOf('شهدت كينيا مجموعة من الهجمات نفذتها حركة الشباب الصومالية.', 'ASSAULT', 'الهجمات'), ['e3']);
  assert.deepEqual(actorOf('شهدت المدينة سلسلة من التفجيرات نفذتها حركة الشباب.', 'ASSAULT', 'التفجيرات'), ['e3']);
  // Guard: a definite noun with no quantity before it keeps its reading.
  const text = 'وأدانت إيران الهجمات نفذتها حركة الشباب.';
  const events = eventsIn(text, spec);
  assert.ok(!events.some((e) => text.slice(e.trigger.start, e.trigger.end) === 'الهجمات' && e.actor.includes('e3')), `${text} → ${show(text, events)}`);
});

test('a verb of intent lends its subject to the act it governs (جنوب إفريقيا تعتزم إعادة التفاوض، تنوي إيران توقيع)', () => {
  assert.deepEqual(actorOf('أن جنوب إفريقيا تعتزم إعادة التفاوض على شروط انضمامها.', 'CONSULT', 'التفاوض'), ['e4']);
  assert.deepEqual(actorOf('وتنوي إيران توقيع الاتفاق الشهر المقبل.', 'AGREE', 'توقيع'), ['e1']);
  // Guard: the intent of one party does not reach past a boundary to another act.
  const text = 'وتعتزم إيران السفر. وجرى التفاوض أمس.';
  const events = eventsIn(text, spec);
  assert.ok(!events.some((e) => e.actor.includes('e1') && text.slice(e.trigger.start, e.trigger.end) === 'التفاوض'), `${text} → ${show(text, events)}`);
});
