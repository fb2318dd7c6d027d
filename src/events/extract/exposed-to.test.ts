import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'hc', type: 'PER', name: 'هيلاري كلينتون' },
    { id: 'ta', type: 'ORG', name: 'الجيش التركي' },
    { id: 'hou', type: 'ORG', name: 'الحوثيين', forms: ['الحوثيون'] },
    { id: 'co', type: 'ORG', name: 'التحالف العربي', forms: ['التحالف'] },
    { id: 'pkk', type: 'ORG', name: 'حزب العمال الكردستاني' },
  ],
};

const args = (text: string, type: string, trigger: string) => partiesOf(text, spec, type, trigger);

test('the subject of تعرض is the one who receives the act of the ل-noun', () => {
  // BBC Arabic, Anadolu, Al Jazeera styles.
  assert.deepEqual(args('وتعرضت المرشحة الديمقراطية هيلاري كلينتون لانتقادات حادة بسبب بريدها الإلكتروني.', 'ACCUSE', 'لانتقادات').recipient, ['hc']);
  assert.deepEqual(args('وتعرض الجيش التركي لهجوم بقذائف الهاون قرب الحدود مع العراق.', 'ASSAULT', 'لهجوم').recipient, ['ta']);
  assert.deepEqual(args('ويتعرض الحوثيون منذ أسابيع لضربات جوية مكثفة.', 'ASSAULT', 'لضربات').recipient, ['hou']);
});

test('the doer of a received act is named after من', () => {
  assert.deepEqual(args('وتعرض الجيش التركي لهجوم من حزب العمال الكردستاني في ولاية هكاري.', 'ASSAULT', 'لهجوم'), { actor: ['pkk'], recipient: ['ta'] });
});

test('a doer named in a relative clause of the received noun stays the doer', () => {
  // Reuters Arabic style.
  const r = args('وتعرضت قرى في شمال البلاد لهجمات شنها حزب العمال الكردستاني خلال الأسبوع.', 'ASSAULT', 'لهجمات');
  assert.deepEqual(r, { actor: ['pkk'], recipient: [] });
});
