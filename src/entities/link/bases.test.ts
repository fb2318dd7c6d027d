import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';

// --- military bases: قاعدة with a name is a place, never al-Qaeda ------------------------

test('قاعدة followed by a name and a base adjective is a place, and the bare القاعدة after it is the base', () => {
  const text = 'اقتحمت قوات الجيش اليمني بدعم من طيران التحالف قاعدة العند العسكرية في لحج. وفر مسلحو الحوثي من القاعدة تحت وقع الهجوم.';
  const es = analyse(text);
  assert.equal(find(es, 'org:al-qaeda'), undefined);
  const base = es.find((e) => e.type === 'LOC' && e.name.startsWith('قاعدة العند'));
  assert.deepEqual(surfaces(text, base), ['قاعدة العند العسكرية', 'القاعدة']);
});

test('a base named by a place after قاعدة takes the place in (قاعدة ديار بكر)', () => {
  const text = 'عادت الطائرات التركية إلى قاعدة ديار بكر بعد قصف مواقع لمسلحي داعش.';
  const es = analyse(text, [['ديار بكر', 'GPE']]);
  assert.ok(es.some((e) => e.type === 'LOC' && surfaces(text, e).includes('قاعدة ديار بكر')));
});

test('al-Qaeda named as such keeps the bare القاعدة; القاعدة العسكرية is never al-Qaeda', () => {
  const text = 'قال مسؤول إن تنظيم القاعدة في جزيرة العرب هاجم قاعدة العند الجوية، وإن القاعدة تبنت الهجوم.';
  const es = analyse(text);
  assert.ok(find(es, 'org:aqap'));
  assert.ok(es.some((e) => e.type === 'LOC' && surfaces(text, e).includes('قاعدة العند الجوية')));
  assert.deepEqual(surfaces(text, find(es, 'org:al-qaeda')), ['القاعدة']);
  const text2 = 'طلب التحالف الدولي استخدام القاعدة العسكرية في تركيا.';
  assert.equal(find(analyse(text2), 'org:al-qaeda'), undefined);
});

