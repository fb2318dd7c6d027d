import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Attribution, Entity } from '../core/types.js';
import { attributionsOf, entitiesBySurface, analysisOf } from './testing.js';
import { formatAttributionsText } from './format.js';
import { Pipeline } from '../core/pipeline.js';
import { normaliseStage, segmentStage } from '../text/stages.js';
import { nerStage } from '../entities/ner/stage.js';
import { entitiesStage } from '../entities/link/stage.js';
import { attributionsStage } from './stage.js';

const text = readFileSync(new URL('./fixtures/haftar-russia.ar.txt', import.meta.url), 'utf8');

// Hand-made entity spans standing in for the entity stage.
const entities: Entity[] = entitiesBySurface(text, [
  { id: 'haftar', type: 'PER', name: 'خليفة حفتر', forms: ['خليفة\nحفتر', 'حفتر'] },
  { id: 'reuters', type: 'ORG', name: 'رويترز', forms: ['رويترز'] },
  { id: 'ibt', type: 'ORG', name: 'إنترناشيونال بزنس تايمز', forms: ['إنترناشيونال بزنس تايمز', 'انترناشيونال بزنس تايمز'] },
  { id: 'arabi21', type: 'ORG', name: 'عربي21', forms: ['عربي21'] },
  { id: 'russia', type: 'GPE', name: 'روسيا', forms: ['روسيا', 'موسكو'] },
  { id: 'libya', type: 'GPE', name: 'ليبيا', forms: ['ليبيا'] },
  { id: 'shoigu', type: 'PER', name: 'سيرغي شويغو', forms: ['سيرغي شويغو', 'شويغو'] },
  { id: 'un', type: 'ORG', name: 'الأمم المتحدة', forms: ['الأمم المتحدة'] },
]);

const found = attributionsOf(text, entities);
const slice = (s: { start?: number; end?: number }) => text.slice(s.start ?? 0, s.end ?? 0);

/** The attribution whose cue overlaps the n-th occurrence of `cue`. */
function byCue(cue: string, nth = 0): Attribution {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(cue, at + 1);
  assert.ok(at >= 0, `cue text ${cue} is in the article`);
  const a = found.find((x) => x.cue.start < at + cue.length && x.cue.end > at);
  assert.ok(a, `an attribution has the cue ${cue} (#${nth})`);
  return a;
}

function check(a: Attribution, want: { entity?: string; kind: string; stance: string; content: string; source?: string }) {
  assert.equal(a.source.kind, want.kind, `kind of ${slice(a.cue)}`);
  if (want.entity !== undefined) assert.equal(a.source.entity, want.entity, `entity of ${slice(a.cue)}`);
  if (want.source !== undefined) assert.equal(slice(a.source), want.source, `source span of ${slice(a.cue)}`);
  assert.equal(a.stance, want.stance, `stance of ${slice(a.cue)}`);
  assert.ok(slice(a.content).includes(want.content), `content of ${slice(a.cue)} has «${want.content}»: «${slice(a.content)}»`);
}

test('1: unnamed Western reports assert that Haftar asked Russia to intervene', () => {
  const a = byCue('أفادت');
  check(a, { kind: 'anonymous', stance: 'assert', content: 'طلب من\nروسيا التدخل', source: 'تقارير غربية متطابقة' });
  assert.equal(a.source.description, 'غربية متطابقة');
  assert.ok(!slice(a.content).includes('كما كشف'), 'the content stops before the next clause');
});

test('2 and 3: Reuters reveals the arms talks and does not say who pays', () => {
  check(byCue('كشف تقرير'), { entity: 'reuters', kind: 'named', stance: 'assert', content: 'حفتر يتفاوض لشراء أسلحة' });
  check(byCue('لم يكشف'), { entity: 'reuters', kind: 'named', stance: 'none', content: 'الجهة التي تمول حفتر' });
});

test('4: IBT, in a report seen by Arabi21, is a chain Arabi21 ← IBT', () => {
  const ibt = byCue('وقالت جريدة');
  check(ibt, { entity: 'ibt', kind: 'named', stance: 'assert', content: 'حفتر يحارب ضد القوى الإسلامية' });
  assert.ok(slice(ibt.content).includes('وطلب منه دعما روسيا عسكريا'));
  assert.ok(ibt.via, 'IBT reached the reader through Arabi21');
  const outer = found.find((x) => x.id === ibt.via);
  assert.ok(outer);
  assert.equal(outer.source.entity, 'arabi21');
  assert.equal(outer.source.kind, 'outlet');
  assert.equal(slice(outer.cue), 'اطلعت عليه');
  assert.equal(outer.via, undefined);
});

test('5: IBT on the language of Moscow and Damascus', () => {
  const a = byCue('وقالت صحيفة');
  check(a, { entity: 'ibt', kind: 'named', stance: 'assert', content: 'اللغة التي تم استخدامها بين حفتر وشويغو' });
  assert.equal(a.via, undefined);
});

test('6 and 7: the spokesman denies new contracts, then asserts the delivery', () => {
  const deny = byCue('ونفى');
  check(deny, { kind: 'anonymous', stance: 'deny', content: 'تم التوقيع على أي عقود جديدة', source: 'ناطق باسم حفتر' });
  assert.notEqual(deny.source.entity, 'haftar', 'the spokesman is not Haftar');
  assert.ok(!slice(deny.content).includes('إلا أن'), 'the denial stops at إلا أن');
  const assertA = byCue('المتحدث أكد');
  check(assertA, { kind: 'anonymous', stance: 'assert', content: 'ليبيا ستتسلم أسلحة حديثة بقيمة 4.2 مليار دولار' });
  assert.equal(slice(assertA.source), 'المتحدث');
  assert.equal(assertA.source.description, deny.source.description, 'المتحدث is the same spokesman');
  assert.ok(assertA.cue.start >= text.indexOf('أكد أن'));
});

