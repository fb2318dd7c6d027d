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
import { analyse } from '../pipeline/analyse.js';

const HAFTAR = readFileSync(fileURLToPath(new URL('./fixtures/haftar-russia.ar.txt', import.meta.url)), 'utf8');

function run(text: string, spec: LayerSpec = {}) {
  const layers = buildLayers(text, spec);
  return { layers, events: extractEvents(layers) };
}

const triggerText = (text: string, e: IsnadEvent) => text.slice(e.trigger.start, e.trigger.end);

test('founding example through the full analysis: the events the report tells', () => {
  const a = analyse({ text: HAFTAR, date: '2017-01-18' });
  const surfaces = new Map(a.entities.map((e) => [e.id, [e.name, ...e.mentions.map((m) => HAFTAR.slice(m.start, m.end))]]));
  /** The ids name exactly these parties (each word found in a different entity's name or mentions). */
  const parties = (ids: string[], ...words: string[]) => ids.length === words.length
    && words.every((w) => ids.some((id) => (surfaces.get(id) ?? []).some((s) => s.includes(w))));
  const show = (ids: string[]) => ids.map((id) => surfaces.get(id)?.[0] ?? id).join(' + ');
  const find = (type: string, trigger: string) => a.events.find((e) => e.type === type && triggerText(HAFTAR, e).includes(trigger));
  const timeValue = (e: IsnadEvent) => (e.time !== undefined ? a.times[e.time]?.value : undefined);
  const money = (e: IsnadEvent) => (e.quantities ?? []).map((q) => a.quantities[q]).find((q) => q?.kind === 'money')?.value;

  const request = find('REQUEST', 'طلب');
  assert.ok(request, 'REQUEST');
  assert.ok(parties(request.actor, 'حفتر'), show(request.actor));
  assert.ok(parties(request.recipient, 'روسيا'), show(request.recipient));
  assert.notEqual(request.attribution, undefined, 'reported by the Western reports');

  const consult = a.events.find((e) => e.type === 'CONSULT' && parties(e.recipient, 'شويغو'));
  assert.ok(consult, 'CONSULT with Shoigu');
  assert.ok(parties(consult.actor, 'حفتر'), show(consult.actor));
  assert.equal(consult.mode, 'phone', 'by video link');
  assert.equal(timeValue(consult), '2017-W02', 'last week');
  assert.notEqual(consult.attribution, undefined);

  const signing = find('AGREE', 'التوقيع');
  assert.ok(signing, 'AGREE (signing contracts)');
  assert.equal(signing.negated, true, 'denied by the spokesman');
  assert.ok(parties(signing.actor, 'حفتر'), `the spokesman of Haftar: ${show(signing.actor)}`);
  assert.ok(parties(signing.recipient, 'روسيا'), show(signing.recipient));
  const denial = a.attributions.find((x) => x.id === signing.attribution);
  assert.ok(denial && HAFTAR.slice(denial.cue.start, denial.cue.end).includes('نفى'), 'reported by the denial');

  const offer = find('AID', 'عرضت');
  assert.ok(offer, 'AID offer');
  assert.ok(parties(offer.actor, 'روسيا'), show(offer.actor));
  assert.ok(parties(offer.recipient, 'حفتر'), show(offer.recipient));
  assert.equal(money(offer), 2.9e9);
  assert.equal(offer.mode, 'military');

  const support = find('SUPPORT', 'الدعم');
  assert.ok(support, 'SUPPORT');
  assert.ok(parties(support.actor, 'مصر', 'الإمارات'), show(support.actor));
  assert.ok(parties(support.recipient, 'حفتر'), show(support.recipient));

  const control = find('COERCE', 'تسيطر');
  assert.ok(control, 'COERCE (control of the oil fields)');
  assert.ok(parties(control.actor, 'الكرامة'), show(control.actor));
  const seize = find('COERCE', 'احتلال');
  assert.ok(seize, 'COERCE (seizing the oil fields)');
  assert.ok(parties(seize.actor, 'الكرامة'), show(seize.actor));
  assert.equal(seize.mode, 'seize');

  const defeat = find('ASSAULT', 'هزيمة');
  assert.ok(defeat, 'defeat of the Islamic State');
  assert.ok(parties(defeat.actor, 'البنيان المرصوص'), show(defeat.actor));
  assert.ok(parties(defeat.recipient, 'الدولة'), show(defeat.recipient));
  const expel = find('COERCE', 'طرد');
  assert.ok(expel, 'expelled from Sirte');
  assert.ok(expel.location !== undefined && parties([expel.location], 'سرت'));

  const recognise = a.events.find((e) => triggerText(HAFTAR, e).includes('تعترف'));
  assert.equal(recognise?.type, 'REJECT');
  assert.ok(parties(recognise.actor, 'الكرامة'));

  // Ids are v1… in text order; triggers are real spans of the original text.
  a.events.forEach((e, i) => assert.equal(e.id, `v${i + 1}`));
  for (let i = 1; i < a.events.length; i++) assert.ok(a.events[i]!.trigger.start > a.events[i - 1]!.trigger.start);
});

