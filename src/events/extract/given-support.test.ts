import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from '../extract.js';
import { assertEvent, assertNoEvent, buildLayers, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'إيران' },
    { id: 'e2', type: 'GPE', name: 'سوريا', forms: ['adj:السوري'] },
    { id: 'e3', type: 'GPE', name: 'السعودية', forms: ['المملكة العربية السعودية'] },
    { id: 'e4', type: 'GPE', name: 'اليمن' },
    { id: 'e5', type: 'ORG', name: 'صندوق النقد الدولي' },
    { id: 'e6', type: 'GPE', name: 'العراق' },
  ],
};

const events = (t: string) => extractEvents(buildLayers(t, spec)).map((e) => ({ type: e.type, word: t.slice(e.trigger.start, e.trigger.end), actor: e.actor, recipient: e.recipient }));

test('giving support (قدم الدعم، تقديم الدعم) is one AID event, on the verb of giving', () => {
  const t = 'وقال المسؤول إن إيران قدمت كل أشكال الدعم للشعب السوري.';
  const got = events(t);
  assert.deepEqual(got.filter((e) => e.type === 'AID' || e.type === 'SUPPORT'), [{ type: 'AID', word: 'قدمت', actor: ['e1'], recipient: ['e2'] }], JSON.stringify(got));
  assertEvent('وأكد استعدادهم لتقديم الدعم الكامل لنجاح البرنامج.', spec, 'AID', 'لتقديم');
  assertNoEvent('وأكد استعدادهم لتقديم الدعم الكامل لنجاح البرنامج.', spec, 'SUPPORT');
  // The giver's name between the verb and the noun does not count towards the distance.
  const u = 'وقدمت المملكة العربية السعودية الدعم لليمن.';
  assert.ok(events(u).some((e) => e.type === 'AID' && e.actor.includes('e3')), JSON.stringify(events(u)));
  assertNoEvent(u, spec, 'SUPPORT');
});

test('giving goods or help (قدم معدات، تقديم العون، تقديم المواد الغذائية) is AID on the verb of giving', () => {
  const t = 'قدم صندوق النقد الدولي معدات طبية الى العراق.';
  assert.ok(events(t).some((e) => e.type === 'AID' && e.word === 'قدم' && e.actor.includes('e5') && e.recipient.includes('e6')), JSON.stringify(events(t)));
  // An aid noun keeps the event the light verb lends it its doer (قدم الصندوق مساعدة).
  assertEvent('قدم صندوق النقد الدولي مساعدة عاجلة الى العراق.', spec, 'AID', 'مساعدة');
  assertEvent('وأعلنت الهيئة استعدادها تقديم العون القانوني للأسر.', spec, 'AID', 'تقديم');
  assertEvent('وتمثلت الجهود في تقديم المواد الغذائية للعائلات.', spec, 'AID', 'تقديم');
});

test('giving what is no help (قدم تفاصيل، تقديم شكوى، تقديم الترشيحات، قدم تعازيه، تقديم الخدمات) is no AID', () => {
  // Services a body provides (hospitals, banks, ministries) are its daily work, no act of aid.
  assertNoEvent('وتواصل إدارة المستشفى جهودها لتقديم الخدمات للمرضى والمراجعين.', spec, 'AID');
  assertNoEvent('لكنه لم يقدم تفاصيل حول الخطة.', spec, 'AID');
  assertNoEvent('وتوجه الوزير إلى لاهاي لتقديم شكوى ضد الشركة.', spec, 'AID');
  assertNoEvent('وقال إن الموعد النهائي لتقديم الترشيحات هو الشهر المقبل.', spec, 'AID');
  assertNoEvent('وقدم الوزير تعازيه للأسر.', spec, 'AID');
  // Backing that is not given stays verbal.
  assertEvent('وأكدت إيران دعم جهود السلام في المنطقة.', spec, 'SUPPORT', 'دعم');
});

test('«تقدم في» is progress, not the verb of giving (لم يتم إحراز تقدم في سحب الأسلحة); its object stands before a comma', () => {
  assertNoEvent('وقال المسؤول إنه لم يتم إحراز تقدم في سحب الأسلحة من منطقة الجبهة.', spec, 'AID');
  // Nor past a comma: the object of «قدموه» is what came before it.
  assertNoEvent('وقال إن الفوز جاء نتيجة الأداء الذي قدموه، وكذلك الدعم الذي حظي به.', spec, 'AID');
});
