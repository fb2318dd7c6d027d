import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './extract.js';
import { buildLayers } from './testing.js';

const entities = [
  { id: 'e1', type: 'GPE', name: 'عدن' } as const,
  { id: 'e2', type: 'ORG', name: 'الحوثيين' } as const,
  { id: 'e3', type: 'GPE', name: 'اليمن' } as const,
];
const eventsOf = (t: string) => extractEvents(buildLayers(t, { entities: [...entities] }))
  .map((e) => `${e.type} ${t.slice(e.trigger.start, e.trigger.end)} [${e.actor.join(',')}]→[${e.recipient.join(',')}]`);

test('a place that «was freed» (تحررت، تتحرر، بتحرر) tells an ASSAULT in which the place is no doer', () => {
  assert.ok(eventsOf('وقبل أسابيع تحررت عدن من الحوثيين بعد معارك طويلة.').includes('ASSAULT تحررت []→[e2]'), eventsOf('تحررت عدن من الحوثيين.').join(' / '));
  const t = 'واستبشر الكاتب خيرًا بتحرر اليمن كاملًا قريبًا.';
  assert.ok(eventsOf(t).includes('ASSAULT بتحرر []→[]'), eventsOf(t).join(' / '));
});

test('being freed from restraints or habits is no attack', () => {
  for (const t of ['وقالت إيران إنها تتحرر من قيود العقوبات.', 'ودعا إلى تحرر المرأة من القيود الاجتماعية.', 'وتحرر الاقتصاد من القيود.']) {
    assert.ok(!eventsOf(t).some((x) => x.startsWith('ASSAULT')), `${t} → ${eventsOf(t).join(' / ')}`);
  }
});

test('a movement of national liberation (حركة تحرر وطني، حركات التحرر) is no attack', () => {
  const t = 'وقال إن حماس حركة تحرر وطني فلسطيني، وإن عدن تعرف حركات التحرر.';
  assert.ok(!eventsOf(t).some((x) => x.startsWith('ASSAULT')), eventsOf(t).join(' / '));
});
