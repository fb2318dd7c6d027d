import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { extractEvents } from './extract.js';
import { buildLayers, type LayerSpec } from './testing.js';

// Words added to the trigger lexicon in 1.11.0, one group per PLOVER type,
// and the senses their conditions keep out.

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'الجيش الوطني' },
    { id: 'e2', type: 'ORG', name: 'جماعة الحوثي' },
    { id: 'e3', type: 'GPE', name: 'مصر' },
    { id: 'e4', type: 'PER', name: 'زيد الأحمد' },
    { id: 'e5', type: 'GPE', name: 'كينيا' },
    { id: 'e6', type: 'GPE', name: 'إثيوبيا' },
  ],
};

const run = (text: string) => extractEvents(buildLayers(text, spec));
const show = (text: string, events: IsnadEvent[]) => events.map((e) => `${e.type} ${text.slice(e.trigger.start, e.trigger.end)}`).join('; ');

function has(text: string, type: string, trigger: string) {
  const events = run(text);
  assert.ok(events.some((e) => e.type === type && text.slice(e.trigger.start, e.trigger.end) === trigger), `${text} → ${show(text, events)}`);
}

function hasNot(text: string, type: string, trigger: string) {
  const events = run(text);
  assert.ok(!events.some((e) => e.type === type && text.slice(e.trigger.start, e.trigger.end) === trigger), `${text} → ${show(text, events)}`);
}

const cases: Record<string, [string, string][]> = {
  ASSAULT: [
    ['وأطلق مسلح النار على الحارس فأرداه قتيلا.', 'فأرداه'],
    ['ودكت المدفعية مواقع جماعة الحوثي طوال الليل.', 'ودكت'],
    ['وتجدد الاقتتال بين الفصائل في المدينة.', 'الاقتتال'],
    ['وتمكن الجيش الوطني من تصفية ثمانية مسلحين.', 'تصفية'],
    ['وأضرم مستوطنون النار في منزل بالقرية.', 'وأضرم'],
    ['واندلعت مناوشات بين الجيش الوطني وجماعة الحوثي.', 'مناوشات'],
  ],
  COERCE: [
    ['ووضعت السلطات زيد الأحمد قيد الإقامة الجبرية.', 'الإقامة'],
    ['وقضت محكمة في مصر بسجن زيد الأحمد خمس سنوات.', 'وقضت'],
    ['وقررت الحكومة حجب مواقع إخبارية.', 'حجب'],
    ['وأمرت النيابة بإيداع المتهم السجن.', 'بإيداع'],
    ['وقررت الحكومة سحب جنسية زيد الأحمد.', 'سحب'],
  ],
  PROTEST: [
    ['وشارك الآلاف في مليونية بالميدان يوم الجمعة.', 'مليونية'],
    ['وشكل المشاركون سلسلة بشرية أمام السفارة.', 'سلسلة'],
    ['وفرقت الشرطة المتجمهرين أمام المبنى.', 'المتجمهرين'],
  ],
  CONSULT: [
    ['وتدارس زيد الأحمد مع وزير خارجية كينيا تطورات الأوضاع.', 'وتدارس'],
    ['وتحدث زيد الأحمد هاتفيا مع رئيس كينيا.', 'وتحدث'],
    ['واستضافت مصر محادثات بين الطرفين.', 'واستضافت'],
  ],
  SUPPORT: [
    ['وامتدح زيد الأحمد موقف مصر من الأزمة.', 'وامتدح'],
    ['وأعلن التنظيم مبايعة زعيمه الجديد.', 'مبايعة'],
  ],
  ACCUSE: [
    ['وأصدرت الوزارة بيانا منددة بالهجوم.', 'منددة'],
    ['وأعرب زيد الأحمد عن سخطه من القرار.', 'سخطه'],
    ['ووجهت النيابة تهمة التحريض إلى زيد الأحمد.', 'تهمة'],
  ],
  REJECT: [
    ['وتنصلت مصر من الاتفاق الموقع.', 'وتنصلت'],
    ['وفند زيد الأحمد الاتهامات الموجهة إليه.', 'وفند'],
  ],
  THREATEN: [
    ['وخرج زيد الأحمد متوعدا جماعة الحوثي بالرد.', 'متوعدا'],
    ['ومنح الجيش الوطني المسلحين مهلة أخيرة لتسليم أسلحتهم.', 'مهلة'],
  ],
  REQUEST: [
    ['وظهر زيد الأحمد في الفيديو مناشدا حكومة مصر التدخل.', 'مناشدا'],
    ['ووجهت منظمات الإغاثة نداء إلى الدول المانحة.', 'نداء'],
  ],
  SANCTION: [
    ['وقررت الحكومة إدراج الجماعة على القائمة السوداء.', 'إدراج'],
    ['وصنفت مصر جماعة الحوثي منظمة إرهابية.', 'وصنفت'],
    ['وقررت كينيا سحب سفيرها من إثيوبيا.', 'سحب'],
  ],
  MOBILIZE: [
    ['وقررت مصر إرسال قوات إلى الحدود.', 'إرسال'],
    ['وأعلنت كينيا استدعاء الاحتياط.', 'استدعاء'],
    ['ونفذت القوات تمرينا عسكريا مشتركا.', 'تمرينا'],
  ],
  AID: [
    ['وبدأت مصر جسرا جويا لنقل المساعدات.', 'جسرا'],
    ['وتولى المركز توزيع سلال غذائية على الأسر.', 'توزيع'],
    ['ووصلت قافلة مساعدات إلى المدينة.', 'قافلة'],
  ],
  CONCEDE: [
    ['وقررت النيابة إخلاء سبيل زيد الأحمد بكفالة.', 'إخلاء'],
    ['وأعلن زيد الأحمد تنحيه عن الرئاسة.', 'تنحيه'],
    ['وقررت مصر فتح المعبر أمام المسافرين.', 'فتح'],
  ],
  RETREAT: [
    ['وأعلن الجيش الوطني تعليق عملياته العسكرية.', 'تعليق'],
    ['وترك المسلحون مواقعهم وفروا.', 'وترك'],
  ],
  COOPERATE: [
    ['واتفقت مصر وكينيا على إقامة علاقات دبلوماسية.', 'إقامة'],
    ['وقررت مصر افتتاح سفارة في كينيا.', 'افتتاح'],
  ],
  AGREE: [
    ['وتعاهد الطرفان على نبذ العنف.', 'وتعاهد'],
    ['وتوافقت الكتل على اختيار زيد الأحمد رئيسا.', 'وتوافقت'],
  ],
};

for (const [type, list] of Object.entries(cases)) {
  test(`new ${type} words`, () => {
    for (const [text, trigger] of list) has(text, type, trigger);
  });
}

test('the conditions of the new words keep other senses out', () => {
  // Hosting a tournament, or the talks a relative clause restates, is no meeting.
  hasNot('واستضافت مصر بطولة كأس العالم للشباب.', 'CONSULT', 'واستضافت');
  hasNot('خلال المحادثات في كينيا التي استضافتها مصر.', 'CONSULT', 'استضافتها');
  // Commenting on an attack is no pause of operations.
  hasNot('ورفض المتحدث التعليق على الهجوم.', 'RETREAT', 'التعليق');
  // A broad base, academic ties and a fire started by accident are no events of these types.
  hasNot('وأكد أهمية إقامة علاقات أكاديمية مع الجامعات.', 'COOPERATE', 'إقامة');
  hasNot('ووزع المعلم المواد الدراسية على الطلاب.', 'AID', 'ووزع');
  hasNot('وجلس اللاعب على دكة البدلاء.', 'ASSAULT', 'دكة');
});
