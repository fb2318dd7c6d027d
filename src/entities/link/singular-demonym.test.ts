import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';

/** The entities of the analysis as `TYPE:name[:kb id]|mention surfaces/kinds`. */
function entities(text: string): string[] {
  return analyse({ text }).entities.map((e) =>
    `${e.type}:${e.name}${e.kb ? ':' + e.kb.id : ''}|${e.mentions.map((m) => `${text.slice(m.start, m.end)}/${m.kind ?? 'name'}`).join(' ')}`);
}

test('a bare singular nisba after a noun of people or a number is its state', () => {
  const a = entities('وقال موظف في المنظمة إن مسؤول مصري وصل إلى الخرطوم.');
  assert.ok(a.some((x) => x.startsWith('GPE:مصر:gpe:EG|مصري/adjective')), a.join(' '));
  const b = entities('وذكرت الجمعية أن قرابة ألف سوري عادوا إلى قراهم الشهر الماضي.');
  assert.ok(b.some((x) => x.startsWith('GPE:سوريا:gpe:SY|سوري/adjective')), b.join(' '));
});

test('an accusative nisba after a noun of people is the state described, not named', () => {
  const a = entities('وأوقفت السلطات في ميلانو شابا سوريا كان يحمل وثائق مزورة.');
  assert.ok(a.some((x) => x.startsWith('GPE:سوريا:gpe:SY|سوريا/adjective')), a.join(' '));
  const b = entities('وأصيب أحد عشر جنديًا عراقيًا بجروح في انفجار عبوة.');
  assert.ok(b.some((x) => x.startsWith('GPE:العراق:gpe:IQ|عراقيًا/adjective')), b.join(' '));
  const c = entities('وأصاب الرصاص فتى تركيًا قرب الحدود.');
  assert.ok(c.some((x) => x.startsWith('GPE:تركيا:gpe:TR|تركيًا/adjective')), c.join(' '));
});

test('the state named as such, and nisbas that are common words, stay as they were', () => {
  const a = entities('وسافر الوفد إلى سوريا ثم زار تركيا يوم الأحد.');
  assert.ok(a.some((x) => x.startsWith('GPE:سوريا:gpe:SY|سوريا/name')), a.join(' '));
  assert.ok(a.some((x) => x.startsWith('GPE:تركيا:gpe:TR|تركيا/name')), a.join(' '));
  const b = entities('وقدمت الجمعية دعم مالي للأسر المحتاجة.');
  assert.ok(!b.some((x) => x.includes(':gpe:ML')), b.join(' '));
  const c = entities('وفاز الكاتب محمود سوري بالجائزة.');
  assert.ok(!c.some((x) => x.includes(':gpe:SY')), c.join(' '));
});

test('a person described by a nisba is acted upon as his state, not the doer of the act (the events read the adjective)', () => {
  const text = 'وفي ميلانو، أوقفت الشرطة شابا سوريا كان يحمل وثائق مزورة.';
  const r = analyse({ text });
  const sy = r.entities.find((e) => e.kb?.id === 'gpe:SY');
  assert.ok(sy);
  const ev = r.events.find((e) => e.type === 'COERCE');
  assert.ok(ev, JSON.stringify(r.events));
  assert.ok(!ev.actor.includes(sy.id), JSON.stringify(ev));
});
