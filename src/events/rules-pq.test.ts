import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { extractEvents } from './extract.js';
import { buildLayers, type LayerSpec } from './testing.js';

function run(text: string, spec: LayerSpec = {}) {
  return extractEvents(buildLayers(text, spec));
}

const show = (text: string, events: IsnadEvent[]) => events.map((e) => `${e.type} ${text.slice(e.trigger.start, e.trigger.end)}`);

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'المقاومة الشعبية' },
    { id: 'e2', type: 'ORG', name: 'جماعة الحوثي' },
    { id: 'e3', type: 'GPE', name: 'مصر' },
    { id: 'e4', type: 'PER', name: 'زيد الأحمد' },
    { id: 'e5', type: 'GPE', name: 'كينيا' },
  ],
};

function has(text: string, type: string, trigger: string) {
  const events = run(text, spec);
  assert.ok(events.some((e) => e.type === type && text.slice(e.trigger.start, e.trigger.end) === trigger), `${text} → ${show(text, events).join('; ')}`);
}

function hasNo(text: string, type: string, trigger?: string) {
  const events = run(text, spec);
  assert.ok(!events.some((e) => e.type === type && (trigger === undefined || text.slice(e.trigger.start, e.trigger.end) === trigger)), `${text} → ${show(text, events).join('; ')}`);
}

test('a siege is coercion by force, not a sanction', () => {
  has('وتحاصر المقاومة الشعبية مواقع جماعة الحوثي منذ أيام.', 'COERCE', 'وتحاصر');
  has('وتفرض المقاومة الشعبية حصارا مطبقا على جماعة الحوثي.', 'COERCE', 'حصارا');
  has('وقامت القوات بمحاصرة منزل المطلوب.', 'COERCE', 'بمحاصرة');
  hasNo('وتحاصر المقاومة الشعبية مواقع جماعة الحوثي منذ أيام.', 'SANCTION');
  // Guard: sanctions stay sanctions.
  has('وفرضت مصر عقوبات على جماعة الحوثي.', 'SANCTION', 'عقوبات');
});

test('joy, pride and congratulations expressed are support', () => {
  has('وعبر زيد الأحمد عن سروره بمعنويات المقاومة الشعبية.', 'SUPPORT', 'سروره');
  has('وأعرب زيد الأحمد عن أصدق التهاني لرئيس كينيا.', 'SUPPORT', 'التهاني');
  has('وعبر زيد الأحمد عن سعادته بزيارة مصر.', 'SUPPORT', 'سعادته');
  has('مثمنا زيد الأحمد دور مصر في المنطقة.', 'SUPPORT', 'مثمنا');
  // Guard: not without the «عن» of an expressed feeling.
  hasNo('وتحدث زيد الأحمد عن الاقتصاد ثم غادر بكل سرور.', 'SUPPORT', 'سرور');
});
