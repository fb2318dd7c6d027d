import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('متهمين بـ… right before the charge describes the accused: no one accuses', () => {
  assert.deepEqual(cues('وأفرجت الشرطة عن ثلاثة شبان متهمين بسرقة سيارات من الحي.'), []);
  assert.deepEqual(cues('وأحالت النيابة موظفة متهمة بالاختلاس إلى المحكمة الجزائية.'), []);
});

test('the participle with its object after it still accuses', () => {
  assert.deepEqual(attributionViews('وانتقد النائب الحكومة متهما إياها بالتقصير في حماية المواطنين.').map((x) => x.cue), ['متهما']);
  assert.deepEqual(attributionViews('وهاجم الرئيس المعارضة، متهما بعض قادتها بالتآمر.').map((x) => x.cue), ['متهما']);
});
