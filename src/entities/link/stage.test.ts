import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Pipeline } from '../../core/pipeline.js';
import { normaliseStage, segmentStage } from '../../text/stages.js';
import { nerStage } from '../ner/stage.js';
import { createEntitiesStage, entitiesStage } from './stage.js';

const text = readFileSync(new URL('../../../src/entities/link/fixtures/haftar-russia.ar.txt', import.meta.url), 'utf8');

test('the entities stage declares its layers and runs in a pipeline after the tagger', () => {
  assert.deepEqual([...entitiesStage.needs], ['tokens', 'mentions']);
  assert.deepEqual([...entitiesStage.adds], ['entities']);
  assert.throws(() => Pipeline.build([normaliseStage, segmentStage, entitiesStage]), /needs layer "mentions"/);
  const doc = Pipeline.build([normaliseStage, segmentStage, nerStage, entitiesStage]).run({ text });
  assert.deepEqual(doc.diagnostics, []);
  const entities = doc.layers.entities ?? [];
  assert.equal(entities[0]?.name, 'خليفة حفتر');
  assert.ok(entities.every((e) => e.mentions.every((m) => m.end <= text.length && m.start < m.end)));
});

test('the default country option reaches generic institution names', () => {
  const input = { text: 'أعلنت وزارة الداخلية القبض على خلية.' };
  const withSa = Pipeline.build([normaliseStage, segmentStage, nerStage, createEntitiesStage({ defaultCountry: 'SA' })]).run(input);
  const without = Pipeline.build([normaliseStage, segmentStage, nerStage, entitiesStage]).run(input);
  assert.ok(withSa.layers.entities?.some((e) => e.kb?.id === 'org:sa-moi'));
  assert.ok(!without.layers.entities?.some((e) => e.kb?.id === 'org:sa-moi'));
});
