import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { ArgContext, argWeights, decode, rerankArguments, type ArgWeights } from './args-model.js';
import { buildLayers } from './testing.js';

const TEXT = 'هاجمت القوات الحكومية مواقع للمعارضة، ودعت مصر إسرائيل إلى الانسحاب، وتظاهر محتجون ضد الحكومة.';
const layers = buildLayers(TEXT, {
  entities: [
    { id: 'eg', type: 'GPE', name: 'مصر' },
    { id: 'il', type: 'GPE', name: 'إسرائيل' },
    { id: 'gov', type: 'ORG', name: 'الحكومة' },
  ],
});

const event = (trigger: string, actor: string[] = [], recipient: string[] = []): IsnadEvent => {
  const start = TEXT.indexOf(trigger);
  return { id: 'v1', type: 'REQUEST', trigger: { start, end: start + trigger.length }, actor, recipient, negated: false };
};

test('candidates: the sentence\'s mentions with position and preposition features, and «none»', () => {
  const ctx = new ArgContext(layers);
  const cands = ctx.candidates(event('ودعت', [], ['il']));
  const byEntity = (id: string) => cands.filter((c) => c.entity === id).map((c) => c.features);
  const eg = byEntity('eg')[0]!;
  assert.ok(eg.includes('dir=after') && eg.includes('firstAfter') && eg.includes('adjacent+pos=verb'), eg.join(' '));
  assert.ok(eg.includes('prep=none'));
  const il = byEntity('il')[0]!;
  assert.ok(il.includes('rule=R') && !il.includes('firstAfter'), il.join(' '));
  const gov = byEntity('gov')[0]!;
  assert.ok(gov.includes('prep=ضد') && gov.includes('clause=false'), gov.join(' '));
  assert.equal(cands[cands.length - 1]!.entity, '');
});

test('candidates: the trigger word, the words at and around the candidate, and a sentence-initial verb\'s subject', () => {
  const ctx = new ArgContext(layers);
  const gov = ctx.candidates(event('وتظاهر')).find((c) => c.entity === 'gov')!.features;
  assert.ok(gov.includes('trig=تظاهر:after') && gov.includes('trig=تظاهر:ORG'), gov.join(' '));
  assert.ok(gov.includes('cw=الحكومه:after') && gov.includes('pw=ضد:after'), gov.join(' '));
  const first = buildLayers('هاجمت مصر المواقع بعد معارك عنيفة.', { entities: [{ id: 'eg', type: 'GPE', name: 'مصر' }] });
  const text = 'هاجمت مصر المواقع بعد معارك عنيفة.';
  const start = text.indexOf('معارك');
  const ev: IsnadEvent = { id: 'v1', type: 'ASSAULT', trigger: { start, end: start + 5 }, actor: [], recipient: [], negated: false };
  const eg = new ArgContext(first).candidates(ev).find((c) => c.entity === 'eg')!.features;
  assert.ok(eg.includes('earlySubject') && eg.includes('trig=معارك:before'), eg.join(' '));
});

test('decoding: the best candidate over «none»; fill-only keeps the rules\' choice', () => {
  const ctx = new ArgContext(layers);
  const w: ArgWeights = {
    version: 1, mode: 'rank', threshold: { actor: 0.5, recipient: 0.5 },
    actor: { firstAfter: 2, none: 1 }, recipient: { 'rule=R': 3, none: 1 },
  };
  const ev = event('ودعت', [], ['il']);
  assert.deepEqual(decode(ctx.candidates(ev), w), { actor: 'eg', recipient: 'il' });
  // «none» wins when no candidate scores above it.
  assert.deepEqual(decode(ctx.candidates(ev), { ...w, actor: { none: 5 } }), { recipient: 'il' });
  // Fill-only: an actor the rules chose stays, an empty one is filled.
  const fill: ArgWeights = { ...w, fillOnly: true, roles: ['actor'] };
  const [kept] = rerankArguments(layers, [event('ودعت', ['gov'], ['il'])], fill);
  assert.deepEqual(kept!.actor, ['gov']);
  const [filled] = rerankArguments(layers, [ev], fill);
  assert.deepEqual(filled!.actor, ['eg']);
  assert.deepEqual(filled!.recipient, ['il']);
});

