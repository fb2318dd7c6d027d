/**
 * The fixed word sets and regular expressions of the attribution detector, and
 * the small pure helpers over normalised words (conjunction stripping, set
 * membership with or without و/ف).
 */
import type { EntityType } from '../../core/types.js';
import { normaliseString } from '../../text/normalise/normalise.js';

/** Quotation marks, and the braces that enclose a quoted verse of the Quran ({…}، ﴿…﴾). */
export const OPEN_QUOTES = new Map([['"', '"'], ['«', '»'], ['“', '”'], ['”', '”'], ['{', '}'], ['\uFD3F', '\uFD3E']]);
export const COMMAS = new Set(['،', ',', '؛', ';']);
export const COLONS = new Set([':']);
export const MAX_NP = 20;
/** Title abbreviations written with a dot or a slash (د. علي، م. أحمد، السيد/ يوسف). */
export const TITLE_MARKS = new Set(['.', '/']);
/** A preposition with a pronoun (معها، منه، لهم) is never a subject. */
export const PREP_PRONOUN = /^(مع|من|عن|علي|الي|في|ل|ب|عند|لدي|خلال|عبر)(ه|ها|هم|هما|هن|نا|ي|ني|كم)$/;
export const BRACKETS = new Set(['(', ')', '[', ']', '-', '–', 'ـ']);
/** Words of a fronted time phrase (، عصر أول من أمس الخميس،). */
export const ADVERBIAL = new Set(['امس', 'اليوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'مساء',
  'صباح', 'عصر', 'ظهر', 'فجر', 'اول', 'من', 'الماضي', 'الماضيه', 'ليله', 'يوم', 'في', 'وقت', 'سابق', 'لاحق', 'الليله']);
/** Time words that may stand between a verb's subject and its object (أعلن X أمس الاثنين …). */
export const TIME_WORDS = new Set(['امس', 'اليوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'مساء', 'صباح',
  'الليله', 'الماضي', 'الماضيه', 'غدا', 'يوم']);
/** Words that open a date or a time (يوم الاثنين، أمس، مساء): never a source. */
export const DATE_HEADS = new Set([...TIME_WORDS, 'عصر', 'ظهر', 'فجر', 'ليله', 'صباحا', 'مساء', 'امس', 'خلال', 'منذ', 'قبل', 'بعد']);
/** Bare prepositions (بـ، لـ، في، من): never a source. */
export const BARE_PREPOSITIONS = new Set(['ب', 'ل', 'ك', 'في', 'من', 'عن', 'الي', 'مع', 'حتي', 'لدي', 'عند', 'عبر', 'منذ', 'خلال']);
/**
 * Verbal nouns of the shape فَعْل/فُعُول, often announced (أعلنت الوزارة بدء …، مقتل …); نمو, the
 * growth that figures show and forecasts expect, is too short for the shapes of the longer ones.
 */
export const SHORT_VERBAL_NOUNS = new Set(['بدء', 'وقف', 'فتح', 'رفع', 'منع', 'حظر', 'فرض', 'طرح', 'ضبط', 'قبول', 'رفض', 'فوز', 'وصول',
  'خروج', 'دخول', 'سقوط', 'مقتل', 'مصرع', 'وفاه', 'حصول', 'نجاح', 'فشل', 'توقف', 'تعليق', 'تاجيل', 'الغاء', 'ظهور', 'صدور',
  'ثبوت', 'نزول', 'عوده', 'قيام', 'دعم', 'كسر', 'عزم', 'نيه', 'سير', 'حرص', 'هبوط', 'صعود', 'عبور', 'حدوث', 'حضور', 'غياب', 'رحيل',
  'وقوع', 'نمو']);
/**
 * Verbal nouns of the shape افتعال from roots whose first letter is ل (التزام، التحاق): they
 * begin like a definite noun but take no article; with a possessive or a genitive after a
 * subject they are the object (أكدت الوزارة التزامها بـ…).
 */
export const LAM_IFTIAL = new Set(['التزام', 'التحاق', 'التماس', 'التقاء', 'التفات', 'التفاف', 'التحام', 'التباس']);
/**
 * The truth of what is reported, or the soundness of what was checked, as the object of
 * confirming or denying (نفت الشركة صحة الخبر، أكدت الشركة سلامة الأجهزة).
 */
