import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const sourcesOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('ردا على، تعليقا على after the subject end the source', () => {
  assert.deepEqual(sourcesOf('وقال المتحدث ردا على سؤال حول الانتخابات إن الحكومة ستجري الاقتراع في موعده.', 'وقال'), ['المتحدث']);
  assert.deepEqual(sourcesOf('وقال الوزير تعليقا على القرار إن الخطوة ضرورية.', 'وقال'), ['الوزير']);
  assert.deepEqual(sourcesOf('وقال المتحدث باسم الوزارة تعقيبا على التقرير إن الأرقام غير دقيقة.', 'وقال'), ['المتحدث باسم الوزارة']);
});
