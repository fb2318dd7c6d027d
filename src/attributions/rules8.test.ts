import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution } from '../core/types.js';
import { attributionsOf, entitiesBySurface } from './testing.js';

const cut = (text: string, s: { start?: number; end?: number }) => text.slice(s.start ?? 0, s.end ?? 0);
const view = (t: string, a: Attribution) => ({ cue: cut(t, a.cue), source: cut(t, a.source), stance: a.stance });
const views = (t: string) => attributionsOf(t).map((a) => view(t, a));

test('أكد على …، أكد ضرورة …، وأكد عدم …: what is stressed or denied is the content', () => {
  const t = 'وأكد الوزير على ضرورة بذل المزيد من الجهد. وأكد المدير ضرورة تحديث البيانات.';
  const found = attributionsOf(t);
  assert.deepEqual(found.map((a) => view(t, a)), [
    { cue: 'وأكد', source: 'الوزير', stance: 'assert' },
    { cue: 'وأكد', source: 'المدير', stance: 'assert' },
  ]);
  assert.equal(cut(t, (found[1] as Attribution).content), 'ضرورة تحديث البيانات');
  const u = 'وقال المتحدث إن الحالات تخضع للرعاية. وأكد عدم رصد أي حالات أخرى.';
  const b = attributionsOf(u)[1];
  assert.ok(b);
  assert.deepEqual(view(u, b), { cue: 'وأكد', source: 'المتحدث', stance: 'assert' });
  assert.equal(cut(u, b.content), 'عدم رصد أي حالات أخرى');
  // Not being named is no content of the statement (choosing it is a refusal of its own: preferred-anonymity.ts).
  const v = 'وقال مصدر، فضل عدم الكشف عن اسمه، إن الهجوم وقع.';
  assert.deepEqual(views(v), [{ cue: 'وقال', source: 'مصدر', stance: 'assert' }, { cue: 'فضل عدم الكشف', source: 'مصدر', stance: 'none' }]);
});

test('لم تثبت أو تنفي: one negated cue, the subject written before it', () => {
  const t = 'انتشر خبر إصابتها. إلا أن يسرا لم تثبت أو تنفي الأمر.';
  assert.deepEqual(views(t), [{ cue: 'لم تثبت أو تنفي', source: 'يسرا', stance: 'none' }]);
  const u = 'إلا أن الوزير لم يؤكد الأمر.';
  assert.deepEqual(views(u), [{ cue: 'لم يؤكد', source: 'الوزير', stance: 'none' }]);
  // لم تُحدث تغييرات: a verb with no nominal content stays silent.
  assert.deepEqual(views('أن إدارة النادي لم تحدث تغييرات في العقد.'), []);
});

test('a long frame between the subject and على أن (up to 32 words)', () => {
  const t = 'وشدد سامح شكري وزير الخارجية المصري خلال مؤتمر صحافي مشترك عقده مع نظيره الأمريكي جون كيري، عقب اختتام أعمال الحوار الاستراتيجي المصري الأمريكي الذي عقد بالعاصمة المصرية القاهرة أمس، على أن الحوار يعكس حرص البلدين.';
  const found = attributionsOf(t);
  assert.equal(found.length, 1);
  assert.equal(cut(t, (found[0] as Attribution).source), 'سامح شكري وزير الخارجية المصري');
  assert.equal(cut(t, (found[0] as Attribution).content), 'الحوار يعكس حرص البلدين');
});

test('نشر موقع X أن …: publishing with a clause is a report; نشر alone is mostly the noun', () => {
  const t = 'نشر موقع Middle East Eye البريطاني، أن لصوصا سرقوا المنزل.';
  assert.deepEqual(views(t), [{ cue: 'نشر', source: 'موقع Middle East Eye البريطاني', stance: 'assert' }]);
  assert.deepEqual(views('وطلب عدم نشر اسمه لأن الأمر حساس.'), []);
});

test('ألا before an imperfect verb opens the content; إلا أن does not', () => {
  const t = 'ويرى سليمان أن إيران مرغمة على الرد، متوقعا ألا يكون الرد مباشرا. وتوقع الخبراء ألا تتغير الأسعار.';
  const found = attributionsOf(t);
  assert.deepEqual(found.map((a) => cut(t, a.content)), ['إيران مرغمة على الرد', 'يكون الرد مباشرا', 'تتغير الأسعار']);
  assert.equal(cut(t, (found[2] as Attribution).source), 'الخبراء');
});

