import { test } from 'node:test';
import { triggerAsserts, type LayerSpec } from './testing.js';

// Everyday senses of trigger words on unseen articles, round 2: extract/aimed-at.ts,
// complaint-of-hardship.ts, visited-site.ts, research-not-talks.ts, subsidy.ts (through
// support-kind.ts) and place-name-word.ts. Each beside a sentence where the word tells the act.

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'الأردن' },
    { id: 'e2', type: 'GPE', name: 'تونس' },
    { id: 'e3', type: 'ORG', name: 'الاتحاد الأوروبي' },
    { id: 'e4', type: 'GPE', name: 'الموصل' },
    { id: 'e5', type: 'LOC', name: 'كفر نبل' },
    { id: 'e6', type: 'LOC', name: 'حاس' },
    { id: 'e7', type: 'PER', name: 'سامي العبدالله' },
  ],
};

const { has, hasNot } = triggerAsserts(spec);

test('aiming at a goal or an audience, or a programme meant for people, is no attack', () => {
  hasNot('وتستهدف الحملة الصيفية تثقيف الأطفال بقواعد السلامة المرورية.', 'ASSAULT', 'وتستهدف');
  hasNot('وأطلقت البلدية أنشطة ترفيهية تستهدف كافة فئات المجتمع طوال الإجازة.', 'ASSAULT', 'تستهدف');
  hasNot('ويستهدف الملتقى الخريجات الباحثات عن وظائف في القطاع الخاص.', 'ASSAULT', 'ويستهدف');
  hasNot('وتوقع المحللون أن السهم قد يستهدف مستوى 40 ريالا خلال الشهر.', 'ASSAULT', 'يستهدف');
  hasNot('وقال إن المشروع يستهدف 20% من سكان المدينة في مرحلته الأولى.', 'ASSAULT', 'يستهدف');
  hasNot('وأوضح أن البرامج التي تستهدف بناء المهارات ستستمر حتى نهاية العام.', 'ASSAULT', 'تستهدف');
  has('وقال الجيش إن مسلحين استهدفوا دورية للشرطة في الموصل.', 'ASSAULT', 'استهدفوا');
  // An attack that struck students: its target is struck.
  has('وأدان الأردن الهجوم الذي استهدف طلاب الجامعة في تونس.', 'ASSAULT', 'الهجوم');
});

test('a complaint of a hardship accuses nobody', () => {
  hasNot('واشتكى سكان الحي من انقطاع المياه منذ ثلاثة أيام.', 'ACCUSE', 'واشتكى');
  hasNot('واشتكت المريضة من آلام حادة في الظهر.', 'ACCUSE', 'واشتكت');
  hasNot('لماذا تشتكي من الزحام وأنت لا تستخدم النقل العام؟', 'ACCUSE', 'تشتكي');
  has('واشتكى الأردن إلى الاتحاد الأوروبي من الممارسات التي تقوم بها تونس.', 'ACCUSE', 'واشتكى');
});

test('visiting a sight, a visa of visit and a count of visits meet no party', () => {
  hasNot('وقضى الطلاب يومهم في زيارة المتحف الوطني والأسواق القديمة.', 'CONSULT', 'زيارة');
  hasNot('ويمكن للمراجعين زيارة الموقع الإلكتروني للوزارة لمعرفة الشروط.', 'CONSULT', 'زيارة');
  hasNot('وسجلت المنصة أكثر من 30 ألف زيارة في أسبوعها الأول.', 'CONSULT', 'زيارة');
  hasNot('وقررت الوزارة تمديد تأشيرة الزيارة للمقيمين ثلاثة أشهر.', 'CONSULT', 'الزيارة');
  hasNot('وزار الوفد معالم المدينة التاريخية قبل مغادرتها.', 'CONSULT', 'وزار');
  has('وزار وزير خارجية الأردن تونس الأسبوع الماضي.', 'CONSULT', 'وزار');
  // Patients and an office stay visits.
  has('وقام سامي العبدالله بزيارة المرضى في مستشفى المدينة.', 'CONSULT', 'بزيارة');
});

test('studying a subject or looking for something is no talks', () => {
  hasNot('وقالت الباحثة التي بحثت في أسباب السمنة لدى الأطفال إن النتائج مقلقة.', 'CONSULT', 'بحثت');
  hasNot('ويبحث النادي في سوق الانتقالات عن حارس مرمى جديد.', 'CONSULT', 'ويبحث');
  hasNot('وهذه هي الفرصة التي يبحث عنها الشباب منذ سنوات.', 'CONSULT', 'يبحث');
  has('وبحث وزير خارجية الأردن مع نظيره التونسي العلاقات الثنائية.', 'CONSULT', 'وبحث');
  has('وبحث الاتحاد الأوروبي في اجتماعه أمس الوضع في تونس.', 'CONSULT', 'وبحث');
});

test('a subsidy of goods or prices backs no party', () => {
  hasNot('وطالب المزارعون بدعم الصادرات الزراعية إلى الأسواق الخارجية.', 'SUPPORT', 'بدعم');
  hasNot('وتعتزم الحكومة خفض الدعم الحكومي للوقود العام المقبل.', 'SUPPORT', 'الدعم');
  hasNot('وتلقت الأسعار دعما من تراجع المخزونات.', 'SUPPORT', 'دعما');
  has('وأعلن الأردن دعمه الكامل لتونس في حربها على الإرهاب.', 'SUPPORT', 'دعمه');
});

test('a place named by an event noun is no act', () => {
  hasNot('واستعادت القوات السيطرة على حي التأميم في الرمادي.', 'COERCE', 'التأميم');
  hasNot('وسقطت قذائف على قرى كفر نبل والزيارة وحاس.', 'CONSULT', 'والزيارة');
  has('وأعلنت تونس تأميم شركة النفط الأجنبية.', 'COERCE', 'تأميم');
});
