import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** دون أن يدلي بأي تصريح، دون أن يقدم أي تفاصيل: a statement or details not given (without-giving.ts). */
const withheld = (t: string): { cue: string; stance: string }[] =>
  attributionViews(t).filter((x) => x.cue.includes('دون')).map((x) => ({ cue: x.cue, stance: x.stance }));

test('غادر … دون أن يدلي بأي تصريح: stance none on «without making any statement»', () => {
  const t = 'وغادر المدرب الملعب عقب المباراة دون أن يدلي بأي تصريح للصحفيين.';
  assert.deepEqual(withheld(t), [{ cue: 'دون أن يدلي', stance: 'none' }]);
});

test('قال … دون أن يقدم أي تفاصيل: details not given by the speaker', () => {
  const t = 'وقال المتحدث باسم الجيش إن التحقيق في الهجوم مستمر، دون أن يقدم أي تفاصيل عن هوية المهاجمين.';
  const v = attributionViews(t).find((x) => x.cue === 'دون أن يقدم');
  assert.equal(v?.stance, 'none');
  assert.equal(v?.source, 'المتحدث باسم الجيش');
});

test('من دون أن تعطي توضيحا: the feminine verb of giving with what was not given', () => {
  const t = 'وأغلقت الشركة فروعها في المدينة، من دون أن تعطي توضيحا لأسباب القرار.';
  assert.deepEqual(withheld(t), [{ cue: 'دون أن تعطي', stance: 'none' }]);
});

test('دون أن يقدم استقالته: giving an act, not a statement, is no cue', () => {
  const t = 'وغادر الرئيس التنفيذي منصبه دون أن يقدم استقالته رسميا.';
  assert.deepEqual(withheld(t), []);
});
