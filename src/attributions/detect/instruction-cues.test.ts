import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const said = (t: string): [string, string][] => attributionViews(t).map((x) => [x.cue, x.source]);

test('an instruction introduced by a word that begins like a noun (باتخاذ) still opens its content', () => {
  assert.deepEqual(said('ووجه محافظ المدينة باتخاذ الإجراءات اللازمة لحماية المزارعين من السيول.'), [['ووجه', 'محافظ المدينة']]);
});

test('كما وجه after an instruction by a written speaker in the same sentence is his', () => {
  assert.deepEqual(said('ووجه مدير التعليم بتشكيل لجنة لمتابعة المدارس المتضررة، كما وجه باتخاذ ما يلزم لإعادة الدراسة فيها.'),
    [['ووجه', 'مدير التعليم'], ['وجه', 'مدير التعليم']]);
});

test('an instruction without its giver after another verb stays out: the giver may be a genitive before it', () => {
  assert.deepEqual(said('وقال المتحدث إن حالة المصابين مستقرة بمتابعة من مدير المستشفى، حيث وجه بتقديم الرعاية لهم.'), [['وقال', 'المتحدث']]);
});

test('an introducer ل stands for the preposition written on the content (تطرق للحديث عن …)', () => {
  assert.deepEqual(said('وتطرق رئيس النادي للحديث عن خطة الفريق في الموسم المقبل.'), [['وتطرق', 'رئيس النادي']]);
});
