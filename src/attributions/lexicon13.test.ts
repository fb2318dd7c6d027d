import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, attributionsOf, spanText } from './testing.js';

test('a relay clause with ذكرته/ذكرتها names the paper that reported the details, beside the details themselves', () => {
  const t = 'وتفيد تفاصيل الحادثة التي ذكرتها الصحيفة بأن السائق فقد السيطرة على المركبة.';
  const v = attributionViews(t);
  const relay = v.find((x) => x.cue === 'ذكرتها');
  assert.ok(relay, JSON.stringify(v));
  assert.equal(relay.source, 'الصحيفة');
});

test('the plural participle معللين gives the reason its speakers stated', () => {
  const t = 'وأقر أولياء الأمور بتأخر أبنائهم عن الدراسة، معللين ذلك بأن الحافلات لم تصل في موعدها.';
  const a = attributionsOf(t).filter((x) => spanText(t, x.cue) === 'معللين');
  assert.equal(a.length, 1);
  assert.ok(spanText(t, a[0]!.content).startsWith('الحافلات'), spanText(t, a[0]!.content));
});

test('the participle مكررا repeats a position with a nominal object, for the speaker before it', () => {
  const t = 'وأكدت اللجنة أن الإجراءات قانونية، مكررا رئيسها التزام اللجنة بالشفافية الكاملة.';
  const t2 = 'وأشار البيان إلى أن المشروع يسير وفق الخطة، مكررًا دعم الحكومة الكامل للمبادرة.';
  const a = attributionsOf(t2).filter((x) => spanText(t2, x.cue) === 'مكررًا');
  assert.equal(a.length, 1);
  assert.equal(spanText(t2, a[0]!.source), 'البيان');
  assert.ok(spanText(t2, a[0]!.content).startsWith('دعم الحكومة'), spanText(t2, a[0]!.content));
  assert.ok(attributionsOf(t).length >= 1);
});
