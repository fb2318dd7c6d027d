import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] =>
  attributionViews(t, entitiesBySurface(t, [])).filter((a) => a.cue === cue).map((a) => a.source);

test('an adverb between a frame phrase and the object with the speaker\'s pronoun opens no clause', () => {
  assert.deepEqual(sourceOf('وأكدت الأسرة في القرية أيضا وفاته.', 'وأكدت'), ['الأسرة']);
  assert.deepEqual(sourceOf('أعلنت الشركة في بيانها كذلك رغبتها في التوسع.', 'أعلنت'), ['الشركة']);
});

test('a clause particle after the frame still ends the search for the object', () => {
  assert.deepEqual(sourceOf('أكدت الشركة في بيانها كما رغبتها في التوسع.', 'أكدت'), []);
});

test('a family in construct with a definite noun speaks past a frame phrase and an adverb', () => {
  assert.deepEqual(sourceOf('وأكدت عائلة الضحية في القرية أيضا وفاته.', 'وأكدت'), ['عائلة الضحية']);
  // A noun that is not of kin (صحة) still opens no speaker there.
  assert.deepEqual(sourceOf('وأكدت صحة المريض في القرية أيضا وفاته.', 'وأكدت'), []);
});

test('with the subject unwritten, a definite verbal noun and its preposition after a verb of announcing is the object', () => {
  const t = 'وقال الرئيس إن الخطة جاهزة. وأعلن كذلك الموافقة على توسيع الطريق.';
  assert.deepEqual(sourceOf(t, 'وأعلن'), ['الرئيس']);
  assert.deepEqual(sourceOf('وقال الرئيس إن الخطة جاهزة. وأعلن البدء في توسيع الطريق.', 'وأعلن'), ['الرئيس']);
  // With أن close ahead, the definite noun is the subject (a body), not the object.
  assert.deepEqual(sourceOf('وأعلنت المحافظة على لسان متحدثها أن الطريق مغلق.', 'وأعلنت'), ['المحافظة']);
});

test('past a subject with phrases of place, a definite verbal noun and its preposition is what was announced', () => {
  assert.deepEqual(sourceOf('أعلن النادي في مدينة بريدة بالقصيم الانتهاء من البرنامج.', 'أعلن'), ['النادي']);
  // After an indefinite noun the definite word is its genitive, no object.
  assert.deepEqual(sourceOf('أعلنت الشركة في مؤتمر الاستثمار في الرياض.', 'أعلنت'), []);
});

test('an event of the speakers\' own life with their pronoun is what they announced', () => {
  const t = 'وتعارف الممثلان قبل سنوات في حفل، وأعلنا خطبتهما في مارس الماضي.';
  assert.equal(attributionViews(t, entitiesBySurface(t, [])).filter((a) => a.cue === 'وأعلنا').length, 1);
  // A sermon (خطبة) with no speaker's pronoun is no report.
  assert.equal(attributionViews('وأعلنا خطبة الجمعة في المسجد.', []).filter((a) => a.cue === 'وأعلنا').length, 0);
});
