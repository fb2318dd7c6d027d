import { test } from 'node:test';
import { triggerAsserts, type LayerSpec } from './testing.js';

// Trigger words whose sense the context tells (extract/penal-sentence.ts, pledge.ts,
// received-documents.ts, generic-doer.ts, gathered-not-met.ts, manifestations-word.ts): each
// beside a sentence where the word does tell the act.

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'مصر' },
    { id: 'e2', type: 'GPE', name: 'السودان' },
    { id: 'e3', type: 'GPE', name: 'إيران' },
    { id: 'e4', type: 'GPE', name: 'الولايات المتحدة' },
    { id: 'e5', type: 'GPE', name: 'تركيا' },
    { id: 'e6', type: 'ORG', name: 'حزب العمال الكردستاني' },
  ],
};

const { has, hasNot } = triggerAsserts(spec);

test('a penalty for an offence is no sanction', () => {
  hasNot('ووافق البرلمان على تشديد العقوبة على راشقي الحجارة.', 'SANCTION', 'العقوبة');
  hasNot('وأكمل السجين مدة عقوبته في الإصلاحية.', 'SANCTION', 'عقوبته');
  hasNot('ويتضمن المشروع إقرار عقوبة الإعدام ضد القتلة.', 'SANCTION', 'عقوبة');
  hasNot('ويفرض القانون عقوبات على الجمعيات المخالفة.', 'SANCTION', 'عقوبات');
  hasNot('وجرى تطبيق العقوبات الرادعة بحق المخالفين.', 'SANCTION', 'العقوبات');
  hasNot('وتصل العقوبة إلى السجن عشر سنوات.', 'SANCTION', 'العقوبة');
  has('وفرضت الولايات المتحدة عقوبات جديدة على إيران.', 'SANCTION', 'عقوبات');
  has('وفرض الاتحاد على النظام الإيراني عقوبات جديدة.', 'SANCTION', 'عقوبات');
});

test('a pledge is a concession, an agreement between parties, or told by the act it pledges', () => {
  has('وتعهدت مصر بإبطال أحكام الإعدام.', 'CONCEDE', 'وتعهدت');
  hasNot('وتعهدت مصر بإبطال أحكام الإعدام.', 'AGREE', 'وتعهدت');
  has('واتهم الرئيس الوزير بالتقصير فيما تعهد به من اتفاق بين الجانبين.', 'AGREE', 'تعهد');
  has('وتعهدت مصر بالتزامات سياسية مقابل القرض.', 'AGREE', 'وتعهدت');
  // The pledged act is an event of its own: the pledge is not told twice.
  hasNot('وتعهدت مصر بإخلاء مواقعها في المدينة.', 'CONCEDE', 'وتعهدت');
  has('وتعهدت مصر بإخلاء مواقعها في المدينة.', 'RETREAT', 'بإخلاء');
  // Looking after someone, commitments in general, a written undertaking.
  hasNot('وقتل الفتى خاله الذي تعهده ورباه.', 'CONCEDE', 'تعهده');
  hasNot('وتريد الأطراف التحلل من تعهدات سابقة.', 'CONCEDE', 'تعهدات');
  has('وخالفت مصر التعهدات التي قطعتها للسودان.', 'CONCEDE', 'التعهدات');
  has('ورغم التعهدات باحترام الحريات عادت مصر إلى التضييق.', 'CONCEDE', 'التعهدات');
  hasNot('وأخذ التعهد على المدان بعدم العودة إلى ذلك.', 'CONCEDE', 'التعهد');
});

test('receiving papers is no reception', () => {
  hasNot('واستقبلت المحاكم السعودية نحو 103 دعاوى خلال العام.', 'CONSULT', 'واستقبلت');
  hasNot('وبلغ عدد الدعاوى التي استقبلتها المحكمة 20 دعوى.', 'CONSULT', 'استقبلتها');
  has('واستقبل رئيس مصر وزير خارجية السودان واستمع إلى مطالبه.', 'CONSULT', 'واستقبل');
});

