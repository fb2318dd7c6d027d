import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeEvents as show, eventsIn, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'tr', type: 'GPE', name: 'تركيا', forms: ['adj:الأتراك', 'adj:التركي'] },
    { id: 'iq', type: 'ORG', name: 'الحكومة العراقية' },
    { id: 'sa', type: 'GPE', name: 'السعودية', forms: ['adj:السعوديون'] },
    { id: 'us', type: 'GPE', name: 'الولايات المتحدة', forms: ['adj:والأمريكيون', 'adj:الأمريكيون'] },
    { id: 'ye', type: 'GPE', name: 'اليمن', forms: ['adj:اليمني'] },
    { id: 'cab', type: 'ORG', name: 'مجلس الوزراء' },
    { id: 'bh', type: 'PER', name: 'خالد بحاح' },
    { id: 'kr', type: 'PER', name: 'أنور قرقاش' },
  ],
};

/** The events of a type on a trigger word. */
function eventsOn(text: string, type: string, trigger: string) {
  const events = eventsIn(text, spec);
  return { events, found: events.filter((x) => x.type === type && text.slice(x.trigger.start, x.trigger.end) === trigger) };
}

test('after a head noun and its nisba, a body named next is the object, not the subject (طالب المسؤولون الأتراك الحكومة العراقية)', () => {
  for (const t of ['وطالب المسؤولون الأتراك الحكومة العراقية بوقف الهجمات.', 'وطالب المسؤول التركي الحكومة العراقية بوقف الهجمات.']) {
    const r = eventsOn(t, 'REQUEST', 'وطالب');
    assert.ok(r.found.length === 1 && r.found[0]!.actor.includes('tr') && !r.found[0]!.actor.includes('iq'), `${t} → ${show(t, r.events)}`);
  }
});

test('a person named after a nisba and an office stays the subject (نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح)', () => {
  const t = 'التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح أمس في الرياض أنور قرقاش.';
  const r = eventsOn(t, 'CONSULT', 'التقى');
  assert.ok(r.found.length === 1 && r.found[0]!.actor.includes('bh') && !r.found[0]!.actor.includes('ye'), `${t} → ${show(t, r.events)}`);
});

test('leaders named by coordinated plural nisbas are the subject (اتفق القادة السعوديون والأمريكيون)', () => {
  const t = 'اتفق القادة السعوديون والأمريكيون يوم الأربعاء على تعزيز التعاون العسكري.';
  const r = eventsOn(t, 'AGREE', 'اتفق');
  assert.ok(r.found.length === 1 && r.found[0]!.actor.includes('sa') && r.found[0]!.actor.includes('us'), `${t} → ${show(t, r.events)}`);
});

const parties: LayerSpec = {
  entities: [
    { id: 'cdu', type: 'ORG', name: 'الحزب الديمقراطي المسيحي' },
    { id: 'set', type: 'GPE', name: 'إسرائيل', forms: ['adj:الإسرائيليين'] },
    { id: 'aqsa', type: 'LOC', name: 'المسجد الأقصى' },
  ],
};

test('a counted noun before من names members of the party, the subject of the verb after it (60 نائبا من الحزب … صوتوا)', () => {
  const t = 'يذكر أن 60 نائبا من الحزب الديمقراطي المسيحي صوتوا ضد حزمة الإجراءات.';
  const events = eventsIn(t, parties);
  const e = events.find((x) => x.type === 'REJECT');
  assert.ok(e && e.actor.includes('cdu'), `${t} → ${show(t, events)}`);
});

test('من جانب names the doer of an act as من قبل does (الاعتداءات من جانب المستوطنين الإسرائيليين)', () => {
  const t = 'وأدان البيان الاعتداءات المتكررة من جانب المستوطنين الإسرائيليين على المسجد الأقصى.';
  const events = eventsIn(t, parties);
  const e = events.find((x) => x.type === 'ASSAULT' && t.slice(x.trigger.start, x.trigger.end) === 'الاعتداءات');
  assert.ok(e && e.actor.includes('set'), `${t} → ${show(t, events)}`);
  // «من جانب آخر»: no party named, no doer.
  const t2 = 'ومن جانب آخر، تواصلت الاعتداءات على المسجد الأقصى.';
  const events2 = eventsIn(t2, parties);
  assert.ok(!events2.some((x) => x.actor.includes('set')), `${t2} → ${show(t2, events2)}`);
});

const kana: LayerSpec = {
  entities: [
    { id: 'hz', type: 'ORG', name: 'الميليشيات الحوثية' },
    { id: 'rs', type: 'ORG', name: 'المقاومة الجنوبية' },
    { id: 'hd', type: 'PER', name: 'هادي' },
  ],
};

test('words between كان and قد are the subject, so the name after the verb is its object (وكانت وحدة نزع الألغام قد اتهمت الميليشيات)', () => {
  const t = 'وكانت وحدة نزع الألغام قد اتهمت الميليشيات الحوثية بزرع الألغام.';
  const events = eventsIn(t, kana);
  const e = events.find((x) => x.type === 'ACCUSE');
  assert.ok(e && !e.actor.includes('hz') && e.recipient.includes('hz'), `${t} → ${show(t, events)}`);
  // A named subject there is still the actor.
  const t2 = 'وكانت المقاومة الجنوبية قد اتهمت الميليشيات الحوثية بزرع الألغام.';
  const events2 = eventsIn(t2, kana);
  const e2 = events2.find((x) => x.type === 'ACCUSE');
  assert.ok(e2 && e2.actor.includes('rs') && e2.recipient.includes('hz'), `${t2} → ${show(t2, events2)}`);
  // Nothing between كان and قد: the subject follows the verb.
  const t3 = 'وكان قد اتهم الرئيس هادي الميليشيات الحوثية بزرع الألغام.';
  const events3 = eventsIn(t3, kana);
  const e3 = events3.find((x) => x.type === 'ACCUSE');
  assert.ok(e3 && e3.actor.includes('hd'), `${t3} → ${show(t3, events3)}`);
});

const meeting: LayerSpec = {
  entities: [
    { id: 'bu', type: 'PER', name: 'محمد بخاري' },
    { id: 'ob', type: 'PER', name: 'باراك أوباما' },
    { id: 'bh', type: 'ORG', name: 'جماعة بوكو حرام' },
  ],
};

test('a verb of a meeting whose subject is «the two presidents» has the two parties of the meeting told before it (وناقش الرئيسان)', () => {
  const t = 'والتقى الرئيس النيجيري محمد بخاري بالرئيس الأمريكي باراك أوباما في واشنطن. وناقش الرئيسان مسائل أمنية.';
  const events = eventsIn(t, meeting);
  const e = events.find((x) => x.type === 'CONSULT' && t.slice(x.trigger.start, x.trigger.end) === 'وناقش');
  assert.ok(e && e.actor.includes('bu') && e.actor.length === 2, `${t} → ${show(t, events)}`);
  // A single named subject is not both parties.
  const t2 = 'والتقى الرئيس النيجيري محمد بخاري بالرئيس الأمريكي باراك أوباما في واشنطن. وناقش بخاري مسائل أمنية.';
  const events2 = eventsIn(t2, meeting);
  const e2 = events2.find((x) => x.type === 'CONSULT' && t2.slice(x.trigger.start, x.trigger.end) === 'وناقش');
  assert.ok(!e2 || !e2.actor.includes('ob'), `${t2} → ${show(t2, events2)}`);
});
