import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, find, surfaces } from './testing.js';
import { buildGazetteer } from '../ner/gazetteer.js';
import { descriptionFill } from '../ner/description-fill.js';
import { bioSpans } from '../ner/metrics.js';
import type { Label } from '../ner/labels.js';
import { normaliseString } from '../../text/normalise/normalise.js';

// --- bodies named by a definite head and adjectives, missions and movements -------------

const gaz = buildGazetteer({ nisba: ['الإندونيسية', 'العربي'], title: ['رئيس'] });

/** The ORG spans the description fill adds to an untagged sentence (or one with the given tags), as text. */
function orgs(sentence: string, tags?: Label[]): string[] {
  const words = sentence.split(' ');
  const out = descriptionFill(words.map((w) => normaliseString(w)), tags ?? words.map(() => 'O' as Label), gaz);
  return bioSpans(out).filter((s) => s.type === 'ORG').map((s) => words.slice(s.start, s.end).join(' '));
}

test('a definite institution head with adjectives and a complement with ل is a body', () => {
  assert.deepEqual(orgs('فإن الهيئة الإسلامية العالمية للمحامين تؤكد أن الجريمة'), ['الهيئة الإسلامية العالمية للمحامين']);
  assert.deepEqual(orgs('وقالت المنظمة العربية لحقوق الإنسان في بيان'), ['المنظمة العربية لحقوق الإنسان']);
  // a head with an adjective and no complement is a description (الهيئة العامة)
  assert.deepEqual(orgs('وقالت الهيئة الجديدة في بيان'), []);
});

test('a consulate or an embassy with a nisba is the mission of that state', () => {
  assert.deepEqual(orgs('رفضت القنصلية الإندونيسية بجدة توقيع العقود'), ['القنصلية الإندونيسية']);
  assert.deepEqual(orgs('وقال مسؤول بالقنصلية الإندونيسية إن'), ['بالقنصلية الإندونيسية']);
});

test('a movement named with a complement of purpose is a body, the place in it included', () => {
  const s = 'قال نائب رئيس حركة النضال العربي لتحرير الأحواز أحمد مولى';
  const tags = s.split(' ').map((w) => (w === 'الأحواز' ? 'B-LOC' : w === 'أحمد' ? 'B-PER' : w === 'مولى' ? 'I-PER' : 'O') as Label);
  assert.deepEqual(orgs(s, tags), ['حركة النضال العربي لتحرير الأحواز']);
  // a movement of traffic or of people is no body
  assert.deepEqual(orgs('وشهدت حركة المرور ازدحاما كبيرا'), []);
});

test('الهيئة points back to the body named before it', () => {
  const text = 'وأكدت الهيئة الإسلامية العالمية للمحامين أن الجريمة إرهابية. وتجدد الهيئة إدانتها لكل جرائم الإرهاب.';
  const es = analyse(text, [['الهيئة الإسلامية العالمية للمحامين', 'ORG']]);
  const e = es.find((x) => x.name === 'الهيئة الإسلامية العالمية للمحامين');
  assert.deepEqual(surfaces(text, e), ['الهيئة الإسلامية العالمية للمحامين', 'الهيئة']);
});

// --- the southern fighters of Yemen are the southern resistance --------------------------

test('the southern fighters of a document about Yemen are the southern resistance', () => {
  const text = 'قالت مصادر إن مقاتلي جنوب اليمن انتزعوا أراضي من الحوثيين حول عدن في اليمن. وأضافت أن المقاتلين الجنوبيين طردوا مقاتلي الحوثيين من لودر.';
  const e = find(analyse(text), 'org:southern-resistance-yemen');
  assert.deepEqual(surfaces(text, e), ['مقاتلي جنوب اليمن', 'المقاتلين الجنوبيين']);
  // not in a document about another country's south
  const other = 'وقال المسؤول السوداني إن المقاتلين الجنوبيين انسحبوا من المدينة.';
  assert.equal(find(analyse(other), 'org:southern-resistance-yemen'), undefined);
});
