import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from './testing.js';

const views = (t: string, ents = entitiesBySurface(t, [])) =>
  attributionsOf(t, ents).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), stance: a.stance, content: spanText(t, a.content) }));

test('a relative ما after the subject of a denial or a confirmation is what was denied or confirmed', () => {
  const t = 'نفى المتحدث باسم الشرطة العميد سالم الهاجري ما تردد عن هروب السجناء من السجن المركزي.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سالم الهاجري', forms: ['سالم الهاجري'] }]);
  const v = views(t, te);
  assert.equal(v.length, 1);
  assert.equal(v[0]?.stance, 'deny');
  assert.ok(v[0]?.content.startsWith('ما تردد'));
  // The relative's own subject also reports what it published (relayed-relative.ts).
  assert.deepEqual(views('أكدت الهيئة ما نشرته الصحف عن موعد الافتتاح.').map((x) => [x.cue, x.stance]), [['أكدت', 'assert'], ['نشرته', 'assert']]);
  // A negation after ما is no relative clause.
  assert.deepEqual(views('نفى الوزير ما لم يقله.').map((x) => x.content.startsWith('ما')), []);
});

test('a body chaired or led by someone speaks itself, not its chairman', () => {
  const t = 'أعلن مجلس إدارة نادي الوحدة برئاسة خالد العمري رفضه القرار الجديد للاتحاد.';
  const te = entitiesBySurface(t, [
    { id: 'o1', type: 'ORG', name: 'نادي الوحدة', forms: ['نادي الوحدة'] },
    { id: 'p1', type: 'PER', name: 'خالد العمري', forms: ['خالد العمري'] },
  ]);
  const v = views(t, te);
  assert.equal(v.length, 1);
  assert.ok(!v[0]?.source.includes('خالد العمري'), v[0]?.source);
});

test('بين with a long title that leads to a name right before أن is the verb "made clear"', () => {
  const t = 'وبين مدير عام فرع وزارة الزراعة بمنطقة تبوك المهندس فهد الشمري أن الموسم كان جيدا.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'فهد الشمري', forms: ['فهد الشمري'] }]);
  assert.deepEqual(views(t, te).map((x) => x.cue), ['وبين']);
  const u = 'وبين الوكيل المساعد لشؤون التعليم د. حاتم الزهراني، أن المدارس جاهزة.';
  const ue = entitiesBySurface(u, [{ id: 'p1', type: 'PER', name: 'حاتم الزهراني', forms: ['حاتم الزهراني'] }]);
  assert.deepEqual(views(u, ue).map((x) => x.cue), ['وبين']);
  // "Between" two parties stays no cue.
  const w = 'وجرى اللقاء بين رئيس الوزراء محمد الأحمد ونظيره التركي، وأكد الجانبان أن العلاقات قوية.';
  const we = entitiesBySurface(w, [{ id: 'p2', type: 'PER', name: 'محمد الأحمد', forms: ['محمد الأحمد'] }]);
  assert.deepEqual(views(w, we).map((x) => x.cue), ['وأكد']);
});

test('وجّه with the instruction it gives (وجه بفتح تحقيق) is urging; giving thanks or a call in a language is not', () => {
  assert.deepEqual(views('ووجه رئيس الهيئة بفتح تحقيق في الحادثة.').map((x) => [x.cue, x.source]), [['ووجه', 'رئيس الهيئة']]);
  assert.deepEqual(views('وجه أمير المنطقة بسرعة إعادة التيار الكهربائي للقرى.').map((x) => x.cue), ['وجه']);
  assert.deepEqual(views('ووجهت المنظمة نداءها باللغة الانجليزية إلى العالم.'), []);
  // Without its giver written, the instruction names no one reliably.
  assert.deepEqual(views('وقال المتحدث إن المدير تابع الحالة، حيث وجه بتقديم الخدمات لهم.').map((x) => x.cue), ['وقال']);
  assert.deepEqual(views('ووجه المدرب الشكر للاعبين بعد المباراة.'), []);
  assert.deepEqual(views('وأكد الخبراء على وجه الخصوص بضرورة الحذر.').map((x) => x.cue), ['وأكد']);
});

