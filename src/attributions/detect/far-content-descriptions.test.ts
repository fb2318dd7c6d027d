import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, entitiesBySurface, spanText } from '../testing.js';

const reportOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): { source: string; content: string }[] =>
  attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => ({ source: spanText(t, a.source), content: spanText(t, a.content) }));

test('past a comma, a time, a frame phrase and the quoted title of the occasion run on to إن', () => {
  const t = 'وقال الحريري، مساء أول من أمس، في افتتاح ندوة «الشباب: أن نعمل أو لا نعمل»، آخر ندوات المهرجان في دورته العاشرة، إن «الشباب هم الأمل».';
  const [r] = reportOf(t, 'وقال');
  assert.equal(r?.source, 'الحريري');
  assert.match(r?.content ?? '', /الشباب هم الأمل/);
});

test('a description of the speaker after a comma, with asides in brackets, runs on to the colon', () => {
  const t = 'تقول هند، عشرينية حاصلة على شهادة جامعية، درست (التصميم) أو (الرسم): كان عملي هوايتي أيضا.';
  const [r] = reportOf(t, 'تقول');
  assert.equal(r?.source, 'هند');
  assert.match(r?.content ?? '', /^كان عملي/);
});

test('a verb of the description after the comma ends the search when it opens a clause with و', () => {
  assert.deepEqual(attributionViews('وقالت هند، وهي معلمة حاصلة على شهادة جامعية، درست (التصميم) أو (الرسم): كان عملي هوايتي أيضا.'), []);
});

test('a circumstantial clause with وقد and a verb that is not one of saying does not end the search', () => {
  const t = 'فقال المعلم لتلميذه وقد رأى دموعه: لا تحزن يا بني.';
  const v = attributionViews(t);
  assert.deepEqual(v.map((x) => x.cue), ['فقال']);
  assert.match(reportOf(t, 'فقال')[0]?.content ?? '', /^لا تحزن/);
});

test('an accusative participle after the speaker describes his state and ends his words', () => {
  const t = 'وقال والد الطالب متحفظاً على ذكر اسمه إن ابنه تعرض للظلم.';
  assert.deepEqual(reportOf(t, 'وقال').map((r) => r.source), ['والد الطالب']);
});

test('a verb right after an opening quotation mark opens its clause', () => {
  const t = 'وأضاف الشيخ: "قال الإمام الشافعي عن العلم: العلم ما نفع وليس ما حفظ".';
  const ents = entitiesBySurface(t, [{ id: 'sh', type: 'PER', name: 'الشافعي', forms: ['الإمام الشافعي'] }]);
  assert.match(reportOf(t, 'قال', ents)[0]?.content ?? '', /^العلم ما نفع/);
});

test('أن governed by غير or إلا opens a clause of its own, not the content; بعد أن is passed', () => {
  assert.deepEqual(attributionViews('وقال والش وقد وقف إلى جانبه اللاعب غير أن الحضور كان قليلا.'), []);
  const t = 'وقال والش وقد وقف إلى جانبه اللاعب بعد أن انتهى الحفل إن التدخين ممنوع.';
  assert.deepEqual(reportOf(t, 'وقال'), [{ source: 'والش', content: 'التدخين ممنوع' }]);
});
