import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsIn as run, typedTriggers as show, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'e2', type: 'ORG', name: 'جماعة الحوثي' },
    { id: 'e3', type: 'GPE', name: 'تركيا', forms: ['adj:تركية', 'adj:التركية'] },
    { id: 'e4', type: 'PER', name: 'زيد الأحمد' },
    { id: 'e5', type: 'GPE', name: 'كينيا' },
    { id: 'e6', type: 'ORG', name: 'الأمم المتحدة', forms: ['لامم المتحدة'] },
    { id: 'e7', type: 'ORG', name: 'حزب العمال الكردستاني' },
  ],
};

const at = (text: string, trigger: string) => {
  const events = run(text, spec);
  const ev = events.find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);
  assert.ok(ev, `${text} → ${show(text, events).join('; ')}`);
  return ev!;
};

test('news words of flight, casualties, ambush, raids, moves of forces and sentences', () => {
  const cases: [string, string, string][] = [
    ['ثم لاذ المسلحون بالفرار من المكان.', 'RETREAT', 'لاذ'],
    ['وأوقعت العبوة 30 قتيلا.', 'ASSAULT', 'وأوقعت'],
    ['ونصب المسلحون له مكمنا قرب المدينة.', 'ASSAULT', 'مكمنا'],
    ['ونفذت الشرطة عمليات دهم في المدينة.', 'COERCE', 'دهم'],
    ['وقالت المصادر إن الجيش الوطني تحرك نحو المدينة.', 'MOBILIZE', 'تحرك'],
    ['وقد صدر بحقهم حكم يتضمن السجن لمدة عشر سنوات.', 'COERCE', 'حكم'],
  ];
  for (const [text, type, trigger] of cases) assert.equal(at(text, trigger).type, type, text);
});

test('guarded senses of the new words stay out', () => {
  for (const text of [
    // Relief supplies that set out from a centre are no troop movement; a word that makes no casualties is no attack.
    'وهي إغاثات تحركت من مركز المدينة.',
    'وأوقع القرار الشركة في خسارة.',
  ]) {
    const events = run(text, spec).filter((e) => e.type === 'MOBILIZE' || e.type === 'ASSAULT');
    assert.deepEqual(show(text, events), [], text);
  }
});

test('a resumed act: the subject of استأنف is the actor of the noun it governs', () => {
  const text = 'استأنف حزب العمال الكردستاني أسلوب العمليات الانتحارية في تركيا.';
  assert.deepEqual(at(text, 'العمليات').actor, ['e7']);
});

test('a subject told by a count and a nisba, past a model name in quotes', () => {
  const text = 'شنت نحو 30 مقاتلة تركية من طراز "اف-16" اليوم الخميس سلسلة من الغارات على مواقع حزب العمال الكردستاني.';
  const ev = at(text, 'الغارات');
  assert.equal(ev.type, 'ASSAULT');
  assert.deepEqual(ev.actor, ['e3']);
});

test('an envoy named after the body he serves and his post', () => {
  const text = 'وندد الموفد الخاص للأمم المتحدة في كينيا زيد الأحمد أمس بهذه الجريمة.';
  const ev = at(text, 'وندد');
  assert.equal(ev.type, 'ACCUSE');
  assert.deepEqual(ev.actor, ['e4']);
});
