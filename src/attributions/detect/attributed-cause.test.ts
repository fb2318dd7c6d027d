import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** أرجع/عزا X إلى … and with ل written on the cause (أرجع السبب لانخفاض …): a claim of cause. */
const view = (t: string, cue: string): { source: string } | undefined => attributionViews(t).find((x) => x.cue === cue);

test('مرجعا السبب لانخفاض …: the participle with ل on the cause (a word beginning لا)', () => {
  const t = 'وأكد مدير المبيعات أن الطلب تراجع هذا العام، مرجعا السبب لانخفاض أسعار النفط.';
  assert.equal(view(t, 'مرجعا')?.source, 'مدير المبيعات');
});

test('مرجعاً ذلك للظروف الجوية: a demonstrative object, then ل', () => {
  const t = 'وأوضح المتحدث أن الرحلات تأخرت ساعتين، مرجعاً ذلك للظروف الجوية السائدة.';
  assert.ok(view(t, 'مرجعاً'));
});

test('وأرجعت الشركة السبب لتراجع الطلب: the finite verb', () => {
  const t = 'وأرجعت الشركة السبب لتراجع الطلب العالمي على منتجاتها.';
  assert.ok(view(t, 'وأرجعت')?.source.startsWith('الشركة'));
});

test('يعد مرجعاً لكل الباحثين، مرجعًا علميًا للتحليل: the noun «a reference» is no cue (cause-object.ts)', () => {
  assert.deepEqual(attributionViews('ويعد هذا المعجم مرجعاً هاماً لكل الباحثين والدارسين.'), []);
  assert.deepEqual(attributionViews('ويتخذ الباحث من علم الاجتماع مرجعًا علميًا للتحليل النظري.'), []);
  assert.deepEqual(attributionViews('وهو ما يجعل المستشفى مرجعاً لجميع التخصصات الدقيقة في المنطقة.'), []);
});

test('وعزا الجهاز المركزي للتعبئة … إلى …: ل inside the subject is no cause', () => {
  const t = 'وعزا الجهاز المركزي للتعبئة العامة تراجع معدل التضخم إلى انخفاض أسعار اللحوم.';
  const v = attributionViews(t).find((x) => x.cue === 'وعزا');
  assert.ok(v);
  assert.ok(!v.source.includes('تراجع'), v.source);
});
