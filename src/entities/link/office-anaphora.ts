/**
 * An office said again without the name stands for the one person the
 * document introduced with it: «استنكر مفتي مصر الدكتور شوقي علام … وندد
 * المفتي»، «افتتح مدير المركز الدكتور X … وقدم مدير المركز التهنئة»، «رئيس
 * الوزراء العراقي حيدر العبادي … إن رئيس الوزراء شن». Arabic news names a
 * person once with the office before the name and goes on with the office
 * alone, definite (المفتي، السفير) or in construct with what it governs
 * (مدير المركز، رئيس الوزراء), with its nisba where it has one (السفير
 * الأمريكي). The description is given to the person only when exactly one
 * person named before carries that office, its complement and its nisba in
 * the title phrase before their name.
 *
 * الوزير، المتحدث، الرئيس، الأمير، الملك alone are read by describe.ts (by
 * the roles of the latest fitting person); رئيس, which heads the titles of
 * many offices (رئيس الوزراء، رئيس البرلمان), is read here only with its
 * complement. A definite office with a nisba (الرئيس الإيراني) stays with the
 * state its nisba names, as the other modules read it.
 */
import type { Entity, Token } from '../../core/types.js';
import { cutOffset, isWordLike } from './words.js';

/** Offices one person holds in a report, without the article (ة read as ه). Ranks (لواء، عقيد) are shared by many. */
const OFFICES = new Set([
  'رئيس', 'رئيسه', 'وزير', 'وزيره', 'مفتي', 'سفير', 'سفيره', 'مدير', 'مديره', 'محافظ', 'عاهل', 'قائد', 'زعيم', 'امين', 'مندوب',
  'مرشد', 'نقيب', 'متحدث', 'ناطق', 'امير', 'ملك',
]);

/** Offices that alone (with the article, no complement) are another module's or too many persons' (see the file comment). */
const NOT_ALONE = new Set(['رئيس', 'رئيسه', 'وزير', 'وزيره', 'متحدث', 'ناطق', 'امير', 'ملك']);

/** Nouns before an office that make it another's: نائب المفتي، مستشار السفير، مكتب المدير. */
const RELATIONAL = new Set([
  'نائب', 'نائبه', 'مساعد', 'مساعده', 'مستشار', 'مستشاره', 'مكتب', 'ديوان', 'زوجه', 'ابن', 'ابنه', 'شقيق', 'شقيقه', 'حرس', 'موكب', 'سكرتير',
  'سكرتيره', 'مرافق', 'مرافقه',
]);

/** Adjectives of an office that make it another one (المدير الإقليمي، الهيئة الملكية، الأمين العام): nisba-shaped or of rank. */
const OFFICE_ADJECTIVE = /^ال.+(ي|يه)$|^ال(عام|عامه|اعلي|اول|تنفيذي|مكلف|سابق|اسبق|جديد)$/;

/** Honorifics and ranks in a title phrase (معالي، سمو، الدكتور without its article is دكتور). */
const HONORIFICS = new Set(['معالي', 'سمو', 'صاحب', 'فخامه', 'سعاده', 'دوله', 'جلاله', 'سماحه', 'فضيله', 'دكتور', 'شيخ', 'مهندس', 'استاذ', 'سيد', 'امير']);

/** How many words before a person's name its title phrase may take. */
const TITLE_REACH = 7;

/** A word's forms without a conjunction and without the article: والمفتي → المفتي, مفتي. */
function readings(norm: string): string[] {
  const out = [norm];
  // للأمم → الامم، لمنظمة → منظمه: a body after an office (الأمين العام للأمم المتحدة).
  if (norm.startsWith('لل') && norm.length > 4) out.push(`ال${norm.slice(2)}`);
  else if (norm.startsWith('ل') && norm.length > 3) out.push(norm.slice(1));
  const noConj = /^(و|ف)../.test(norm) ? norm.slice(1) : undefined;
  if (noConj) out.push(noConj);
  for (const w of [...out]) if (w.startsWith('ال') && w.length > 3) out.push(w.slice(2));
  return out;
}

interface Description {
  office: string;
  /** The complement and nisbas that must be in the holder's title phrase, without the article. */
  words: string[];
  /** Letters of و/ف before the office. */
  cut: number;
  /** The last token of the description. */
  last: number;
}

