import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../pipeline/analyse.js';

/** The entities of the analysis as `TYPE:kb id|mention surfaces/kinds`. */
function entities(text: string): string[] {
  return analyse({ text }).entities.map((e) =>
    `${e.type}:${e.kb?.id ?? ''}|${e.mentions.map((m) => `${text.slice(m.start, m.end)}/${m.kind ?? 'name'}`).join(' ')}`);
}

test('a dual nisba after a dual noun stands for its state, masculine and feminine', () => {
  const a = entities('قتل جنديان تركيان وجرح اثنان آخران في هجوم.');
  assert.ok(a.includes('GPE:gpe:TR|تركيان/adjective'), a.join(' '));
  const b = entities('وهاجمت مروحيتين امريكيتين حاجزا للشرطة.');
  assert.ok(b.includes('GPE:gpe:US|امريكيتين/adjective'), b.join(' '));
});

test('the soldiers killed, named by a dual nisba, are the recipient of the attack', () => {
  const text = 'قتل جنديان تركيان وجرح اثنان آخران في هجوم.';
  const r = analyse({ text });
  const tr = r.entities.find((e) => e.kb?.id === 'gpe:TR');
  assert.ok(tr);
  const ev = r.events.find((e) => e.type === 'ASSAULT' && e.recipient.includes(tr.id));
  assert.ok(ev && !ev.actor.includes(tr.id), JSON.stringify(r.events));
});

test('a dual ending with no dual noun before it is no state', () => {
  const a = entities('وقال إن التعاون تركيان في المقام الأول.');
  assert.ok(!a.some((x) => x.startsWith('GPE:gpe:TR')), a.join(' '));
});