test('decoding an empty role: the margin over «none» decides; a negative margin lets a party just below it in', () => {
  const w: ArgWeights = {
    version: 1, mode: 'rank', threshold: { actor: 0.5, recipient: 0.5 }, fillOnly: true, roles: ['actor'],
    actor: { firstAfter: 2, none: 2.5 }, recipient: {},
  };
  const ev = event('ودعت', [], ['il']);
  // «eg» scores 0.5 below «none»: left empty with margins 0 and 1, filled with −1.
  assert.deepEqual(rerankArguments(layers, [ev], { ...w, margin: 0 })[0]!.actor, []);
  assert.deepEqual(rerankArguments(layers, [ev], { ...w, margin: 1, actor: { firstAfter: 3, none: 2.5 } })[0]!.actor, []);
  assert.deepEqual(rerankArguments(layers, [ev], { ...w, margin: 0.5, actor: { firstAfter: 3, none: 2.5 } })[0]!.actor, ['eg']);
  assert.deepEqual(rerankArguments(layers, [ev], { ...w, margin: -1 })[0]!.actor, ['eg']);
});

test('the committed weights are a ranker over named features', () => {
  const w = argWeights();
  assert.ok(w, 'data/events/args-model.json');
  assert.equal(w.mode, 'rank');
  assert.ok(Object.keys(w.actor).length > 20);
  assert.ok(Object.values(w.actor).every((v) => Number.isFinite(v)));
});

test('candidates: the parties of the two sentences before, the doer of the previous event, how often a party is named', () => {
  const text = 'قالت مصر إنها تدعم الاتفاق. وزارت إسرائيل الأردن. ثم شنت غارات على المواقع.';
  const l = buildLayers(text, {
    entities: [
      { id: 'eg', type: 'GPE', name: 'مصر' },
      { id: 'il', type: 'GPE', name: 'إسرائيل' },
      { id: 'jo', type: 'GPE', name: 'الأردن' },
    ],
  });
  const at = (w: string) => text.indexOf(w);
  const ev = (w: string, type: IsnadEvent['type'], actor: string[]): IsnadEvent =>
    ({ id: w, type, trigger: { start: at(w), end: at(w) + w.length }, actor, recipient: [], negated: false });
  const visit = ev('وزارت', 'CONSULT', ['il']);
  const raid = ev('غارات', 'ASSAULT', []);
  const cands = new ArgContext(l).candidates(raid, [visit, raid]);
  const il = cands.find((c) => c.entity === 'il')!.features;
  assert.ok(il.includes('earlier') && il.includes('earlier=1') && il.includes('earlier+prevActor'), il.join(' '));
  assert.ok(il.includes('earlier+prevActor=1') && il.includes('earlier+freq=1'), il.join(' '));
  const eg = cands.find((c) => c.entity === 'eg')!.features;
  assert.ok(eg.includes('earlier=2') && !eg.some((f) => f.includes('prevActor')), eg.join(' '));
  // Three sentences back is too far; without the other events there is no previous doer.
  const far = new ArgContext(l).candidates(raid);
  assert.ok(!far.find((c) => c.entity === 'il')!.features.some((f) => f.includes('prevActor')));
  const later = buildLayers(`${text} وهاجمت المواقع.`, { entities: [{ id: 'eg', type: 'GPE', name: 'مصر' }] });
  const t2 = `${text} وهاجمت المواقع.`;
  const attack: IsnadEvent = { id: 'a', type: 'ASSAULT', trigger: { start: t2.indexOf('وهاجمت'), end: t2.indexOf('وهاجمت') + 6 }, actor: [], recipient: [], negated: false };
  assert.ok(!new ArgContext(later).candidates(attack).some((c) => c.entity === 'eg'), 'a party named three sentences before is no candidate');
});