/** Adds the office descriptions said without a name as mentions of their one holder. */
export function officeAnaphora(text: string, tokens: readonly Token[], entities: readonly Entity[]): void {
  const inMention = new Set<number>();
  const personName = new Map<number, Entity>();
  const adjectiveAt = new Set<number>();
  const nameAt = new Set<number>();
  const personAt = new Set<number>();
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.end > offset);
  for (const e of entities) {
    for (const m of e.mentions) {
      for (let k = tokenAt(m.start); k >= 0 && k < tokens.length && tokens[k]!.start < m.end; k++) {
        inMention.add(k);
        if (e.type === 'PER' && (m.kind ?? 'name') === 'name') personName.set(k, e);
        if (m.kind === 'adjective') adjectiveAt.add(k);
        if ((m.kind ?? 'name') === 'name') nameAt.add(k);
        if (e.type === 'PER') personAt.add(k);
      }
    }
  }

  // A word a title phrase holds: offices, honorifics, definite words (الخارجية، الأمريكي), a body after ل or ب, names (مفتي مصر).
  const isTitleWord = (j: number): boolean =>
    readings(tokens[j]!.norm).some((w) => OFFICES.has(w) || RELATIONAL.has(w) || HONORIFICS.has(w) || /^(ال|ل|ب)/.test(w)) || nameAt.has(j);

  const descriptionAt = (i: number): Description | undefined => {
    const t = tokens[i]!;
    if (!isWordLike(t) || inMention.has(i)) return undefined;
    const forms = readings(t.norm);
    const office = forms.find((w) => OFFICES.has(w));
    if (office === undefined) return undefined;
    const definite = forms.includes(`ال${office}`);
    const cut = t.norm.length - (definite ? office.length + 2 : office.length);
    if (cut > 1) return undefined;
    const prev = tokens[i - 1];
    if (prev && prev.sentence === t.sentence && readings(prev.norm).some((w) => RELATIONAL.has(w))) return undefined;
    // Right after a person's title or name it is one more title of theirs (نائب خادم الحرمين الشريفين وزير الداخلية),
    // also past a comma (حمد العمر، رئيس الفريق).
    if (personAt.has(i - 1) || (prev !== undefined && !isWordLike(prev) && personAt.has(i - 2))) return undefined;
    // The title of a person named a few words on (المدير الإقليمي للحملة الدكتور X): that person's own.
    for (let j = i + 1; j < tokens.length && j - i <= TITLE_REACH && tokens[j]!.sentence === t.sentence && isWordLike(tokens[j]); j++) {
      if (personName.has(j)) return undefined;
      if (!isTitleWord(j)) break;
    }
    const words: string[] = [];
    let k = i + 1;
    const same = (j: number) => tokens[j] !== undefined && tokens[j]!.sentence === t.sentence && isWordLike(tokens[j]);
    // The complement of an office in construct (مدير المركز، رئيس الوزراء).
    if (!definite) {
      // A body described again may be the complement (مدير المركز), a body named is another title (مدير شرطة الرياض).
      if (!same(k) || !tokens[k]!.norm.startsWith('ال') || nameAt.has(k) || adjectiveAt.has(k)) return undefined;
      words.push(tokens[k]!.norm.slice(2));
      k++;
    }
    // A definite office with a nisba (الرئيس الإيراني) is read with the state it names, as before.
    if (definite && same(k) && adjectiveAt.has(k)) return undefined;
    // Its nisbas and adjectives (السفير الأمريكي، رئيس الوزراء العراقي، رئيس الهيئة الملكية) and the body after ل
    // (الأمين العام لمنظمة …): the holder's title must have them too.
    while (same(k) && tokens[k]!.norm.startsWith('ال') && (adjectiveAt.has(k) || OFFICE_ADJECTIVE.test(tokens[k]!.norm))) {
      words.push(tokens[k]!.norm.slice(2));
      k++;
    }
    if (same(k) && /^ل/.test(tokens[k]!.norm) && !/^ل(ل)?(ا|ه|هم|ها)$/.test(tokens[k]!.norm)) {
      const body = readings(tokens[k]!.norm).find((w) => w !== tokens[k]!.norm && !w.startsWith('ال'))
        ?? readings(tokens[k]!.norm).find((w) => w.startsWith('ال'))?.slice(2);
      if (body !== undefined && body.length > 2) words.push(body);
    }
    // A name right after the office is its holder, named there (المفتي شوقي علام).
    if (personName.has(k)) return undefined;
    if (definite && words.length === 0 && NOT_ALONE.has(office)) return undefined;
    return { office, words, cut, last: k - 1 };
  };

  // The words of the title phrase before a name, back to a mark or another person's name.
  const titleWordsBefore = (first: number): Set<string> => {
    const out = new Set<string>();
    for (let j = first - 1; j >= 0 && first - j <= TITLE_REACH; j--) {
      const t = tokens[j]!;
      if (t.sentence !== tokens[first]!.sentence || !isWordLike(t)) break;
      if (personName.has(j) && personName.get(j) !== personName.get(first)) break;
      const forms = readings(t.norm);
      // A word of another kind (شكره، استنكر) ends the phrase, but for an indefinite noun in construct inside it
      // (مدير مستشفى الصحة) or right after an office (محافظ أملج).
      const construct = j + 1 < first && tokens[j + 1]!.norm.startsWith('ال');
      const afterOffice = j > 0 && readings(tokens[j - 1]!.norm).some((w) => OFFICES.has(w));
      if (!isTitleWord(j) && !construct && !afterOffice) break;
      for (const w of forms) out.add(w);
    }
    return out;
  };

  for (let i = 0; i < tokens.length; i++) {
    const d = descriptionAt(i);
    if (!d) continue;
    const start = tokens[i]!.start;
    const holders = new Set<Entity>();
    for (let k = 0; k < i; k++) {
      const e = personName.get(k);
      if (!e || personName.get(k - 1) === e) continue;
      const words = titleWordsBefore(k);
      if (words.has(d.office) && d.words.every((w) => words.has(w) || words.has(`ال${w}`))) holders.add(e);
    }
    if (holders.size !== 1) continue;
    const e = [...holders][0]!;
    if (!e.mentions.some((m) => m.start < start)) continue;
    e.mentions.push({ start: cutOffset(tokens[i]!, text, d.cut), end: tokens[d.last]!.end, kind: 'description' });
    e.mentions.sort((a, b) => a.start - b.start);
    i = d.last;
  }
}
