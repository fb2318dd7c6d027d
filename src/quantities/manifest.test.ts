import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDataJson } from '../resources/data-files.js';
import { buildManifest, LEXICON_DIRS, type Manifest } from './update-manifest.js';

for (const dir of LEXICON_DIRS) {
  test(`data/${dir}/manifest.json matches the lexicon files (run src/quantities/update-manifest.ts after an edit)`, () => {
    const stored = readDataJson<Manifest>(`${dir}/manifest.json`);
    assert.deepEqual(stored.files, buildManifest(dir).files);
  });
}

test('the currency lexicon covers at least 40 currencies with valid ISO 4217 codes', () => {
  const cur = readDataJson<{ currencies: { code: string }[] }>('quantities/currencies.json');
  const codes = new Set(cur.currencies.map((c) => c.code));
  assert.ok(codes.size >= 40, `only ${codes.size} currencies`);
  for (const c of codes) assert.match(c, /^[A-Z]{3}$/);
});
