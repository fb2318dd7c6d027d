import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const view = (t: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionsOf(t, ents).map((a) => `${spanText(t, a.cue)} | ${spanText(t, a.source)}`);

test('a place that is the subject of a verb inside the reported words is no speaker for the participle after them', () => {
  const t = 'قال وزير الخارجية فيليب هاموند أمس إن المهاجرين من أفريقيا والشرق الأوسط يهددون مستوى المعيشة، مضيفا أن الاتحاد لا يستطيع استقبالهم.';
  const ents = entitiesBySurface(t, [
    { id: 'p', type: 'PER', name: 'فيليب هاموند', forms: ['فيليب هاموند'] },
    { id: 'l1', type: 'LOC', name: 'أفريقيا', forms: ['أفريقيا'] },
    { id: 'l2', type: 'LOC', name: 'الشرق الأوسط', forms: ['الشرق الأوسط'] },
  ]);
  const v = view(t, ents);
  assert.equal(v.length, 2);
  assert.match(v[1] ?? '', /^مضيفا \| .*فيليب هاموند/);
});

test('people who are the subject of a verb inside the reported words may still be the participle\'s', () => {
  const t = 'وأوضحا أن الكثير من السكان انتقدوا إزالة المجسمات، مطالبين بإعادتها إلى مواقعها.';
  const v = view(t);
  assert.match(v.find((x) => x.startsWith('مطالبين')) ?? '', /السكان/);
});
