import { test } from 'node:test';
import { triggerAsserts, type LayerSpec } from './testing.js';

// Everyday senses of trigger words on unseen articles (sport, economy, schooling, health):
// extract/ranked-place.ts, training-drill.ts, withheld-name.ts, admission-word.ts,
// helps-to.ts (partylessHelpToward), hamza-spelling.ts (pluralNotMasdar), and the forms
// «واصل»/«فاصل» the lexicon no longer reads as وصل. Each beside a sentence where the word tells the act.

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'الهند' },
    { id: 'e2', type: 'GPE', name: 'باكستان' },
    { id: 'e3', type: 'GPE', name: 'الكويت' },
    { id: 'e4', type: 'GPE', name: 'العراق' },
    { id: 'e5', type: 'ORG', name: 'الأمم المتحدة' },
    { id: 'e6', type: 'GPE', name: 'لبنان' },
  ],
};

const { has, hasNot } = triggerAsserts(spec);

test('holding a rank or a standing is no seizure', () => {
  hasNot('واحتلت الهند المركز الرابع في قائمة المصدرين هذا العام.', 'COERCE', 'واحتلت');
  hasNot('وكان ملف البطالة يحتل المرتبة الثانية بين هموم الناخبين.', 'COERCE', 'يحتل');
  hasNot('وتراجع النادي إلى المركز السابع بدلا من المركز الثالث الذي احتله العام الماضي.', 'COERCE', 'احتله');
  hasNot('وتحتل الزراعة مكانة كبيرة في اقتصاد باكستان.', 'COERCE', 'وتحتل');
  hasNot('وتحتل الرياضة موقعا بارزا في حياة الشباب.', 'COERCE', 'وتحتل');
  has('واحتل العراق الكويت في صيف عام 1990.', 'COERCE', 'واحتل');
  // A site taken by a force, with no word of standing after it, stays a seizure.
  has('واحتلت الهند موقعا عسكريا على خط المراقبة.', 'COERCE', 'واحتلت');
});

test('a manoeuvre in a team training is no exercise of forces', () => {
  hasNot('وختم المدرب الحصة بمناورة على ثلثي مساحة الملعب.', 'MOBILIZE', 'بمناورة');
  hasNot('وركز الجهاز الفني على الجمل التكتيكية والمناورات في الفترة المسائية.', 'MOBILIZE', 'والمناورات');
  has('وأجرت باكستان مناورات عسكرية قرب الحدود مع الهند.', 'MOBILIZE', 'مناورات');
});

test('a source asking not to be named makes no request', () => {
  hasNot('وقال مسؤول في الأمم المتحدة طلب عدم الكشف عن هويته إن القافلة تأخرت.', 'REQUEST', 'طلب');
  hasNot('وذكر دبلوماسي، طالبا عدم ذكر اسمه، أن المحادثات ستستأنف.', 'REQUEST', 'طالبا');
  has('وطلبت الكويت من الأمم المتحدة عدم إغلاق مكتبها في المدينة.', 'REQUEST', 'وطلبت');
});

test('admission to a school or a programme is no acceptance of a deal', () => {
  hasNot('وأعلنت الجامعة فتح باب القبول للعام الدراسي المقبل.', 'AGREE', 'القبول');
  hasNot('وراجعت الأسرة عمادة القبول والتسجيل في الجامعة.', 'AGREE', 'القبول');
  hasNot('وتسعى الوزارة إلى قبول الطلاب المتفوقين في كليات الطب.', 'AGREE', 'قبول');
  has('وأعلن لبنان قبول الخطة التي عرضتها الأمم المتحدة لوقف القتال.', 'AGREE', 'قبول');
});

test('helping to do something, with no party on either side, is no aid', () => {
  hasNot('وساعدت الأمطار الغزيرة على انتشار المرض في الأرياف.', 'AID', 'وساعدت');
  hasNot('ويقول الأطباء إن المشي اليومي يساعد في خفض ضغط الدم.', 'AID', 'يساعد');
  hasNot('ويهدف البرنامج إلى مساعدة الشباب على إيجاد عمل.', 'AID', 'مساعدة');
  has('وقالت باكستان إن الهند ساعدت المتمردين على عبور الحدود.', 'AID', 'ساعدت');
  // A state or a force not named is still a party that helps.
  has('وأفادت تقارير بأن أجهزة الاستخبارات ساعدت بلاده على إحباط هجمات.', 'AID', 'ساعدت');
  // The noun with في is the help itself.
  has('وأرسل الجيش وحدات للمساعدة في جهود الإنقاذ بعد الفيضانات.', 'AID', 'للمساعدة');
});

test('the plural أبعاد (dimensions) is no deportation', () => {
  hasNot('وحذر الكاتب من الظاهرة لأن أبعادها خطيرة على المجتمع.', 'COERCE', 'أبعادها');
  hasNot('وتناول الباحث الأبعاد الاجتماعية للأزمة.', 'COERCE', 'الأبعاد');
  has('وقررت الكويت إبعاد العمال المخالفين إلى العراق.', 'COERCE', 'إبعاد');
});

test('«واصل» (continued) is no arrival', () => {
  hasNot('واصل منتخب الكويت معسكره في مدينة أنطاليا التركية.', 'CONSULT', 'واصل');
  has('وصل وزير خارجية الهند إلى باكستان أمس.', 'CONSULT', 'وصل');
});

test('aid given as the plural, or by a group unnamed, stays aid', () => {
  has('وتقدم الجمعية المساعدات للمحتاجين على شكل سلال غذائية.', 'AID', 'المساعدات');
  has('ويقود الرجل جماعة تساعد المهاجرين في الحصول على وثائق السفر.', 'AID', 'تساعد');
});

test('a match in a sports report is no meeting', () => {
  hasNot('وخاض منتخب الكويت لقاء وديا أمام منتخب العراق على ملعب المدينة.', 'CONSULT', 'لقاء');
  hasNot('وتستعد الكويت للقاء منتخب لبنان في التصفيات.', 'CONSULT', 'للقاء');
  hasNot('وسجل المهاجم هدفا بعد ثوان من صافرة بداية اللقاء.', 'CONSULT', 'اللقاء');
  has('وعقد وزير خارجية الكويت لقاء مع نظيره العراقي في بغداد.', 'CONSULT', 'لقاء');
  // «منتخب» away from the noun may be «elected».
  has('وجرى لقاء بين رئيس لبنان والبرلمان المنتخب حديثا.', 'CONSULT', 'لقاء');
});

test('setting a time or a pressure, or a checkpoint, is no seizure', () => {
  hasNot('ويمكن للمستخدم ضبط الوقت على الهاتف بسهولة.', 'COERCE', 'ضبط');
  hasNot('ويساعد الجهاز على ضبط ضغط المريض أثناء الغسيل.', 'COERCE', 'ضبط');
  hasNot('وانفجرت سيارة قرب نقطة ضبط أمني في المدينة.', 'COERCE', 'ضبط');
  has('وأعلنت الكويت ضبط خلية إرهابية تضم خمسة أشخاص.', 'COERCE', 'ضبط');
});
