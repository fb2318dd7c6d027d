import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readDataFile, readDataJson } from '../resources/data-files.js';
import { normaliseString } from '../text/normalise/normalise.js';
import { CUES_FILE, cueLexicon } from './lexicon.js';

interface Manifest {
  files: Record<string, { version: number; source: string; sha256: string }>;
}

test('the cue lexicon matches its manifest entry', () => {
  const manifest = readDataJson<Manifest>('attributions/manifest.json');
  const entry = manifest.files['cues.json'];
  assert.ok(entry, 'cues.json has a manifest entry');
  const sha = createHash('sha256').update(readDataFile(CUES_FILE)).digest('hex');
  assert.equal(sha, entry.sha256, 'update data/attributions/manifest.json after editing cues.json');
  assert.equal(readDataJson<{ version: number }>(CUES_FILE).version, entry.version);
});

test('every lexicon key is in normalised form', () => {
  const lex = cueLexicon();
  const sets: Iterable<string>[] = [lex.verbs.keys(), lex.complementizers, lex.anonymousHeads, lex.roles.keys(), lex.negators, lex.npStops];
  for (const s of sets) for (const k of s) assert.equal(normaliseString(k), k);
});
