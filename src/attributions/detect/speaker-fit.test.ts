import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../core/types.js';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sources = (t: string, name: string, type: EntityType = 'PER'): string[][] =>
  attributionViews(t, entitiesBySurface(t, [{ id: 'e', type, name, forms: [name] }])).map((x) => [x.cue, x.source]);

test('a verbal noun of an event after a subjectless verb is its object; the speaker is the one reported before', () => {
  const t = 'صرح مدير الجمارك خالد العنزي أن المضبوطات انخفضت هذا العام، وقال إن أغلبها ضبط في الموانئ؛ وأرجع انخفاض هذا العام للإجراءات الجديدة في المنافذ.';
  assert.deepEqual(sources(t, 'خالد العنزي'), [['صرح', 'خالد العنزي'], ['وقال', 'خالد العنزي'], ['وأرجع', 'خالد العنزي']]);
});

test('a thing measured is no speaker (فيما توقع الأطوال …)', () => {
  const t = 'وأوضح مدير المشروع المهندس سالم العتيبي أن التكلفة تبلغ مليون ريال بمدة عامين، فيما توقع الأطوال التي سيتم رصفها في المشروع، بأكثر من ألف متر طولي.';
  assert.deepEqual(sources(t, 'سالم العتيبي'), [['وأوضح', 'سالم العتيبي'], ['توقع', 'سالم العتيبي']]);
});

test('a copula read as a noun is no speaker: وكانت اعترفت takes the body named before', () => {
  const t = 'وامتنعت وزارة الخارجية البريطانية عن التعليق. وكانت اعترفت في مايو بأنه تم إيقاف الشبكات بعد نشاط مريب.';
  assert.deepEqual(sources(t, 'وزارة الخارجية البريطانية', 'ORG'), [['وامتنعت', 'وزارة الخارجية البريطانية'], ['اعترفت', 'وزارة الخارجية البريطانية']]);
  // Bodies named by a verbal noun and plurals of people still speak.
  assert.deepEqual(attributionViews('وقال الطبيب إن الحالة مستقرة. وأكد الأطباء أن العلاج نجح.').map((x) => x.source), ['الطبيب', 'الأطباء']);
});

test('a quantity before من and a text named by تفعيل keep their place as the subject', () => {
  const t = 'وقال الباحث سالم العتيبي إن التطرف يتغذى على الجهل، مشيرا إلى أن كثيرا من الجماعات المتشددة ترى أن مخالفيها كفار.';
  assert.deepEqual(sources(t, 'سالم العتيبي').at(-1), ['ترى', 'كثيرا من الجماعات المتشددة']);
  // The rule itself still applies in the same text: a verb read as a subject gives way.
  const u = 'وامتنعت وزارة الخارجية البريطانية عن التعليق. وكانت اعترفت في مايو بأنه تم إيقاف الشبكات بعد نشاط مريب.';
  assert.deepEqual(sources(u, 'وزارة الخارجية البريطانية', 'ORG').at(-1), ['اعترفت', 'وزارة الخارجية البريطانية']);
});
