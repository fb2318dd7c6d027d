import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Pipeline, defineStage } from './pipeline.js';
import { IsnadError } from './errors.js';

const a = defineStage({ name: 'a', needs: [], adds: ['sentences'], run: () => ({ layers: { sentences: [{ start: 0, end: 1 }] } }) });
const b = defineStage({
  name: 'b',
  needs: ['sentences'],
  adds: ['paragraphs'],
  run: ({ layers }) => ({ layers: { paragraphs: layers.sentences.map((s) => ({ ...s })) } }),
});
const boom = defineStage({
  name: 'boom',
  needs: [],
  adds: ['sentences'],
  run: () => {
    throw new Error('kaput');
  },
});

describe('Pipeline', () => {
  it('runs stages in order, each seeing what it needs', () => {
    const doc = Pipeline.build([a, b]).run({ text: 'x' });
    assert.deepEqual(doc.layers.paragraphs, [{ start: 0, end: 1 }]);
    assert.deepEqual(doc.diagnostics, []);
  });

  it('refuses to build when a need is not added by an earlier stage, naming both', () => {
    assert.throws(
      () => Pipeline.build([b, a]),
      (e: unknown) => e instanceof IsnadError && e.code === 'PIPELINE_MISSING_LAYER' && /"b".*"sentences"/.test(e.message),
    );
  });

  it('refuses two stages adding the same layer', () => {
    assert.throws(() => Pipeline.build([a, boom]), (e: unknown) => e instanceof IsnadError && e.code === 'PIPELINE_DUPLICATE_LAYER');
  });

  it('turns a failing stage into a diagnostic and skips what depends on it', () => {
    const doc = Pipeline.build([boom, b]).run({ text: 'x' });
    assert.equal(doc.layers.paragraphs, undefined);
    assert.deepEqual(doc.diagnostics.map((d) => `${d.code}:${d.stage}`), ['STAGE_FAILED:boom', 'STAGE_SKIPPED:b']);
    assert.match(doc.diagnostics[0]!.message, /kaput/);
  });
});
