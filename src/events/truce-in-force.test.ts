import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { extractEvents } from './extract.js';
import { buildLayers, type LayerSpec } from './testing.js';

function run(text: string, spec: LayerSpec = {}) {
  return extractEvents(buildLayers(text, spec));
}

const agreements = (text: string, events: IsnadEvent[]) => events.filter((e) => e.type === 'AGREE').map((e) => text.slice(e.trigger.start, e.trigger.end));

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'الجيش' },
    { id: 'e2', type: 'ORG', name: 'المتمردون' },
    { id: 'e3', type: 'PER', name: 'الرئيس' },
  ],
};

test('a truce taken up again is an agreement when its relative clause tells that it was announced', () => {
  const t = 'بدأ سريان الهدنة صباح اليوم. ورفض المتمردون الهدنة التي أعلنها الجيش قبل يومين.';
  assert.deepEqual(agreements(t, run(t, spec)), ['الهدنة', 'الهدنة']);
});

test('a truce taken up again is an agreement when a participle tells that it is in force', () => {
  const t = 'تحدث الجيش عن الهدنة أمس. وقال إن القصف أنهى الهدنة السارية منذ عامين.';
  assert.deepEqual(agreements(t, run(t, spec)), ['الهدنة', 'الهدنة']);
});

test('a truce in force is an agreement also inside what a request asks', () => {
  const t = 'طالب الرئيس المتمردين باحترام الهدنة الإنسانية التي جرى سريانها منتصف الليل.';
  assert.deepEqual(agreements(t, run(t, spec)), ['الهدنة']);
});

test('a truce only named again, with no clause of its making, is still no new agreement', () => {
  const t = 'بدأ سريان الهدنة صباح اليوم. وقال الجيش إنه لم يبلغ بقرار الهدنة.';
  assert.deepEqual(agreements(t, run(t, spec)), ['الهدنة']);
});
