import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** The sources of the attributions whose cue is exactly `cue`. */
const sourcesOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);
const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('أثبت with research, scientists or a report as subject reports a finding', () => {
  assert.deepEqual(sourcesOf('وقد أثبتت الأبحاث أن له تأثيرا مضادا للبكتيريا.', 'أثبتت'), ['الأبحاث']);
  assert.deepEqual(sourcesOf('أثبت العلماء مؤخرا أن البدو الرحل كانوا أول من سكن القارة.', 'أثبت'), ['العلماء']);
  assert.deepEqual(sourcesOf('وأوضح المدير أن التقرير أثبت سلامة إجراءات القبول في الجامعة.', 'أثبت'), ['التقرير']);
});

test('أثبت of a player, a drug or a country is an achievement, not a report', () => {
  assert.deepEqual(cues('وقد أثبت هذا الدواء فعالية جيدة مع المرضى.'), []);
  assert.deepEqual(cues('في حين أثبتت كوريا الشمالية بالفعل قدرتها النووية.'), []);
  assert.deepEqual(cues('ولكن اللاعبين أثبتوا أن الروح قوة لا يمكن هزيمتها.'), []);
  assert.deepEqual(cues('وأثبت المدرب الفرنسي سريعا تأثير الحارس الجديد.'), []);
});