test('an act of whoever would do it is no act told', () => {
  hasNot('وتوعد الرئيس بالرد بقوة على كل من يستهدف أمن تركيا.', 'ASSAULT', 'يستهدف');
  hasNot('وقال إن من يهاجم المساجد ليس شجاعا.', 'ASSAULT', 'يهاجم');
  has('وقالت تركيا إن الحزب يستهدف أمن تركيا.', 'ASSAULT', 'يستهدف');
  // A cleft names the doer: «إيران هي من تحتل».
  has('وقال إن إيران هي من تحتل العراق.', 'COERCE', 'تحتل');
});

test('sociology and things that cannot go together are no meeting', () => {
  hasNot('ويعمل أستاذا في قسم علم الاجتماع بالجامعة.', 'CONSULT', 'الاجتماع');
  hasNot('فالاضطراب والتنمية ضدان لا يجتمعان.', 'CONSULT', 'يجتمعان');
  has('وحضر وزير خارجية مصر الاجتماع في السودان.', 'CONSULT', 'الاجتماع');
  has('ولم يجتمع رئيس مصر برئيس السودان.', 'CONSULT', 'يجتمع');
});

test('manifestations written with ه are no demonstration', () => {
  hasNot('وتدين مصر الإرهاب بجميع أشكاله ومظاهره.', 'PROTEST', 'ومظاهره');
  has('وخرجت مظاهرة في شوارع القاهرة ضد الغلاء.', 'PROTEST', 'مظاهرة');
});

test('«قاطع» of manner or proof is categorical, no boycott', () => {
  hasNot('وترفض مصر بشكل قاطع أي تبريرات للإرهاب.', 'SANCTION', 'قاطع');
  hasNot('ونفت مصر نفيا قاطعا هذه الأنباء.', 'SANCTION', 'قاطعا');
  has('وقاطعت مصر مؤتمر السودان احتجاجا على الاتفاق.', 'PROTEST', 'وقاطعت');
});

test('arms sent for backing are military aid', () => {
  has('وهاجمت الطائرات سفينة تحمل مقاتلين وأسلحة وذخيرة لدعم حزب العمال الكردستاني.', 'AID', 'لدعم');
  hasNot('وأكد وزير خارجية مصر أهمية الحوار لدعم السودان.', 'AID', 'لدعم');
});

test('ordnance that did not go off is no blast', () => {
  hasNot('ويجري تحديد مواقع الألغام ومخلفات الحروب التي لم تنفجر.', 'ASSAULT', 'تنفجر');
  has('وانفجرت عبوة ناسفة في سوق شمال مصر.', 'ASSAULT', 'وانفجرت');
});

test('refusing to comment, past the subject and an aside, is no rejection', () => {
  hasNot('ورفض المتحدث باسم وزارة الخارجية في مصر التعليق على التقارير.', 'REJECT', 'ورفض');
  hasNot('رفض مصدر في وزارة الخارجية، أمس الأربعاء، تأكيد الأخبار.', 'REJECT', 'رفض');
  has('ورفضت مصر الاتفاق الذي وقعته السودان.', 'REJECT', 'ورفضت');
});

test('a danger posed is no threat uttered', () => {
  hasNot('وناقش الرئيسان التهديد الذي يمثله حزب العمال الكردستاني على تركيا.', 'THREATEN', 'التهديد');
  hasNot('وقال الوزير إن حزب العمال الكردستاني يشكل تهديدا حقيقيا.', 'THREATEN', 'تهديدا');
  has('وتلقى سفير مصر تهديدا مباشرا بمغادرة السودان.', 'THREATEN', 'تهديدا');
});

test('an assistant is no aid', () => {
  hasNot('ولم يصب الطيار ومساعده بأي أذى.', 'AID', 'ومساعده');
  hasNot('وقالت مساعدة وزير خارجية مصر إن المحادثات كانت مثمرة.', 'AID', 'مساعدة');
  has('وقدمت مصر مساعدة مالية للسودان.', 'AID', 'مساعدة');
});
