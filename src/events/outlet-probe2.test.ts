/**
 * Second probe of sentences in the style of other outlets than the development corpus (Al
 * Jazeera, BBC Arabic, Asharq Al-Awsat, Anadolu, Sky News Arabia, wires, Egyptian and Maghrebi
 * papers), run through the whole analysis (entities found by the pipeline, not given by hand):
 * sit-ins, marches, strikes, civil disobedience, roads cut; shelling, drones, bombs, stabbings,
 * sniping, rockets; and look-alikes that are no PROTEST or ASSAULT (a career, a player's
 * protest to the referee, a match's attack, a «media bombardment», a penalty kick, holding fast
 * to patience). Complements outlet-probe.test.ts, which gives the entities by hand.
 * `has`: [type, a word of the trigger (any when absent), a word of the actor's name or
 * mention (null: no actor, as for bare common nouns)]; `not`: types the sentence must not have.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../pipeline/analyse.js';

type Has = [type: string, trigger?: string, actor?: string | null];
interface Case { t: string; has?: Has[]; not?: string[] }

function check(cases: Case[]): void {
  for (const c of cases) {
    const a = analyse({ text: c.t });
    const words = new Map(a.entities.map((e) => [e.id, [e.name, ...e.mentions.map((m) => c.t.slice(m.start, m.end))]]));
    const trig = (e: (typeof a.events)[number]) => c.t.slice(e.trigger.start, e.trigger.end);
    const shown = `${c.t}\n${a.events.map((e) => `${e.type} ${trig(e)} [${e.actor.map((id) => words.get(id)?.[0] ?? id).join(',')}]`).join('; ')}`;
    for (const [type, trigger, actor] of c.has ?? []) {
      const evs = a.events.filter((e) => e.type === type && (trigger === undefined || trig(e).includes(trigger)));
      assert.ok(evs.length > 0, `missing ${type} ${trigger ?? ''}: ${shown}`);
      if (actor === null) assert.ok(evs.some((e) => e.actor.length === 0), `no actor expected: ${shown}`);
      else if (actor !== undefined) assert.ok(evs.some((e) => e.actor.some((id) => (words.get(id) ?? []).some((w) => w.includes(actor)))), `actor ${actor}: ${shown}`);
    }
    for (const type of c.not ?? []) assert.ok(!a.events.some((e) => e.type === type), `unwanted ${type}: ${shown}`);
  }
}

test('sit-ins, marches, strikes, civil disobedience and roads cut are PROTEST; a call for disobedience is a REQUEST', () => {
  check([
  { t: 'نظم ناشطون وقفة احتجاجية أمام مقر الأمم المتحدة في جنيف تضامنا مع المعتقلين السياسيين.', has: [['PROTEST', 'وقفة', null]] },
  { t: 'خرج آلاف المحتجين في مدينة البصرة احتجاجا على انقطاع الكهرباء.', has: [['PROTEST', 'خرج', null]] },
  { t: 'رفع المحتجون شعارات تطالب برحيل الحكومة وإجراء انتخابات مبكرة.', has: [['PROTEST', undefined, null]] },
  { t: 'قطع محتجون غاضبون الطرق الرئيسية في مدينة طرابلس شمال لبنان بالإطارات المشتعلة.', has: [['PROTEST', undefined, null]] },
  { t: 'بدأ آلاف الموظفين في الخرطوم عصيانا مدنيا احتجاجا على الانقلاب العسكري.', has: [['PROTEST', 'عصيانا']] },
  { t: 'اندلعت احتجاجات غاضبة في مدن عراقية عدة بعد مقتل متظاهر برصاص قوات الأمن.', has: [['PROTEST', 'احتجاجات']] },
  { t: 'أعلن أكثر من مئة معتقل إداري إضرابا مفتوحا عن الطعام في سجون الاحتلال.', has: [['PROTEST', 'إضرابا']] },
  { t: 'اعتصم عمال مصنع الحديد والصلب في حلوان داخل مقر الشركة للمطالبة بصرف مستحقاتهم.', has: [['PROTEST', 'اعتصم']] },
  { t: 'نفذ الصحفيون في تونس وقفة احتجاجية أمام مقر النقابة دفاعا عن حرية التعبير.', has: [['PROTEST', 'وقفة']] },
  { t: 'سار آلاف المغاربة في مسيرة بالرباط تضامنا مع الشعب الفلسطيني.', has: [['PROTEST', 'مسيرة']] },
  { t: 'شارك عشرات الآلاف في مسيرة العودة على حدود قطاع غزة.', has: [['PROTEST', 'مسيرة']] },
  { t: 'تظاهر أنصار حركة النهضة أمام البرلمان رفضا لقرارات الرئيس قيس سعيد.', has: [['PROTEST', 'تظاهر', 'النهضة']] },
  { t: 'نظمت حركة شباب 6 أبريل وقفة احتجاجية أمام نقابة الصحفيين في القاهرة.', has: [['PROTEST', undefined, '6 أبريل']] },
  { t: 'احتج مئات الأطباء في الجزائر العاصمة على ظروف العمل في المستشفيات.', has: [['PROTEST', 'احتج']] },
  { t: 'دخل عمال النظافة في بلدية صفاقس في إضراب مفتوح عن العمل.', has: [['PROTEST', 'إضراب']] },
  { t: 'أغلق متظاهرون طريق المطار في العاصمة بغداد احتجاجا على نتائج الانتخابات.', has: [['PROTEST', undefined, null]] },
  { t: 'أضرب تجار البازار الكبير في طهران وأغلقوا محالهم احتجاجا على انهيار العملة.', has: [['PROTEST', 'أضرب']] },
  { t: 'خرجت مظاهرات ليلية في عدة أحياء من العاصمة اللبنانية تنديدا بانهيار الليرة.', has: [['PROTEST']] },
  { t: 'تشهد ساحة الشهداء في بيروت اعتصاما مفتوحا للمحتجين منذ أسبوعين.', has: [['PROTEST', 'اعتصاما']] },
  { t: 'نظمت عائلات المفقودين وقفة صامتة أمام مقر الصليب الأحمر في دمشق.', has: [['PROTEST', 'وقفة']] },
  { t: 'واصل المعلمون المتعاقدون في المغرب إضرابهم لليوم العاشر.', has: [['PROTEST', 'إضرابهم']] },
  { t: 'دعت قوى المعارضة السودانية إلى عصيان مدني شامل الأحد المقبل.', has: [['REQUEST', 'دعت']], not: ['PROTEST'] },
  ]);
});

test('shelling, drones, bombs, suicide attacks, shootings, stabbings, sniping and rockets are ASSAULT', () => {
  check([
  { t: 'شنت طائرة مسيرة تركية غارة على سيارة في ريف القامشلي.', has: [['ASSAULT', undefined, 'تركية']] },
  { t: 'استهدفت عبوة ناسفة دورية للجيش العراقي على طريق كركوك.', has: [['ASSAULT', 'استهدفت']] },
  { t: 'فجر انتحاري نفسه وسط سوق شعبي في مقديشو ما أسفر عن مقتل عشرة أشخاص.', has: [['ASSAULT', 'فجر', null], ['ASSAULT', 'مقتل']] },
  { t: 'أطلق مسلحون مجهولون النار على سيارة مسؤول محلي في مدينة درنة.', has: [['ASSAULT', 'أطلق', null]] },
  { t: 'دارت اشتباكات مسلحة بين قوات الجيش الليبي ومسلحين جنوب طرابلس.', has: [['ASSAULT', 'اشتباكات', 'الليبي']] },
  { t: 'اغتال مسلحون مجهولون ناشطا بارزا في مدينة البصرة.', has: [['ASSAULT', 'اغتال', null]] },
  { t: 'دهس مستوطن إسرائيلي فتى فلسطينيا قرب رام الله.', has: [['ASSAULT', 'دهس']] },
  { t: 'أطلق جندي إسرائيلي النار على شاب فلسطيني قرب نابلس.', has: [['ASSAULT', 'أطلق', 'إسرائيلي']] },
  { t: 'قتل جندي إسرائيلي في هجوم بالقرب من نابلس.', has: [['ASSAULT', 'هجوم']], },
  { t: 'شنت السلطات المصرية حملة اعتقالات واسعة في صفوف المعارضين.', has: [['COERCE']], not: ['ASSAULT'] },
  { t: 'طعن شاب فلسطيني جنديا إسرائيليا عند حاجز قلنديا.', has: [['ASSAULT', 'طعن', 'فلسطيني']] },
  { t: 'سقط صاروخان قرب السفارة الأمريكية في بغداد دون وقوع إصابات.', has: [['ASSAULT', 'سقط']] },
  { t: 'قصفت قوات النظام السوري بالبراميل المتفجرة بلدات في ريف درعا.', has: [['ASSAULT', 'قصفت', 'السوري']] },
  { t: 'هاجم مسلحون من تنظيم داعش نقطة للجيش العراقي في محافظة صلاح الدين.', has: [['ASSAULT', 'هاجم', 'داعش']] },
  { t: 'تبنت حركة الشباب الهجوم الانتحاري الذي استهدف فندقا في مقديشو.', has: [['ASSAULT', undefined, 'الشباب']] },
  { t: 'قتل جندي مصري في هجوم مسلح على كمين أمني في شمال سيناء.', has: [['ASSAULT', 'هجوم']] },
  { t: 'أعلنت جماعة الحوثي استهداف مطار جازان بطائرة مسيرة.', has: [['ASSAULT', 'استهداف', 'الحوثي']] },
  { t: 'قنص جنود الاحتلال شابا فلسطينيا على حدود غزة.', has: [['ASSAULT', 'قنص']] },
  { t: 'أصيب ثلاثة أشخاص بجروح إثر إطلاق نار في حي باب التبانة.', has: [['ASSAULT', 'إطلاق']] },
  { t: 'اشتبك مقاتلون من هيئة تحرير الشام مع فصائل من الجيش الوطني في ريف حلب.', has: [['ASSAULT', 'اشتبك', 'هيئة تحرير الشام']] },
  { t: 'لقي جنديان باكستانيان مصرعهما في انفجار عبوة ناسفة بإقليم بلوشستان.', has: [['ASSAULT', 'انفجار']] },
  { t: 'قصفت البحرية الروسية مدينة أوديسا بصواريخ كاليبر.', has: [['ASSAULT', 'قصفت', 'الروسية']] },
  { t: 'أقدم شخص على طعن ثلاثة مارة بسكين في مدينة ليون الفرنسية.', has: [['ASSAULT', 'طعن']] },
  { t: 'نفذ مسلحون هجوما بالأسلحة الرشاشة على حافلة تقل أقباطا في المنيا.', has: [['ASSAULT', undefined, null]] },
  ]);
});

test('careers, match reports, media «bombardments», penalties and figures of speech are no PROTEST or ASSAULT', () => {
  check([
  { t: 'واصل المنتخب مسيرته الناجحة في تصفيات كأس العالم.', not: ['PROTEST'] },
  { t: 'بدأ اللاعب مسيرته المهنية في نادي الزمالك قبل انتقاله إلى أوروبا.', not: ['PROTEST'] },
  { t: 'احتج لاعبو الأهلي على قرار الحكم باحتساب ضربة جزاء للفريق المنافس.', not: ['PROTEST', 'ASSAULT'] },
  { t: 'شن الفريق الضيف هجوما كاسحا في الدقائق الأخيرة من المباراة.', not: ['ASSAULT'] },
  { t: 'تعرض الوزير لقصف إعلامي عنيف من الصحف المعارضة.', not: ['ASSAULT'] },
  { t: 'شنت المعارضة حملة انتقادات واسعة ضد الحكومة بسبب الغلاء.', not: ['ASSAULT'] },
  { t: 'سجل المهاجم هدف الفوز من ضربة جزاء في الدقيقة التسعين.', not: ['ASSAULT'] },
  { t: 'دعا الإمام المصلين إلى الاعتصام بالصبر والتمسك بوحدة الصف.', not: ['PROTEST'] },
  { t: 'أطلقت وزارة الصحة حملة وطنية للتطعيم ضد الحصبة.', not: ['ASSAULT'] },
  { t: 'تستهدف الخطة الحكومية خفض معدل البطالة إلى عشرة في المئة.', not: ['ASSAULT'] },
  { t: 'انفجر الجمهور غضبا بعد إلغاء الهدف بداعي التسلل.', not: ['ASSAULT', 'PROTEST'] },
  { t: 'حذر الكاتب من اغتيال الحقيقة في وسائل الإعلام.', not: ['ASSAULT'] },
  { t: 'ضربت عاصفة ثلجية مناطق واسعة من الأردن.', not: ['ASSAULT'] },
  { t: 'سقطت أمطار غزيرة على مدينة جدة وأدت إلى غرق شوارع.', not: ['ASSAULT'] },
  { t: 'خرج المنتخب المغربي من البطولة بعد خسارته أمام مصر.', not: ['PROTEST'] },
  { t: 'فجر اللاعب مفاجأة بإعلان اعتزاله اللعب دوليا.', not: ['ASSAULT'] },
  { t: 'تظاهر اللاعب بالإصابة لإضاعة الوقت في الشوط الثاني.', not: ['PROTEST'] },
  { t: 'قطعت الحكومة شوطا كبيرا في مسار الإصلاح الاقتصادي.', not: ['PROTEST'] },
  { t: 'دعا الكاتب إلى وقفة مع الذات لمراجعة أخطاء الماضي.', not: ['PROTEST'] },
  { t: 'تسبب الضباب في اضطرابات في حركة الملاحة الجوية بمطار القاهرة.', not: ['PROTEST'] },
  { t: 'ضرب الوداد موعدا مع الأهلي في نهائي دوري أبطال أفريقيا.', not: ['ASSAULT'] },
  { t: 'رفع البنك المركزي المصري سعر الفائدة بمقدار نقطتين.', not: ['PROTEST'] },
  { t: 'أطلق المهاجم تسديدة قوية ارتطمت بالقائم.', not: ['ASSAULT'] },
  { t: 'قاد المدرب فريقه إلى الفوز في معركة الصدارة.', not: ['ASSAULT'] },
  ]);
});
