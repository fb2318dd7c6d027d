import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';
import { pronounOnLakin } from './pronoun-particle.js';

const view = (t: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionsOf(t, ents).map((a) => `${spanText(t, a.cue)} | ${spanText(t, a.source)}`);

test('لكنه شدد: the pronoun on لكن is the subject, the speaker named before goes on', () => {
  const t = 'أكد محافظ المدينة محمد الحربي أن الأوضاع في المدينة سيئة لكنه شدد على أن عمليات الإصلاح بدأت.';
  const ents = entitiesBySurface(t, [{ id: 'p', type: 'PER', name: 'محمد الحربي', forms: ['محمد الحربي'] }]);
  const v = view(t, ents);
  assert.equal(v.length, 2);
  assert.match(v[1] ?? '', /^شدد \| .*محمد الحربي/);
});

test('ولكنها أشارت: the words before لكن are no subject of the verb after it', () => {
  const t = 'قالت الوزارة إن المباني المدرسية جاهزة ولكنها أشارت إلى أن أعمال الصيانة لم تنته.';
  assert.deepEqual(view(t), ['قالت | الوزارة', 'أشارت | الوزارة']);
});

test('pronounOnLakin: لكن with a pronoun only', () => {
  assert.equal(pronounOnLakin('لكنه'), true);
  assert.equal(pronounOnLakin('ولكنها'), true);
  assert.equal(pronounOnLakin('لكن'), false);
  assert.equal(pronounOnLakin('لكنني'), false);
});