export const TRUTH_OBJECTS = new Set(['صحه', 'سلامه']);
/** Blessings after قال that stand for the Prophet or God, who is then not written (قال عليه السلام "…"). */
export const BLESSINGS = ['عليه السلام', 'عليه الصلاة والسلام', 'صلى الله عليه وسلم', 'تعالى', 'عز وجل', 'سبحانه وتعالى', 'جل جلاله']
  .map((b) => normaliseString(b).split(' '));
/** Verbal nouns that are an object only when denied (نفى المجلس وجود …). */
export const DENIED_OBJECTS = new Set(['وجود']);
/** Singular nouns ending in ون, no sound plurals (التلفزيون الرسمي: the adjective is no object). */
export const SINGULARS_IN_WN = new Set(['تلفزيون', 'تليفزيون', 'قانون', 'مليون', 'زيتون', 'صالون', 'كانون', 'طاعون', 'صابون', 'ليمون']);
/** Reports as the object of denying or confirming (نفت الوزارة الأنباء المتداولة). */
export const REPORT_OBJECTS = new Set(['الانباء', 'الاخبار', 'الشائعات', 'الاشاعات', 'التقارير', 'المعلومات', 'الادعاءات', 'المزاعم',
  'الاتهامات', 'التهم', 'ما']);
/** His/her words: وفق قوله، حسب تعبيره (على حد تعبيره is not annotated: GUIDELINE.md). */
export const SAYING_POSSESSIVES = new Set(['قوله', 'قولها', 'قولهم', 'تعبيره', 'تعبيرها', 'تعبيرهم', 'وصفه', 'وصفها', 'وصفهم', 'زعمه',
  'زعمها', 'زعمهم', 'روايته', 'روايتها', 'كلامه', 'كلامها']);
/** Verbs of urging, whose object (the ones urged) follows the verb (دعا الوزير المواطنين إلى …). */
export const URGING = new Set(['دعا', 'حث', 'حض', 'طالب', 'ناشد']);
/** Month names (normalised), part of a date after a time word (اليوم الخميس 2 مارس 2017). */
export const MONTHS = new Set(['يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر',
  'ديسمبر', 'جانفي', 'فيفري', 'افريل', 'ماي', 'جوان', 'جويليه', 'اوت']);
/**
 * Prepositional cues that name a relaying source (بحسب وكالة …، حسبما أوردت صحيفة …): the one
 * through whom the words came, not their speaker.
 */
export const RELAY = new Set(['بحسب', 'حسب', 'حسبما', 'بحسبما', 'وفقا', 'وفق', 'طبقا']);
export const PREPOSITIONS = new Set(['الي', 'في', 'من', 'علي', 'عن', 'مع', 'ل', 'ب', 'بعد', 'قبل', 'دون', 'بدون', 'عدم']);
export const PRONOUN_SUBJECT = /^(و|ف)?(لكن|ان|بان|لان)(ه|ها|هم|هما)$/;
/** عن، وحول، وبشأن: a preposition that opens a fronted topic (وحول مشاركتها …، قالت). */
export const TOPIC_PREPOSITIONS = /^[وف]?(عن|حول|بشان|حيال|ازاء|تجاه)$/;
/** بها، به: ب with a pronoun resuming the noun a relative clause describes (what was promised or demanded). */
export const RESUMED_COMPLEMENT = /^ب(ه|ها|هم|هما)$/;
export const PASSIVE = new Set(['قيل', 'وقيل', 'يقال', 'ويقال', 'فيقال']);
/** Words before a verbal noun that looks like a verb (رافضا ذكر اسمه، عدم الكشف). */
export const REFUSAL = new Set(['رافضا', 'رافضه', 'رافضين', 'عدم', 'دون', 'بدون', 'مفضلا', 'مفضله', 'مفضلين', 'طالبا', 'طالبه', 'طالبين']);
/** Imperfect forms that, with no subject, read as impersonal passives (يُرجَّح، يُعتقد). */
export const IMPERSONAL = new Set(['يرجح', 'يعتقد', 'يتوقع', 'يقال', 'قيل', 'يذكر', 'يعتبر', 'يفترض', 'يشار']);
export const MAX_FRAME = 32;
/** Adverbs written with the accusative alif (مجددا، رسميا): never an object. */
export const ALIF_ADVERBS = new Set(['ايضا', 'جدا', 'مجددا', 'مؤخرا', 'علنا', 'سابقا', 'لاحقا', 'دائما', 'غالبا', 'تماما', 'مسبقا', 'صباحا',
  'ظهرا', 'عصرا', 'ليلا', 'فجرا', 'مساءا', 'اولا', 'ثانيا', 'ثالثا', 'اخيرا', 'حاليا', 'قريبا', 'عموما', 'خصوصا', 'تحديدا', 'مثلا',
  'ابدا', 'كثيرا', 'قليلا', 'معا', 'فورا', 'حصرا', 'اصلا', 'مطلقا', 'بدءا', 'وفقا', 'طبقا', 'نقلا', 'استنادا', 'نظرا', 'تقريبا']);
