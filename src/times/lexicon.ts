import { lazy, readDataJson } from '../resources/data-files.js';
import { normaliseString } from '../text/normalise/normalise.js';
import { PhraseTable } from '../quantities/lexicon.js';

/** The calendar lexicon (data/times/calendar.json), folded and compiled once. */

interface CalendarFile {
  gregorian: Record<string, string[]>;
  gregorianNeedsContext: string[];
  hijri: Record<string, string[]>;
  hijriNeedsContext: string[];
  monthWord: string[];
  hijriMarkers: string[];
  gregorianMarkers: string[];
  weekdays: Record<string, string[]>;
  partsOfDay: string[];
  deictic: Record<string, string[]>;
  relativeUnits: Record<string, string[]>;
  past: string[];
  future: string[];
  current: string[];
  demonstratives: string[];
  vaguePlurals: string[];
  decades: string[];
  placeNouns: string[];
  vagueTails: string[];
  spanModifiers: string[];
  agoWords: string[];
  afterWords: string[];
  clockWord: string[];
  yearCues: string[];
  yearPrepositions: string[];
  partsOfDayAdverbs: string[];
  hijriContext: string[];
  clockHours: Record<string, number>;
  approximators: string[];
  sameAs: string[];
}

export interface MonthValue {
  calendar: 'gregorian' | 'hijri';
  month: number;
  /** Also an ordinary word or a name: a month only next to a day, a year or شهر. */
  needsContext: boolean;
}

export interface CalendarLexicon {
  months: PhraseTable<MonthValue>;
  monthWord: Set<string>;
  hijriMarkers: Set<string>;
  gregorianMarkers: Set<string>;
  weekdays: Map<string, number>;
  partsOfDay: PhraseTable<true>;
  deictic: PhraseTable<number>;
  relativeUnits: Map<string, 'week' | 'month' | 'year'>;
  direction: Map<string, -1 | 0 | 1>;
  demonstratives: Set<string>;
  vaguePlurals: Set<string>;
  /** السبعينيات: a decade, a time without a calendar value. */
  decades: Set<string>;
  /** مدينة 6 أكتوبر، ثورة 25 يناير: a date that names a place or an event. */
  placeNouns: Set<string>;
  vagueTails: Set<string>;
  spanModifiers: Set<string>;
  agoWords: Set<string>;
  afterWords: Set<string>;
  clockWord: Set<string>;
  yearCues: Set<string>;
  yearPrepositions: Set<string>;
  partsOfDayAdverbs: Set<string>;
  hijriContext: Set<string>;
  clockHours: PhraseTable<number>;
  approximators: PhraseTable<true>;
  sameAs: Set<string>;
}

const n = (s: string): string => normaliseString(s);
const set = (l: readonly string[]): Set<string> => new Set(l.map(n));

export const calendarLexicon = lazy((): CalendarLexicon => {
  const f = readDataJson<CalendarFile>('times/calendar.json');
  const months = new PhraseTable<MonthValue>();
  const gNeeds = set(f.gregorianNeedsContext);
  const hNeeds = set(f.hijriNeedsContext);
  for (const [m, forms] of Object.entries(f.gregorian)) {
    for (const form of forms) months.add(form, { calendar: 'gregorian', month: Number(m), needsContext: gNeeds.has(n(form)) });
  }
  for (const [m, forms] of Object.entries(f.hijri)) {
    for (const form of forms) months.add(form, { calendar: 'hijri', month: Number(m), needsContext: hNeeds.has(n(form)) });
  }
  const weekdays = new Map<string, number>();
  for (const [d, forms] of Object.entries(f.weekdays)) for (const form of forms) weekdays.set(n(form), Number(d));
  const partsOfDay = new PhraseTable<true>();
  for (const p of f.partsOfDay) partsOfDay.add(p, true);
  const deictic = new PhraseTable<number>();
  for (const [off, forms] of Object.entries(f.deictic)) for (const form of forms) deictic.add(form, Number(off));
  const relativeUnits = new Map<string, 'week' | 'month' | 'year'>();
  for (const [u, forms] of Object.entries(f.relativeUnits)) {
    for (const form of forms) relativeUnits.set(n(form), u as 'week' | 'month' | 'year');
  }
  const direction = new Map<string, -1 | 0 | 1>();
  for (const w of f.past) direction.set(n(w), -1);
  for (const w of f.future) direction.set(n(w), 1);
  for (const w of f.current) direction.set(n(w), 0);
  const clockHours = new PhraseTable<number>();
  for (const [w, h] of Object.entries(f.clockHours)) clockHours.add(w, h);
  const approximators = new PhraseTable<true>();
  for (const w of f.approximators) approximators.add(w, true);
  return {
    partsOfDayAdverbs: set(f.partsOfDayAdverbs),
    hijriContext: set(f.hijriContext),
    clockHours,
    approximators,
    sameAs: set(f.sameAs),
    months,
    monthWord: set(f.monthWord),
    hijriMarkers: set(f.hijriMarkers),
    gregorianMarkers: set(f.gregorianMarkers),
    weekdays,
    partsOfDay,
    deictic,
    relativeUnits,
    direction,
    demonstratives: set(f.demonstratives),
    vaguePlurals: set(f.vaguePlurals),
    decades: set(f.decades),
    placeNouns: set(f.placeNouns),
    vagueTails: set(f.vagueTails),
    spanModifiers: set(f.spanModifiers),
    agoWords: set(f.agoWords),
    afterWords: set(f.afterWords),
    clockWord: set(f.clockWord),
    yearCues: set(f.yearCues),
    yearPrepositions: set(f.yearPrepositions),
  };
});
