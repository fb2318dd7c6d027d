import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** The sources of the attributions whose cue is exactly `cue`. */
const sourcesOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);
const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('نقلت X عن Y، apposition، قوله: the verbal noun past an aside is the cue of Y', () => {
  const t = 'ونقلت مصادر عن وزير المالية، سامي الحربي، قوله إن البلدين متفقان على الحل.';
  assert.deepEqual(sourcesOf(t, 'قوله'), ['وزير المالية']);
  assert.deepEqual(sourcesOf(t, 'عن'), []);
  const u = 'ونقلت صحيفة "الوطن" عن الشاب، الذي يرقد في المستشفى منذ أمس، قوله إنه يشعر بالسعادة.';
  assert.deepEqual(sourcesOf(u, 'قوله'), ['الشاب']);
});

test('بالقول after a verb of the clause is its own cue, the verb\'s speaker its source', () => {
  assert.deepEqual(sourcesOf('وعبر كل من خالد وأحمد عن سعادتهم بالقول: نحن سعداء بالنصر.', 'بالقول'), ['كل من خالد وأحمد']);
  // The verb reported something else: both are attributions.
  assert.deepEqual(cues('وأكدوا على السير مع القيادة بالقول: "سر على بركة الله".'), ['وأكدوا', 'بالقول']);
  // Far from the verb (past a frame), the words come through the noun.
  assert.deepEqual(cues('وتابع المدير في حوار نشرته الصحيفة بالقول إنه شعر بالحزن.'), ['نشرته', 'بالقول']);
  assert.deepEqual(sourcesOf('وتابع المدير في حوار نشرته الصحيفة بالقول إنه شعر بالحزن.', 'نشرته'), ['الصحيفة']);
});

test('بالقول right after the verb\'s subject, or inside the words a colon opened, leaves the verb the cue', () => {
  assert.deepEqual(cues('وأضافت المصادر بالقول إن مواجهات عنيفة دارت أمس.'), ['وأضافت']);
  assert.deepEqual(cues('وقال الرئيس: اسمحوا لي التوقف بالقول: سمو الأمير كان لا بد من وجودك.'), ['وقال']);
});

test('حسب ما ذكره، على حد قوله: the pronoun names the clause\'s speaker', () => {
  assert.deepEqual(sourcesOf('وقال المدير إن الناديين لم يقدما الحوالات، حسب ما ذكره في حسابه.', 'حسب ما ذكره'), ['المدير']);
  assert.deepEqual(sourcesOf('وأوضح الوزير أن المشروع سينتهي، وفقا لما ذكره للصحيفة.', 'وفقا لما ذكره'), ['الوزير']);
  assert.deepEqual(sourcesOf('وتوصل الزوجان إلى اتفاق مع المالك وفقا لما تقوله «بيلد».', 'وفقا لما تقوله'), ['بيلد']);
  assert.deepEqual(sourcesOf('وتم ترتيب الدرجات وفقا لما نصت عليه لائحة الوظائف الصحية.', 'وفقا لما نصت'), ['لائحة الوظائف الصحية']);
});

test('على حد قوله run into a clause is not annotated; set off by dashes or at the end it is a cue', () => {
  assert.deepEqual(cues('ويرى الباحث أن الاقتصاد سيسود لأنه على حد تعبيره أسلوب كامل للحياة.'), ['ويرى']);
  assert.ok(cues('وقال الأب إن المستشفى -على حد قوله- لم يسمح له بزيارة ابنه.').includes('على حد قوله'));
  assert.ok(cues('واستبعد الوزير أن يكون القرار فرديا مؤكدا أن القرارات تتخذ في القصر وفق قوله.').includes('وفق قوله'));
});
