import { test } from 'node:test';
import assert from 'node:assert/strict';
import { givenNameGender } from './given-name-gender.js';
import { attributionViews, entitiesBySurface } from '../testing.js';
import { normaliseString } from '../../text/normalise/normalise.js';

const sourceOf = (t: string, cue: string, spec: Parameters<typeof entitiesBySurface>[1] = []): string[] =>
  attributionViews(t, entitiesBySurface(t, spec)).filter((x) => x.cue === cue).map((x) => x.source);

test('first names listed as men\'s or women\'s have a gender; foreign and unlisted ones have none', () => {
  assert.equal(givenNameGender(normaliseString('أحمد')), 'm');
  assert.equal(givenNameGender(normaliseString('نايف')), 'm');
  assert.equal(givenNameGender(normaliseString('فاطمة')), 'f');
  assert.equal(givenNameGender(normaliseString('مريم')), 'f');
  assert.equal(givenNameGender(normaliseString('جورج')), undefined);
  assert.equal(givenNameGender(normaliseString('الوزارة')), undefined);
});

test('a feminine «دون أن تكشف» goes to the body written before its verb, not the man named as its object', () => {
  const t = 'ويذكر أن إدارة الفريق مددت عقد المهاجم خالد العمري دون أن تكشف عن قيمة العقد.';
  const ents = [{ id: 'k', type: 'PER' as const, name: 'خالد العمري', forms: ['خالد العمري'] }];
  assert.deepEqual(sourceOf(t, 'دون أن تكشف', ents), ['إدارة الفريق']);
});

test('a feminine verb with no subject goes to the body of the sentence, not the man named after it', () => {
  const t = 'رفضت إدارة الوحدة رفع العرض الذي قدمته للاعب الوسط سعيد الحربي البالغ مليون ريال لتجديد عقده إذ ترى أن هذا الرقم مناسب.';
  const ents = [
    { id: 's', type: 'PER' as const, name: 'سعيد الحربي', forms: ['سعيد الحربي'] },
    { id: 'w', type: 'ORG' as const, name: 'الوحدة', forms: ['الوحدة'] },
  ];
  const got = sourceOf(t, 'ترى', ents);
  assert.equal(got.length, 1);
  assert.ok(got[0]?.includes('الوحدة') && !got[0].includes('الحربي'));
});

test('a man named with a feminine verb after him keeps the source when no body agrees (negative case)', () => {
  const t = 'والتقى المدرب سعيد الحربي باللاعبين إذ ترى أن الفوز ممكن.';
  const ents = [{ id: 's', type: 'PER' as const, name: 'سعيد الحربي', forms: ['سعيد الحربي'] }];
  const got = sourceOf(t, 'ترى', ents);
  assert.ok(got.every((s) => !s.includes('الفريق')));
});