test('فقط after a verb is no subject; quotation marks around a name inside a fronted subject keep it the subject', () => {
  const t = 'إلا أن وكيل اللاعب «سامي العلي» أنكر هذا الرقم وأشار فقط إلى أن الراتب أقل بكثير.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سامي العلي', forms: ['سامي العلي'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.source, x.stance]), [['أنكر', 'سامي العلي', 'deny'], ['وأشار', 'سامي العلي', 'assert']]);
});

test('مفيدا before أن is the participle of أفاد; the adjective "useful" is no cue', () => {
  const t = 'وقال الأب إنه بخير، وقد اطمأن على ابنه مفيدا أن حالته مستقرة.';
  assert.deepEqual(views(t).map((x) => [x.cue, x.source]), [['وقال', 'الأب'], ['مفيدا', 'الأب']]);
  assert.equal(views(t)[1]?.content, 'حالته مستقرة');
  assert.deepEqual(views('كان اللقاء مفيدا للطرفين في كل المجالات.'), []);
  assert.deepEqual(views('وجاء الاجتماع مفيدا بعد أن اتفق الطرفان على الحل.'), []);
});

test('a long title with its own prepositions ends at أن when it names someone', () => {
  const t = 'أوضح الدكتور سعد الحربي رئيس مجلس إدارة جمعية المزارعين والمشرف على كرسي أبحاث النخيل بجامعة القصيم ورئيس اللجنة المنظمة على مهرجان التمور الخامس أن المهرجان نجح.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سعد الحربي', forms: ['سعد الحربي'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.content]), [['أوضح', 'المهرجان نجح']]);
  const u = 'قال قائد القوة الميدانية والمسؤول الأمني عن المهرجان العقيد ماجد السالم إن الخطة نجحت.';
  const ue = entitiesBySurface(u, [{ id: 'p1', type: 'PER', name: 'ماجد السالم', forms: ['ماجد السالم'] }]);
  assert.deepEqual(views(u, ue).map((x) => x.cue), ['قال']);
  const w = 'وضبطت الشرطة الوافد. من جانبه قال قائد القوة والمسؤول الأمني عن المهرجان العقيد ماجد السالم: إنه تم ضبطه.';
  const we = entitiesBySurface(w, [{ id: 'p1', type: 'PER', name: 'ماجد السالم', forms: ['ماجد السالم'] }]);
  assert.deepEqual(views(w, we).map((x) => x.cue), ['قال']);
  // A verb that is a report only through its own introducer stays out (واصل … :).
  assert.deepEqual(views('واصل نادي الشباب تدعيم صفوفه بعد أن نجح في ضم لاعب جديد.'), []);
});

test('an outlet addressed right after the verb (وأضاف لموقع النادي "…") is no speaker; the one before is', () => {
  const t = 'وقال اللاعب إن الوقت مناسب. وأضاف لموقع النادي "أنا سعيد هنا."';
  assert.deepEqual(views(t).map((x) => [x.cue, x.source]), [['وقال', 'اللاعب'], ['وأضاف', 'اللاعب']]);
  const u = 'وقال المدرب إن الفريق جاهز. وأضاف لموقع سيتي على الانترنت "سنلعب للفوز."';
  assert.deepEqual(views(u).map((x) => x.source), ['المدرب', 'المدرب']);
  // لكل/لجميع + the ones addressed are not part of the speaker.
  assert.deepEqual(views('قال المدرب لكل اللاعبين الشبان إنه سيمنحهم فرصة.').map((x) => x.source), ['المدرب']);
});

test('after a short subject, an indefinite noun in construct is the announced or confirmed object', () => {
  assert.deepEqual(views('وأكدت الصحف الألمانية سير المفاوضات.').map((x) => [x.cue, x.source, x.content]),
    [['وأكدت', 'الصحف الألمانية', 'سير المفاوضات']]);
  assert.deepEqual(views('وأعلنت الشركة موعد إطلاق المنتج الجديد.').map((x) => [x.source, x.content]), [['الشركة', 'موعد إطلاق المنتج الجديد']]);
  assert.deepEqual(views('أعلن رئيس الاتحاد دعم المرشح الفرنسي.').map((x) => [x.source, x.content]), [['رئيس الاتحاد', 'دعم المرشح الفرنسي']]);
  // An indefinite adjective after an indefinite head stays in the subject.
  const t = 'وكشفت إحصاءات رسمية اطلعت عليها «الشرق الأوسط»، أن الواردات ارتفعت.';
  assert.ok(views(t).some((x) => x.cue === 'وكشفت' && x.source === 'إحصاءات رسمية'));
  // A name the entity layer missed, before أن, stays in the subject.
  assert.deepEqual(views('وأكد وزير الخارجية عادل الجبير أن المملكة تدعم الحل.').map((x) => x.source), ['وزير الخارجية عادل الجبير']);
});