test('no source: conformity (وفقا لإرشادات …) and a dateline before a colon', () => {
  const t = 'وقال مجاهد إن جميع الحالات تخضع للرعاية الطبية، وفقًا لإرشادات منظمة الصحة العالمية.';
  assert.deepEqual(views(t), [{ cue: 'وقال', source: 'مجاهد', stance: 'assert' }]);
  assert.deepEqual(views('المدينة نيوز :- بلغت حصيلة الوفيات 50 ألفاً.'), []);
  assert.deepEqual(views('وفقا لوزارة الصحة، بلغت حصيلة الوفيات 50 ألفاً.'), [{ cue: 'وفقا', source: 'وزارة الصحة', stance: 'assert' }]);
});

test('وكانت X اتهمت Y بـ…: the noun phrase after كان is the subject, the one after the verb the object', () => {
  const t = 'وكانت إيران اتهمت إسرائيل بالضلوع في اغتيال العالم.';
  const found = attributionsOf(t, entitiesBySurface(t, [
    { id: 'e1', type: 'GPE', name: 'إيران', forms: ['إيران'] }, { id: 'e2', type: 'GPE', name: 'إسرائيل', forms: ['إسرائيل'] }]));
  assert.deepEqual(found.map((a) => view(t, a)), [{ cue: 'اتهمت', source: 'إيران', stance: 'assert' }]);
});

test('a time word between the verb and a subject that names someone (وقال أمس وزير …)', () => {
  const t = 'وقال أمس وزير الخارجية إن الاتفاق قريب.';
  assert.deepEqual(views(t), [{ cue: 'وقال', source: 'وزير الخارجية', stance: 'assert' }]);
  // Without a subject the noun after the time word is what was announced.
  const u = 'وقال الوزير إن العمل مستمر. وأعلن اليوم تسجيل 30 حالة.';
  assert.equal(cut(u, (attributionsOf(u)[1] as Attribution).content), 'تسجيل 30 حالة');
});

test('a verbal noun right after a definite subject is the announced object', () => {
  const t = 'وأعلنت وزارة الصحة تسجيل 30 حالة. وأعلن الرئيس استقالته من منصبه. وأعلن وزير الخارجية تيسير الرفاعي أن الاتفاق قريب.';
  const found = attributionsOf(t);
  assert.deepEqual(found.map((a) => [cut(t, a.source), cut(t, a.content)]), [
    ['وزارة الصحة', 'تسجيل 30 حالة'], ['الرئيس', 'استقالته من منصبه'], ['وزير الخارجية تيسير الرفاعي', 'الاتفاق قريب']]);
});

test('a long title with د. before a speaker colon; a date after a time word ends the subject', () => {
  const t = 'وقال أستاذ العلوم السياسية والمتخصص في الشؤون الإستراتيجية والأمن القومي د. فراس إلياس: انتشرت قوات الحرس الثوري.';
  const [a] = attributionsOf(t);
  assert.ok(a);
  assert.equal(cut(t, a.content), 'انتشرت قوات الحرس الثوري');
  const u = 'أكد الناطق الرسمي باسم الجبهة الشعبية حمة الهمامي ضيف بوليتيكا اليوم الخميس 2 مارس 2017 ان الاعتذار مخرج من ورطة.';
  const [b] = attributionsOf(u);
  assert.ok(b);
  assert.ok(cut(u, b.source).startsWith('الناطق الرسمي باسم الجبهة الشعبية حمة الهمامي'));
  assert.ok(!cut(u, b.source).includes('اليوم'));
  assert.equal(cut(u, b.content), 'الاعتذار مخرج من ورطة');
});

test('نقلت X عن Y قوله: Y speaks through the verbal noun of saying, via X', () => {
  const t = 'ونقلت الوكالة عن الوزير قوله إن الاتفاق قريب.';
  const found = attributionsOf(t);
  assert.deepEqual(found.map((a) => view(t, a)), [
    { cue: 'ونقلت', source: 'الوكالة', stance: 'assert' }, { cue: 'قوله', source: 'الوزير', stance: 'assert' }]);
  assert.equal((found[1] as Attribution).via, (found[0] as Attribution).id);
  const u = 'ونقلت صحيفة «مونتريال غازيت» عن مصادر لم تحددها، قولها إنّ الطائرة غيرت مسارها.';
  assert.deepEqual(attributionsOf(u).map((a) => cut(u, a.cue)), ['ونقلت', 'قولها']);
});

