import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'مصر', forms: ['adj:المصري', 'adj:المصرية'] },
    { id: 'e2', type: 'ORG', name: 'تنظيم داعش', forms: ['داعش', 'التنظيم'] },
    { id: 'e3', type: 'GPE', name: 'الأردن' },
    { id: 'e4', type: 'PER', name: 'سامر الخطيب' },
    { id: 'e5', type: 'GPE', name: 'إيران' },
    { id: 'e6', type: 'GPE', name: 'سوريا' },
    { id: 'e7', type: 'PER', name: 'خالد المنصور' },
  ],
};

test('pre-emptive and security strikes are COERCE, other strikes ASSAULT', () => {
  assertEvent('ونجحت الضربات الاستباقية ضد الخلايا النائمة في إحباط المخطط.', spec, 'COERCE', 'الضربات');
  assertEvent('وواصلت الشرطة المصرية الضربات الأمنية ضد المطلوبين.', spec, 'COERCE', 'الضربات');
  assertEvent('وشنت الطائرات ضربات جوية على مواقع التنظيم.', spec, 'ASSAULT', 'وشنت');
});

test('a conviction by a court or on a charge is COERCE, a condemnation ACCUSE', () => {
  assertEvent('ودانت المحكمة سامر الخطيب بالتزوير.', spec, 'COERCE', 'ودانت');
  assertEvent('وأدين سامر الخطيب عام 2009 بتهمة السرقة.', spec, 'COERCE', 'وأدين');
  assertEvent('ودانت مصر الهجوم على سفارة الأردن.', spec, 'ACCUSE', 'ودانت');
  assertNoEvent('ودانت مصر الهجوم على سفارة الأردن.', spec, 'COERCE', 'ودانت');
});

test('receiving aid or refugees is AID, receiving a visitor CONSULT', () => {
  assertEvent('واستقبلت الأردن أمس شحنة من المساعدات الطبية.', spec, 'AID', 'واستقبلت');
  assertEvent('واستقبلت الأردن خلال العام الماضي آلاف اللاجئين.', spec, 'AID', 'واستقبلت');
  assertEvent('واستقبل خالد المنصور سامر الخطيب في مكتبه.', spec, 'CONSULT', 'واستقبل');
});

test('recruiting is MOBILIZE, and AID when done for another party', () => {
  assertEvent('ونجح تنظيم داعش في تجنيد عشرات الشبان عبر الإنترنت.', spec, 'MOBILIZE', 'تجنيد');
  assertNoEvent('ونجح تنظيم داعش في تجنيد عشرات الشبان عبر الإنترنت.', spec, 'AID', 'تجنيد');
  assertEvent('واعتقلت الشرطة رجلا يشتبه بتجنيده شبانا، ولا سيما طلابا، لحساب التنظيم.', spec, 'AID', 'بتجنيده');
  assertEvent('وكان سامر الخطيب يجند الشبان للقتال في سوريا.', spec, 'AID', 'يجند');
});

test('raising the alert is MOBILIZE, lifting sanctions or a state of emergency CONCEDE', () => {
  assertEvent('وأعلنت مصر رفع حالة الاستنفار في المطارات.', spec, 'MOBILIZE', 'رفع');
  assertNoEvent('وأعلنت مصر رفع حالة الاستنفار في المطارات.', spec, 'CONCEDE', 'رفع');
  assertEvent('ورفع الجيش المصري من تأهبه قبل الانتخابات.', spec, 'MOBILIZE', 'ورفع');
  assertEvent('وقررت مصر رفع حالة الطوارئ في سيناء.', spec, 'CONCEDE', 'رفع');
  assertEvent('ويمهد الاتفاق الطريق إلى رفع العقوبات عن إيران.', spec, 'CONCEDE', 'رفع');
});

test('armament support and support with forces are AID', () => {
  assertEvent('وتعهدت إيران بمواصلة دعمها التسليحي لحلفائها.', spec, 'AID', 'دعمها');
  assertEvent('ودعمه خالد المنصور لاحقا بقوات إضافية.', spec, 'AID', 'ودعمه');
});