test('بين after a noun inside a clause is "between", even with أن further on', () => {
  const t = 'وأفادت الصحيفة أن سهولة المفاوضات بين الفريق السعودي ونظيره الألماني تكمن في أن الأخير يريد البيع.';
  assert.deepEqual(views(t).map((x) => x.cue), ['وأفادت']);
  // At the head of its clause it stays the verb.
  assert.deepEqual(views('وبين المدير أن المشروع اكتمل.').map((x) => x.cue), ['وبين']);
  assert.deepEqual(views('كما بين المدير أن المشروع اكتمل.').map((x) => x.cue), ['بين']);
});

test('a prepositional cue takes a source in brackets (وبحسب (سيدتي نت) …)', () => {
  const t = 'وبحسب (سيدتي نت) من المتوقع أن يكون الحفل بسيطا.';
  const te = entitiesBySurface(t, [{ id: 'o1', type: 'ORG', name: 'سيدتي نت', forms: ['سيدتي نت'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.source]), [['وبحسب', 'سيدتي نت']]);
  assert.deepEqual(views('وذلك بحسب (المادة 12) من النظام.'), []);
});

test('a comma between the subject and the verbal noun announced keeps the announcement', () => {
  const t = 'أعلنت مدينة الملك فهد الطبية، فتح باب القبول لبرامج الابتعاث.';
  const te = entitiesBySurface(t, [{ id: 'o1', type: 'ORG', name: 'مدينة الملك فهد الطبية', forms: ['مدينة الملك فهد الطبية'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.content]), [['أعلنت', 'فتح باب القبول لبرامج الابتعاث']]);
  // An adjective after the comma is no object.
  assert.deepEqual(views('أعلنت الوزارة، ممثلة في إدارة التعليم، أن التسجيل يبدأ غدا.').map((x) => x.content), ['التسجيل يبدأ غدا']);
});

test('a blessing after قال stands for a speaker who is not written; a report opening the text keeps its unwritten speaker', () => {
  const t = 'وأشار الخطيب إلى أن الغيبة محرمة، قال عليه السلام "المسلم من سلم الناس من لسانه".';
  assert.deepEqual(views(t).map((x) => [x.cue, x.source]), [['وأشار', 'الخطيب'], ['قال', '∅']]);
  assert.deepEqual(views('وقال صلى الله عليه وسلم: "الدين النصيحة".').map((x) => [x.cue, x.source, x.content]), [['وقال', '∅', 'الدين النصيحة']]);
  assert.deepEqual(views('يقولون إن حملة جديدة تجري الآن.').map((x) => [x.cue, x.source]), [['يقولون', '∅']]);
  assert.deepEqual(views('وقال "لم تكن لدينا خطة" لمواجهة التهديدات.').map((x) => [x.cue, x.source]), [['وقال', '∅']]);
  // Inside the text the previous speaker is still the one.
  assert.deepEqual(views('قال الوزير إن الخطة جاهزة. وقال "لم تكن لدينا خطة".').map((x) => x.source), ['الوزير', 'الوزير']);
});

test('كما + a subjectless verb after a sentence opened by an agreeing past verb has that verb\'s subject', () => {
  const t = 'قررت محافظة الجيزة فتح الحدائق مجانا، كما أعلنت أنه تقرر تسيير الحافلات.';
  const te = entitiesBySurface(t, [{ id: 'o1', type: 'ORG', name: 'محافظة الجيزة', forms: ['محافظة الجيزة'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.source]), [['أعلنت', 'محافظة الجيزة']]);
  // A verb that does not agree with the opening one has another subject.
  assert.ok(!views('قررت الوزارة فتح الحدائق مجانا، كما أعلن أنه تقرر تسيير الحافلات.').some((x) => x.source === 'الوزارة'));
});

test('Quranic braces are quotation marks; الله is masculine', () => {
  assert.deepEqual(views('وهي نعمة القبول كما قال الله تعالى:{إنما يتقبل الله من المتقين}.').map((x) => [x.cue, x.source, x.content]),
    [['قال', 'الله تعالى', 'إنما يتقبل الله من المتقين']]);
});

test('an acronym in brackets after the addressee stays in the frame', () => {
  assert.deepEqual(views('وقالت مصادر صحفية لوكالة الأنباء الألمانية (د.ب.أ)، إن التعزيزات تحركت.').map((x) => [x.cue, x.source]),
    [['وقالت', 'مصادر صحفية']]);
});

test('على حد قول/تعبير X is a trailing prepositional cue; with a pronoun it is not', () => {
  const t = 'يزيد الموقع قيمة العقار بنسبة 40 في المائة على حد قول غوميز.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'غوميز', forms: ['غوميز'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.source, x.content]), [['على حد قول', 'غوميز', 'يزيد الموقع قيمة العقار بنسبة 40 في المائة']]);
  assert.deepEqual(views('وهو أمر جيد على حد قوله.'), []);
});

test('حسب/وفق a decision, an approval or an article is conformity, not a source', () => {
  assert.deepEqual(views('ليصبح عدد الأعضاء 9 أعضاء حسب موافقة الجمعية العامة المنعقدة في مايو.'), []);
  assert.deepEqual(views('وتصرف المكافأة وفق القرار الصادر عن المجلس.'), []);
  assert.deepEqual(views('وبحسب الوزارة فإن العدد ارتفع.').map((x) => x.source), ['الوزارة']);
});

test('asides before the content: «وهي …» on the medium, a dash aside before the object, a relative ما after a comma', () => {
  const t = 'وقال الملا عمر في رسالة صوتية، وهي أول رسالة تصدر منذ تعيينه: «ستهزم وحدتنا أعداءنا».';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'الملا عمر', forms: ['الملا عمر'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.content]), [['وقال', 'ستهزم وحدتنا أعداءنا']]);
  const u = 'أعلنت شركة بريما الماليزية – المشغلة لقطار المشاعر – فتح باب التقديم على الوظائف.';
  assert.deepEqual(views(u).map((x) => [x.cue, x.content]), [['أعلنت', 'فتح باب التقديم على الوظائف']]);
  assert.deepEqual(views('أكدت الأمانة العامة للهيئة في الرياض، ما للمسجد الأقصى من مكانة عظيمة.').map((x) => x.content),
    ['ما للمسجد الأقصى من مكانة عظيمة']);
});

test('بقوله before a colon or a quotation reports the words of the clause\'s speaker', () => {
  const t = 'وحاول رئيس الوزراء التقليل من أهمية الحادث، بقوله لدى زيارتها في المستشفى: المجتمع الدولي انضم إلينا.';
  const v = views(t);
  assert.deepEqual(v.map((x) => [x.cue, x.content]), [['بقوله', 'المجتمع الدولي انضم إلينا']]);
  assert.ok(v[0]?.source.startsWith('رئيس الوزراء'));
  // A verb of the same clause is the cue, its subject the speaker.
  assert.deepEqual(views('حيث بين ذلك ناخب محلي بقوله "نمحو الحبر خوفا من الانتقام".').map((x) => [x.cue, x.source]), [['بين', 'ناخب محلي']]);
  // No second report when a verb already took the words; after the verb's written subject the
  // cue is بقوله, as a participle of saying would be (possessed-saying-cue.test.ts).
  assert.deepEqual(views('وعلق الوزير على ذلك بقوله: إن الوضع مستقر.').map((x) => x.cue), ['بقوله']);
});

test('وعد with its object pronoun and ب-complement; a short quoted name after a definite subject', () => {
  assert.deepEqual(views('وقالت إن الشركة وعدتها بأن تعيد المبلغ كاملا.').map((x) => [x.cue, x.content]),
    [['وقالت', 'الشركة وعدتها بأن تعيد المبلغ كاملا'], ['وعدتها', 'تعيد المبلغ كاملا']]);
  assert.deepEqual(views('وعدت مجموعة العمل المشتركة «تاسك فورس» بتقديم الدعم للمتضررين.').map((x) => x.content), ['بتقديم الدعم للمتضررين']);
});

test('«من جانبه قال X» has its subject after the verb; a quoted outlet addressed before the subject', () => {
  const t = 'في ظل تبادل الزيارات الشبابية من جانبه قال عضو الوفد السعودي خالد المطيري أن المملكة بها 23 بيتا.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'خالد المطيري', forms: ['خالد المطيري'] }]);
  assert.ok(views(t, te)[0]?.source.includes('خالد المطيري'));
  const u = 'إلى ذلك أبلغ «عكاظ» مدير عام فرع المصلحة في جدة أحمد الطائفي أنه أطلقت المصلحة خدمة جديدة.';
  const ue = entitiesBySurface(u, [{ id: 'p1', type: 'PER', name: 'أحمد الطائفي', forms: ['أحمد الطائفي'] }, { id: 'o1', type: 'ORG', name: 'عكاظ', forms: ['عكاظ'] }]);
  const v = views(u, ue);
  assert.equal(v.length, 1);
  assert.ok(!v[0]?.source.includes('عكاظ'), v[0]?.source);
});

test('«تشير أصابع الاتهام إلى» is an idiom, no report; مشترطة is the participle of اشترط', () => {
  assert.deepEqual(views('وتشير أصابع الاتهام إلى الشركة المنفذة للمشروع.'), []);
  assert.deepEqual(views('أعلنت الشركة فتح باب التقديم على الوظائف، مشترطةً أن يكون المتقدم سعوديا.').map((x) => [x.cue, x.source]),
    [['أعلنت', 'الشركة'], ['مشترطةً', 'الشركة']]);
});

test('noticing is perception; unveiling a product is an act', () => {
  assert.deepEqual(views('لاحظ الباحثون أن الأسماك المعروضة مطابقة للوصف.'), []);
  assert.deepEqual(views('كشفت شركة سامسونج عن حاسوب لوحي جديد يحمل اسم جالاكسي.'), []);
  assert.deepEqual(views('وكشف الوزير أن الجهاز الجديد سيبدأ عمله.').map((x) => x.cue), ['وكشف']);
});

test('a clause of time between the subject and the words; the statement\'s relative verb in the frame; idioms', () => {
  assert.deepEqual(views('وقالت المغنية بعد أن علمت بوفاة صديقتها "سنفتقدها كثيرا."').map((x) => [x.cue, x.source, x.content]),
    [['وقالت', 'المغنية', 'سنفتقدها كثيرا.']]);
  assert.deepEqual(views('وقال الوزير بعد أن تفقد الموقع إن العمل يسير كما هو مخطط.').map((x) => [x.source, x.content]),
    [['الوزير', 'العمل يسير كما هو مخطط']]);
  assert.deepEqual(views('قال اللاعب إنه سعيد. وذكر في تصريحات له أدلى بها لصحيفة الإكسبريس أن الفريق قادر على المنافسة.').map((x) => x.cue),
    ['قال', 'وذكر']);
  assert.deepEqual(views('نلحظ هبوطا لبعض الأسهم دون كميات تذكر وبنسب سيولة متدنية.'), []);
  assert.deepEqual(views('عندما تكتب عن مسؤول: وعد فأوفى، فأنت تخرج من قميص الإعلام.'), []);
});

test('«تدعى» written with ى after a noun is "called", not "claims"; the name is the speaker', () => {
  const t = 'وقال مسئولة بوزارة الصحة تدعى نارونج سايونج إن الوزارة ستسعى إلى رفع الوعي.';
  assert.deepEqual(views(t).map((x) => [x.cue, x.source, x.stance]), [['وقال', 'نارونج سايونج', 'assert']]);
  assert.deepEqual(views('قبض على شاب يدعى محمد بتهمة السرقة.'), []);
  assert.deepEqual(views('وتدعي الشركة أن منتجاتها آمنة.').map((x) => x.stance), ['allege']);
});

test('quoted words before a participle of saying are words, not a title', () => {
  const t = 'وقال الوزير أمام لجنة الدفاع في مجلس الشيوخ “سنواصل الوقوف إلى جانب حلفائنا” مؤكدًا أن الاتفاق جيد.';
  assert.deepEqual(views(t).map((x) => [x.cue, x.content]), [['وقال', 'سنواصل الوقوف إلى جانب حلفائنا'], ['مؤكدًا', 'الاتفاق جيد']]);
});

test('ما زال / لا يزال is a copula: the noun after it is the subject of the verb that follows', () => {
  assert.deepEqual(views('ما زالت معظم مراصد الطقس العالمية تشير إلى تقلبات جوية نادرة.').map((x) => [x.cue, x.source]),
    [['تشير', 'معظم مراصد الطقس العالمية']]);
  assert.deepEqual(views('ولا يزال المسؤولون يؤكدون أن الوضع مستقر.').map((x) => [x.cue, x.source]), [['يؤكدون', 'المسؤولون']]);
});

test('a reported claim right after a verb of denying is its object; a name that begins like بأن stays in the subject', () => {
  assert.deepEqual(views('وأوضحت الخطوط أن الحصة قد تتحول، فيما نفت الادعاءات بأن خدماتها تضر بالناقلات.').map((x) => [x.cue, x.source, x.stance]),
    [['وأوضحت', 'الخطوط', 'assert'], ['نفت', 'الخطوط', 'deny']]);
  const t = 'وقال بان كي مون إن المجتمع الدولي صنع تاريخا.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'بان كي مون', forms: ['بان كي مون'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.source, x.content]), [['بان كي مون', 'المجتمع الدولي صنع تاريخا']]);
});

test('a subject named before قد + an ambiguous verb still names the participles after it; an unnamed source before a verbal noun', () => {
  const t = 'وقد عبر والد الشهيد عن شكره لكل من واساهم في استشهاد ابنه يحيى، لافتا بأن الفقيد استشهد من أجل الوطن.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'يحيى', forms: ['يحيى'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.source]), [['لافتا', 'والد الشهيد']]);
  const u = 'ووفقا لسكاي نيوز أفادت مصادر هبوط أول طائرة في المطار.';
  const ue = entitiesBySurface(u, [{ id: 'o1', type: 'ORG', name: 'سكاي نيوز', forms: ['سكاي نيوز'] }]);
  assert.deepEqual(views(u, ue).map((x) => [x.cue, x.source, x.content]),
    [['ووفقا', 'سكاي نيوز', 'هبوط أول طائرة في المطار'], ['أفادت', 'مصادر', 'هبوط أول طائرة في المطار']]);
});

test('a form of وجه without its introducer inside a long title is a word of the title (ووجه بحري)', () => {
  const t = 'أكد الدكتور عبدالرحيم ريحان مدير عام البحوث الأثرية بسيناء ووجه بحري أن الموقع أثري.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'عبدالرحيم ريحان', forms: ['عبدالرحيم ريحان'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.content]), [['أكد', 'الموقع أثري']]);
});

test('a trailing «كما يعتقد البعض / كما أكد الوزير» reports the clause before it', () => {
  assert.deepEqual(views('الوضع مستقر في المدينة كما أكد الوزير.').map((x) => [x.cue, x.source, x.content]),
    [['أكد', 'الوزير', 'الوضع مستقر في المدينة']]);
  assert.deepEqual(views('أكدت المصممة أن التسوق ليس سهلا كما يعتقد البعض.').map((x) => [x.cue, x.source, x.content]),
    [['أكدت', 'المصممة', 'التسوق ليس سهلا'], ['يعتقد', 'البعض', 'التسوق ليس سهلا']]);
  // Not before a clause of its own.
  assert.deepEqual(views('وتعمل الشركة كما أعلنت الوزارة أن المشروع جاهز.').map((x) => x.content), ['المشروع جاهز']);
});

test('the one quoted after a blessing is no speaker of the subjectless verbs that follow', () => {
  const t = 'وتحدث الشيخ عبدالمحسن القاسم عن أن الأذية محرمة، قال عليه السلام "قتال المسلم كفر". وأشار إلى أن شأن الدماء عظيم.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'عبدالمحسن القاسم', forms: ['عبدالمحسن القاسم'] }]);
  assert.deepEqual(views(t, te).map((x) => [x.cue, x.source]), [['وتحدث', 'عبدالمحسن القاسم'], ['قال', '∅'], ['وأشار', 'عبدالمحسن القاسم']]);
});

test('«كل من» before a list of names: the names speak', () => {
  const t = 'وأكد كل من الفارس مقبل سعد السويدي وفيصل الوزران أن فرسان المنطقة جاهزون.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سعد السويدي', forms: ['سعد السويدي'] }, { id: 'p2', type: 'PER', name: 'فيصل الوزران', forms: ['فيصل الوزران'] }]);
  const v = views(t, te);
  assert.equal(v.length, 1);
  assert.notEqual(v[0]?.source, 'كل');
  assert.ok(v[0]?.source.includes('السويدي'));
});
