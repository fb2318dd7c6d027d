import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArgContext, argWeights, rerankArguments } from './args-model.js';
import { extractEvents } from './extract.js';
import { buildLayers, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'dz', type: 'GPE', name: 'الجزائر', forms: ['adj:الجزائرية'] },
    { id: 'wb', type: 'GPE', name: 'الضفة الغربية' },
    { id: 'ly', type: 'GPE', name: 'ليبيا', forms: ['adj:الليبية'] },
    { id: 'tr', type: 'GPE', name: 'طرابلس' },
    { id: 'eg', type: 'GPE', name: 'مصر', forms: ['adj:المصرية'] },
  ],
};

function candidatesOf(text: string, type: string): string[] {
  const layers = buildLayers(text, spec);
  const ev = extractEvents(layers).find((e) => e.type === type);
  assert.ok(ev, `no ${type} in ${text}`);
  return new ArgContext(layers).candidates(ev).map((c) => c.entity);
}

test('a state or place named inside a phrase of place is no candidate argument', () => {
  assert.ok(!candidatesOf('شارك الآلاف في مسيرة حاشدة بالعاصمة الجزائرية رفضا لترشح الرئيس.', 'REJECT').includes('dz'));
  assert.ok(!candidatesOf('نظم ناشطون وقفات في مدن الضفة الغربية تضامنا مع الأسرى.', 'SUPPORT').includes('wb'));
  const tripoli = candidatesOf('سقطت قذائف على مبنى في العاصمة الليبية طرابلس وأدانت الحكومة القصف.', 'ACCUSE');
  assert.ok(!tripoli.includes('ly') && !tripoli.includes('tr'), tripoli.join(','));
});

test('a nisba of a force or after a preposition of target stays a candidate', () => {
  assert.ok(candidatesOf('رحبت الحكومة المصرية بالاتفاق.', 'SUPPORT').includes('eg'));
  assert.ok(candidatesOf('أدانت الحكومة الهجوم على العاصمة الجزائرية.', 'ACCUSE').includes('dz'));
});

test('the learned chooser takes no actor from «بالعاصمة الجزائرية»', () => {
  const w = argWeights();
  if (!w) return;
  const t = 'شارك الآلاف في مسيرة حاشدة بالعاصمة الجزائرية رفضا لترشح الرئيس لعهدة خامسة.';
  const layers = buildLayers(t, spec);
  const ev = rerankArguments(layers, extractEvents(layers), w).find((e) => e.type === 'REJECT');
  assert.ok(ev);
  assert.deepEqual(ev.actor, []);
});
