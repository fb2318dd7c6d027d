import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const views = (t: string) => attributionViews(t).map((x) => `${x.cue} | ${x.source}`);
const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('على ما with a verb of saying and its written subject relays the clause before or after', () => {
  assert.deepEqual(views('وصل الرئيس الفرنسي إلى الرياض مساء أمس، على ما ذكرت وكالة الأنباء السعودية.'), ['على ما ذكرت | وكالة الأنباء السعودية']);
  assert.deepEqual(views('وأصيب ثلاثة أشخاص في الهجوم على ما أفادت مصادر طبية.'), ['على ما أفادت | مصادر طبية']);
  assert.deepEqual(cues('وعلى ما ذكرت صحيفة الحياة، فإن الاجتماع سيعقد الأسبوع المقبل.'), ['وعلى ما ذكرت']);
});

test('على ما يبدو، على ما هو عليه, a governed على and a verb with its own أن clause are no relay', () => {
  assert.deepEqual(cues('وعلى ما يبدو فإن الفريق لن يشارك في البطولة.'), []);
  assert.deepEqual(cues('وسيبقى الوضع على ما هو عليه حتى نهاية العام.'), []);
  assert.deepEqual(cues('وجاء القرار ردا على ما ذكرت الصحيفة أمس.'), []);
  assert.deepEqual(cues('أهله على ما قال شرواك بالباب'), []);
  assert.deepEqual(cues('وسلطت الضوء على ما أفادت به مصادر أمنية أن عشرة أشخاص قتلوا.'), ['أفادت']);
});
