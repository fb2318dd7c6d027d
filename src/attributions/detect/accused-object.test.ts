import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** The accused after a verb of accusing is its object, not part of the accuser (accused-object.ts). */

const sourceOf = (t: string, cue: string, entities: Entity[] = []): string[] =>
  attributionViews(t, entities).filter((x) => x.cue === cue).map((x) => x.source);

const e = (id: string, type: Entity['type'], name: string, forms = [name]): { id: string; type: Entity['type']; name: string; forms: string[] } => ({ id, type, name, forms });

test('اتهمت المعارضة السلطات بـ…: a definite plural after a singular subject is the accused', () => {
  assert.deepEqual(sourceOf('واتهمت المعارضة السلطات باعتقال العشرات من أنصارها.', 'واتهمت'), ['المعارضة']);
});

test('اتهم وزير الخارجية الأمريكي روسيا بـ…: a state named after a definite title is the accused', () => {
  const t = 'واتهم وزير الخارجية الأمريكي روسيا بارتكاب جرائم حرب.';
  const ents = entitiesBySurface(t, [e('e1', 'GPE', 'الولايات المتحدة', ['الأمريكي']), e('e2', 'GPE', 'روسيا')]);
  assert.deepEqual(sourceOf(t, 'واتهم', ents), ['وزير الخارجية الأمريكي']);
});

test('اتهم معارضون الرئيس التركي … بـ…: after a plural that keeps its ن, the next noun is no genitive', () => {
  const t = 'واتهم معارضون الرئيس التركي رجب طيب اردوغان باستغلال الحرب ضد داعش.';
  const ents = entitiesBySurface(t, [e('e1', 'PER', 'رجب طيب اردوغان'), e('e2', 'ORG', 'داعش')]);
  assert.deepEqual(sourceOf(t, 'واتهم', ents), ['معارضون']);
});

test('اتهم ناشطون قوات الأمن بـ…: an indefinite noun in construct after such a plural, too', () => {
  assert.deepEqual(sourceOf('واتهم ناشطون قوات الأمن بإطلاق الرصاص الحي على المتظاهرين.', 'واتهم'), ['ناشطون']);
});

test('اتهمت الحكومة العراقية نوري المالكي بـ…: a person after a body is the accused', () => {
  const t = 'واتهمت الحكومة العراقية نوري المالكي بالتستر على الفساد.';
  const ents = entitiesBySurface(t, [e('e1', 'PER', 'نوري المالكي')]);
  assert.deepEqual(sourceOf(t, 'واتهمت', ents), ['الحكومة العراقية']);
});

test('a title and its holder stay the accuser; the accused follows them', () => {
  const t = 'واتهم الرئيس التركي رجب طيب أردوغان إسرائيل بارتكاب إبادة جماعية.';
  const ents = entitiesBySurface(t, [e('e1', 'PER', 'رجب طيب أردوغان'), e('e2', 'GPE', 'إسرائيل')]);
  const s = sourceOf(t, 'واتهم', ents);
  assert.equal(s.length, 1);
  assert.ok(s[0]?.includes('أردوغان') && !s[0].includes('إسرائيل'));
});

test('an object pronoun on the verb leaves the subject whole (اتهمهم وزير الداخلية الأردني بـ…)', () => {
  const t = 'واتهمهم وزير الداخلية الأردني بالتخطيط لأعمال تخريبية.';
  const ents = entitiesBySurface(t, [e('e1', 'GPE', 'الأردن', ['الأردني'])]);
  assert.deepEqual(sourceOf(t, 'واتهمهم', ents), ['وزير الداخلية الأردني']);
});