/** Conjunctions of time and manner before أن (بعد أن، منذ أن): the clause after is no report. */
export const TIME_CONJUNCTIONS = new Set(['بعد', 'قبل', 'منذ', 'حتي', 'دون', 'بدون', 'لحين', 'حين', 'اثر', 'عقب', 'بمجرد', 'مجرد', 'الي']);
/** A relative ما (and its preposition forms) before a verb of saying: ما أفادت به مصادر. */
export const RELATIVE_MA = new Set(['ما', 'وما', 'بما', 'لما', 'عما', 'مما', 'فيما']);
/** Objects of دعا/سأل that make a prayer, not a statement (داعين الله أن، سائلا المولى). */
export const PRAYER_OBJECTS = new Set(['الله', 'المولي', 'ربه', 'ربها', 'ربهم', 'الرب', 'العلي']);
/** Copulas and verbs that open a clause, not a speaker's name before a colon. */
export const COPULAS = new Set(['كان', 'كانت', 'كانوا', 'يكون', 'تكون', 'ليس', 'ليست', 'اصبح', 'اصبحت', 'بات', 'باتت', 'ظل', 'ظلت', 'صار', 'صارت',
  'زال', 'زالت', 'يزال', 'تزال', 'مازال', 'مازالت', 'لازال', 'لازالت']);
/** Question words before a verb: a question asked, not a report (كيف تصف نفسك). */
/** Words before a form that make it a noun (أول رد). */
/** Stems of publishing and relaying verbs (normalised) that take the pronoun of the statement they carry (بيانات نشرها). */
/** Verbs of requiring or asking, after which ألا is أن + لا (اشترطت X … ألا يقل). */
export const REQUIRING = new Set(['اشترط', 'طالب', 'طلب', 'ناشد', 'حث', 'دعا', 'اوصي', 'شدد', 'نصح', 'تعهد', 'قرر']);
/** Verbs of publishing, whose object is what the medium reported (نشرت الصحيفة أنباء عن …). */
export const PUBLISHING_LEMMAS = new Set(['نشر', 'بث', 'اورد', 'اذاع']);
export const PUBLISHING = new Set(['نشر', 'نشرت', 'نقل', 'نقلت', 'بث', 'بثت', 'اصدر', 'اصدرت', 'اعلن', 'اعلنت', 'اورد', 'اوردت', 'اذاع', 'اذاعت']);

export const ORDINALS = new Set(['اول', 'اخر', 'ثاني', 'كل', 'اي', 'اقوي', 'ابرز']);
/** Words after a form that make it a noun (رد فعل). */
export const NOUN_COMPLEMENTS = new Set(['فعل', 'الفعل', 'افعال']);
export const QUESTION_WORDS = new Set(['كيف', 'هل', 'لماذا', 'ماذا', 'متي', 'اين', 'وكيف', 'وهل', 'ولماذا']);

/** Is the word, or the word without a conjunction, in the set? (وزير stays وزير, ووزير → وزير.) */
export function inSet(set: ReadonlySet<string> | ReadonlyMap<string, unknown>, w: string): boolean {
  return set.has(w) || set.has(bare(w));
}

/** Words read as the preposition على unless they look like the name علي. */
export const ALA_NOUNS = new Set(['هامش', 'حساب', 'ضروره', 'صعيد', 'خلفيه', 'مستوي', 'غرار', 'الرغم', 'راس', 'لسان', 'ان', 'انه', 'انها']);

/** Common words that start with ب but are no preposition (بداية، بيان، بين، بلاده). */
export const B_NOUNS = ['بدايه', 'بيان', 'بين', 'بلاد', 'بلد', 'بعض', 'بعد', 'بنك', 'برنامج', 'بطول', 'بحث', 'باب', 'بيت', 'بلغ', 'بات',
  'بقيه', 'بنود', 'بند', 'بحر', 'برج', 'بيع', 'بيئه', 'بطاق', 'بديل', 'برلمان', 'بحوث', 'بناء', 'بني', 'بيانات', 'بريد', 'بدء'];