test('founding example with hand-given layers (the events stage alone)', () => {
  const { layers, events } = run(HAFTAR, HAFTAR_LAYERS);
  const find = (type: string, trigger: string) => events.find((e) => e.type === type && triggerText(HAFTAR, e).includes(trigger));
  const request = find('REQUEST', 'طلب');
  assert.deepEqual(request?.actor, ['e1']);
  assert.deepEqual(request?.recipient, ['e2']);
  const offer = find('AID', 'عرضت');
  assert.deepEqual(offer?.actor, ['e2']);
  assert.equal(layers.quantities[offer?.quantities?.[0] ?? -1]?.value, 2.9e9);
  const signing = find('AGREE', 'التوقيع');
  assert.equal(signing?.negated, true);
  assert.equal(signing?.attribution, 'a6');
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
  // The act told under a condition is flagged; the verb of the condition itself is no event (extract/conditional-act.ts).
  const [cond] = run('ستهاجم إيران العراق إذا لم توقف دعمها للمتمردين.', spec).events;
  assert.equal(cond?.type, 'ASSAULT');
  assert.equal(cond?.conditional, true);
  assert.equal(run('إذا هاجمت إيران العراق فإن الرد سيكون قاسيا.', spec).events.length, 0);
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

test('subject after a title chain, and a noun phrase headed by a nisba adjective', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'PER', name: 'راشد بن عبدالله' },
      { id: 'e2', type: 'GPE', name: 'البحرين', forms: ['adj:البحريني'] },
      { id: 'e3', type: 'GPE', name: 'إيران' },
      { id: 'e4', type: 'GPE', name: 'كوريا الجنوبية', forms: ['adj:الكوري الجنوبي'] },
      { id: 'e5', type: 'GPE', name: 'كوريا الشمالية' },
    ],
  };
  const [accuse] = run('اتهم وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله إيران بالتدخل.', spec).events;
  assert.equal(accuse?.type, 'ACCUSE');
  assert.deepEqual(accuse?.actor, ['e1']);
  assert.deepEqual(accuse?.recipient, ['e3']);
  const [threat] = run('هدد الجيش الكوري الجنوبي، اليوم الاثنين، بالرد على كوريا الشمالية.', spec).events;
  assert.equal(threat?.type, 'THREATEN');
  assert.deepEqual(threat?.actor, ['e4']);
  assert.deepEqual(threat?.recipient, ['e5']);
});

test('agents of a relative clause and of a passive participle; recipient through a nisba adjective', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'GPE', name: 'المملكة' },
      { id: 'e2', type: 'GPE', name: 'اليمن', forms: ['adj:اليمنيين'] },
      { id: 'e3', type: 'ORG', name: 'التحالف' },
    ],
  };
  const [aid] = run('بلغت المساعدات للأشقاء اليمنيين التي قدمتها المملكة ثلاثة آلاف طن.', spec).events;
  assert.equal(aid?.type, 'AID');
  assert.deepEqual(aid?.actor, ['e1']);
  assert.deepEqual(aid?.recipient, ['e2']);
  const [backed] = run('تقدمت القوات المدعومة عسكريا من التحالف نحو المدينة.', spec).events;
  assert.equal(backed?.type, 'AID', 'military backing is material aid');
  assert.deepEqual(backed?.actor, ['e3']);
});

