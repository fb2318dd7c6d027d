import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** A body that is the subject inside the last report's words does not take the participle (reported-body-subject.ts). */

const ents = (t: string) => entitiesBySurface(t, [{ id: 'e1', type: 'PER', name: 'سالم العتيبي', forms: ['سالم العتيبي'] }]);

test('قال X أن لجان المعرض أنهت …، موضحا: the participle is the speaker\'s', () => {
  const t = 'وقال مدير المعرض سالم العتيبي، أن لجان المعرض أنهت تجهيز القاعات للزوار، موضحا أنه سيفتح أبوابه يوم السبت.';
  const v = attributionViews(t, ents(t)).find((x) => x.cue === 'موضحا');
  assert.match(v?.source ?? '', /سالم العتيبي/);
});

test('a plural participle still goes on with the people named inside the words', () => {
  const t = 'وأوضح سالم العتيبي أن الكثير من السكان انتقدوا إزالة الأشجار، مطالبين بزراعتها من جديد في الحي.';
  const v = attributionViews(t, ents(t)).find((x) => x.cue === 'مطالبين');
  assert.match(v?.source ?? '', /السكان/);
});
