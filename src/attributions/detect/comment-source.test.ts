import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** لم يصدر أي تعليق من X: the party that gave no comment is the source, stance none (comment-source.ts). */

const e = (id: string, type: Entity['type'], name: string): { id: string; type: Entity['type']; name: string; forms: string[] } => ({ id, type, name, forms: [name] });

test('فيما لم يصدر أي تعليق رسمي من حماس: Hamas, not the speaker before', () => {
  const t = 'وقال الجيش الإسرائيلي إنه قصف مواقع للحركة في غزة، فيما لم يصدر أي تعليق رسمي من حماس.';
  const ents = entitiesBySurface(t, [e('e1', 'ORG', 'الجيش الإسرائيلي'), e('e2', 'ORG', 'حماس')]);
  assert.deepEqual(attributionViews(t, ents).filter((x) => x.cue === 'لم يصدر'), [{ cue: 'لم يصدر', source: 'حماس', stance: 'none' }]);
});

test('ولم يصدر أي تعليق من الحكومة اليونانية على …: the phrase stops at the next preposition', () => {
  const t = 'وذكرت مصادر أن الصفقة ألغيت. ولم يصدر أي تعليق من الحكومة اليونانية على هذه المعلومات.';
  assert.deepEqual(attributionViews(t).filter((x) => x.cue === 'ولم يصدر'), [{ cue: 'ولم يصدر', source: 'الحكومة اليونانية', stance: 'none' }]);
});

test('لم يصدر أي تعليق على الموضوع عن حركة طالبان: after عن, as before', () => {
  const t = 'ولم يصدر أي تعليق على الموضوع عن حركة طالبان.';
  const ents = entitiesBySurface(t, [e('e1', 'ORG', 'حركة طالبان')]);
  assert.deepEqual(attributionViews(t, ents), [{ cue: 'ولم يصدر', source: 'حركة طالبان', stance: 'none' }]);
});
