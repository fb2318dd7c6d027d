import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, entitiesBySurface, spanText } from '../testing.js';

const contentOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => spanText(t, a.content));

test('a circumstantial clause between the speaker and إن does not hide the report', () => {
  const t = 'وقال والش وقد وقف الى جانبه لاعب الفريق السابق إن الصلة بين التبغ والسرطان لا تقبل الجدل.';
  assert.deepEqual(attributionViews(t).filter((x) => x.cue === 'وقال'), [{ cue: 'وقال', source: 'والش', stance: 'assert' }]);
  assert.match(contentOf(t, 'وقال')[0] ?? '', /^الصلة بين التبغ/);
});

test('an adverbial after a named speaker runs on to the colon and the quotation', () => {
  const t = 'وقال لاكازيت عقب الفوز على ضيفه ميلان الايطالي 2-1 وديا امس السبت: «اريد البقاء في صفوف ليون هذا الموسم».';
  const ents = entitiesBySurface(t, [{ id: 'l', type: 'PER', name: 'لاكازيت', forms: ['لاكازيت'] }]);
  assert.deepEqual(attributionViews(t, ents), [{ cue: 'وقال', source: 'لاكازيت', stance: 'assert' }]);
});

test('what a speaker talked about, then the quotation, is a report of the speaker', () => {
  const t = 'قال الرئيس السوفيتي الأسبق ميخائيل جورباتشوف عن الأمير الراحل «لو كان لدي رجل مثله لما تفكك الاتحاد».';
  const ents = entitiesBySurface(t, [{ id: 'g', type: 'PER', name: 'ميخائيل جورباتشوف', forms: ['ميخائيل جورباتشوف'] }]);
  const v = attributionViews(t, ents);
  assert.equal(v.length, 1);
  assert.match(v[0]?.source ?? '', /جورباتشوف/);
  assert.match(contentOf(t, 'قال', ents)[0] ?? '', /^«?لو كان لدي/);
});

test('a short quoted name after the speaker is not the content; the إن after it opens it', () => {
  const t = 'فيما قال مصدر قضائي لـ"المدينة" إن رئيس الوزراء حضر اجتماع المجلس.';
  const v = attributionViews(t);
  assert.equal(v.length, 1);
  assert.match(v[0]?.source ?? '', /^مصدر قضائي/);
  assert.match(contentOf(t, 'قال')[0] ?? '', /^رئيس الوزراء حضر/);
});

test('a new clause or a comma before any introducer leaves the verb without content', () => {
  // The إن belongs to the second verb, not to the first.
  const t = 'وقال الوزير عقب الاجتماع، وأكد المدير إن العمل مستمر.';
  assert.deepEqual(attributionViews(t).map((x) => x.cue), ['وأكد']);
  // A pronoun is no written speaker for the relaxed search.
  assert.deepEqual(attributionViews('فقال وهو يبتسم في وجه الحاضرين إن الأمر بسيط.').filter((x) => x.source === 'وهو'), []);
});
