import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';

/** The entities of the analysis as `TYPE:name[:kb id]`. */
function entities(text: string): string[] {
  return analyse({ text }).entities.map((e) => `${e.type}:${e.name}${e.kb ? ':' + e.kb.id : ''}`);
}

test('an Arab nisba after a bare given name is the family name, not the state', () => {
  const a = entities('وقال طلال الاردني إن الهجوم استهدف مواقع مدنية.');
  assert.ok(a.includes('PER:طلال الاردني'), a.join(' '));
  assert.ok(!a.some((x) => x.endsWith(':gpe:JO')), a.join(' '));
  const b = entities('واتهم أحمد السوري القوات الحكومية بقصف الأحياء السكنية.');
  assert.ok(b.includes('PER:أحمد السوري'), b.join(' '));
  assert.ok(!b.some((x) => x.endsWith(':gpe:SY')), b.join(' '));
  const c = entities('وهاجم محمد المصري الحكومة في مؤتمر صحفي.');
  assert.ok(c.includes('PER:محمد المصري'), c.join(' '));
});

test('a given name between a title and an Arab nisba is a person with that family name', () => {
  const a = entities('وأعلن القيادي خالد العراقي مسؤولية التنظيم عن التفجير.');
  assert.ok(a.includes('PER:خالد العراقي'), a.join(' '));
  assert.ok(!a.some((x) => x.endsWith(':gpe:IQ')), a.join(' '));
});

test('a nisba after a common noun, a ruler or a foreign given name stays the state', () => {
  assert.ok(entities('وقال وزير الخارجية المصري إن بلاده ترفض التدخل.').includes('GPE:مصر:gpe:EG'));
  assert.ok(entities('وقصف الجيش الأردني مواقع للتنظيم.').includes('GPE:الأردن:gpe:JO'));
  assert.ok(entities('وقال الملك عبدالله الأردني إن المنطقة تمر بمرحلة صعبة.').includes('GPE:الأردن:gpe:JO'));
  assert.ok(entities('وسجل نيمار البرازيلي هدفين في المباراة.').includes('GPE:البرازيل:gpe:BR'));
  assert.ok(entities('وتفوق اللاعب على المصري في المباراة النهائية.').includes('GPE:مصر:gpe:EG'));
});
