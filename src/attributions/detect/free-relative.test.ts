import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** Each attribution as «cue → content». */
function contents(t: string, entities: Entity[] = []): string[] {
  return attributionsOf(t, entities).map((a) => `${spanText(t, a.cue)} → ${spanText(t, a.content)}`);
}

test('X يزعم أن …، وهو ما تنفيه Y: the claim ends at the comma, and it is what Y denies', () => {
  const t = 'ويزعم مسؤولون أتراك أن المقاتلين الأكراد يشكلون تهديدا لأمن بلادهم، وهو ما تنفيه قوات سوريا الديمقراطية.';
  const sdf = entitiesBySurface(t, [{ id: 'e1', type: 'ORG', name: 'قوات سوريا الديمقراطية', forms: ['قوات سوريا الديمقراطية'] }]);
  assert.deepEqual(contents(t, sdf), [
    'ويزعم → المقاتلين الأكراد يشكلون تهديدا لأمن بلادهم',
    'تنفيه → المقاتلين الأكراد يشكلون تهديدا لأمن بلادهم',
  ]);
});

test('وأكد X أن …، وهذا ما نفاه Y: the same with هذا and a past verb', () => {
  const t = 'وأكد الوزير أن الأسعار ستنخفض الشهر المقبل، وهذا ما نفاه المتحدث باسم الشركة.';
  assert.deepEqual(contents(t), ['وأكد → الأسعار ستنخفض الشهر المقبل', 'نفاه → الأسعار ستنخفض الشهر المقبل']);
});

test('a clause that is no report before وهو ما أكده X is the content itself', () => {
  const t = 'ارتفعت الأسعار في الأسواق المحلية، وهو ما أكده وزير التجارة.';
  assert.deepEqual(contents(t), ['أكده → ارتفعت الأسعار في الأسواق المحلية']);
});

test('وهو ما يعني …, the writer\'s inference, does not end the content', () => {
  const t = 'وقال الوزير إن الأسعار ستنخفض، وهو ما يعني أن الأزمة انتهت.';
  assert.deepEqual(contents(t), ['وقال → الأسعار ستنخفض، وهو ما يعني أن الأزمة انتهت']);
});
