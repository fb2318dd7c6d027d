/**
 * The closed word sets the extractor's rules test, in bare normalised form
 * (no hamza on alif, ta marbuta as ه, alif maqsura as ي). Kept apart from the
 * rules so each rule reads as a sentence over named sets.
 */
import type { PloverType, Token } from '../../core/types.js';

const BOUNDARY = new Set(['،', ',', '؛', ';', '.', ':', '!', '?', '؟', '(', ')', '-', '–', '—', '«', '»']);
export const SEPARATE_PREPS = new Set(['من', 'علي', 'ضد', 'مع', 'الي', 'عن', 'لدي', 'بين', 'في', 'قرب', 'داخل', 'عبر', 'تجاه', 'نحو', 'حول', 'بحق', 'بحضور']);
export const SKIP_BACK = new Set([
  'ان', 'بان', 'لان', 'انه', 'انها', 'بانه', 'بانها', 'قد', 'لقد', 'وقد', 'فقد', 'كان', 'كانت', 'كانوا', 'ايضا', 'لا', 'لم', 'لن',
  'ما', 'سوف', 'هو', 'هي', 'هم', 'يكون', 'تكون', 'تم', 'يتم', 'اليوم', 'امس', 'مساء', 'صباح', 'بدوره', 'بدورها', 'كما', 'وكان', 'وكانت', 'ثم',
]);
/** Nouns of backing told as an aside (بدعم من، وبإسناد، بمساندة), normalised: backed-party.ts, backing-coordinated.ts, backed-not-backer.ts. */
export const BACKING_NOUNS = 'دعم|اسناد|مسانده';
/** The relative pronouns alone. */
export const RELATIVE_PRONOUNS = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان']);
export const RELATIVES = new Set([...RELATIVE_PRONOUNS, 'وهي', 'وهو', 'وهم']);
export const NEGATORS = new Set(['لم', 'لن', 'لا', 'ليس', 'ليست', 'ليسوا', 'عدم', 'دون', 'بدون', 'ولم', 'ولن', 'ولا', 'فلم', 'فلن', 'فلا', 'وعدم', 'ودون', 'وليس', 'ما']);
export const NEG_SKIP = new Set(['يتم', 'تم', 'يكون', 'تكون', 'كان', 'قد', 'يجري', 'بعد', 'ان', 'احد', 'اي']);
export const DENY = new Set(['نفي', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'ونفي', 'ونفت', 'وينفي', 'وتنفي', 'فنفي', 'نافيا', 'نافيه', 'نفيه', 'ونفوا']);
/** A complementiser opening a nominal clause, whose subject stands before its verb (أن الشرطة أوقفت). */
export const THAT_CLAUSE = /^(و)?(ان|بان|لان)$/;
export const THAT = new Set(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها', 'انهم', 'بانهم', 'وجود', 'صحه']);
export const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هذان', 'هاتين', 'هاتان', 'هذين', 'هولاء', 'هؤلاء', 'اولئك']);
export const FUTURE_WORDS = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه', 'المرتقب', 'المرتقبه', 'المقبلين']);
export const FUTURE_BEFORE = new Set(['سوف', 'يعتزم', 'تعتزم', 'يعتزمون', 'المقرر', 'المتوقع', 'ينوي', 'تنوي', 'سيتم', 'ستتم', 'سيجري']);
export const CONDITIONAL = new Set(['اذا', 'لو', 'بمجرد', 'شرط', 'شريطه', 'حال', 'ولو', 'واذا', 'فاذا', 'طالما', 'لولا']);
export const LOC_PREPS = new Set(['في', 'ب', 'داخل', 'قرب', 'بالقرب', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'عند', 'علي', 'الي', 'ضواحي', 'محيط', 'اطراف', 'من']);
export const PLACE_NOUNS = new Set(['مدينه', 'محافظه', 'منطقه', 'ولايه', 'بلده', 'قريه', 'العاصمه', 'اقليم', 'مخيم', 'حي', 'مدن', 'مناطق', 'ميناء', 'مطار', 'جزيره', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'ريف', 'مديريه', 'قضاء', 'بلدات', 'شوارع', 'شارع', 'ساحه', 'ميدان', 'ساحات', 'مدينتي', 'حدود', 'الحدود']);
export const CASUALTIES = new Set([
  'قتيل', 'قتيلا', 'قتلي', 'جريح', 'جريحا', 'جرحي', 'مصاب', 'مصابا', 'مصابين', 'شهيد', 'شهيدا', 'شهداء', 'اشخاص', 'شخص', 'شخصا',
  'مدني', 'مدنيا', 'مدنيين', 'جندي', 'جنديا', 'جنود', 'عنصر', 'عنصرا', 'عناصر', 'مسلح', 'مسلحا', 'مسلحين', 'ضحيه', 'ضحايا', 'طفل', 'اطفال', 'طفلا',
  'امراه', 'نساء', 'مقاتل', 'مقاتلا', 'مقاتلين', 'حوثي', 'حوثيا', 'حوثيين', 'ارهابي', 'ارهابيا', 'ارهابيين', 'منهم',
]);
export const CASUALTY_BEFORE = new Set(['مقتل', 'واصابه', 'اصابه', 'وجرح', 'جرح', 'ومقتل', 'سقوط', 'وسقوط', 'قتل', 'وقتل', 'واصيب', 'اصيب']);
export const MONEY_TYPES = new Set<PloverType>(['AID', 'SUPPORT', 'AGREE', 'COOPERATE', 'REQUEST', 'SANCTION', 'CONCEDE']);
export const PERSON_TYPES = new Set(['PER', 'ORG', 'GPE']);
export const TITLES = new Set([
  'وزير', 'وزيره', 'رئيس', 'الرئيس', 'الدفاع', 'الخارجيه', 'الداخليه', 'الماليه', 'ولي', 'العهد', 'امير', 'الامير', 'الملك', 'ملك', 'نائب', 'سفير',
  'قائد', 'زعيم', 'المتحدث', 'متحدث', 'الامين', 'العام', 'مستشار', 'الشيخ', 'خادم', 'الحرمين', 'الشريفين', 'جلاله', 'سمو', 'فخامه', 'معالي',
  'السيد', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'المنشق', 'حركه', 'جماعه', 'ميليشيا', 'ميليشيات', 'مليشيات', 'الوزراء', 'مجلس', 'حكومه', 'الحكومه',
  'دوله', 'مدينه', 'محافظه', 'منطقه', 'وزاره', 'قوات', 'مسلحي', 'عناصر', 'تنظيم', 'مندوب', 'المندوب', 'الدائم', 'نظيره', 'نظيرته',
  'ايه', 'الله', 'المرجع', 'مرجع',
  'الامريكي', 'الروسي', 'السعودي', 'صاحب', 'ملكي', 'خارجيه', 'دفاع', 'داخليه', 'الدوله', 'دوله', 'السمو', 'الملكي', 'العاهل', 'المملكه', 'مدير', 'عام', 'محافظ', 'رئيسه', 'عضو', 'الاعلي', 'الاعلى',
]);
/** Honorifics and office words of a title phrase in apposition to a name. */
export const APPOSITION_HEADS = new Set([
  'الدكتور', 'دكتور', 'المهندس', 'الاستاذ', 'مفتي', 'منسق', 'موفد', 'الموفد', 'جمهوريه', 'مملكه', 'نظيره', 'نظيرته', 'مبعوث', 'المبعوث', 'ممثل', 'سكرتير', 'الناطق',
  'فضيله', 'سماحه', 'جلاله', 'فخامه', 'معالي', 'سمو', 'الرئيس', 'الملك', 'الامير', 'الشيخ', 'السفير', 'الوزير', 'رئيس', 'وزير',
]);
/** Nouns that head a party's noun phrase (قوات، الجيش، نقابة): bare forms. */
export const HEAD_NOUNS = new Set([
  'جيش', 'قوات', 'سلطات', 'شرطه', 'حكومه', 'وزاره', 'نقابه', 'منظمه', 'مجلس', 'لجنه', 'اجهزه', 'جهات', 'طيران', 'طائره', 'طائرات', 'مقاتلات',
  'مروحيات', 'مقاتله', 'ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا', 'جماعه', 'حركه', 'تنظيم', 'متمردين', 'متمردون', 'مسلحي', 'مسلحو', 'عناصر', 'امن',
  'بحريه', 'معارضه', 'اداره', 'بعثه', 'وفد', 'مسؤولين', 'مسؤولون', 'مسؤول', 'سفاره', 'برلمان', 'ناطق', 'رئاسه', 'جنود', 'قياده', 'كتائب',
  'فصائل', 'ائتلاف', 'خارجيه', 'داخليه', 'دفاع', 'وزراء', 'سفير', 'قوه', 'الوحدات', 'وحدات', 'مصلحه', 'هيئه', 'محكمه', 'نظام', 'رئيس', 'زعيم',
  'سجون', 'اطباء', 'اشقاء', 'شعب', 'مواطنين', 'لاجئين', 'نازحين', 'ركن', 'الركن', 'الفريق', 'فريق', 'اول', 'الثاني', 'الثالث', 'حرس', 'الحرس',
  // Groups of people named by a party or its nisba (مئات الفلسطينيين، عناصر من حزب العمال، مدفعية الجيش).
  'مدفعيه', 'الاف', 'مئات', 'عشرات', 'انصار', 'مؤيدي', 'مناصري', 'متظاهرين', 'متظاهرون', 'محتجين', 'محتجون', 'مستوطنين', 'مستوطنون',
  'مقاتلي', 'مقاتلو', 'مقاتلين', 'مقاتلون', 'متمردي', 'مسلحين', 'مسلحون', 'افراد', 'اعضاء', 'طلاب', 'عمال', 'ناشطين', 'ناشطون', 'سكان', 'اهالي',
  // Two parties named by their nisbas (الجانبان الأردني والفلسطيني، البلدين السعودي والمصري).
  'جانبان', 'جانبين', 'طرفان', 'طرفين', 'بلدان', 'بلدين',
  // Leaders named by their nisbas (القادة السعوديون والأمريكيون، زعماء الدول).
  'قاده', 'زعماء', 'رؤساء',
  // Arms that stand for the force that fires them (الدفاعات الجوية السعودية، الزوارق الحربية الإسرائيلية).
  'دفاعات', 'زوارق', 'بوارج', 'دبابات', 'مدرعات',
  // Aircraft counted in the dual (مروحيتين أمريكيتين، طائرتان روسيتان، مقاتلتين تركيتين).
  'مروحيه', 'مروحيتين', 'مروحيتان', 'طائرتين', 'طائرتان', 'مقاتلتين', 'مقاتلتان',
  // An occupation named by its state's nisba (الاحتلال الإسرائيلي): the occupying state.
  'احتلال',
]);
/** Head nouns of membership that take their party after من (عناصر من حزب العمال الكردستاني). */
export const MEMBER_HEADS = new Set([
  'عناصر', 'مسلحين', 'مسلحون', 'متمردين', 'متمردون', 'مقاتلين', 'مقاتلون', 'افراد', 'اعضاء', 'جنود', 'الاف', 'مئات', 'عشرات', 'انصار', 'مؤيدين',
  'متشددين', 'متشددون', 'ارهابيين', 'ارهابيون', 'عنصرا', 'عنصران', 'مسلحان',
]);
/** Words that may stand between a verb and its subject: days, «today», «yesterday». */
export const DAY_WORDS = new Set([
  'اليوم', 'امس', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'مساء', 'صباح', 'ظهر', 'ليل', 'فجر', 'الاول', 'ايضا',
]);
/** Words that introduce the cause of a casualty (قتل في ضربة، جراء قصف). */
export const CAUSE_AFTER = new Set(['في', 'جراء', 'اثر', 'خلال', 'بسبب', 'عقب', 'نتيجه', 'برصاص', 'بنيران', 'بقصف', 'بغاره', 'بانفجار']);
/** Words before an attack that caused a casualty (في هجوم، جراء غارات، نتيجة هجوم، حين فتح). */
export const CAUSE_BEFORE = new Set(['جراء', 'اثر', 'في', 'خلال', 'بسبب', 'نتيجه', 'حين', 'حينما', 'عندما', 'بعدما', 'عقب']);
/** Nouns of a casualty: the doer is the attacker, never the one who reports it (أعلن الجيش مقتل …). */
const CASUALTY_NOUNS = new Set(['مقتل', 'مصرع', 'استشهاد', 'وفاه', 'اصابه', 'سقوط']);
export const isCasualtyNoun = (w: string) => CASUALTY_NOUNS.has(w.replace(/(ه|ها|هم|هما)$/, '')) || CASUALTY_NOUNS.has(w);
/** Words before an act during which the main one happened (خلال اقتحام، أثناء مداهمة). */
export const DURING = new Set(['خلال', 'اثناء', 'وخلال', 'واثناء']);
/** Nouns of time that head a relative clause of time (في الوقت الذي، اليوم الذي). */
export const TIME_NOUNS = new Set(['وقت', 'يوم', 'ساعه', 'لحظه', 'حين', 'فتره', 'اسبوع', 'شهر', 'عام', 'سنه', 'مرحله']);
/** Penalties a court sentences to (حكمت بالسجن، حكما بإعدام): bare forms. */
export const PENALTIES = new Set(['سجن', 'اعدام', 'حبس', 'مؤبد', 'سجنه', 'حبسه', 'اشغال']);
/** Words that introduce a charge: the act after them is done by the accused (المتهم بقتل، بتهم … قتل). */
export const CHARGE_CUES = /^(و)?(ال)?(متهم|متهمه|متهمين|متهمون|متهما)$|^(و)?(ب)?(تهمه|تهم)$/;
/** Cues that credit an account to a source (بحسب، وفقا ل، نقلا عن). */
export const ACCORDING = /^(و)?(ب)?(حسب|وفق|طبقا|نقلا)/;
/** «بينهم، منهم»: the named members of a group just counted. */
export const AMONG = new Set(['بينهم', 'منهم', 'بينهما', 'ومنهم', 'وبينهم']);
/** A person's title that opens a noun phrase of its own (الرئيس السابق محمد مرسي). */
export const PERSON_TITLE = /^(الرئيس|الملك|الامير|الوزير|الشيخ|السفير|القائد|الزعيم)$/;
/** Support verbs whose act follows في (نجح في تدمير، شارك في قصف). */
export const IN_VERBS = new Set(['نجح', 'شارك']);
export const CIRCUMSTANCE = new Set(['خلال', 'اثناء', 'في', 'عقب', 'اثر', 'بعد', 'قبل', 'لدي', 'عند']);
export const QUOTE_OPEN = new Set(['«', '"', '“']);
export const QUOTE_CLOSE = new Set(['»', '"', '”']);
/** Lemmas of killing: a verb of these reported by a source tells a casualty. */
export const KILLING = new Set(['قتل']);
/** Lemmas that tell the toll of an attack (قتل، أوقع قتلى، مصرع، استشهد): another event than the attack. */
export const TOLL = new Set(['قتل', 'أوقع', 'حصد', 'مصرع', 'استشهد', 'إصابة']);
/** Types of an act between two parties (اشتباكات بين، هدنة بين، اتفاق بين). */
/** Nouns of will or attempt whose object is a masdar done by their genitive (محاولة X الهجوم). */
export const GOVERNING_NOUNS = new Set(['محاوله', 'محاولات', 'قرار', 'اعتزام', 'عزم', 'نيه', 'استعداد', 'بدء', 'مواصله', 'استمرار', 'سعي', 'استئناف', 'تمكن']);
export const MUTUAL = new Set<PloverType>(['ASSAULT', 'AGREE', 'CONSULT', 'COOPERATE']);

/** Verbs of expressing a feeling or a stance (أعرب، عبّر، معربا). */
export const EXPRESS = /^(و|ف)?(اعرب|يعرب|تعرب|عبر|يعبر|تعبر|معربا|معبرا)(ت|وا|ا|ون|ان)?$/;
/** Nouns that a quoted name follows (سفينة "درب الخير"، عملية "إعادة الأمل"): the name is no event. */
export const NAMING = new Set(['سفينه', 'عمليه', 'حمله', 'مبادره', 'برنامج', 'مشروع', 'مؤتمر', 'قافله', 'جسر', 'مركز', 'اسم', 'شعار', 'عنوان', 'مناوره', 'مناورات', 'وسم', 'هاشتاج', 'كتاب', 'فيلم', 'حمله']);

/** Types of a stance a participle may tell as a predicate (مرفوضة، مدانة). */
export const STANCES = new Set<PloverType>(['REJECT', 'ACCUSE', 'SUPPORT']);
/** People a help goes to, named with the place they live in (للأشقاء في اليمن، للنازحين في سوريا). */
export const PEOPLE = new Set(['اشقاء', 'شعب', 'لاجئين', 'نازحين', 'متضررين', 'سكان', 'اهالي', 'مواطنين', 'اخوه', 'اطفال', 'مدنيين', 'محتاجين', 'منكوبين']);

/** Words after «طالب» that make it a student (طالب جامعي، طالبا عسكريا). */
export const STUDY = new Set(['جامعي', 'جامعيا', 'جامعيه', 'عسكري', 'عسكريا', 'ثانوي', 'بجامعه', 'بكليه', 'في_جامعه', 'دكتوراه', 'ماجستير']);
/**
 * Words that make a support material (دعم عسكري، بالسلاح، لنظام الأسد): bare or with their preposition.
 * Relief and humanitarian help is material too (الدعم السخي لتوفير الإغاثة، دعم الشعب في المجال الإغاثي).
 */
export const MATERIAL = new Set(['اغاثه', 'اغاثي', 'اغاثيه', 'انساني', 'انسانيه', 'انسانيا', 'عسكري', 'عسكريا', 'مالي', 'ماليا', 'مادي', 'ماديا', 'لوجستي', 'لوجستيا', 'بالسلاح', 'بالاسلحه', 'بالمال', 'بالاموال', 'بالعتاد', 'بالذخيره', 'بالمقاتلين', 'لنظام', 'للنظام', 'للميليشيات', 'لميليشيات', 'للمليشيات', 'لمليشيات', 'للاقتصاد', 'جوي', 'جويا', 'طيران', 'اسلحه', 'معدات', 'خيريه', 'تسليحي', 'تسليحيه', 'بقوات']);
/** Verbs that tell an act was done or took place, in a relative clause after its noun (حملة تشنها، العملية التي جرت). */
export const DOING = new Set(['شن', 'ارتكب', 'نفذ', 'قام', 'قوم', 'جري', 'وقع']);
/** Types whose nouns such a clause makes an act. */
export const DOING_TYPES = new Set<PloverType>(['ASSAULT', 'COERCE']);
/** Verbs of targeting, which may tell the reach of a sanction or a campaign (تستهدف العقوبات). */
export const TARGETING = new Set(['استهدف']);
/** Verbs of repelling an attack (صد هجوما، تصدى لهجوم). */
export const REPEL = new Set(['صد', 'تصدي']);
/** Words of time that govern a masdar (بعد سيطرة، في أعقاب طرد). */
export const AFTER_WORDS = new Set(['بعد', 'وبعد', 'عقب', 'اعقاب', 'اثر', 'اثناء', 'قبل', 'منذ']);
/** Things whose arrival (وصل) is no visit, and what they are. */
export const ARRIVING = new Map<string, 'troops' | 'aid' | 'thing'>([
  ...['قوات', 'قوه', 'تعزيزات', 'لواء', 'كتيبه', 'وحدات', 'قواتها', 'قواته', 'قواتهم'].map((w) => [w, 'troops'] as const),
  ...['سفينه', 'سفن', 'طائره', 'طائرات', 'قافله', 'قوافل', 'شحنه', 'شحنات', 'باخره', 'مساعدات', 'اغاثه', 'معونات', 'امدادات'].map((w) => [w, 'aid'] as const),
  ...['جثه', 'جثمان', 'جثامين', 'جثث', 'رساله', 'حافله', 'شاحنات', 'شاحنه', 'عربات', 'دبابات', 'حصيله', 'نسبه', 'اسعار', 'سعر', 'درجه', 'درجات'].map((w) => [w, 'thing'] as const),
]);
/** Verbs of liberating a place (حرر، تحرير). */
export const LIBERATE = new Set(['حرر', 'تحرر']);
/** Conjunctions of time that open a clause of its own (بعدما، عندما). */
export const SUBORDINATORS = new Set(['بعدما', 'وبعدما', 'عندما', 'وعندما', 'حينما', 'قبلما', 'بينما', 'فيما', 'لما', 'كلما']);

/** Messages, and the courtesies they may carry (برقية عزاء، رسالة تهنئة). */
export const MESSAGES = new Set(['برقيه', 'برقيات', 'رساله', 'رسائل']);
export const COURTESIES = new Set(['عزاء', 'تعزيه', 'تهنئه', 'مواساه', 'تعازي', 'تهاني']);
/** Adjectives of allegiance after a head noun (القوات الموالية ل، المسلحين التابعين ل). */
export const LOYAL = /^(و)?(ال)?(موالي|مواليه|موالين|موالون|تابع|تابعه|تابعين|تابعون|مواليا|تابعا)$/;
/** «إلى» before the act a call asks for. */
export const TO = new Set(['الي', 'والي']);
/** Words of an approximate count before a noun (نحو ثلاثين). */
/** Head nouns of the names of movements (حركة النضال العربي لتحرير الأحواز). */
export const MOVEMENTS = new Set(['حركه', 'الحركه', 'جبهه', 'الجبهه', 'منظمه', 'المنظمه', 'هيئه', 'الهيئه', 'جمعيه', 'الجمعيه']);
export const APPROX = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء']);
export const PREP_PRONOUN = /^(من|علي|ضد|مع|الي|عن|ل|ب|لدي)(ه|ها|هم|هما|هن)$/;

/** Punctuation that closes a clause window. */
export function isBoundary(t: Token): boolean {
  return t.kind === 'punct' && BOUNDARY.has(t.norm.charAt(0));
}
