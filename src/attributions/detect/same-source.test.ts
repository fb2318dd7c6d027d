import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** هذا المصدر، المصدر نفسه، ذات المصادر: the source quoted before, of its kind (same-source.ts). */
const sourceAt = (t: string, cue: string, forms: { name: string; type: 'ORG' | 'PER' }[] = []): { source: string; kind: string; entity?: string } | undefined => {
  const ents = entitiesBySurface(t, forms.map((f, k) => ({ id: `e${k}`, type: f.type, name: f.name, forms: [f.name] })));
  const a = attributionsOf(t, ents).find((x) => spanText(t, x.cue) === cue);
  return a ? { source: spanText(t, a.source), kind: a.source.kind, ...(a.source.entity ? { entity: a.source.entity } : {}) } : undefined;
};

test('وقال هذا المصدر after an unnamed military source is that source, anonymous', () => {
  const t = 'أعلن مصدر عسكري سوري أن الجيش استعاد السيطرة على البلدة. وقال هذا المصدر إن العملية مستمرة.';
  assert.deepEqual(sourceAt(t, 'وقال'), { source: 'هذا المصدر', kind: 'anonymous' });
});

test('وأكدت ذات المصادر after local sources is anonymous too', () => {
  const t = 'وذكرت مصادر محلية أن الاشتباكات تجددت في المدينة. وأكدت ذات المصادر أن المدنيين بدأوا النزوح.';
  assert.deepEqual(sourceAt(t, 'وأكدت'), { source: 'ذات المصادر', kind: 'anonymous' });
});

test('حسب المصدر نفسه after a ministry is the ministry, named', () => {
  const t = 'وأعلنت وزارة الداخلية أن دورية تعرضت لهجوم. وكان انفجار آخر قد وقع أمس حسب المصدر نفسه.';
  assert.deepEqual(sourceAt(t, 'حسب', [{ name: 'وزارة الداخلية', type: 'ORG' }]), { source: 'المصدر نفسه', kind: 'named', entity: 'e0' });
});

test('وأكد المصدر ذاته على …: the emphatic word is the subject\'s, the content is the على phrase', () => {
  const t = 'وقال مصدر مسؤول في الشركة إن الأسعار لن ترتفع. وأكد المصدر ذاته على أهمية الالتزام بالعقود.';
  assert.deepEqual(sourceAt(t, 'وأكد'), { source: 'المصدر ذاته', kind: 'anonymous' });
});