test('8 and 9: IBT could not confirm the funding, and the paper asserts Egyptian and Emirati backing', () => {
  check(byCue('لم تتمكن من تأكيد'), { entity: 'ibt', kind: 'named', stance: 'none', content: 'مصدر تمويل الأسلحة' });
  const paper = byCue('تؤكد بأن');
  check(paper, { entity: 'ibt', kind: 'named', stance: 'assert', content: 'حفتر يتلقى الدعم من كل من مصر' });
  assert.equal(slice(paper.source), 'الصحيفة');
  assert.ok(!slice(paper.content).includes('أعلنت'), 'the content stops before the next cue');
});

test('10: Russia announces its offer', () => {
  check(byCue('أعلنت'), { entity: 'russia', kind: 'named', stance: 'assert', content: 'عرضت على حفتر أسلحة قيمتها 2.9 مليار دولار' });
});

test('11 and 12: Haftar claims (allege)', () => {
  check(byCue('يزعم', 1), { entity: 'haftar', kind: 'named', stance: 'allege', content: 'قواته تحارب القوى الإرهابية' });
  const leads = byCue('يزعم', 0);
  check(leads, { entity: 'haftar', kind: 'named', stance: 'allege', content: 'يقود الجيش الليبي' });
  assert.equal(slice(leads.content), 'يقود الجيش الليبي');
});

test('nothing is attributed to يشار إلى أن, and there are exactly 13 attributions', () => {
  const bg = text.indexOf('يشار إلى أن');
  const bgEnd = text.indexOf('.', bg);
  assert.ok(!found.some((a) => a.cue.start >= bg && a.cue.start < bgEnd), 'no cue in the background sentence');
  assert.equal(found.length, 13, found.map((a) => slice(a.cue)).join(' | '));
  assert.deepEqual(found.map((a) => a.id), found.map((_, k) => `a${k + 1}`));
  for (let k = 1; k < found.length; k++) assert.ok((found[k] as Attribution).cue.start >= (found[k - 1] as Attribution).cue.start);
});

test('without entities, sources are still found as noun phrases', () => {
  const bare = attributionsOf(text, []);
  const texts = bare.map((a) => slice(a.source));
  for (const s of ['تقارير غربية متطابقة', 'رويترز', 'إنترناشيونال بزنس تايمز', 'ناطق باسم حفتر', 'روسيا', 'حفتر']) {
    assert.ok(texts.includes(s), `source ${s} in ${texts.join(' | ')}`);
  }
});

test('the text view shows the chain indented under Arabi21', () => {
  const view = formatAttributionsText(analysisOf(text, entities, found));
  const lines = view.trimEnd().split('\n');
  assert.equal(lines.length, found.length);
  const outer = lines.findIndex((l) => l.includes('عربي21') && l.includes('[outlet]'));
  assert.ok(outer >= 0, view);
  assert.match(lines[outer + 1] ?? '', /^\s+└ a\d+ إنترناشيونال بزنس تايمز —\[assert: وقالت\]→ «حفتر يحارب/);
  assert.ok(lines.some((l) => /—\[deny: ونفى\]→ «يكون تم التوقيع/.test(l)));
  assert.ok(lines.some((l) => l.includes('[anonymous: غربية متطابقة]')));
});

test('with the project\'s own stages (tagger, linker), the founding example gives the same 13 attributions', () => {
  const pipeline = Pipeline.build([normaliseStage, segmentStage, nerStage, entitiesStage, attributionsStage]);
  const doc = pipeline.run({ text });
  assert.deepEqual(doc.diagnostics, []);
  const got = doc.layers.attributions ?? [];
  const ents = doc.layers.entities ?? [];
  const nameOf = (a: Attribution) => ents.find((e) => e.id === a.source.entity)?.name;
  const at = (cue: string, nth = 0) => {
    let k = -1;
    for (let n = 0; n <= nth; n++) k = text.indexOf(cue, k + 1);
    const a = got.find((x) => x.cue.start < k + cue.length && x.cue.end > k);
    assert.ok(a, `cue ${cue}`);
    return a;
  };
  assert.equal(got.length, 13, got.map((a) => slice(a.cue)).join(' | '));
  assert.equal(at('أفادت').source.kind, 'anonymous');
  assert.equal(nameOf(at('كشف تقرير')), 'رويترز');
  assert.equal(at('لم يكشف').stance, 'none');
  const ibt = at('وقالت جريدة');
  assert.match(nameOf(ibt) ?? '', /بزنس تايمز/);
  const outer = got.find((x) => x.id === ibt.via);
  assert.equal(outer?.source.kind, 'outlet');
  assert.equal(outer && nameOf(outer), 'عربي21');
  const deny = at('ونفى');
  assert.equal(deny.stance, 'deny');
  assert.equal(deny.source.kind, 'anonymous', 'an unnamed spokesman stays anonymous');
  const confirm = at('المتحدث أكد');
  assert.equal(confirm.source.entity, deny.source.entity, 'المتحدث is the same spokesman');
  assert.equal(confirm.source.kind, 'anonymous', 'and still unnamed');
  assert.equal(at('لم تتمكن من تأكيد').stance, 'none');
  assert.match(nameOf(at('تؤكد بأن')) ?? '', /بزنس تايمز/);
  assert.equal(nameOf(at('أعلنت')), 'روسيا');
  assert.equal(at('يزعم', 0).stance, 'allege');
  assert.equal(nameOf(at('يزعم', 1)), 'خليفة حفتر');
});
