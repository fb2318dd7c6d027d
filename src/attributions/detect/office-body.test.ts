import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** After a definite title and the office's adjectives, a body glued to ل is the office's (office-body.ts). */

type Spec = { id: string; type: Entity['type']; name: string; forms: string[]; kb?: { id: string; sector: string } };
const e = (id: string, type: Entity['type'], name: string, form = name): Spec => ({ id, type, name, forms: [form] });

const sources = (t: string, specs: Spec[]): { source: string; entity: string | undefined }[] => {
  const ents = entitiesBySurface(t, specs);
  for (const s of specs) if (s.kb) (ents.find((x) => x.id === s.id) as Entity).kb = s.kb;
  return attributionsOf(t, ents).map((a) => ({ source: spanText(t, a.source), entity: a.source.entity }));
};

test('وقال الأمين العام لحزب الله في كلمة متلفزة إن …: the party is the office\'s, not the addressee', () => {
  const t = 'وقال الأمين العام لحزب الله في كلمة متلفزة إن المقاومة مستعدة لكل الاحتمالات.';
  assert.deepEqual(sources(t, [e('e1', 'ORG', 'حزب الله')]), [{ source: 'الأمين العام لحزب الله', entity: undefined }]);
});

test('وأكد الأمين العام للأمم المتحدة أن …: للـ glued to the body', () => {
  const t = 'وأكد الأمين العام للأمم المتحدة أن الوضع الإنساني في القطاع كارثي.';
  assert.deepEqual(sources(t, [e('e1', 'ORG', 'الأمم المتحدة', 'لأمم المتحدة')]), [{ source: 'الأمين العام للأمم المتحدة', entity: undefined }]);
});

test('وقال المدير التنفيذي لبرنامج الأغذية العالمي إن …', () => {
  const t = 'وقال المدير التنفيذي لبرنامج الأغذية العالمي إن المجاعة تهدد الملايين في السودان.';
  assert.deepEqual(sources(t, [e('e1', 'ORG', 'برنامج الأغذية العالمي')]), [{ source: 'المدير التنفيذي لبرنامج الأغذية العالمي', entity: undefined }]);
});

test('قال الأمين العام لحزب الله لقناة المنار: the outlet after the body is the addressee', () => {
  const t = 'وقال الأمين العام لحزب الله لقناة المنار إن الحزب لن يتراجع.';
  assert.deepEqual(sources(t, [e('e1', 'ORG', 'حزب الله'), e('e2', 'ORG', 'المنار')]), [{ source: 'الأمين العام لحزب الله', entity: undefined }]);
});

test('قال الأمين العام لرويترز: an outlet right after the title is the addressee', () => {
  const t = 'وقال الأمين العام لرويترز إن الحزب لن يتراجع عن موقفه.';
  const r = sources(t, [{ ...e('e1', 'ORG', 'رويترز'), kb: { id: 'org:reuters', sector: 'MED' } }]);
  assert.deepEqual(r, [{ source: 'الأمين العام', entity: undefined }]);
});

test('قال الوزير لمجلس النواب: with no adjective of an office, ل stays the addressee', () => {
  const t = 'وقال الوزير لمجلس النواب إن الموازنة ستقدم الشهر المقبل.';
  assert.deepEqual(sources(t, [e('e1', 'ORG', 'مجلس النواب')]).map((x) => x.source), ['الوزير']);
});

test('وقال مدير المستشفى التابع لوزارة الصحة إن …: the body a unit belongs to stays in the phrase', () => {
  const t = 'وقال مدير المستشفى التابع لوزارة الصحة إن حالة المصابين مستقرة.';
  assert.deepEqual(sources(t, [e('e1', 'ORG', 'وزارة الصحة')]).map((x) => x.source), ['مدير المستشفى التابع لوزارة الصحة']);
});

test('وأوضح المتحدث الرسمي للمركز رأفت الصباغ أن …: an untagged name after the body is not taken for the object', () => {
  const t = 'وأوضح المتحدث الرسمي للمركز رأفت الصباغ في تصريح صحفي أن الشحنة وصلت إلى المستشفيات.';
  const ents = entitiesBySurface(t, [e('e1', 'ORG', 'المركز', 'لمركز')]);
  const [a] = attributionsOf(t, ents);
  assert.equal(spanText(t, a?.content ?? {}), 'الشحنة وصلت إلى المستشفيات');
});
