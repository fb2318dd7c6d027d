import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution } from '../core/types.js';
import { cueLexicon } from './lexicon.js';
import { attributionsOf, entitiesBySurface, tokensOf } from './testing.js';
import {
  activeSourceWeights, best, choose, rechooseSources, setSourceModelEnabled, SourceContext, withoutRuleFeatures,
  type SourceCandidate, type SourceWeights,
} from './source-model.js';
import { cueCandidates } from './cue-model.js';
import { correct, train, trainBinary, type Item } from './train.js';

const cand = (origin: SourceCandidate['origin'], features: string[], start?: number): SourceCandidate => ({
  origin, features, source: start === undefined ? { kind: 'named' } : { kind: 'named', start, end: start + 3 },
});

test('choose keeps the rules\' source unless another candidate beats it by the margin', () => {
  const cands = [cand('rule', ['rule']), cand('mention', ['a'], 0), cand('mention', ['b'], 5)];
  const w = (margin: number): SourceWeights => ({ version: 1, margin, weights: { rule: 1, a: 1.5, b: 3 } });
  assert.equal(choose(cands, w(0)), 2);
  assert.equal(choose(cands, w(2)), 2);
  assert.equal(choose(cands, w(2.5)), 0);
  assert.equal(choose(cands.slice(0, 1), w(0)), 0);
  assert.equal(best(cands, { a: 5 }), 1);
});

test('withoutRuleFeatures describes the rules\' span like any other candidate', () => {
  const c = withoutRuleFeatures(cand('rule', ['rule', 'rule+kind=named', 'r:side=before', 'r:overlapsRule', 'etype=PER']));
  assert.deepEqual(c.features, ['side=before', 'etype=PER']);
});

const text = 'وقال وزير الخارجية سامح شكري إن مصادر أمنية أكدت وصول الوفد، فيما نفت الحكومة ذلك.';
const entities = entitiesBySurface(text, [
  { id: 'shoukry', type: 'PER', name: 'سامح شكري', forms: ['سامح شكري'] },
  { id: 'gov', type: 'ORG', name: 'الحكومة', forms: ['الحكومة'] },
]);

test('candidates: the rules\' source first, nearby mentions, source nouns and the previous source', () => {
  const { tokens } = tokensOf(text);
  const found = attributionsOf(text, entities);
  assert.ok(found.length >= 2, 'the rules find the cues');
  const ctx = new SourceContext(text, tokens, entities, cueLexicon());
  const i = found.findIndex((a) => text.slice(a.cue.start, a.cue.end) === 'أكدت');
  assert.ok(i > 0);
  const cands = ctx.candidates(found[i] as Attribution, found[i - 1]);
  assert.equal(cands[0]?.origin, 'rule');
  const spans = cands.map((c) => (c.source.start === undefined ? '∅' : text.slice(c.source.start, c.source.end)));
  assert.ok(spans.includes('سامح شكري'), spans.join(' | '));
  assert.equal(spans[0], 'مصادر أمنية');
  assert.ok(cands.some((c) => c.origin === 'head' && text.slice(c.source.start, c.source.end) === 'وزير الخارجية'), spans.join(' | '));
  const gov = cands.find((c) => c.source.entity === 'gov');
  assert.ok(gov?.features.some((f) => f.startsWith('side=after')));
  // Every span is distinct.
  assert.equal(new Set(spans).size, spans.length);
});

test('rechooseSources replaces a source only where the model overrides, and keeps ids and cues', () => {
  const { tokens } = tokensOf(text);
  const lex = cueLexicon();
  const prev = setSourceModelEnabled(false);
  const found = detectOff();
  setSourceModelEnabled(prev);
  const keep: SourceWeights = { version: 1, margin: 0, weights: { rule: 100 } };
  assert.deepEqual(rechooseSources({ text, tokens, entities }, found, lex, keep), found);
  const toGov: SourceWeights = { version: 1, margin: 0, weights: { 'etype=ORG': 100 } };
  const out = rechooseSources({ text, tokens, entities }, found, lex, toGov);
  assert.equal(out.length, found.length);
  out.forEach((a, k) => assert.deepEqual([a.id, a.cue], [found[k]?.id, found[k]?.cue]));
  assert.ok(out.some((a) => a.source.entity === 'gov'));
});

function detectOff(): Attribution[] {
  return attributionsOf(text, entities);
}

test('the model can be turned off', () => {
  const prev = setSourceModelEnabled(false);
  assert.equal(activeSourceWeights(), undefined);
  setSourceModelEnabled(prev);
});

test('the ranker learns to put the right candidate first, deterministically', () => {
  const items: Item[] = [];
  for (let k = 0; k < 40; k++) {
    const rightFirst = k % 3 === 0;
    items.push({
      set: 'x',
      cands: [cand('rule', ['rule', rightFirst ? 'good' : 'bad']), cand('mention', ['mention', rightFirst ? 'bad' : 'good'], 1)],
      labels: rightFirst ? [1, 0] : [0, 1],
    });
  }
  const w1 = train(items, { epochs: 5, margin: 0 });
  const w2 = train(items, { epochs: 5, margin: 0 });
  assert.deepEqual(w1, w2);
  assert.equal(correct(items), 14);
  assert.equal(correct(items, w1), 40);
});

test('the binary perceptron separates a toy problem, deterministically', () => {
  const ex = Array.from({ length: 30 }, (_, k) => ({ features: [k % 2 ? 'yes' : 'no', `n${k % 5}`], y: k % 2 }));
  const w = trainBinary(ex, 5);
  assert.deepEqual(w, trainBinary(ex, 5));
  for (const e of ex) assert.equal((w['bias'] ?? 0) + (w[e.features[0] as string] ?? 0) + (w[e.features[1] as string] ?? 0) > 0, e.y === 1);
});

test('cue candidates are the lexicon verb forms the rules left aside', () => {
  const t = 'وأكدت الوزارة أن الوفد وصل. وذكر التقرير أن القرار صدر.';
  const { tokens } = tokensOf(t);
  const found = attributionsOf(t);
  const all = cueCandidates(tokens, [], [], cueLexicon());
  assert.ok(all.some((c) => t.slice(c.cue.start, c.cue.end) === 'وأكدت'));
  const left = cueCandidates(tokens, [], found, cueLexicon());
  for (const c of left) assert.ok(!found.some((a) => a.cue.start < c.cue.end && c.cue.start < a.cue.end));
  assert.ok(left.length < all.length);
});
