import { test } from 'node:test';
import { assertEvent, assertNoEvent } from '../testing.js';

const minister = { id: 'e1', type: 'PER' as const, name: 'سالم الحربي' };
const country = { id: 'e2', type: 'GPE' as const, name: 'فرنسا' };

test('an attack in words on policies, deals and governments is an accusation', () => {
  assertEvent('وهاجم النائب سياسات الحكومة في ملف السكن.', {}, 'ACCUSE', 'وهاجم');
  assertEvent('وشن رئيس الحزب هجوما على الحكومة بسبب غلاء الأسعار.', {}, 'ACCUSE', 'وشن');
  assertEvent('وهاجم الشيخ الاتفاق الذي وقعه البرلمان.', {}, 'ACCUSE', 'وهاجم');
});

test('the tone, the kind or the level of an attack tells it is verbal', () => {
  assertEvent('وشن المعلق هجوما لاذعا على إدارة النادي.', {}, 'ACCUSE', 'وشن');
  assertEvent('ونشرت الصحيفة هجوما إعلاميا على الوزارة.', {}, 'ACCUSE', 'هجوما');
  assertEvent('وصعد الزعيم سقف هجومه على جيرانه في الخطاب.', {}, 'ACCUSE', 'هجومه');
});

test('an attack told in a speech, an interview or a tweet is verbal', () => {
  assertEvent('وفي كلمة ألقاها أمس هاجم فيها المعارضة، دعا الرئيس إلى الهدوء.', {}, 'ACCUSE', 'هاجم');
  assertEvent('ونشر سلسلة تغريدات هاجم فيها منتقديه.', {}, 'ACCUSE', 'هاجم');
  assertEvent('هاجم المطرب زميله، عبر لقاء إذاعي مساء الجمعة.', {}, 'ACCUSE', 'هاجم');
  // fighters as its object do not make it an attack of force
  assertEvent('وفي خطبة الجمعة هاجم فيها الإمام الميليشيات التي تعبث بالبلاد.', {}, 'ACCUSE', 'هاجم');
  assertEvent('وأصدرت الوزارة بيانا شديدا مهاجمة السفير المعين حديثا.', {}, 'ACCUSE', 'مهاجمة');
});

test('what the speaker said or charged right after the attack makes it verbal', () => {
  assertEvent('وهاجم المتحدث خصومه مؤكدا أنهم يضللون الناس.', {}, 'ACCUSE', 'وهاجم');
  assertEvent('وهاجمت الجمعية الاتحاد واتهمته بالتقصير.', {}, 'ACCUSE', 'وهاجمت');
});

test('a person of words as the doer, or one person against a state, attacks in words', () => {
  assertEvent('هاجم الكاتب المعروف المدير الجديد للهيئة.', {}, 'ACCUSE', 'هاجم');
  assertEvent('وكان مغردون هاجموا المذيعة بعد الحلقة.', {}, 'ACCUSE', 'هاجموا');
  assertEvent('وسبق أن هاجم سالم الحربي فرنسا مرارا.', { entities: [minister, country] }, 'ACCUSE', 'هاجم');
});

test('an attack taken up after one in words is in words too', () => {
  assertEvent('هاجم الإعلامي المعروف الوزير. وجاء ذلك بعد هجوم الأخير على القناة.', {}, 'ACCUSE', 'هجوم');
});

test('an attack of force stays an assault, whatever is said around it', () => {
  // fighters, arms, casualties or a place under attack
  assertEvent('هاجم مسلحون القرية قائلين إنهم يثأرون.', {}, 'ASSAULT', 'هاجم');
  assertEvent('وشن المتمردون هجوما على الحكومة في العاصمة بالصواريخ.', {}, 'ASSAULT', 'وشن');
  assertEvent('وقتل ثلاثة أشخاص في هجوم على مبنى الحكومة المحلية.', {}, 'ASSAULT', 'هجوم');
  assertEvent('وهاجم رجل الكاتب بسكين أمام منزله.', {}, 'ASSAULT', 'وهاجم');
  assertEvent('وقال الجيش في بيان إن مقاتلين هاجموا دورية قرب الحدود.', {}, 'ASSAULT', 'هاجموا');
  // a definite attack taking up one of force, with a policy said of it
  assertNoEvent('وتبنت الجماعة الهجوم على مبنى البلدية. وقالت إن الهجوم موجه ضد سياسة الهجرة.', {}, 'ACCUSE', 'الهجوم');
  // nothing tells it is verbal
  assertEvent('وهاجم الطيران مواقع في الجبل.', {}, 'ASSAULT', 'وهاجم');
  assertNoEvent('وهاجم الطيران مواقع في الجبل.', {}, 'ACCUSE', 'وهاجم');
});