test('أُبلغوا بوجود …: a verb of informing with neither subject nor addressee is passive', () => {
  const t = 'ونقلت القناة عن مسافرين قولهم إنهم أبلغوا بوجود شحنة مشتبه بها.';
  assert.deepEqual(attributionsOf(t).map((a) => cut(t, a.cue)), ['ونقلت', 'قولهم']);
  const u = 'أبلغ مسؤول كبير شبكة فوكس أن الاتفاق قريب.';
  assert.deepEqual(attributionsOf(u).map((a) => cut(u, a.cue)), ['أبلغ']);
});

test('أبان، كما أبان أن …; short verbal nouns as announced objects (بدء، ظهور)', () => {
  const t = 'وقال المتحدث إن الحالات كثيرة. كما أبان أن عدد الوفيات 3 وفيات.';
  assert.deepEqual(views(t)[1], { cue: 'أبان', source: 'المتحدث', stance: 'assert' });
  const u = 'أعلنت وزارة التجارة والصناعة بدء تطبيق الدليل. وأكدت هيئة الصحة الحيوانية الالمانية ظهور حالة اصابة.';
  assert.deepEqual(attributionsOf(u).map((a) => cut(u, a.content)), ['بدء تطبيق الدليل', 'ظهور حالة اصابة']);
});

test('وكان X قد اعتبر من قبل أن …: كان … قد, and من قبل as "earlier" before a nominal clause', () => {
  const t = 'وكان نتانياهو قد اعتبر من قبل أن الاتفاق يهدد أمن إسرائيل.';
  assert.deepEqual(views(t), [{ cue: 'اعتبر', source: 'نتانياهو', stance: 'assert' }]);
  // من قبل أن يصل: "before he arrives", a conjunction.
  assert.deepEqual(views('وكان الوزير قد أكد من قبل أن يصل الوفد.'), []);
});

test('بحسب + a statement with a relative clause; وفقا لما أوردته; تفعلة as an announced object', () => {
  const t = 'وبحسب بيان النادي الذي تسلمت "الوطن" نسخة منه، فإن من أهم الشروط الالتزام بالشعر الفصيح.';
  const [a] = attributionsOf(t);
  assert.ok(a);
  assert.deepEqual([cut(t, a.source), a.source.kind, cut(t, a.content)], ['بيان النادي', 'named', 'من أهم الشروط الالتزام بالشعر الفصيح']);
  const u = 'هبطت طائرة عسكرية في عدن. جاء ذلك وفقاً لما أوردته وكالة أنباء الإمارات الرسمية اليوم.';
  assert.deepEqual(views(u), [{ cue: 'وفقاً لما أوردته', source: 'وكالة أنباء الإمارات الرسمية', stance: 'assert' }]);
  const v = 'أعلن أمين منطقة عسير المهندس صالح القاضي ترسية مشروع مقر النادي.';
  assert.equal(cut(v, (attributionsOf(v)[0] as Attribution).content), 'ترسية مشروع مقر النادي');
});

test('an apposition after a comma runs up to أن; an ambiguous verb with a long numeric subject reports nothing', () => {
  const t = 'وأوضح حسان مبروك ، رئيس لجنة التصوير الضوئي أن الرحلة استمرت خمسة أيام قطع الفريق مسافة 3000 كلم لتوثيق المعالم مثل «وادي الديسة ، ضبا» ، وضم الفريق عددا من المصورين.';
  const found = attributionsOf(t);
  assert.equal(found.length, 1);
  assert.equal(cut(t, (found[0] as Attribution).source), 'حسان مبروك');
  assert.ok(cut(t, (found[0] as Attribution).content).startsWith('الرحلة استمرت'));
});

test('نفت الوزارة الأنباء المتداولة عن …: the report denied is the content', () => {
  const t = 'نفت وزارة الداخلية الكويتية الأنباء المتداولة عن منع سعوديين من الدخول.';
  const [a] = attributionsOf(t);
  assert.ok(a);
  assert.deepEqual([cut(t, a.source), a.stance, cut(t, a.content)], ['وزارة الداخلية الكويتية', 'deny', 'الأنباء المتداولة عن منع سعوديين من الدخول']);
});