export const bNoun = (w: string): boolean => B_NOUNS.some((x) => w.startsWith(x));

/** Short words that are never an object standing for what was said. */
export const SHORT_WORDS = new Set(['قد', 'كل', 'غير', 'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'انه', 'لكن', 'حتي', 'ثم', 'او', 'ام', 'بل',
  'كان', 'ليس', 'لها', 'لهم', 'عند', 'منذ', 'حيث', 'كما', 'اذا', 'لقد', 'عام', 'امس', 'يوم', 'فيه', 'فيها', 'منه', 'منها', 'عنه', 'عنها',
  'الي', 'علي', 'بعد', 'قبل', 'بين', 'مع', 'ان', 'لان', 'اما', 'وقد', 'ولا', 'الا', 'اي', 'ما', 'من', 'في', 'عن', 'لم', 'لن', 'لا']);
/** Places an official serves at (… بمنطقة مكة، بمحافظة جدة). */
export const PLACE_NOUNS = new Set(['منطقه', 'المنطقه', 'محافظه', 'المحافظه', 'مدينه', 'المدينه', 'الشرطه', 'شرطه', 'القطاع', 'الفرع', 'الاداره',
  'العاصمه', 'الولايه', 'ولايه', 'اماره', 'الاماره', 'غرفه', 'الغرفه', 'مستشفي', 'المستشفي', 'مركز', 'المركز', 'مكتب', 'المكتب']);
/** Particles that open a clause before its verb (كما حث …، وقد تابع …): never a subject. */
export const CLAUSE_PARTICLES = new Set(['كما', 'وكما', 'ثم', 'فيما', 'بينما', 'حيث', 'اذ', 'قد', 'وقد', 'فقد', 'لقد', 'ولقد', 'كذلك', 'ايضا',
  'حين', 'عندما', 'لما', 'ولما', 'بعدما', 'فيما', 'كذا']);
/** من جهته، من جانبها، من ناحيتهم (with the next word): a fronted «on his part» before a clause. */
export const FRONTED_SIDE = /^[وف]?من$/;
/**
 * Negators of the present and the future (لا يوضح، لن تعطي): a habit, a general truth or a
 * forecast, not a source that kept silent — "did not say" is لم with the jussive.
 */
export const PRESENT_NEGATORS = new Set(['لا', 'ولا', 'فلا', 'لن', 'ولن', 'فلن']);
/**
 * Verbs of thinking, expecting and concluding (normalised lemmas): negated (لم يتوقع ردود الفعل،
 * لم يروا منها إلا …) they tell what someone did not think or see, not a statement withheld.
 */
export const BELIEF_LEMMAS = new Set(['راي', 'توقع', 'اعتقد', 'ظن', 'تصور', 'افترض', 'تنبا', 'رجح', 'ايقن', 'ارتاي', 'خشي', 'امل',
  'تكهن', 'استنتج', 'توصل', 'خلص', 'اعتبر']);
/** Verbs of giving or specifying that report nothing when negated (لم يقدم، لم يصدر، لم تحدد). */
export const GIVING = /^[يت](قدم|صدر|عط|عطي|حدد)$/;
/** What a source gives when it speaks (تفاصيل، تعليق). */
export const NOT_GIVEN = new Set(['تفاصيل', 'تفصيلات', 'تعليق', 'تعليقا', 'توضيح', 'توضيحا', 'توضيحات', 'تفسير', 'تفسيرا', 'ردا', 'معلومات']);
/**
 * Verbal nouns of answering and commenting in the accusative, which govern their own على or عن
 * (ردا على، تعليقا على، تعقيبا على): the common core of circumstantial-masdar.ts (the phrase after
 * a speaker), commented-relative.ts (the thing commented on) and as-reported.ts (على governed by
 * the word before it), each of which adds the words of its own construction.
 */
export const ANSWERING_ACCUSATIVES = ['ردا', 'تعليقا', 'تعقيبا'] as const;
/** Words opening what is urged or demanded (بضرورة، بعدم، بأهمية). */
export const CONTENT_OPENERS = new Set(['بضروره', 'ضروره', 'بعدم', 'بوجوب', 'وجوب', 'باهميه', 'اهميه', 'بسرعه']);

