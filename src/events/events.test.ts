import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { IsnadEvent } from '../core/types.js';
import { Pipeline, defineStage } from '../core/pipeline.js';
import { extractEvents } from './extract.js';
import { buildLayers, type LayerSpec } from './testing.js';
import { HAFTAR_LAYERS } from './fixtures/haftar-layers.js';
import { eventsStage } from './stage.js';
import { formatEventsText } from './format.js';
import { ANALYSIS_SCHEMA } from '../core/analysis.js';

const HAFTAR = readFileSync(fileURLToPath(new URL('./fixtures/haftar-russia.ar.txt', import.meta.url)), 'utf8');

function run(text: string, spec: LayerSpec = {}) {
  const layers = buildLayers(text, spec);
  return { layers, events: extractEvents(layers) };
}

const triggerText = (text: string, e: IsnadEvent) => text.slice(e.trigger.start, e.trigger.end);

test('founding example: the events the report tells', () => {
  const { layers, events } = run(HAFTAR, HAFTAR_LAYERS);
  const find = (type: string, trigger: string) => events.find((e) => e.type === type && triggerText(HAFTAR, e).includes(trigger));
  const timeValue = (e: IsnadEvent | undefined) => (e?.time !== undefined ? layers.times[e.time]?.value : undefined);

  const request = find('REQUEST', 'طلب');
  assert.ok(request, 'REQUEST');
  assert.deepEqual(request.actor, ['e1']);
  assert.deepEqual(request.recipient, ['e2']);
  assert.equal(request.attribution, 'a1');

  const consult = events.find((e) => e.type === 'CONSULT' && e.recipient.includes('e9'));
  assert.ok(consult, 'CONSULT with Shoigu');
  assert.deepEqual(consult.actor, ['e1']);
  assert.equal(timeValue(consult), '2016-W02');
  assert.equal(consult.mode, 'phone');
  assert.equal(consult.attribution, 'a4');

  const askShoigu = events.find((e) => e.type === 'REQUEST' && e.recipient.includes('e9'));
  assert.ok(askShoigu, 'Haftar asks Shoigu');
  assert.deepEqual(askShoigu.actor, ['e1']);

  const signing = find('AGREE', 'التوقيع');
  assert.ok(signing, 'AGREE (signing)');
  assert.equal(signing.negated, true);
  assert.equal(signing.attribution, 'a6');
  assert.deepEqual(signing.recipient, ['e2']);

  const receive = find('AID', 'ستتسلم');
  assert.ok(receive, 'AID (Libya will receive)');
  assert.deepEqual(receive.recipient, ['e3']);
  assert.equal(receive.future, true);
  assert.equal(receive.conditional, true);
  assert.equal(receive.negated, false);
  assert.equal(layers.quantities[receive.quantities?.[0] ?? -1]?.value, 4.2e9);

  const offer = find('AID', 'عرضت');
  assert.ok(offer, 'AID offer');
  assert.deepEqual(offer.actor, ['e2']);
  assert.deepEqual(offer.recipient, ['e1']);
  assert.equal(layers.quantities[offer.quantities?.[0] ?? -1]?.value, 2.9e9);
  assert.equal(offer.mode, 'military');

  const support = find('SUPPORT', 'الدعم');
  assert.ok(support, 'SUPPORT');
  assert.deepEqual(support.actor, ['e11', 'e12']);
  assert.deepEqual(support.recipient, ['e1']);
  assert.equal(support.attribution, 'a9');

  const seize = find('COERCE', 'احتلال');
  assert.ok(seize, 'COERCE (oil fields)');
  assert.deepEqual(seize.actor, ['e13']);
  assert.equal(seize.mode, 'seize');

  const defeat = find('ASSAULT', 'هزيمة');
  assert.ok(defeat, 'defeat of the Islamic State');
  assert.deepEqual(defeat.actor, ['e15']);
  assert.deepEqual(defeat.recipient, ['e16']);
  assert.equal(timeValue(defeat), '2015');
  const expel = find('COERCE', 'طرد');
  assert.ok(expel);
  assert.equal(expel.location, 'e17');

  const recognise = events.find((e) => triggerText(HAFTAR, e).includes('تعترف'));
  assert.ok(recognise);
  assert.equal(recognise.type, 'REJECT');
  assert.deepEqual(recognise.actor, ['e13']);
  assert.deepEqual(recognise.recipient, ['e14']);

  // Ids are v1… in text order; triggers are real spans of the original text.
  events.forEach((e, i) => assert.equal(e.id, `v${i + 1}`));
  for (let i = 1; i < events.length; i++) assert.ok(events[i]!.trigger.start > events[i - 1]!.trigger.start);
});

test('empty entity and attribution layers still give types and triggers', () => {
  const { events } = run(HAFTAR);
  assert.ok(events.length >= 10);
  for (const e of events) {
    assert.deepEqual(e.actor, []);
    assert.equal(e.attribution, undefined);
  }
  assert.ok(events.some((e) => e.type === 'REQUEST'));
  assert.ok(events.some((e) => e.type === 'AGREE' && e.negated), 'local denial without attributions');
});