test('a named person in apposition between commas stays out of the content', () => {
  const t = 'أعلن رئيس الوزراء التركي المكلف، أحمد داود أوغلو، في تعليق على الاعتداء: لن تتمكن المنظمات الإرهابية من النيل من تركيا.';
  const ents = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'أحمد داود أوغلو', forms: ['أحمد داود أوغلو'] }]);
  const [a] = attributionsOf(t, ents);
  assert.ok(a);
  assert.equal(cut(t, a.content), 'لن تتمكن المنظمات الإرهابية من النيل من تركيا');
});

test('a first and family name before أن after a title; an addressee after a comma; على لسان after أكد', () => {
  const t = 'أوضح لـ«الرياض» المتحدث الرسمي لوزارة العمل تيسير المفرج أنه لا صحة لإيقاف الاستقدام.';
  const [a] = attributionsOf(t);
  assert.ok(a);
  assert.equal(cut(t, a.content), 'لا صحة لإيقاف الاستقدام');
  const u = 'أعلنت طيران الاتحاد في بيان صحفي، لكافة وكالات السفر والسياحة، بأن أسعار التذاكر سيتم تحديدها شهرياً.';
  assert.equal(cut(u, (attributionsOf(u)[0] as Attribution).content), 'أسعار التذاكر سيتم تحديدها شهرياً');
  const v = 'أكدت مديرية الشؤون الصحية على لسان المتحدث الرسمي عارف الشمري أن الطفلة بخير.';
  const found = attributionsOf(v);
  assert.deepEqual(found.map((x) => cut(v, x.cue)), ['أكدت', 'على لسان']);
  assert.ok(found.every((x) => cut(v, x.content) === 'الطفلة بخير'));
});

test('بعض التقارير stays the subject; حسبما أوردته; dual anonymous heads (مسؤولان)', () => {
  const t = 'وقد أوضحت بعض التقارير الحديثة أن مستوى الذكاء قد انخفض.';
  assert.deepEqual(views(t), [{ cue: 'أوضحت', source: 'بعض التقارير الحديثة', stance: 'assert' }]);
  const u = 'تستخدم داعش الدجاج الانتحاري، حسبما أوردته صحيفة الديلي ميل البريطانية.';
  assert.deepEqual(attributionsOf(u).map((a) => cut(u, a.cue)), ['حسبما أوردته']);
  const v = 'أكد مسؤولان تركيان كبيران أن الانفجار نفذه تنظيم داعش.';
  assert.equal((attributionsOf(v)[0] as Attribution).source.kind, 'anonymous');
});

test('وفق قوله، حسب قوله: the words before are the speaker\'s; على حد تعبيره is not annotated', () => {
  const t = 'واستبعد حمة الهمامي أن يكون القرار فرديا مؤكدا أن مثل هذه القرارات تتخذ في قرطاج وفق قوله.';
  const found = attributionsOf(t);
  assert.deepEqual(found.map((a) => view(t, a)), [
    { cue: 'واستبعد', source: 'حمة الهمامي', stance: 'assert' }, { cue: 'مؤكدا', source: 'حمة الهمامي', stance: 'assert' },
    { cue: 'وفق قوله', source: 'حمة الهمامي', stance: 'assert' }]);
  assert.equal(cut(t, (found[2] as Attribution).content), 'مثل هذه القرارات تتخذ في قرطاج');
  assert.deepEqual(views('وقال الوزير إن الأزمة انتهت. والأزمة على حد تعبيره كانت مفتعلة.').length, 1);
});

test('a prayer with words between the verb and God; لكن opens a clause with its own subject; تبلغ is mostly "reaches"', () => {
  assert.deepEqual(views('ودعا سموه في اتصال هاتفي المولى عز وجل أن يتغمد الفقيد برحمته.'), []);
  const t = 'وقال بعض المسؤولين إنه قتل لكن آخرين قالوا إنه لا يمكن تأكيد ذلك.';
  const last = attributionsOf(t).at(-1);
  assert.ok(last);
  assert.equal(cut(t, last.source), 'آخرين');
  assert.deepEqual(views('أعلن المنبئ الجوي أن درجة الحرارة ستقترب أو تبلغ الخمسين درجة.').map((v) => v.cue), ['أعلن']);
});