/**
 * Nouns of what is said or shown (أصوات، تقارير، فيديو، الشائعات): the subject of an imperfect
 * verb of saying right after them (أصواتا تدعو إلى، تقارير طبية تؤكد، الشائعات التي تحدثت عن),
 * with the gender such a verb takes after them. Figures and surveys show what they measure
 * (بعد بيانات أظهرت ارتفاعا، استطلاع أظهر تقدم …).
 */
export const SAYING_CARRIERS = new Map<string, 'm' | 'f'>([
  ['اصوات', 'f'], ['اصواتا', 'f'], ['تواقيع', 'f'], ['توقيعات', 'f'], ['عريضه', 'f'], ['فيديو', 'm'], ['مقطع', 'm'], ['شريط', 'm'],
  ['تسجيل', 'm'], ['تقارير', 'f'], ['تقرير', 'm'], ['انباء', 'f'], ['اخبار', 'f'], ['شائعات', 'f'], ['اشاعات', 'f'], ['لقطات', 'f'],
  ['صور', 'f'], ['رسائل', 'f'], ['رساله', 'f'], ['تغريده', 'f'], ['تغريدات', 'f'], ['منشورات', 'f'], ['تسريبات', 'f'],
  ['روايات', 'f'], ['مزاعم', 'f'], ['وثيقه', 'f'], ['وثائق', 'f'], ['دراسه', 'f'], ['دراسات', 'f'],
  ['بيانات', 'f'], ['ارقام', 'f'], ['احصاءات', 'f'], ['احصائيات', 'f'], ['مسح', 'm'], ['مسوح', 'f'], ['استطلاع', 'm'],
]);
/** Press and report nouns (without the article) that «talk about» what they report (تحدثت الصحف عن). */
export const TALKING_REPORTS = /^(صحف|صحافه|مصادر|مصدر|وسائل|وكالات|تقارير|انباء|اخبار)$/;
/** The head of a carrier noun, without the article: its gender, if it is one. */
export const carrierGender = (w: string): 'm' | 'f' | undefined => SAYING_CARRIERS.get(w.startsWith('ال') ? w.slice(2) : w);

/** Strips a single conjunction و/ف from a normalised word. */
export function bare(norm: string): string {
  const c = norm.charCodeAt(0);
  return (c === 0x648 || c === 0x641) && norm.length > 2 ? norm.slice(1) : norm;
}

/** The entity types a description of each role class may stand for (الصحيفة → ORG, المتحدث → PER). */
export const ENTITY_TYPE_OF_ROLE: Record<string, EntityType[]> = {
  newspaper: ['ORG'], agency: ['ORG'], site: ['ORG'], channel: ['ORG'], ministry: ['ORG'], body: ['ORG', 'GPE'],
  spokesman: ['PER'], minister: ['PER'], president: ['PER'], official: ['PER'],
};
/** Words of the frame between a verb's subject and its content (خلال، أمام، أمس …). */
export const FRAME_WORDS = new Set(['في', 'وفي', 'خلال', 'عبر', 'لدي', 'امام', 'مساء', 'صباح', 'امس', 'اليوم', 'ل', 'مع', 'بعد', 'قبل',
  'عقب', 'اثناء', 'علي', 'الي', 'النقاب', 'بهذا', 'بهذه', 'بذلك', 'ـ', '-', ...REFUSAL]);

/** Titles of one man (المتحدث، مدير، الوزير), normalised, without ال: the speaker a masculine singular form asks for. */
export const ONE_MAN_TITLES = ['متحدث', 'ناطق', 'مسؤول', 'مسئول', 'مستشار', 'مدير', 'رئيس', 'وزير', 'عضو', 'نائب', 'مندوب', 'سفير',
  'خبير', 'محلل', 'مراقب', 'قائد', 'ضابط'];

/** A head among `titles`, with or without ال. */
export function titleHeads(titles: readonly string[]): RegExp {
  return new RegExp(`^(ال)?(${titles.join('|')})$`);
}

/** Verbs of plain saying (قال، أضاف، تابع …), normalised: they name no stance or manner of the words. */
export const PLAIN_SAYING_VERBS: ReadonlySet<string> = new Set(['قال', 'أضاف', 'تابع', 'استطرد', 'أردف'].map((w) => normaliseString(w)));
