import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** قدّر X Y بـ…: an estimate with its amount; the passive قُدّرت بـ is none (verb-cue.ts). */
const cuesOf = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('X قدرت بحوالى …: the passive, the amount right after the verb, is no cue', () => {
  const t = 'وأشار التقرير إلى أن إعانة القمح قدرت بحوالى مليار ريال، فيما بلغت إعانة الأرز مليوني ريال.';
  assert.deepEqual(cuesOf(t), ['وأشار']);
});

test('أن الخسائر قدرت بنحو …: inside a report, the passive estimate is the content only', () => {
  const t = 'وأوضح مصدر في الدفاع المدني أن الخسائر قدرت بنحو 20 مليون دولار.';
  assert.deepEqual(cuesOf(t), ['وأوضح']);
});

test('مقدرة حجم الاستثمارات بنحو …: the feminine participle of estimating is a cue', () => {
  const t = 'أصدرت الهيئة العامة للاستثمار تقريرها السنوي أمس، مقدرة حجم الاستثمارات الأجنبية بنحو 3 مليارات دولار.';
  assert.ok(cuesOf(t).includes('مقدرة'));
});

test('وقدرت المنظمة عدد المصابين بأكثر من …: an amount with بأكثر من', () => {
  const t = 'وقدرت منظمة الصحة العالمية عدد المصابين بأكثر من مليون شخص.';
  const v = attributionViews(t).find((x) => x.cue === 'وقدرت');
  assert.equal(v?.source, 'منظمة الصحة العالمية');
});

test('مقدرا دعم القيادة (appreciating) is still no cue', () => {
  assert.deepEqual(cuesOf('وأشاد الوزير بالجهود المبذولة، مقدرا دعم القيادة للقطاع.'), []);
});
