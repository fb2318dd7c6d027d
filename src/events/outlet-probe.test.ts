/**
 * Short news sentences in the style of other Arabic outlets than the development
 * corpus (protests, strikes, sit-ins, boycotts; air strikes, shelling, bombs,
 * ambushes, rocket fire) and sentences that must not give PROTEST or ASSAULT
 * (a protest note, a figure of speech, a match report, an election «battle»).
 * Actors follow the guideline: bare common nouns (المتظاهرين، مسلحون، مستوطنون)
 * are no party, a nisba names its state, a place after a phrase of place is no
 * party of the act.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntitySpec } from './testing.js';
import { describeEvents, eventOn, eventsIn } from './testing.js';

type Expect = [type: string, trigger: string, actor?: string[], recipient?: string[]];
interface Case { t: string; ents?: EntitySpec[]; has?: Expect[]; not?: [type: string, trigger?: string][] }

const gpe = (id: string, name: string, ...forms: string[]): EntitySpec => ({ id, type: 'GPE', name, forms });
const org = (id: string, name: string, ...forms: string[]): EntitySpec => ({ id, type: 'ORG', name, forms });
const per = (id: string, name: string): EntitySpec => ({ id, type: 'PER', name });

function check(cases: Case[]): void {
  for (const c of cases) {
    const evs = eventsIn(c.t, { entities: c.ents ?? [] });
    const shown = `${c.t}\n${describeEvents(c.t, evs)}`;
    for (const [type, trigger, actor, recipient] of c.has ?? []) {
      const e = eventOn(evs, c.t, type, trigger);
      assert.ok(e, `missing ${type} ${trigger}: ${shown}`);
      if (actor) assert.deepEqual(e.actor, actor, `actor of ${trigger}: ${shown}`);
      if (recipient) assert.deepEqual(e.recipient, recipient, `recipient of ${trigger}: ${shown}`);
    }
    for (const [type, trigger] of c.not ?? []) assert.equal(eventOn(evs, c.t, type, trigger), undefined, `unwanted ${type} ${trigger ?? ''}: ${shown}`);
  }
}

test('demonstrations, sit-ins, strikes and boycotts are PROTEST, by the party a nisba or a name gives', () => {
  check([
    { t: 'خرج آلاف المتظاهرين في شوارع بغداد للمطالبة بتحسين الخدمات ومحاسبة الفاسدين.', ents: [gpe('b', 'بغداد')], has: [['PROTEST', 'خرج', []]] },
    { t: 'نظم العشرات وقفة احتجاجية أمام مقر البرلمان في الرباط رفضا لمشروع قانون التقاعد.', ents: [gpe('r', 'الرباط')], has: [['PROTEST', 'وقفة', []]] },
    { t: 'احتشد مئات المحتجين في ساحة التحرير وسط القاهرة مرددين شعارات تطالب بالإفراج عن المعتقلين.', ents: [gpe('c', 'القاهرة')], has: [['PROTEST', 'احتشد', []]] },
    { t: 'تظاهر آلاف السودانيين في الخرطوم احتجاجا على ارتفاع أسعار الخبز والوقود.', ents: [gpe('sd', 'السودان', 'adj:السودانيين'), gpe('k', 'الخرطوم')], has: [['PROTEST', 'تظاهر', ['sd']]] },
    { t: 'أضرب عمال الموانئ في تونس عن العمل لليوم الثالث على التوالي للمطالبة بزيادة الأجور.', ents: [gpe('tn', 'تونس')], has: [['PROTEST', 'أضرب', []]] },
    { t: 'دخل الأسير الفلسطيني خليل عواودة في إضراب مفتوح عن الطعام رفضا لاعتقاله الإداري.', ents: [gpe('ps', 'فلسطين', 'adj:الفلسطيني'), per('p', 'خليل عواودة')], has: [['PROTEST', 'إضراب', ['p']]] },
    { t: 'يخوض الأسير الأردني هشام أبو هواش إضرابا عن الطعام منذ أشهر.', ents: [gpe('jo', 'الأردن', 'adj:الأردني'), per('p', 'هشام أبو هواش')], has: [['PROTEST', 'إضرابا', ['p']]] },
    { t: 'يواصل مئات الأسرى إضرابهم عن الطعام في سجن عوفر لليوم الخامس عشر.', has: [['PROTEST', 'إضرابهم', []]] },
    { t: 'بدأت نقابة المعلمين الأردنيين إضرابا شاملا في المدارس الحكومية.', ents: [org('u', 'نقابة المعلمين الأردنيين')], has: [['PROTEST', 'إضرابا', ['u']]] },
    { t: 'شارك الآلاف في مسيرة حاشدة بالعاصمة الجزائرية رفضا لترشح الرئيس لعهدة خامسة.', has: [['PROTEST', 'مسيرة']] },
    { t: 'نظمت أحزاب المعارضة الموريتانية مسيرة احتجاجية في نواكشوط.', ents: [gpe('n', 'نواكشوط')], has: [['PROTEST', 'مسيرة']] },
    { t: 'اعتصم عشرات الموظفين أمام مبنى وزارة المالية في بيروت للمطالبة برواتبهم المتأخرة.', ents: [org('m', 'وزارة المالية'), gpe('b', 'بيروت')], has: [['PROTEST', 'اعتصم', []]] },
    { t: 'قاطعت أحزاب المعارضة الانتخابات البرلمانية في الجزائر.', ents: [gpe('dz', 'الجزائر')], has: [['PROTEST', 'قاطعت', []]] },
    { t: 'نزل المحتجون إلى الشوارع في بيروت لليلة الثانية على التوالي.', ents: [gpe('b', 'بيروت')], has: [['PROTEST', 'نزل', []]] },
    { t: 'تجمع مئات المواطنين أمام السفارة الأمريكية في عمان تنديدا بقرار نقل السفارة إلى القدس.', ents: [org('em', 'السفارة الأمريكية'), gpe('am', 'عمان')], has: [['PROTEST', 'تجمع', []]] },
    { t: 'يتظاهر طلاب الجامعات منذ أسبوع ضد رفع الرسوم الدراسية.', has: [['PROTEST', 'يتظاهر', []]] },
    { t: 'شكل ناشطون سلسلة بشرية على شاطئ غزة للمطالبة برفع الحصار.', ents: [gpe('g', 'غزة')], has: [['PROTEST', 'سلسلة', []]] },
    { t: 'شهدت مدن مغربية عدة احتجاجات على غلاء المعيشة.', has: [['PROTEST', 'احتجاجات']] },
    { t: 'اعتصم المئات من أنصار التيار الصدري داخل المنطقة الخضراء في بغداد.', ents: [org('s', 'التيار الصدري'), gpe('b', 'بغداد')], has: [['PROTEST', 'اعتصم', ['s']]] },
    { t: 'أعلن سائقو سيارات الأجرة في القاهرة إضرابا عن العمل احتجاجا على تطبيقات النقل الذكي.', ents: [gpe('c', 'القاهرة')], has: [['PROTEST', 'إضرابا', []]] },
    { t: 'انطلقت مظاهرات حاشدة في عدة مدن إيرانية تنديدا بتردي الأوضاع الاقتصادية.', has: [['PROTEST', 'مظاهرات', []]] },
    { t: 'تظاهر المئات في لندن أمام مقر رئاسة الوزراء احتجاجا على الحرب.', ents: [gpe('l', 'لندن')], has: [['PROTEST', 'تظاهر', []]] },
  ]);
});

test('a call for a strike is a REQUEST, a protest note is ACCUSE', () => {
  check([
    { t: 'دعا الاتحاد العام التونسي للشغل إلى إضراب عام في القطاع العام الخميس المقبل.', ents: [org('u', 'الاتحاد العام التونسي للشغل')], has: [['REQUEST', 'دعا', ['u']]], not: [['PROTEST']] },
    { t: 'سلمت الخارجية السودانية السفير الإثيوبي مذكرة احتجاج.', ents: [org('f', 'الخارجية السودانية')], has: [['ACCUSE', 'احتجاج']], not: [['PROTEST']] },
    { t: 'استدعت وزارة الخارجية البحرينية القائم بالأعمال الإيراني وسلمته مذكرة احتجاج رسمية.', ents: [org('f', 'وزارة الخارجية البحرينية')], has: [['ACCUSE', 'احتجاج']], not: [['PROTEST']] },
  ]);
});

test('air strikes, shelling, bombs, ambushes and rocket fire are ASSAULT, by the force a nisba or a name gives', () => {
  const ru = gpe('ru', 'روسيا', 'adj:روسية', 'adj:الروسية');
  const il = gpe('il', 'إسرائيل', 'adj:إسرائيلية', 'adj:إسرائيلي', 'adj:إسرائيليون', 'adj:الإسرائيلية');
  const sa = gpe('sa', 'السعودية', 'adj:السعودية');
  check([
    { t: 'شنت مقاتلات التحالف الدولي غارات على مواقع لتنظيم الدولة في الرقة.', ents: [org('co', 'التحالف الدولي'), org('is', 'تنظيم الدولة'), gpe('rq', 'الرقة')], has: [['ASSAULT', 'شنت', ['co']]] },
    { t: 'شنت طائرات حربية روسية غارات جوية على ريف إدلب الجنوبي.', ents: [ru, gpe('id', 'إدلب')], has: [['ASSAULT', 'شنت', ['ru']]] },
    { t: 'استهدف قصف مدفعي إسرائيلي منازل المدنيين شرق مدينة غزة.', ents: [il, gpe('g', 'غزة')], has: [['ASSAULT', 'استهدف', ['il']]] },
    { t: 'انفجرت سيارة مفخخة قرب نقطة تفتيش في مدينة الباب شمالي سوريا.', ents: [gpe('sy', 'سوريا')], has: [['ASSAULT', 'انفجرت', []]] },
    { t: 'سقطت قذائف صاروخية على حي سكني في العاصمة الليبية طرابلس.', ents: [gpe('tr', 'طرابلس')], has: [['ASSAULT', 'سقطت', []]] },
    { t: 'قتل ثلاثة جنود أتراك في هجوم بطائرة مسيرة شنه حزب العمال الكردستاني.', ents: [org('pkk', 'حزب العمال الكردستاني')], has: [['ASSAULT', 'هجوم']] },
    { t: 'نصب مسلحو حركة الشباب كمينا لقافلة عسكرية في جنوب الصومال.', ents: [org('sh', 'حركة الشباب'), gpe('so', 'الصومال')], has: [['ASSAULT', 'كمينا', ['sh']]] },
    { t: 'وقع جنود إسرائيليون في كمين نصبه مقاتلو كتائب القسام شرق خان يونس.', ents: [il, org('q', 'كتائب القسام'), gpe('ky', 'خان يونس')], has: [['ASSAULT', 'كمين', ['q']]] },
    { t: 'قصفت المدفعية التركية مواقع لوحدات حماية الشعب الكردية في ريف حلب.', ents: [gpe('tr', 'تركيا', 'adj:التركية'), org('y', 'وحدات حماية الشعب'), gpe('h', 'حلب')], has: [['ASSAULT', 'قصفت', ['tr']]] },
    { t: 'أسفر تفجير انتحاري استهدف مسجدا في كابل عن مقتل عشرين مصليا.', ents: [gpe('k', 'كابل')], has: [['ASSAULT', 'تفجير'], ['ASSAULT', 'مقتل']] },
    { t: 'هاجمت طائرات مسيرة مطار أبها الدولي جنوب السعودية.', ents: [gpe('ab', 'أبها'), sa], has: [['ASSAULT', 'هاجمت', [], ['ab']]] },
    { t: 'اقتحم مستوطنون المسجد الأقصى تحت حماية شرطة الاحتلال.', ents: [{ id: 'aq', type: 'LOC', name: 'المسجد الأقصى' }], has: [['ASSAULT', 'اقتحم', [], ['aq']]] },
    { t: 'اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في الخرطوم.', ents: [org('sa', 'الجيش السوداني'), org('rsf', 'قوات الدعم السريع'), gpe('k', 'الخرطوم')], has: [['ASSAULT', 'اشتباكات', ['sa'], ['rsf']]] },
    { t: 'قتل قائد عسكري بارز في غارة إسرائيلية على دمشق.', ents: [il, gpe('d', 'دمشق')], has: [['ASSAULT', 'غارة', ['il']]] },
    { t: 'تعرضت مدينة سديروت لرشقات صاروخية من قطاع غزة.', ents: [gpe('sd', 'سديروت'), gpe('g', 'قطاع غزة')], has: [['ASSAULT', 'لرشقات']] },
    { t: 'لقي خمسة أشخاص حتفهم جراء القصف المدفعي على بلدة كفرنبل.', ents: [gpe('kf', 'كفرنبل')], has: [['ASSAULT', 'حتفهم'], ['ASSAULT', 'القصف']] },
    { t: 'أغارت مقاتلات إسرائيلية على أهداف في جنوب لبنان.', ents: [il, gpe('lb', 'لبنان')], has: [['ASSAULT', 'أغارت', ['il']]] },
    { t: 'تعرضت قرى في ريف حماة لقصف صاروخي مكثف.', ents: [gpe('hm', 'حماة')], has: [['ASSAULT', 'لقصف']] },
    { t: 'أطلق حزب الله عشرات الصواريخ على شمال إسرائيل.', ents: [org('hz', 'حزب الله'), il], has: [['ASSAULT', 'أطلق', ['hz']]] },
    { t: 'أسقطت الدفاعات الجوية السعودية طائرة مسيرة أطلقها الحوثيون باتجاه خميس مشيط.', ents: [sa, org('ho', 'الحوثيون')], has: [['ASSAULT', 'أسقطت', ['sa']]] },
    { t: 'قصفت ثلاث طائرات حربية تركية اليوم عدة مواقع لتنظيم داعش في سوريا.', ents: [{ id: 'tr', type: 'GPE', name: 'تركيا', forms: ['تركية'] }, org('is', 'تنظيم داعش'), gpe('sy', 'سوريا')], has: [['ASSAULT', 'قصفت', ['tr']]] },
    { t: 'فتحت الزوارق الحربية الإسرائيلية أمس نيران أسلحتها الرشاشة باتجاه مراكب الصيادين.', ents: [il], has: [['ASSAULT', 'فتحت', ['il']]] },
  ]);
});

test('no PROTEST or ASSAULT in figures of speech, match reports, elections or accidents', () => {
  check([
    { t: 'ضرب الوزير مثلا بتجربة سنغافورة في مكافحة الفساد.', ents: [gpe('sg', 'سنغافورة')], not: [['ASSAULT']] },
    { t: 'شن الهلال هجوما مكثفا على مرمى النصر في الشوط الثاني.', ents: [org('h', 'الهلال'), org('n', 'النصر')], not: [['ASSAULT']] },
    { t: 'وأشاد المدرب بزميليه في هجوم أتلتيكو مؤكدا أن مكانه غير مضمون في هجوم الفريق.', not: [['ASSAULT']] },
    { t: 'شن النائب هجوما حادا على وزير الصحة بسبب أزمة الأدوية.', not: [['ASSAULT']] },
    { t: 'ضرب زلزال بقوة ست درجات جنوب تركيا فجر اليوم.', ents: [gpe('tr', 'تركيا')], not: [['ASSAULT']] },
    { t: 'تواصل المملكة مسيرة التنمية الشاملة في مختلف المناطق.', not: [['PROTEST']] },
    { t: 'قررت المستشارة خوض المعركة الانتخابية المقبلة في خريف العام المقبل.', not: [['ASSAULT']] },
    { t: 'انفجرت الأزمة بين الحكومة والنقابات بعد قرار رفع الأسعار.', not: [['ASSAULT']] },
    { t: 'لقي تسعة لاجئين حتفهم عندما اصطدمت حافلة صغيرة بسور في ولاية بالكسير.', not: [['ASSAULT']] },
  ]);
});

test('دخل is a support verb only before في and a strike, talks or a fight', () => {
  check([
    { t: 'دخلت إدارة النادي في مفاوضات مع الحارس أحمد الكسار.', ents: [org('c', 'إدارة النادي'), per('k', 'أحمد الكسار')], has: [['CONSULT', 'مفاوضات', ['c']]] },
    { t: 'ودخل لاعب الوسط عوض خميس في التدريبات الجماعية بعد تعافيه.', ents: [per('k', 'عوض خميس')], not: [['AID']] },
  ]);
});

test('تدخل, the noun «intervention», lends no subject to a request after it', () => {
  const t = 'وأكد الوزير أن تدخل المملكة ودول التحالف كان بناء على طلب من الرئيس عبدربه منصور هادي.';
  const evs = eventsIn(t, { entities: [gpe('sa', 'المملكة'), org('co', 'دول التحالف'), per('h', 'عبدربه منصور هادي')] });
  const e = eventOn(evs, t, 'REQUEST', 'طلب');
  assert.ok(e && !e.actor.includes('sa') && !e.actor.includes('co'), describeEvents(t, evs));
});
