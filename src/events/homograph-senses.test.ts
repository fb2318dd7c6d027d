import { test } from 'node:test';
import { triggerAsserts, type LayerSpec } from './testing.js';

// Trigger words whose normalised form is also a common other word (هنا «here», طبعاً,
// نادي «club», وعيد الفطر …), found on unseen SaudiNewsNet text (triggers.json 1.55.0),
// and words added there (نهب، ابتزاز).

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'e2', type: 'ORG', name: 'جماعة الحوثي' },
    { id: 'e3', type: 'GPE', name: 'مصر' },
    { id: 'e4', type: 'PER', name: 'زيد الأحمد' },
    { id: 'e5', type: 'ORG', name: 'نادي الفجر' },
  ],
};

const { has, hasNot } = triggerAsserts(spec);

test('«هنا» without its hamza is the adverb; «هنأ» as written is the congratulation', () => {
  hasNot('وأقول ذلك هنا بكل صراحة أمام الجميع.', 'SUPPORT', 'هنا');
  hasNot('وهنا تكمن المشكلة الحقيقية بين الطرفين.', 'SUPPORT', 'وهنا');
  has('وهنأ زيد الأحمد قادة مصر بمناسبة العيد.', 'SUPPORT', 'وهنأ');
});

test('adverbs and adjectives that read as trigger forms are no events', () => {
  hasNot('وطبعاً لم يعلق الجيش الوطني على الخبر.', 'COOPERATE', 'وطبعاً');
  hasNot('وتحدث زيد الأحمد عن أهمية التماسك بين أبناء الوطن.', 'REQUEST', 'التماسك');
  hasNot('وانتشرت الصور على مواقع التواصل وكل موقع اجتماعي آخر.', 'CONSULT', 'اجتماعي');
  hasNot('وتزامن الموسم مع شهر رمضان وعيد الفطر.', 'THREATEN', 'وعيد');
  hasNot('وكشف مدير إدارة لأمن المنشآت عن خطة جديدة.', 'ACCUSE', 'لأمن');
});

test('«نادي» the club is no call; «نادى ب…» is', () => {
  hasNot('وقال رئيس نادي برشلونة إن الفريق جاهز للموسم.', 'REQUEST', 'نادي');
  hasNot('وانتقل اللاعب لنادي بنفيكا البرتغالي.', 'REQUEST', 'لنادي');
  has('ونادى زيد الأحمد بإطلاق سراح المعتقلين.', 'REQUEST', 'ونادى');
});

test('a challenge, bearing a burden and keeping a rule are no rejection, blame or agreement', () => {
  hasNot('وتحدث زيد الأحمد عن التحديات التي تواجه مصر.', 'REJECT', 'التحديات');
  hasNot('وأكد زيد الأحمد أن مصر قادرة على تحمل المسؤولية كاملة.', 'ACCUSE', 'تحمل');
  hasNot('وقال زيد الأحمد إن مصر تلتزم بمواعيد التسليم في المشاريع.', 'AGREE', 'تلتزم');
  has('وأعلن الجيش الوطني أنه التزم بالهدنة مع جماعة الحوثي.', 'AGREE', 'التزم');
});

test('looting and blackmail are events', () => {
  has('وقام مسلحو جماعة الحوثي بنهب محتويات المنازل في القرية.', 'COERCE', 'بنهب');
  has('واتهم زيد الأحمد جماعة الحوثي بابتزاز مصر.', 'THREATEN', 'بابتزاز');
  hasNot('وصدرت أنظمة جديدة لمكافحة الابتزاز والاحتيال.', 'THREATEN', 'الابتزاز');
});
