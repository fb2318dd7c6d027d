import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('أن X 36 عاما أعلن: the age between the subject and the verb is passed', () => {
  const t = 'ومن المعروف أن المغني 42 عاما أعلن اعتزاله الغناء نهائيا في الشهر الماضي.';
  assert.deepEqual(sourceOf(t, 'أعلن'), ['المغني']);
});

test('أن X (36 عاما) قال إن: an age in brackets too', () => {
  const t = 'وكان الجيران قد ذكروا أن الحارس (55 عاما) قال إنه لم يسمع أي صوت تلك الليلة.';
  assert.deepEqual(sourceOf(t, 'قال'), ['الحارس']);
});

test('أما X 32 عاما قال: the topic particle before the name is not the source', () => {
  const t = 'ويرى الشباب أن الأسباب كثيرة. أما سامي 29 عاما قال : الغلاء هو السبب الأول في تأخر الزواج.';
  assert.deepEqual(sourceOf(t, 'قال'), ['سامي']);
});
