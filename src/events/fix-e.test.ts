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
