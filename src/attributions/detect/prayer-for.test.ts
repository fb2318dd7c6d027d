import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** دعا لهم بـ… prays for someone and reports nothing (prayer-for.ts). */

test('ودعا لهم بالنصر: a prayer, no cue', () => {
  assert.deepEqual(attributionViews('وأثنى المدير على جهود الجنود، ودعا لهم بالنصر والعودة سالمين.'), []);
  assert.deepEqual(attributionViews('وفي ختام كلمته دعا له بالشفاء العاجل.'), []);
});

test('دعا إلى …، دعا لهم إلى: urging stays a cue', () => {
  assert.deepEqual(attributionViews('ودعا الوزير إلى الحوار بين الأطراف.'), [{ cue: 'ودعا', source: 'الوزير', stance: 'assert' }]);
  assert.equal(attributionViews('ودعا الوزير لعقد اجتماع طارئ.').length, 1);
});