test('a casualty noun takes the doer of the attack that caused it; a possessive is the doer when the object follows with ل', () => {
  const spec: LayerSpec = {
    entities: [{ id: 'e1', type: 'ORG', name: 'التحالف الدولي' }, { id: 'e2', type: 'ORG', name: 'الحوثيين' }],
  };
  const events = run('أعلنت الوزارة مقتل 23 عنصرا بقصف لطيران التحالف الدولي.', spec).events;
  assert.deepEqual(events.map((e) => [e.type, e.actor]), [['ASSAULT', ['e1']], ['ASSAULT', ['e1']]]);
  const target = run('ندد الناشطون بجرائم الحوثيين من خلال استهدافهم للمدنيين.', spec).events.find((e) => e.type === 'ASSAULT');
  assert.deepEqual(target?.actor, ['e2']);
});

test('a title phrase in apposition names the person; places after a locative phrase are not objects', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'ORG', name: 'مجلس النواب العراقي' },
      { id: 'e2', type: 'PER', name: 'سليم الجبوري' },
      { id: 'e3', type: 'PER', name: 'عادل الجبير' },
      { id: 'e4', type: 'GPE', name: 'ألمانيا' },
      { id: 'e5', type: 'PER', name: 'فرانك شتاينماير' },
      { id: 'e6', type: 'ORG', name: 'قوات الأمن التونسي' },
      { id: 'e7', type: 'LOC', name: 'جبل سمامة' },
    ],
  };
  const [accuse] = run('استنكر رئيس مجلس النواب العراقي الدكتور سليم الجبوري التفجير.', spec).events;
  assert.equal(accuse?.type, 'ACCUSE');
  assert.deepEqual(accuse?.actor, ['e2']);
  assert.deepEqual(accuse?.recipient, []);
  const [meet] = run('التقى عادل الجبير اليوم وزير الخارجية بجمهورية ألمانيا الاتحادية فرانك شتاينماير.', spec).events;
  assert.equal(meet?.type, 'CONSULT');
  assert.deepEqual(meet?.actor, ['e3']);
  assert.deepEqual(meet?.recipient, ['e5']);
  const [kill] = run('قتلت قوات الأمن التونسي إرهابيا بمنطقة جبل سمامة.', spec).events;
  assert.equal(kill?.type, 'ASSAULT');
  assert.deepEqual(kill?.actor, ['e6']);
  assert.deepEqual(kill?.recipient, []);
  assert.equal(kill?.location, 'e7');
});

test('quoted subjects, comma appositions, passives with a cause, and what a request asks for', () => {
  const spec: LayerSpec = {
    entities: [
      { id: 'e1', type: 'ORG', name: 'داعش' },
      { id: 'e2', type: 'ORG', name: 'الحكومة التركية' },
      { id: 'e3', type: 'PER', name: 'روبيرت بايبر' },
      { id: 'e4', type: 'GPE', name: 'إسرائيل' },
      { id: 'e5', type: 'PER', name: 'محسن الفضلي' },
    ],
  };
  const [threat] = run('هدد «داعش» الحكومة التركية بالرد.', spec).events;
  assert.equal(threat?.type, 'THREATEN');
  assert.deepEqual(threat?.actor, ['e1']);
  assert.deepEqual(threat?.recipient, ['e2']);
  const request = run('دعا منسق الشؤون الإنسانية، روبيرت بايبر، إسرائيل إلى وقف خططها لهدم منازل.', spec).events;
  assert.deepEqual(request.map((e) => e.type), ['REQUEST']);
  assert.deepEqual(request[0]?.actor, ['e3']);
  assert.deepEqual(request[0]?.recipient, ['e4']);
  const killed = run('قالت الوزارة إن محسن الفضلي قتل في ضربة جوية.', spec).events;
  assert.deepEqual(killed.map((e) => e.type), ['ASSAULT', 'ASSAULT']);
  assert.deepEqual(killed[0]?.actor, []);
  assert.deepEqual(killed[0]?.recipient, ['e5']);
});
