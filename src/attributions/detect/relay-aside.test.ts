import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('نقلت X عن Y، الذي … بعد أن …، قوله: a clause of time inside the aside does not end it', () => {
  const t = 'ونقلت صحيفة "المدينة" عن المعلمة، التي غادرت المدرسة بعد أن تعرضت لإصابة في قدمها الشهر الماضي، قولها إنها ستعود إلى عملها قريبا.';
  assert.deepEqual(sourceOf(t, 'قولها'), ['المعلمة']);
});

test('نقلت X عن Y، الذي …، قوله: a plain aside still reaches the verbal noun', () => {
  const t = 'ونقلت وكالة الأنباء عن الوزير، الذي يزور العاصمة حاليا، قوله إن المحادثات مثمرة.';
  assert.deepEqual(sourceOf(t, 'قوله'), ['الوزير']);
});
