import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../core/types.js';
import { attributionsOf } from './testing.js';

const text = 'قال الأمير محمد بن نايف إن الأمن مستتب. ودعا نائب الملك، خلال اجتماعه، إلى الحذر.';
const at = (s: string) => text.indexOf(s);
const deputy = (mentions: Entity['mentions']): Entity[] => [{ id: 'e1', type: 'PER', name: 'محمد بن نايف', mentions }];

test('an office the entity layer gives to a person the document names is a named source', () => {
  const es = deputy([
    { start: at('محمد بن نايف'), end: at('محمد بن نايف') + 'محمد بن نايف'.length, kind: 'name' },
    { start: at('نائب الملك'), end: at('نائب الملك') + 'نائب الملك'.length, kind: 'description' },
  ]);
  const a = attributionsOf(text, es).find((x) => text.slice(x.cue.start, x.cue.end) === 'ودعا');
  assert.equal(a?.source.kind, 'named');
  assert.equal(a?.source.entity, 'e1');
});

test('an official the entity layer only describes stays anonymous', () => {
  const t = 'وقال ناطق باسم الجيش إن القصف توقف.';
  const es: Entity[] = [{ id: 'e1', type: 'PER', name: 'ناطق باسم الجيش', mentions: [{ start: 4, end: t.indexOf(' إن'), kind: 'description' }] }];
  const a = attributionsOf(t, es)[0];
  assert.equal(a?.source.kind, 'anonymous');
});
