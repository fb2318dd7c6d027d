import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents } from './extract.js';
import { buildLayers } from './testing.js';

const typesOf = (t: string) => extractEvents(buildLayers(t, { entities: [{ id: 'e1', type: 'ORG', name: 'وزارة الداخلية' }] }))
  .map((e) => `${e.type} ${t.slice(e.trigger.start, e.trigger.end)}`);

test('«صادر عن/من» (issued by) is no seizure', () => {
  for (const t of [
    'وأضاف في بيان صادر عنه اليوم أن الوضع هادئ.',
    'وذلك بالتوجيه الذي كان صادراً من القصر الملكي.',
    'وأكدت وزارة الداخلية في بيان صادر عن مكتبها الإعلامي أن الحادث قيد المتابعة.',
  ]) assert.ok(!typesOf(t).some((x) => x.startsWith('COERCE')), `${t} → ${typesOf(t).join(' / ')}`);
});

test('the verb of confiscation stays COERCE', () => {
  const t = 'وصادرت وزارة الداخلية كميات من الأسلحة والذخائر.';
  assert.ok(typesOf(t).includes('COERCE وصادرت'), typesOf(t).join(' / '));
  const u = 'وقامت وزارة الداخلية بمصادرة الأسلحة من المهربين.';
  assert.ok(typesOf(u).includes('COERCE بمصادرة'), typesOf(u).join(' / '));
});