test('ambiguous ضرب: attack, not «gave an example»', () => {
  const spec: LayerSpec = { entities: [{ id: 'e1', type: 'ORG', name: 'التحالف' }, { id: 'e2', type: 'ORG', name: 'الحوثيين' }] };
  const a = run('ضرب التحالف مواقع الحوثيين في صعدة.', spec).events;
  assert.equal(a[0]?.type, 'ASSAULT');
  assert.deepEqual(a[0]?.actor, ['e1']);
  const b = run('ضرب التحالف مثلا في الصبر.', spec).events;
  assert.equal(b.length, 0);
});

test('negation, future and conditional markers', () => {
  const spec: LayerSpec = { entities: [{ id: 'e1', type: 'GPE', name: 'إيران' }, { id: 'e2', type: 'GPE', name: 'العراق' }] };
  const [neg] = run('لم تهاجم إيران العراق.', spec).events;
  assert.equal(neg?.type, 'ASSAULT');
  assert.equal(neg?.negated, true);
  assert.deepEqual(neg?.actor, ['e1']);
  assert.deepEqual(neg?.recipient, ['e2']);
  const [fut] = run('ستزور إيران العراق الأسبوع المقبل.', spec).events;
  assert.equal(fut?.type, 'CONSULT');
  assert.equal(fut?.future, true);
  assert.equal(fut?.negated, false);
  const [cond] = run('إذا هاجمت إيران العراق فإن الرد سيكون قاسيا.', spec).events;
  assert.equal(cond?.conditional, true);
});

test('passive with تم and the agent after من قبل', () => {
  const spec: LayerSpec = { entities: [{ id: 'e1', type: 'PER', name: 'أحمد علي' }, { id: 'e2', type: 'ORG', name: 'الشرطة' }] };
  const [ev] = run('تم اعتقال أحمد علي من قبل الشرطة في الرياض.', spec).events;
  assert.equal(ev?.type, 'COERCE');
  assert.equal(ev?.mode, 'arrest');
  assert.deepEqual(ev?.recipient, ['e1']);
  assert.deepEqual(ev?.actor, ['e2']);
});

test('ASSAULT carries its place and casualty counts', () => {
  const text = 'قتل 12 شخصا في هجوم انتحاري استهدف مسجدا في مدينة أبها.';
  const { layers, events } = run(text, {
    entities: [{ id: 'e1', type: 'GPE', name: 'أبها' }],
    quantities: [{ text: '12', kind: 'count', value: 12, unit: null }],
  });
  const attack = events.find((e) => e.type === 'ASSAULT' && e.mode === 'explosives');
  assert.ok(attack, 'suicide attack with explosives mode');
  assert.equal(attack.location, 'e1');
  const killing = events[0]!;
  assert.equal(killing.type, 'ASSAULT');
  assert.deepEqual(killing.quantities?.map((q) => layers.quantities[q]?.value), [12]);
});

test('PROTEST: demonstrators and strikes', () => {
  const { events } = run('خرج آلاف المتظاهرين في شوارع بيروت احتجاجا على أزمة النفايات.', {
    entities: [{ id: 'e1', type: 'GPE', name: 'بيروت' }],
  });
  assert.ok(events.length >= 1);
  assert.ok(events.every((e) => e.type === 'PROTEST'));
  assert.equal(events[0]?.location, 'e1');
});

test('the stage runs in a pipeline and the text view names the parties', () => {
  const layers = buildLayers(HAFTAR, HAFTAR_LAYERS);
  const given = defineStage({
    name: 'given',
    needs: [],
    adds: ['tokens', 'sentences', 'entities', 'attributions', 'quantities', 'times'],
    run: () => ({ layers: {
      tokens: layers.tokens, sentences: layers.sentences, entities: layers.entities,
      attributions: layers.attributions, quantities: layers.quantities, times: layers.times,
    } }),
  });
  const doc = Pipeline.build([given, eventsStage]).run({ text: HAFTAR });
  const events = doc.layers.events ?? [];
  assert.ok(events.length > 0);
  const view = formatEventsText({
    schema: ANALYSIS_SCHEMA, text: HAFTAR, sentences: layers.sentences, tokens: [], entities: layers.entities,
    attributions: layers.attributions, quantities: layers.quantities, times: layers.times, events,
  });
  const lines = view.trim().split('\n');
  assert.equal(lines.length, events.length);
  assert.ok(lines.some((l) => l.includes('AID/military روسيا → خليفة حفتر') && l.includes('2900000000 USD') && l.includes('«عرضت»')));
  assert.ok(lines.some((l) => l.includes('AGREE') && l.includes('[negated]')));
});

test('the trigger lexicon matches its manifest checksum', async () => {
  const { createHash } = await import('node:crypto');
  const dir = new URL('../../data/events/', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Record<string, { sha256: string }>;
  const sum = createHash('sha256').update(readFileSync(new URL('triggers.json', dir))).digest('hex');
  assert.equal(manifest['triggers.json']?.sha256, sum);
});
