import { test } from 'node:test';
import { triggerAsserts, type LayerSpec } from './testing.js';

// Trigger words in an idiom that tells no act between parties (extract/consistent-with.ts,
// permitted-by-text.ts, frustration-word.ts, meeting-idiom.ts, deadly-adjective.ts), found on
// unseen SaudiNewsNet text; each beside the act the word does tell.

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'مصر' },
    { id: 'e2', type: 'GPE', name: 'السودان' },
    { id: 'e3', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'e4', type: 'ORG', name: 'جماعة الحوثي' },
    { id: 'e5', type: 'ORG', name: 'حرس الحدود' },
  ],
};

const { has, hasNot } = triggerAsserts(spec);

test('«يتفق مع» said of a thing is «is consistent with»', () => {
  hasNot('وستعدل الشركة أسعارها بما يتفق مع الأنظمة الجديدة.', 'AGREE', 'يتفق');
  hasNot('ورفضت اللجنة كل ما لا يتفق مع طبيعة المسابقة.', 'AGREE', 'يتفق');
  hasNot('ويجري تصميم البرامج على نحو يتفق وحاجات السوق.', 'AGREE', 'يتفق');
  hasNot('وتطرح الجامعة مناهج تتفق مع متطلبات المهنة.', 'AGREE', 'تتفق');
  has('وقال المتحدث إن مصر تتفق مع السودان على تقاسم المياه.', 'AGREE', 'تتفق');
});

test('«سمح» by a text, a fact or in «لا سمح الله» is no concession', () => {
  hasNot('ويسمح القرار الجديد بفرض غرامات على المخالفين.', 'CONCEDE', 'ويسمح');
  hasNot('وتوسعت الشبكة مما يسمح بنقل الركاب بسرعة أكبر.', 'CONCEDE', 'يسمح');
  hasNot('وإن وقع حادث لا سمح الله فعلى السائق الاتصال بالطوارئ.', 'COERCE', 'سمح');
  has('وسمحت مصر لوفد السودان بدخول المعبر.', 'CONCEDE', 'وسمحت');
});

test('«إحباط» of a feeling is no foiling', () => {
  hasNot('وشعر المدرب بإحباط شديد بعد الخسارة الثالثة.', 'COERCE', 'بإحباط');
  hasNot('وساد الجماهير حزن، وإحباط، وغضب بعد المباراة.', 'COERCE', 'وإحباط');
  hasNot('وكان الغياب أكثر الأمور إحباطا للاعبين.', 'COERCE', 'إحباطا');
  has('وتمكن حرس الحدود من إحباط محاولة تهريب كبيرة.', 'COERCE', 'إحباط');
});

test('«لقاء» as a sign-off or «in return for» is no meeting', () => {
  hasNot('هذا ما أردت قوله، وإلى لقاء قريب إن شاء الله.', 'CONSULT', 'لقاء');
  hasNot('وباعت الشركة حصتها لقاء 300 مليون دولار.', 'CONSULT', 'لقاء');
});

test('«قاتل» after an indefinite noun is «deadly», after «في» the killer', () => {
  hasNot('وأصيب الرجل برصاص قاتل في صدره.', 'ASSAULT', 'قاتل');
  hasNot('ونفذ حكم القصاص في قاتل بالمنطقة الشمالية.', 'ASSAULT', 'قاتل');
  has('وقد قاتل الجيش الوطني جماعة الحوثي في الجبال.', 'ASSAULT', 'قاتل');
});