test('بحسب ما نقلته X عن Y: Y via X; a plan or agreement "indicates" nothing; لاعب وسط', () => {
  const t = 'وستركز الشركة على آسيا، بحسب ما نقلته صحيفة "نيكي" عن مصادر مطلعة.';
  const found = attributionsOf(t);
  assert.deepEqual(found.map((a) => [cut(t, a.cue), cut(t, a.source)]), [['بحسب ما نقلته', 'نيكي'], ['عن', 'مصادر مطلعة']]);
  assert.equal((found[1] as Attribution).via, (found[0] as Attribution).id);
  assert.deepEqual(views('وصرح خامنئي بأن الاتفاق النووي لا يشير إلى أي تحول.').map((v) => v.cue), ['وصرح']);
  const u = 'ألمح الدولي الألماني مسعود أوزيل لاعب وسط فريق أرسنال إلى أن الثلاثي قادرون على اللعب مع ريال مدريد.';
  assert.equal(cut(u, (attributionsOf(u)[0] as Attribution).content), 'الثلاثي قادرون على اللعب مع ريال مدريد');
});

test('ويدعى X "is called"; a quoted name after a title; a quotation opened by a rank is a name', () => {
  const t = 'وقال المتحدث باسم الجبهة ويدعى القارئ حمزة في رسالة إلى وسائل الإعلام أمس، إن الجبهة تلقت معلومات.';
  assert.deepEqual(views(t), [{ cue: 'وقال', source: 'المتحدث باسم الجبهة', stance: 'assert' }]);
  assert.deepEqual(views('ويدعي الحوثيون أنهم يحاربون الإرهاب.'), [{ cue: 'ويدعي', source: 'الحوثيون', stance: 'allege' }]);
  const u = 'وأوضح مدير معهد «سرب» المهندس عبدالعزيز الصقير، أن المعهد حظي بإقبال كبير.';
  assert.equal(cut(u, (attributionsOf(u)[0] as Attribution).content), 'المعهد حظي بإقبال كبير');
  const v = 'كشف قائد قوة الصواريخ "اللواء الركن جارالله بن محمد العلويط"، لـ"سبق"؛ تفاصيل إصابته.';
  assert.equal(cut(v, (attributionsOf(v)[0] as Attribution).content), 'تفاصيل إصابته');
});

test('after round 9: the ones urged are no speaker; an adverb is no subject; نُشرت in a frame; لكل من اتهم', () => {
  const t = 'قال المتحدث إن الهدنة بدأت. ودعت العلماء الى تسوية خلاف يتفاقم.';
  assert.deepEqual(views(t)[1], { cue: 'ودعت', source: 'المتحدث', stance: 'assert' });
  const u = 'وقال الأمين العام في بيان: إنه حض المليشيات الحوثية على إعطاء موافقتهم على الهدنة.';
  assert.deepEqual(views(u)[1], { cue: 'حض', source: 'الأمين العام', stance: 'assert' });
  assert.deepEqual(views('ودعت الوزارة إلى الالتزام.'), [{ cue: 'ودعت', source: 'الوزارة', stance: 'assert' }]);
  const v = 'وقال بلاتر إن الفيفا بخير، كما أنه أكد سابقا على ضرورة الملاحقة القانونية لكل من اتهم بالفساد.';
  assert.deepEqual(views(v).map((x) => [x.cue, x.source]), [['وقال', 'بلاتر'], ['أكد', 'بلاتر']]);
  const w = 'وقال الملا عبدالمنان الذي صرح في رسالة صوتية نشرت أمس ان العائلة لم تبايع احدا.';
  assert.ok(views(w).some((x) => x.cue === 'صرح'));
});

test('إلى أن right after the subject is a slip for "that"; فقال after فقام X shares its subject', () => {
  const t = 'وأوضح المدير التنفيذي للمستشفى الدكتور حامد النفيعي إلى أن مثل هذه العمليات تحتاج إلى مراكز.';
  assert.equal(cut(t, (attributionsOf(t)[0] as Attribution).content), 'مثل هذه العمليات تحتاج إلى مراكز');
  const u = 'وصعد عمر الجبل. فقام شيخ طويل اللحية من قرن، فقال: يا أمير المؤمنين، إنك قد أكثرت السؤال.';
  assert.deepEqual(views(u), [{ cue: 'فقال', source: 'شيخ طويل اللحية', stance: 'assert' }]);
});
