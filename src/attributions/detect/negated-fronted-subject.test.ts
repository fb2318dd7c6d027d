import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** A negated verb of telling with its subject before the negator and what was withheld after it (negated-object.ts). */

const viewOf = (t: string, cue: string) => attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), stance: a.stance }))
  .find((a) => a.cue === cue);

test('فإن السجلات الرسمية لم تذكر أرقاما …: the records, stance none', () => {
  const t = 'وبحسب الوكالة، فإن السجلات الرسمية لم تذكر أرقاما لحجم الصادرات.';
  assert.deepEqual(viewOf(t, 'لم تذكر'), { cue: 'لم تذكر', source: 'السجلات الرسمية', stance: 'none' });
});

test('اللاعب لم يذكر شيئا عن …: the player withholds', () => {
  const t = 'وفي اللقاء الأخير، اللاعب لم يذكر شيئا عن مستقبله مع النادي.';
  assert.equal(viewOf(t, 'لم يذكر')?.stance, 'none');
});

test('المدينة لم تذكر في التقرير: no object that names information, no report', () => {
  const t = 'المدينة لم تذكر في التقرير السنوي للسياحة.';
  assert.equal(viewOf(t, 'لم تذكر'), undefined);
});
