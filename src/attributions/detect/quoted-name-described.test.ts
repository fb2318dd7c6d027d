import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** A short quoted name after the verb, described by age or وهو/وهي, is its subject (quoted-name-described.ts). */
const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('وتقول "سارة" البالغة من العمر …: the quoted name is who speaks, not quoted words', () => {
  assert.deepEqual(sourceOf('قال المتحدث إن الطريق خطر. وتقول "سارة" البالغة من العمر 30 عاما إنها خائفة.', 'وتقول'), ['سارة']);
});

test('ويقول «سامي» وهو سائق أجرة إن …: a description with وهو after the quoted name', () => {
  assert.deepEqual(sourceOf('قال المتحدث إن الطريق خطر. ويقول «سامي» وهو سائق أجرة إن الطريق خطر.', 'ويقول'), ['سامي']);
});
