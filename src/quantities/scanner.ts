/**
 * One left-to-right scanner for quantities and times, shared by the two
 * stages so that a number inside a date is a time and never a quantity.
 * It works on the normalised view (see text/normalise) and maps every span
 * back to the original text.
 */
import type { Quantity, QuantityKind, TimeExpr } from '../core/types.js';
import { normalise, toOriginal, type NormalisedText } from '../text/normalise/normalise.js';
import { calendarLexicon, type CalendarLexicon, type MonthValue } from '../times/lexicon.js';
import {
  addDays, addMonths, daysInMonth, dayNumberToHijri, fmtDay, fmtMonth, fmtYear, hijriMonthToGregorian,
  hijriToGregorian, hijriYearToGregorian, isoWeek, isValidYmd, parseDocDate, toDayNumber, weekday, type Ymd,
} from '../times/dates.js';
import {
  lookupClitic, numberLexicon, PREFIXES_DEFINITE, PREFIXES_PLAIN, quantityLexicon, stemsOf, type CurrencyValue, type PhraseTable,
  type QuantityLexicon, type UnitValue,
} from './lexicon.js';
import { fractionOf, parseDigits, parseNumberWords, parseOrdinal, scaleOf } from './number-words.js';
import { scanTokens, type ScanToken } from './scan-tokens.js';

export interface ScanResult {
  quantities: Quantity[];
  times: TimeExpr[];
}

interface Hit<V> {
  value: V;
  /** Token index one past the phrase. */
  end: number;
}

/** A number phrase: digits or words, with its scale. */
interface NumPhrase {
  start: number;
  end: number;
  value: number | null;
  vague: boolean;
  weak: boolean;
  /** Digits only, no scale, no words (a candidate year or phone). */
  bareDigits: boolean;
  /** A dual unit word (يومين، مرتين) already gave the unit. */
  unitHit?: { kind: QuantityKind; unit: string | null; end: number; value: number };
}

interface TimeHit {
  start: number;
  end: number;
  value: string | null;
  /** A duration inside the time (منذ ستة سنوات). */
  quantity?: { start: number; end: number; value: number; unit: string };
  /** A second duration (السنوات الأربع أو الخمس: الخمس). */
  quantity2?: { start: number; end: number; value: number; unit: string };
  /** The expression names a year (for عامي 2014 و2015). */
  year?: boolean;
  /** The day of the month of a date (for ranges: السابع وحتى التاسع من محرم). */
  day?: number;
}

const CONNECTIVES = new Set(['الي', 'حتي', 'او', 'و', '-', '–', '/', 'ال']);

export class Scanner {
  private readonly toks: ScanToken[];
  /** Word text of each token, '' for non-words. */
  private readonly words: string[];
  private readonly q: QuantityLexicon;
  private readonly cal: CalendarLexicon;
  private readonly doc: Ymd | undefined;
  private readonly quantities: Quantity[] = [];
  private readonly times: TimeExpr[] = [];
  private countryCodes: Map<string, string> | undefined;
  /** Normalised-span quantities before mapping, to propagate units across ranges. */
  private readonly pending: (Quantity & { t0: number; t1: number; open: boolean })[] = [];
  private lastYearEnd = -1;
  private lastPhone = -100;

  constructor(private readonly view: NormalisedText, date: string | undefined) {
    this.toks = scanTokens(view.text);
    this.words = this.toks.map((t) => (t.k === 'w' ? t.t : ''));
    this.q = quantityLexicon();
    this.cal = calendarLexicon();
    this.doc = parseDocDate(date);
  }

  run(): ScanResult {
    const n = this.toks.length;
    let i = 0;
    while (i < n) {
      const tk = this.toks[i] as ScanToken;
      if ((tk.k === 'w' && !isCandidate(tk.t)) || (tk.k === 'l' && !this.q.symbols.has(tk.t))) {
        i++;
        continue;
      }
      if (tk.k === 'n' && this.cal.placeNouns.has(stripWaw(this.word(i - 1)))) {
        const named = this.dayMonth(i);
        if (named) {
          i = named.end;
          continue;
        }
      }
      const t = this.matchTime(i);
      if (t) {
        this.emitTime(t);
        i = t.end;
        continue;
      }
      const q = this.matchQuantity(i);
      if (q > i) {
        i = q;
        continue;
      }
      i++;
    }
    this.propagateRanges();
    for (const p of this.pending) {
      const span = toOriginal(this.view, (this.toks[p.t0] as ScanToken).s, (this.toks[p.t1 - 1] as ScanToken).e);
      this.quantities.push({ start: span.start, end: span.end, kind: p.kind, value: p.value, unit: p.unit });
    }
    return { quantities: this.quantities, times: this.times };
  }

  // ---------------------------------------------------------------- helpers

  private tok(i: number): ScanToken | undefined {
    return this.toks[i];
  }

  private word(i: number): string {
    return this.words[i] ?? '';
  }

  private isPunct(i: number, chars?: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.k === 'p' && (chars === undefined || chars.includes(t.t));
  }

  /** Matches a phrase table at token i; the first word may carry a proclitic. */
  private phrase<V>(table: PhraseTable<V>, i: number, prefixes: readonly string[] = ['']): Hit<V> & { prefix: number } | undefined {
    const first = this.toks[i];
    if (!first) return undefined;
    const stems = first.k === 'w' ? stemsOf(first.t, prefixes) : [{ stem: first.t, prefix: 0 }];
    for (const { stem, prefix } of stems) {
      for (const cand of table.candidates(stem)) {
        let ok = true;
        for (let k = 1; k < cand.words.length; k++) {
          const t = this.toks[i + k];
          if (!t || t.t !== cand.words[k] || (t.k === 'n' && t.prefix)) {
            ok = false;
            break;
          }
        }
        if (ok) return { value: cand.value, end: i + cand.words.length, prefix };
      }
    }
    return undefined;
  }

  private digitsAt(i: number): number | undefined {
    const t = this.toks[i];
    if (!t || t.k !== 'n' || t.name) return undefined;
    return parseDigits(t.t);
  }

  /** An integer written in plain digits (no separators) at token i. */
  private intAt(i: number, allowPrefix = false): number | undefined {
    const t = this.toks[i];
    if (!t || t.k !== 'n' || t.name || (t.prefix && !allowPrefix) || !/^[0-9]+$/.test(t.t)) return undefined;
    return Number(t.t);
  }

  private emitTime(t: TimeHit): void {
    const span = toOriginal(this.view, (this.toks[t.start] as ScanToken).s, (this.toks[t.end - 1] as ScanToken).e);
    this.times.push({ start: span.start, end: span.end, value: t.value });
    if (t.quantity) {
      this.pending.push({
        start: 0, end: 0, kind: 'duration', value: t.quantity.value, unit: t.quantity.unit,
        t0: t.quantity.start, t1: t.quantity.end, open: false,
      });
    }
    if (t.quantity2) {
      this.pending.push({
        start: 0, end: 0, kind: 'duration', value: t.quantity2.value, unit: t.quantity2.unit,
        t0: t.quantity2.start, t1: t.quantity2.end, open: false,
      });
    }
    this.lastYearEnd = t.year ? t.end : -1;
  }

  // ---------------------------------------------------------------- times

  private matchTime(i: number): TimeHit | undefined {
    const cal = this.cal;
    const w = this.word(i);
    const part = this.partOfPeriod(i);
    if (part) return part;
    // A modifier (مطلع، نهاية، منتصف…) joins the time after it.
    if (w && cal.spanModifiers.has(stripWaw(w))) {
      const inner = this.matchTimeCore(i + 1);
      if (inner && inner.start === i + 1) return { ...inner, start: i, quantity: undefined, quantity2: undefined };
    }
    return this.matchTimeCore(i);
  }

  /**
   * الربع الأول من العام الجاري، النصف الثاني من عام 2015: a part of a
   * period is one time with the period's value (null for a bare العام).
   */
  private partOfPeriod(i: number): TimeHit | undefined {
    const w = stripWaw(this.word(i));
    if (!w || !PERIOD_PARTS.has(stemsOf(w, PREFIXES_PLAIN).map((x) => x.stem).find((x) => PERIOD_PARTS.has(x)) ?? '')) return undefined;
    const ord = parseOrdinal(this.words, i + 1);
    if (!ord) return undefined;
    let j = i + 1 + ord.length;
    if (this.word(j) !== 'من') return undefined;
    j++;
    const inner = this.relativeUnit(j) ?? this.yearExpr(j) ?? this.monthExpr(j);
    if (inner && inner.start === j) return { start: i, end: inner.end, value: inner.value };
    const unit = stemsOf(this.word(j), PREFIXES_PLAIN).some((x) => this.cal.relativeUnits.get(x.stem) === 'year');
    if (unit) return { start: i, end: j + 1, value: null };
    return undefined;
  }

  private matchTimeCore(i: number): TimeHit | undefined {
    return (
      this.numericDate(i) ??
      this.dayMonth(i) ??
      this.dayRange(i) ??
      this.clock(i) ??
      this.partOfDay(i) ??
      this.deictic(i) ??
      this.weekdayExpr(i) ??
      this.monthExpr(i) ??
      this.relativeUnit(i) ??
      this.agoExpr(i) ??
      this.vaguePlural(i) ??
      this.decade(i) ??
      this.yearExpr(i)
    );
  }

  /** A year number after a month or a cue: Gregorian 1000–2200, Hijri 1300–1500 (with هـ, or when not Gregorian). */
  private yearAt(i: number, allowPrefix = false): { end: number; year: number; hijri: boolean } | undefined {
    const y = this.intAt(i, allowPrefix);
    const t = this.tok(i);
    if (y === undefined || !t || t.t.length !== 4) return undefined;
    let end = i + 1;
    let hijri = y >= 1300 && y <= 1500;
    const mk = this.word(end);
    if (mk && this.cal.hijriMarkers.has(mk)) {
      hijri = true;
      end++;
    } else if (mk && this.cal.gregorianMarkers.has(mk)) {
      hijri = false;
      end++;
    }
    if (!hijri && (y < 1000 || y > 2200)) return undefined;
    return { end, year: y, hijri };
  }

  private yearValue(y: { year: number; hijri: boolean }): string {
    return fmtYear(y.hijri ? hijriYearToGregorian(y.year) : y.year);
  }

  /** 6/8/2015, 2015-08-06, 21/10/1436هـ. */
  private numericDate(i: number): TimeHit | undefined {
    const a = this.intAt(i);
    if (a === undefined) return undefined;
    const sep = this.tok(i + 1);
    if (!sep || sep.k !== 'p' || !'/-'.includes(sep.t) || sep.gap) return undefined;
    const b = this.intAt(i + 2);
    const sep2 = this.tok(i + 3);
    if (b === undefined || (this.tok(i + 2) as ScanToken).gap || !sep2 || sep2.t !== sep.t || sep2.gap) return undefined;
    const c = this.intAt(i + 4);
    const ct = this.tok(i + 4);
    if (c === undefined || !ct || ct.gap) return undefined;
    let y: number;
    let m: number;
    let d: number;
    const at = this.tok(i) as ScanToken;
    if (at.t.length === 4) [y, m, d] = [a, b, c];
    else if (ct.t.length === 4) [y, m, d] = [c, b, a];
    else return undefined;
    let end = i + 5;
    let hijri = y >= 1300 && y <= 1500;
    const mk = this.word(end);
    if (mk && this.cal.hijriMarkers.has(mk)) {
      hijri = true;
      end++;
    } else if (mk && this.cal.gregorianMarkers.has(mk)) end++;
    let value: string | null = null;
    if (hijri) {
      const g = hijriToGregorian(y, m, d);
      value = g ? fmtDay(g) : null;
    } else if (isValidYmd({ y, m, d })) value = fmtDay({ y, m, d });
    else if (isValidYmd({ y, m: d, d: m })) value = fmtDay({ y, m: d, d: m });
    else return undefined;
    return { start: i, end, value };
  }

  /** A month name at i, respecting the names that need context. */
  private monthAt(i: number): (Hit<MonthValue> & { prefix: number }) | undefined {
    const m = this.phrase(this.cal.months, i, PREFIXES_PLAIN);
    if (!m) return undefined;
    // يوليو - تموز، أكتوبر (تشرين الأول): the same month in a second system joins it.
    if (this.isPunct(m.end, '-–(/')) {
      const other = this.phrase(this.cal.months, m.end + 1);
      if (other && other.value.month === m.value.month && other.value.calendar === m.value.calendar) {
        let end = other.end;
        if (this.isPunct(m.end, '(')) {
          if (!this.isPunct(end, ')')) return m;
          end++;
        }
        return { ...m, end };
      }
    }
    return m;
  }

  /** 6 أغسطس 2015، الخميس 6 أغسطس، 21 شوال 1436هـ. */
  private dayMonth(i: number): TimeHit | undefined {
    let j = i;
    let start = i;
    // يوم الخميس 6 أغسطس: a weekday directly before the date joins it.
    const wd = this.weekdayAt(i);
    if (wd) {
      j = wd.end;
      if (this.isPunct(j, '،,')) j++;
      // يوم الجمعة ٨-١٠-١٤٣٦، يوم السبت ٢-١٠: a numeric date after the weekday joins it.
      const nd = this.numericDate(j) ?? this.dayMonthNumeric(j, wd.day);
      if (nd) return { ...nd, start: wd.start };
    } else if (stripWaw(this.word(i)) === 'يوم') j++;
    let day = this.intAt(j, true);
    let k = j + 1;
    if (day === undefined) {
      // السابع من محرم، الخامس عشر من شهر شوال: an ordinal day needs من.
      const ord = this.tok(j)?.k === 'w' ? parseOrdinal(this.words, j) : undefined;
      if (!ord || this.word(j + ord.length) !== 'من') return undefined;
      day = ord.value;
      k = j + ord.length;
    }
    if (day < 1 || day > 31) return undefined;
    // 25 الجاري، الخامس من الشهر الحالي: a day of a month named by its direction.
    const cur = this.currentMonthDay(wd ? wd.start : i, k, day);
    if (cur) return cur;
    if (this.word(k) === 'من') {
      k++;
      if (this.cal.monthWord.has(this.word(k)) && this.monthAt(k + 1)) k++;
    }
    const month = this.monthAt(k);
    if (!month) return undefined;
    start = wd ? wd.start : i;
    let end = month.end;
    const yk = this.isPunct(end, '،,') ? end + 1 : end;
    const yr = this.yearAt(yk);
    // التاسع من محرم المقبل، 23 أغسطس الجاري
    const dir = yr ? undefined : this.directionAt(end);
    if (yr) end = yr.end;
    else if (dir !== undefined) end++;
    const mv = month.value;
    let value: string | null = null;
    if (mv.calendar === 'gregorian') {
      const y = yr && !yr.hijri ? yr.year : this.nearestYear(mv.month, day, dir);
      if (y !== undefined && day <= daysInMonth(y, mv.month)) value = fmtDay({ y, m: mv.month, d: day });
    } else {
      const hy = yr ? yr.year : this.nearestHijriYear(mv.month, dir);
      if (hy !== undefined) {
        const g = hijriToGregorian(hy, mv.month, day);
        value = g ? fmtDay(g) : null;
      }
    }
    return { start, end, value, day };
  }

  /**
   * ٢-١٠ after a weekday: day and month without a year, read in the
   * calendar (Gregorian or Hijri, nearest year) whose date falls on that weekday.
   */
  private dayMonthNumeric(j: number, day: number): TimeHit | undefined {
    const d = this.intAt(j);
    const m = this.intAt(j + 2);
    const sep = this.tok(j + 1);
    if (d === undefined || m === undefined || !sep || sep.k !== 'p' || !'/-'.includes(sep.t) || sep.gap) return undefined;
    if ((this.tok(j + 2) as ScanToken).gap || d < 1 || d > 31 || m < 1 || m > 12) return undefined;
    if (this.isPunct(j + 3, '/-') && this.intAt(j + 4) !== undefined) return undefined;
    const doc = this.doc;
    if (!doc) return undefined;
    const cands: Ymd[] = [];
    const gy = this.nearestYear(m, d);
    if (gy !== undefined && d <= daysInMonth(gy, m)) cands.push({ y: gy, m, d });
    const hy = this.nearestHijriYear(m);
    const h = hy !== undefined ? hijriToGregorian(hy, m, d) : undefined;
    if (h) cands.push(h);
    const hit = cands.filter((c) => weekday(c) === day).sort((a, b) => Math.abs(toDayNumber(a) - toDayNumber(doc)) - Math.abs(toDayNumber(b) - toDayNumber(doc)))[0];
    if (!hit) return undefined;
    return { start: j, end: j + 3, value: fmtDay(hit) };
  }

  private currentMonthDay(start: number, k: number, day: number): TimeHit | undefined {
    let dir: -1 | 0 | 1 | undefined;
    let end: number;
    const w = this.word(k);
    if ((w === 'الجاري' || w === 'الحالي') && this.tok(start)?.k !== 'w') {
      dir = 0;
      end = k + 1;
    } else if (w === 'من' && this.cal.relativeUnits.get(this.word(k + 1)) === 'month') {
      dir = this.directionAt(k + 2);
      if (dir === undefined) return undefined;
      end = k + 3;
    } else return undefined;
    const doc = this.doc;
    let value: string | null = null;
    if (doc) {
      const m = addMonths(doc, dir);
      if (day <= daysInMonth(m.y, m.m)) value = fmtDay({ y: m.y, m: m.m, d: day });
    }
    return { start, end, value, day };
  }

  /** 19 إلى 21 أغسطس، بين 18 و22 أكتوبر: the first day takes the month of the second. */
  private dayRange(i: number): TimeHit | undefined {
    let day = this.intAt(i, true);
    let k = i + 1;
    if (day === undefined) {
      const ord = this.tok(i)?.k === 'w' ? parseOrdinal(this.words, i) : undefined;
      if (!ord) return undefined;
      day = ord.value;
      k = i + ord.length;
    }
    if (day < 1 || day > 31) return undefined;
    const first = k;
    const w = this.word(k);
    if (w === 'الي' || w === 'حتي' || w === 'وحتي' || w === 'والي' || this.isPunct(k, '-–')) k++;
    else if (!(this.tok(k)?.k === 'n' && this.tok(k)?.prefix === 1)) return undefined;
    const second = this.dayMonth(k);
    if (!second || second.start !== k) return undefined;
    let value: string | null = null;
    if (second.value !== null && second.value.length === 10 && second.day !== undefined) {
      const y = Number(second.value.slice(0, 4));
      const m = Number(second.value.slice(5, 7));
      const d = Number(second.value.slice(8, 10));
      value = fmtDay(addDays({ y, m, d }, day - second.day));
    }
    return { start: i, end: first, value };
  }

  /** The year that puts month/day nearest the document date. */
  private nearestYear(month: number, day = 15, dir?: -1 | 0 | 1): number | undefined {
    const doc = this.doc;
    if (!doc) return undefined;
    let best: number | undefined;
    let bestDist = Infinity;
    for (const y of [doc.y - 1, doc.y, doc.y + 1]) {
      const d = Math.min(day, daysInMonth(y, month));
      const delta = toDayNumber({ y, m: month, d }) - toDayNumber(doc);
      if ((dir === -1 && delta > 0) || (dir === 1 && delta < 0) || (dir === 0 && !(y === doc.y && month === doc.m))) continue;
      // News looks back more often than ahead: a future date counts double.
      const dist = delta > 0 ? 2 * delta : -delta;
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    return best;
  }

  private nearestHijriYear(month: number, dir?: -1 | 0 | 1): number | undefined {
    const doc = this.doc;
    if (!doc) return undefined;
    const h = dayNumberToHijri(toDayNumber(doc));
    if (!h) return undefined;
    let best: number | undefined;
    let bestDist = Infinity;
    for (const y of [h.y - 1, h.y, h.y + 1]) {
      const g = hijriToGregorian(y, month, 15);
      if (!g) continue;
      if (dir === 0 && !(y === h.y && month === h.m)) continue;
      if (dir === -1 && (y > h.y || (y === h.y && month > h.m))) continue;
      if (dir === 1 && (y < h.y || (y === h.y && month < h.m))) continue;
      const dist = Math.abs(toDayNumber(g) - toDayNumber(doc));
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    return best;
  }

  /** [يوم] الخميس: the weekday and where it ends. */
  private weekdayAt(i: number): { start: number; end: number; day: number } | undefined {
    let j = i;
    const w = this.word(j);
    if (w && stripWaw(w) === 'يوم') j++;
    const d = this.word(j);
    if (!d) return undefined;
    const hit = lookupClitic(this.cal.weekdays, d, PREFIXES_PLAIN);
    if (!hit) return undefined;
    // الاثنين معا، كلا الاثنين: "both", not Monday.
    if (hit.value === 1 && (this.word(j + 1) === 'معا' || this.word(j - 1) === 'كلا')) return undefined;
    return { start: i, end: j + 1, day: hit.value };
  }

  private directionAt(i: number): -1 | 0 | 1 | undefined {
    const w = this.word(i);
    if (!w || this.cal.demonstratives.has(w)) return undefined;
    return this.cal.direction.get(w);
  }

  /** الخميس، يوم الخميس الماضي، الجمعة المقبلة. */
  private weekdayExpr(i: number): TimeHit | undefined {
    const wd = this.weekdayAt(i);
    if (!wd) return undefined;
    let end = wd.end;
    const dir = this.directionAt(end);
    if (dir !== undefined) end++;
    return { start: i, end, value: this.resolveWeekday(wd.day, dir) };
  }

  private resolveWeekday(day: number, dir: -1 | 0 | 1 | undefined): string | null {
    const doc = this.doc;
    if (!doc) return null;
    const today = weekday(doc);
    let off: number;
    if (dir === -1) off = -(((today - day + 7) % 7) || 7);
    else if (dir === 1) off = ((day - today + 7) % 7) || 7;
    else {
      off = (day - today + 7) % 7;
      if (off > 3) off -= 7;
    }
    return fmtDay(addDays(doc, off));
  }

  /** أمس، اليوم، غدا، أول أمس، with a weekday after (أمس الأربعاء). */
  private deictic(i: number): TimeHit | undefined {
    const hit = this.phrase(this.cal.deictic, i, PREFIXES_PLAIN);
    if (!hit) return undefined;
    let end = hit.end;
    const stem = stemsOf(this.word(i), PREFIXES_PLAIN).map((s) => s.stem);
    const next = this.word(end);
    const wd = next ? lookupClitic(this.cal.weekdays, next, ['']) : undefined;
    if (!wd && this.isPunct(end, '(') && this.isPunct(end + 2, ')')) {
      // صباح اليوم (الخميس): the weekday in parentheses joins.
      const pw = lookupClitic(this.cal.weekdays, this.word(end + 1), ['']);
      if (pw) return { start: i, end: end + 3, value: this.deicticValue(hit.value, pw.value) };
    }
    if (wd) {
      // أمس الخميس 23 يوليو: the date after the weekday joins and decides.
      const date = this.dayMonth(end);
      if (date && date.start === end) return { start: i, end: date.end, value: date.value ?? this.deicticValue(hit.value, wd.value) };
      end++;
      return { start: i, end, value: this.deicticValue(hit.value, wd.value) };
    } else if ((stem.includes('اليوم') || stem.includes('الليله')) && hit.end === i + 1) {
      // اليوم الوطني، اليوم التالي، تلك الليلة: a day, not today.
      if (next.startsWith('ال') && !this.q.closers.has(next)) return undefined;
      if (DEMONSTRATIVE_FAR.has(this.word(i - 1))) return undefined;
      // على مدار اليوم، طوال اليوم: the length of a day; عين اليوم: a name.
      if (DAY_NOT_TODAY.has(stripWaw(this.word(i - 1)))) return undefined;
    }
    const doc = this.doc;
    return { start: i, end, value: doc ? fmtDay(addDays(doc, hit.value)) : null };
  }

  /**
   * أمس الأحد: when the named weekday is not the day the deictic word names
   * (the article was dated a day or two after it was written), the weekday
   * wins: the nearest such day on the deictic word's side of the date.
   */
  private deicticValue(offset: number, day: number): string | null {
    const doc = this.doc;
    if (!doc) return null;
    const d = addDays(doc, offset);
    const wd = weekday(d);
    if (wd === day) return fmtDay(d);
    if (offset <= 0) return fmtDay(addDays(d, -((wd - day + 7) % 7)));
    return fmtDay(addDays(d, (day - wd + 7) % 7));
  }

  /** صباح اليوم، مساء أمس، ليلة الخميس; the adverbs صباحا، مساء on their own. */
  private partOfDay(i: number): TimeHit | undefined {
    const hit = this.phrase(this.cal.partsOfDay, i, PREFIXES_PLAIN);
    if (!hit) return undefined;
    const anchor = this.deictic(hit.end) ?? this.dayMonth(hit.end) ?? this.weekdayExpr(hit.end);
    if (anchor && anchor.start === hit.end) return { start: i, end: anchor.end, value: anchor.value };
    const stem = stemsOf(this.word(i), PREFIXES_PLAIN).map((s) => s.stem);
    if (hit.end === i + 1 && stem.some((s) => this.cal.partsOfDayAdverbs.has(s))) {
      return { start: i, end: hit.end, value: null };
    }
    return undefined;
  }

  /** الساعة التاسعة مساء، الساعة 10:30 صباح اليوم. */
  private clock(i: number): TimeHit | undefined {
    const w = this.word(i);
    let j: number;
    if (w && stemsOf(w, PREFIXES_PLAIN).some((s) => this.cal.clockWord.has(s.stem))) {
      j = i + 1;
      const h = this.phrase(this.cal.clockHours, j);
      if (h) j = h.end;
      else {
        const d = this.intAt(j);
        const hhmm = this.tok(j)?.t.length === 4 && d !== undefined && Math.floor(d / 100) <= 24 && d % 100 < 60;
        if (d === undefined || (d > 24 && !hhmm)) return undefined;
        j++;
        if (this.isPunct(j, ':') && this.intAt(j + 1) !== undefined) j += 2;
      }
    } else if (this.phrase(this.cal.clockHours, i)) {
      // السابعة مساء: an hour word followed by a part of day.
      j = (this.phrase(this.cal.clockHours, i) as Hit<number>).end;
      const pod = this.word(j);
      if (!pod || !stemsOf(pod, PREFIXES_PLAIN).some((x) => this.cal.partsOfDayAdverbs.has(x.stem))) return undefined;
    } else {
      // 10:30 on its own.
      const d = this.intAt(i);
      if (d === undefined || d > 24 || !this.isPunct(i + 1, ':') || this.intAt(i + 2) === undefined) return undefined;
      if ((this.tok(i + 1) as ScanToken).gap || (this.tok(i + 2) as ScanToken).gap) return undefined;
      j = i + 3;
    }
    const frac = this.word(j);
    if (frac === 'والنصف' || frac === 'والربع' || frac === 'والثلث' || frac === 'الا') j += frac === 'الا' ? 2 : 1;
    else if (frac.startsWith('و') || this.tok(j)?.prefix === 1) {
      // الساعة العاشرة وعشرين دقيقة
      const mins = this.numberPhrase(j);
      const u = mins ? this.phrase(this.q.units, mins.end) : undefined;
      if (mins && u && u.value.unit === 'minute') j = u.end;
    }
    if (this.word(j) === 'من' && (this.phrase(this.cal.partsOfDay, j + 1, PREFIXES_PLAIN) || this.deictic(j + 1))) j++;
    let value: string | null = null;
    const pod = this.partOfDay(j);
    if (pod) {
      j = pod.end;
      value = pod.value;
    } else {
      const anchor = this.deictic(j) ?? this.weekdayExpr(j) ?? this.dayMonth(j);
      if (anchor) {
        j = anchor.end;
        value = anchor.value;
      }
    }
    return { start: i, end: j, value };
  }

  /** أغسطس، شهر أغسطس الماضي، يوليو 2015، رمضان المبارك، شوال 1436هـ. */
  private monthExpr(i: number): TimeHit | undefined {
    let j = i;
    const w = this.word(i);
    const withWord = w !== '' && stemsOf(w, PREFIXES_PLAIN).some((s) => this.cal.monthWord.has(s.stem));
    if (withWord) j++;
    const month = this.monthAt(j);
    if (!month) return undefined;
    let end = month.end;
    const mv = month.value;
    // يناير من العام الماضي: the month of a year named by its direction.
    if (this.word(end) === 'من') {
      const ry = this.relativeUnit(end + 1);
      if (ry && ry.start === end + 1 && ry.value !== null && ry.value.length === 4 && mv.calendar === 'gregorian') {
        return { start: i, end: ry.end, value: fmtMonth(Number(ry.value), mv.month) };
      }
    }
    const yk = this.isPunct(end, '،,') ? end + 1 : end;
    const yr = this.yearAt(yk);
    const dir = yr ? undefined : this.directionAt(end);
    const holy = !yr && dir === undefined && this.cal.hijriContext.has(this.word(end));
    const joined = month.end > j + 1 && this.isPunct(month.end - 1, ')-–/');
    if (mv.needsContext && !withWord && !yr && dir === undefined && !holy && !joined) return undefined;
    if (yr) end = yr.end;
    else if (dir !== undefined || holy) end++;
    const doc = this.doc;
    let value: string | null = null;
    if (mv.calendar === 'gregorian') {
      if (yr && !yr.hijri) value = fmtMonth(yr.year, mv.month);
      else if (doc) {
        let y = doc.y;
        if (dir === -1 && mv.month >= doc.m) y--;
        else if (dir === 1 && mv.month <= doc.m) y++;
        else if (dir === undefined) y = this.nearestYear(mv.month) ?? doc.y;
        value = fmtMonth(y, mv.month);
      }
    } else {
      let hy = yr && yr.hijri ? yr.year : undefined;
      if (hy === undefined && doc) {
        const h = dayNumberToHijri(toDayNumber(doc));
        if (h) {
          hy = h.y;
          if (dir === -1 && mv.month >= h.m) hy--;
          else if (dir === 1 && mv.month <= h.m) hy++;
          else if (dir === undefined) hy = this.nearestHijriYear(mv.month);
        }
      }
      if (hy !== undefined) value = fmtYear(hijriMonthToGregorian(hy, mv.month).y);
    }
    return { start: i, end, value };
  }

  /** الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام. */
  private relativeUnit(i: number): TimeHit | undefined {
    let j = i;
    const w = this.word(i);
    const demo = w !== '' && this.cal.demonstratives.has(stripWaw(w));
    if (demo) j++;
    const u = this.word(j);
    if (!u) return undefined;
    const hit = stemsOf(u, PREFIXES_PLAIN).find((s) => s.stem.startsWith('ال') && this.cal.relativeUnits.has(s.stem));
    if (!hit) return undefined;
    const unit = this.cal.relativeUnits.get(hit.stem) as 'week' | 'month' | 'year';
    let dir: -1 | 0 | 1 | undefined;
    let end = j + 1;
    if (demo) dir = 0;
    else {
      dir = this.directionAt(end);
      if (dir === undefined && this.cal.sameAs.has(this.word(end))) return { start: i, end: end + 1, value: null };
      if (dir === undefined) {
        // العام 2015 is a year.
        if (unit === 'year') {
          const yr = this.yearAt(end);
          if (yr) return { start: i, end: yr.end, value: this.yearValue(yr), year: true };
        }
        return undefined;
      }
      end++;
    }
    // العام الحالي 2015
    if (unit === 'year') {
      const yr = this.yearAt(end);
      if (yr) return { start: i, end: yr.end, value: this.yearValue(yr), year: true };
    }
    return { start: i, end, value: this.shift(unit, dir) };
  }

  private shift(unit: 'day' | 'week' | 'month' | 'year', n: number): string | null {
    const doc = this.doc;
    if (!doc) return null;
    switch (unit) {
      case 'day':
        return fmtDay(addDays(doc, n));
      case 'week':
        return isoWeek(addDays(doc, 7 * n));
      case 'month': {
        const m = addMonths(doc, n);
        return fmtMonth(m.y, m.m);
      }
      case 'year':
        return fmtYear(doc.y + n);
    }
  }

  /** قبل ثلاثة أيام، منذ عامين، بعد أسبوع. */
  private agoExpr(i: number): TimeHit | undefined {
    const w = this.word(i);
    if (!w) return undefined;
    const s = stripWaw(w);
    const ago = this.cal.agoWords.has(s);
    const after = this.cal.afterWords.has(s);
    if (!ago && !after) return undefined;
    let j = i + 1;
    const approx = this.phrase(this.cal.approximators, j);
    if (approx) j = approx.end;
    let n: number | null = null;
    let unit: string | undefined;
    let qStart = j;
    let end: number;
    const u1 = this.phrase(this.q.units, j);
    if (u1 && u1.value.kind === 'duration') {
      // قبل عام، منذ يومين، قبل سنوات
      const stem = this.word(j);
      unit = u1.value.unit;
      end = u1.end;
      // منذ عام 1969، منذ شهر مارس: the year or month, not "a year ago".
      if (this.yearAt(u1.end) !== undefined || this.monthAt(u1.end) !== undefined) return undefined;
      if (u1.value.dual !== undefined) n = u1.value.dual;
      else if (isPluralUnit(stem)) n = null;
      else n = 1;
    } else {
      const num = this.numberPhrase(j);
      if (!num || num.vague) return undefined;
      const u = this.phrase(this.q.units, num.end);
      if (!u || u.value.kind !== 'duration' || u.value.dual !== undefined) return undefined;
      n = num.value;
      unit = u.value.unit;
      end = u.end;
      qStart = num.start;
    }
    // قبل ثلاثة أيام من الانتخابات: relative to another event.
    const relToEvent = s !== 'منذ' && (this.word(end) === 'من' || this.word(end) === 'علي' || this.word(end) === 'عن');
    // بعد 11 عاما، قبل خمسة أيام من الانتخابات: a duration, not a date.
    if (after || relToEvent) return undefined;
    let value: string | null = null;
    // قبل نصف قرن، قبل عقدين: decades and centuries in whole years.
    if (n !== null && (unit === 'century' || unit === 'decade')) {
      const years = n * (unit === 'century' ? 100 : 10);
      if (Number.isInteger(years)) {
        n = years;
        unit = 'year';
      }
    }
    if (!relToEvent && n !== null && Number.isInteger(n)) {
      const sign = after ? 1 : -1;
      if (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year') value = this.shift(unit, sign * n);
      else if (unit === 'hour' || unit === 'minute' || unit === 'second') value = this.shift('day', 0);
    }
    const hit: TimeHit = { start: i, end, value };
    if (s === 'منذ' && n !== null && unit !== undefined) {
      hit.quantity = { start: qStart, end, value: n, unit };
    }
    return hit;
  }

  /** الأيام المقبلة، السنوات الأخيرة، الآونة الأخيرة: unresolvable. */
  private vaguePlural(i: number): TimeHit | undefined {
    const w = this.word(i);
    if (!w) return undefined;
    const stems = stemsOf(w, PREFIXES_PLAIN);
    if (!stems.some((s) => this.cal.vaguePlurals.has(s.stem))) return undefined;
    let j = i + 1;
    // السنوات العشر الماضية، السنوات الأربع أو الخمس المقبلة
    let quantity: TimeHit['quantity'];
    let quantity2: TimeHit['quantity'];
    if (this.definiteCardinalAt(j)) {
      const unit = DEFINITE_PLURAL_UNITS.get(this.word(i));
      const value = numberLexicon().units.get(stripWaw(this.word(j)).slice(2)) as number;
      if (unit) quantity = { start: i, end: j + 1, value, unit };
      j++;
      if ((this.word(j) === 'او' || this.word(j) === 'و') && this.definiteCardinalAt(j + 1)) {
        const v2 = numberLexicon().units.get(stripWaw(this.word(j + 1)).slice(2)) as number;
        if (quantity) quantity2 = { start: j + 1, end: j + 2, value: v2, unit: quantity.unit };
        j += 2;
      }
    }
    if (!this.cal.vagueTails.has(this.word(j))) return undefined;
    j++;
    if (this.cal.vagueTails.has(this.word(j))) j++;
    return { start: i, end: j, value: null, quantity, quantity2 };
  }

  /** السبعينيات: a decade, no calendar value in the contract's forms. */
  private decade(i: number): TimeHit | undefined {
    const w = this.word(i);
    if (!w) return undefined;
    const stems = stemsOf(w, PREFIXES_PLAIN);
    let end = i + 1;
    if (!stems.some((s) => this.cal.decades.has(s.stem))) {
      // خمسينيات القرن الماضي: a decade in construct with its century.
      if (!stems.some((s) => this.cal.decades.has('ال' + s.stem)) || this.word(end) !== 'القرن') return undefined;
      end++;
      const tail = this.word(end);
      if (this.directionAt(end) !== undefined || tail === 'العشرين' || tail === 'التاسع') end += tail === 'التاسع' ? 2 : 1;
    }
    const era = this.word(end);
    if (era === 'الميلاديه' || era === 'الميلادي' || era === 'الهجريه') end++;
    return { start: i, end, value: null };
  }

  /** عام 2015، لعام 1436هـ، 2015م، في 2015، عامي 2014 و2015. */
  private yearExpr(i: number): TimeHit | undefined {
    const w = this.word(i);
    if (w && this.cal.yearCues.has(w)) {
      const yr = this.yearAt(i + 1);
      if (yr) return { start: i, end: yr.end, value: this.yearValue(yr), year: true };
      return undefined;
    }
    const t = this.tok(i);
    if (!t || t.k !== 'n') return undefined;
    // و2015 / -2015 after a year.
    if (this.lastYearEnd >= 0 && (i === this.lastYearEnd || (i === this.lastYearEnd + 1 && this.isPunct(i - 1, '-–/')))) {
      const yr = this.yearAt(i, true);
      if (yr) return { start: i, end: yr.end, value: this.yearValue(yr), year: true };
    }
    const yr = this.yearAt(i, true);
    if (!yr) return undefined;
    if (yr.end > i + 1) return { start: i, end: yr.end, value: this.yearValue(yr), year: true };
    if (t.prefix && t.prefix > 1) return undefined;
    if (yr.year < 1900 || yr.year > 2100) return undefined;
    if (this.followedByUnit(i + 1)) return undefined;
    const prev = this.word(i - 1);
    const cue = prev !== '' && this.cal.yearPrepositions.has(prev);
    const next = this.tok(i + 1);
    const closes = !next || next.k === 'p' || (next.k === 'n' && next.prefix === 1) || (next.k === 'w' && this.q.closers.has(next.t)) ||
      // من 2010 وحتى 2014: a year range.
      (next.k === 'w' && RANGE_WORDS.has(next.t) && this.yearAt(i + 2) !== undefined && this.intAt(i + 2) !== undefined && (this.intAt(i + 2) as number) > yr.year);
    if (cue || (t.prefix === 1 && this.word(i - 1) === '') || (closes && yr.year >= 1800 && yr.year <= 2100)) {
      return { start: i, end: i + 1, value: this.yearValue(yr), year: true };
    }
    return undefined;
  }

  private followedByUnit(j: number): boolean {
    return (
      this.phrase(this.q.percent, j) !== undefined ||
      this.phrase(this.q.currencies, j, PREFIXES_DEFINITE) !== undefined ||
      this.phrase(this.q.units, j) !== undefined ||
      this.phrase(this.q.counted, j) !== undefined ||
      scaleOf(this.word(j)) !== undefined
    );
  }

  // ---------------------------------------------------------------- quantities

  /**
   * The number phrase at token i: digits (with a scale word, a continuation
   * و493 ألفا, ونصف), number words, fractions before a scale, vague plurals.
   */
  private numberPhrase(i: number): NumPhrase | undefined {
    const t = this.tok(i);
    if (!t) return undefined;
    if (t.k === 'n') {
      if (t.name) return undefined;
      let v = parseDigits(t.t);
      if (v === undefined) return undefined;
      let end = i + 1;
      // (50) ألف ريال
      if (this.isPunct(end, ')') && this.isPunct(i - 1, '(') && scaleOf(this.word(end + 1)) && /^[0-9]{1,3}$/.test(t.t)) end++;
      const sc = scaleOf(this.word(end));
      let bare = true;
      if (sc && sc.prefix === 0) {
        v *= sc.value;
        end++;
        bare = false;
        end = this.continuation(end, sc.value, (add) => (v = (v as number) + add));
      } else {
        const dual = this.word(end);
        const dv = dual ? lookupClitic(numberLexicon_duals(), dual, ['']) : undefined;
        if (dv !== undefined && dv.value >= 2000) {
          v *= dv.value / 2;
          end++;
          bare = false;
        }
      }
      let start = i;
      // (9000) ريال: the parentheses join the amount to its unit.
      if (bare && this.isPunct(end, ')') && this.isPunct(i - 1, '(') && this.followedByUnit(end + 1) && !scaleOf(this.word(end + 1))) {
        start = i - 1;
        end++;
        bare = false;
      }
      return { start, end, value: v, vague: false, weak: false, bareDigits: bare && !t.t.includes('.') && !t.t.includes(',') };
    }
    if (t.k !== 'w') return undefined;
    // نصف مليون، ربع قرن
    const fr = fractionOf(t.t);
    if (fr) {
      const sc = scaleOf(this.word(i + 1));
      if (sc && sc.prefix === 0 && !sc.plural) return { start: i, end: i + 2, value: fr.value * sc.value, vague: false, weak: false, bareDigits: false };
      const u = this.phrase(this.q.units, i + 1);
      if (u && u.value.dual === undefined) return { start: i, end: i + 1, value: fr.value, vague: false, weak: false, bareDigits: false };
      return undefined;
    }
    let m = parseNumberWords(this.words, i);
    // الأربعين مليون ريال: a definite number word before a scale.
    if (!m && t.t.startsWith('ال') && t.t.length > 4 && scaleOf(this.word(i + 1))?.prefix === 0) {
      const words = this.words as string[];
      words[i] = t.t.slice(2);
      m = parseNumberWords(words, i);
      words[i] = t.t;
      if (m && (m.vague || m.length < 2)) m = undefined;
    }
    if (!m) return undefined;
    let end = i + m.length;
    let value = m.value;
    // مليارا دولار: a dual in construct (its ن dropped) before the currency.
    if (m.length === 1 && value !== null && DUAL_CONSTRUCT.has(stripWaw(t.t)) && this.tok(i - 1)?.k !== 'n' &&
      this.phrase(this.q.currencies, i + 1) !== undefined) value *= 2;
    if (value !== null && m.scale >= 1000) {
      end = this.continuation(end, m.scale, (add) => (value = (value as number) + add));
    }
    return { start: i, end, value, vague: m.vague, weak: m.weak, bareDigits: false };
  }

  /** و493 ألفا / ونصف after an amount with a scale. */
  private continuation(end: number, scale: number, add: (v: number) => void): number {
    const w = this.word(end);
    if (w === 'ونصف') {
      add(scale / 2);
      end++;
      const after = this.word(end);
      if (after.startsWith('ال') && scaleOf(after.slice(2))?.value === scale) end++;
      return end;
    }
    const t = this.tok(end);
    if (t && t.k === 'n' && t.prefix === 1 && this.view.text[t.s] === 'و') {
      const v = parseDigits(t.t);
      if (v === undefined) return end;
      const sc = scaleOf(this.word(end + 1));
      if (sc && sc.value < scale) {
        add(v * sc.value);
        return end + 2;
      }
      if (!sc && scale === 1000 && v < 1000) {
        add(v);
        return end + 1;
      }
    }
    return end;
  }

  /** Returns the token index after what it consumed (i when nothing). */
  private matchQuantity(i: number): number {
    const t = this.tok(i);
    if (!t) return i;
    // Digits in a name (عربي21) or after an identifier word (القرار 2216، رقم 5).
    if (t.k === 'n') {
      if (t.name) return i + 1;
      const prev = this.word(i - 1);
      if (prev && this.q.identifiers.has(stripWaw(prev))) return i + 1;
      if (this.isPhone(i)) return i + 1;
      // إيجي إكس 30، بوينج 777: a model or index name.
      if (prev && LETTER_NAMES.has(prev) && this.tok(i - 1)?.k === 'w') return i + 1;
      // عيار 24: a gold fineness in carats.
      if (stripWaw(prev) === 'عيار' && this.intAt(i) !== undefined && !this.followedByUnit(i + 1)) return this.pushQ(i, i + 1, 'measure', this.intAt(i) as number, 'carat');
      if (/^[0-9]+$/.test(t.t) && !this.followedByUnit(i + 1) && this.inShortQuote(i)) return i + 1;
      // 1- ، 2) at the head of a list item.
      const before = this.tok(i - 1);
      if (!t.prefix && this.isPunct(i + 1, '-)') && !this.tok(i + 1)?.gap && this.tok(i + 2)?.gap &&
        (!before || (before.k === 'p' && ':.؛\n'.includes(before.t)))) return i + 1;
      if (this.q.ordinalNouns.has(stripWaw(prev)) && this.intAt(i) !== undefined && !this.followedByUnit(i + 1)) {
        return this.pushQ(i, i + 1, 'ordinal', this.intAt(i) as number, null);
      }
      // الـ15: an ordinal (الـ110 كيلومترات: a measure).
      if (t.prefix && this.view.text.slice(t.s, t.s + t.prefix).endsWith('ال') && this.intAt(i, true) !== undefined &&
        !this.followedByUnit(i + 1)) {
        return this.pushQ(i, i + 1, 'ordinal', this.intAt(i, true) as number, null);
      }
    }
    if (t.k === 'w' && t.t === 'ال' && this.intAt(i + 1) !== undefined && !this.followedByUnit(i + 2)) {
      return this.pushQ(i, i + 2, 'ordinal', this.intAt(i + 1) as number, null);
    }
    // $50، € 3 مليارات
    if (t.k === 'p' || t.k === 'l') {
      const code = this.q.symbols.get(t.t);
      if (code !== undefined && (t.k === 'p' || t.t === t.t.toUpperCase())) {
        const num = this.numberPhrase(i + 1);
        if (num && !num.vague && num.value !== null) return this.pushQ(i, num.end, 'money', num.value, code);
      }
      if (t.t === '%' && this.digitsAt(i + 1) !== undefined && !this.tok(i + 1)?.gap && !(this.tok(i - 1)?.k === 'n')) {
        return this.pushQ(i, i + 2, 'percent', this.digitsAt(i + 1) as number, null);
      }
      return i;
    }
    // Dual units on their own: مرتين، يومين، عامين، ريالين.
    if (t.k === 'w') {
      const c = this.phrase(this.q.counted, i, PREFIXES_PLAIN);
      if (c && c.value > 0) return this.pushQ(i, c.end, 'count', c.value, null);
      // يوم واحد، لمرة واحدة: a singular unit counted as one.
      if (c && ONE.has(this.word(c.end))) return this.pushQ(i, c.end + 1, 'count', 1, null);
      const u = this.phrase(this.q.units, i, PREFIXES_PLAIN);
      if (u && u.value.dual !== undefined) {
        // عامين ونصف
        if (u.value.kind === 'duration' && this.word(u.end) === 'ونصف') return this.pushQ(i, u.end + 1, 'duration', u.value.dual + 0.5, u.value.unit);
        return this.pushQ(i, u.end, u.value.kind, u.value.dual, u.value.unit);
      }
      if (u && ONE.has(this.word(u.end))) return this.pushQ(i, u.end + 1, u.value.kind, 1, u.value.unit);
      // عاما ونصف، ساعة ونصف
      if (u && u.value.dual === undefined && u.value.kind === 'duration' && this.word(u.end) === 'ونصف' && u.end === i + 1 &&
        this.tok(i - 1)?.k !== 'n' && !parseNumberWords(this.words, i - 1)) {
        return this.pushQ(i, u.end + 1, 'duration', 1.5, u.value.unit);
      }
      // الثلاثة أشهر: a definite cardinal before its unit.
      const dcu = this.definiteBeforeUnit(i);
      if (dcu) return dcu;
      // موسما واحدا: واحد after an indefinite noun is one.
      if (ONE.has(t.t) && this.oneAfterNoun(i)) return this.pushQ(i, i + 1, 'count', 1, null);
      const dc = this.definiteCardinal(i);
      if (dc) return this.pushQ(dc.start, i + 1, dc.unit ? 'duration' : 'count', dc.value, dc.unit);
      const idiom = this.phrase(this.q.idioms, i, PREFIXES_PLAIN);
      if (idiom) return idiom.end;
    }
    const num = this.numberPhrase(i);
    if (!num) {
      const ord = t.k === 'w' ? parseOrdinal(this.words, i) : undefined;
      if (ord && this.ordinalOk(i, ord.length)) return this.pushQ(i, i + ord.length, 'ordinal', ord.value, null);
      return i;
    }
    // السنوات الخمسة عشر: a teen tail after a definite number.
    if (num.end === i + 1 && t.k === 'w' && numberLexicon().teenTails.has(t.t) && this.word(i - 1).startsWith('ال')) return i + 1;
    return this.unitAfter(num);
  }

  /**
   * الجهات الأربع، النتائج العشر، السنوات العشر: a definite cardinal after a
   * definite noun; after a plural time unit the two make a duration
   * (السنوات الأربع أو الخمس: the second takes the unit too).
   */
  private definiteCardinal(i: number): { start: number; value: number; unit: string | null } | undefined {
    const w = stripWaw(this.word(i));
    if (!w.startsWith('ال')) return undefined;
    const value = numberLexicon().units.get(w.slice(2));
    if (value === undefined || value < 3) return undefined;
    if (numberLexicon().teenTails.has(this.word(i + 1))) return undefined;
    const prev = this.word(i - 1);
    const unitOf = (noun: string): string | undefined => DEFINITE_PLURAL_UNITS.get(noun);
    const unit = unitOf(prev);
    if (unit) return { start: i - 1, value, unit };
    if ((prev === 'او' || prev === 'و') && this.definiteCardinalAt(i - 2)) {
      const u2 = unitOf(this.word(i - 3));
      return { start: i, value, unit: u2 ?? null };
    }
    if (!prev.startsWith('ال') || prev.length < 4) return undefined;
    return { start: i, value, unit: null };
  }

  private definiteBeforeUnit(i: number): number | undefined {
    const w = this.word(i);
    if (!w.startsWith('ال')) return undefined;
    const value = numberLexicon().units.get(w.slice(2));
    if (value === undefined || value < 3) return undefined;
    const u = this.phrase(this.q.units, i + 1);
    if (!u || u.value.dual !== undefined || !isPluralUnit(this.word(i + 1))) return undefined;
    return this.pushQ(i, u.end, u.value.kind, value, u.value.unit);
  }

  private oneAfterNoun(i: number): boolean {
    const prev = this.tok(i - 1);
    if (!prev || prev.k !== 'w' || prev.t.startsWith('ال') || prev.t.length < 3) return false;
    if (ONE_NOT_AFTER.has(stripWaw(prev.t)) || this.word(i + 1) === 'من' || this.word(i + 1) === 'منهم') return false;
    return true;
  }

  private definiteCardinalAt(i: number): boolean {
    const w = stripWaw(this.word(i));
    return w.startsWith('ال') && (numberLexicon().units.get(w.slice(2)) ?? 0) >= 3;
  }

  /** الأولى vs الأولي (initial): the original spelling decides. */
  private ordinalOk(i: number, length: number): boolean {
    const prev = this.word(i - 1);
    if (this.q.ordinalExcludedAfter.has(stripWaw(prev))) return false;
    if (length === 1 && stemsOf(this.word(i), PREFIXES_DEFINITE).some((x) => numberLexicon().ordinalTens.has(x.stem))) {
      if (!this.q.ordinalTensAfter.has(stripWaw(prev))) return false;
    }
    const t = this.tok(i + length - 1) as ScanToken;
    if (t.t.endsWith('اولي')) {
      const span = toOriginal(this.view, t.e - 1, t.e);
      const ch = this.view.original.slice(span.start, span.end);
      return ch.startsWith('ى');
    }
    return true;
  }

  /** Phones: 0501234567, 920001234 (long digit runs, or groups after each other). */
  private isPhone(i: number): boolean {
    const t = this.tok(i) as ScanToken;
    if (!/^[0-9]+$/.test(t.t)) return false;
    if (t.t.length >= 5 && !this.followedByUnit(i + 1)) {
      // أرسل sms إلى 88548 الاتصالات، 636250 موبايلي: short codes after a message cue, and the list after one.
      if (this.lastPhone >= 0 && i - this.lastPhone <= 4) return this.markPhone(i);
      for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
        const w = this.tok(k) as ScanToken;
        if ((w.k === 'l' && /^(sms|mms|whatsapp)$/i.test(w.t)) || (w.k === 'w' && PHONE_CUES.has(stripWaw(w.t)))) return this.markPhone(i);
      }
    }
    if (this.isPunct(i - 1, '+')) return true;
    if (t.t.length >= 5 && t.t.startsWith('0')) return true;
    if (t.t.length >= 9 && !this.followedByUnit(i + 1)) return true;
    const prev = this.tok(i - 1);
    return prev !== undefined && prev.k === 'n' && /^0[0-9]+$/.test(prev.t);
  }

  private markPhone(i: number): boolean {
    this.lastPhone = i;
    return true;
  }

  /**
   * “10 إلى 20”: a bare number inside a short quotation (a name, a slogan,
   * a title) with no unit after it.
   */
  private inShortQuote(i: number): boolean {
    let open = -1;
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const t = this.tok(k) as ScanToken;
      if (t.k === 'p' && QUOTE_OPEN.includes(t.t)) {
        open = k;
        break;
      }
      if (t.k === 'p' && !'-–/'.includes(t.t)) return false;
    }
    if (open < 0) return false;
    for (let k = i + 1; k < this.toks.length && k <= i + 4; k++) {
      const t = this.tok(k) as ScanToken;
      // «10» أشخاص: a number quoted alone is still a number.
      if (t.k === 'p' && QUOTE_CLOSE.includes(t.t)) return k - open > 2 && ((this.tok(open) as ScanToken).t !== '"' || t.t === '"');
      if (t.k === 'p' && !'-–/'.includes(t.t)) return false;
      if (t.k === 'w' && this.followedByUnit(k)) return false;
    }
    return false;
  }

  private unitAfter(num: NumPhrase): number {
    const j = num.end;
    const value = num.value;
    // 50 %، 20 في المئة
    const pc = this.phrase(this.q.percent, j);
    if (pc && !num.vague) return this.pushQ(num.start, pc.end, 'percent', value, null);
    // ملايين الدولارات، مليارات من الدولارات
    let cj = j;
    if (num.vague && this.word(cj) === 'من') cj++;
    const cur = this.phrase(this.q.currencies, cj, num.vague ? PREFIXES_DEFINITE : ['', 'ب'].concat(num.vague ? [] : []));
    if (cur && (!num.vague || cj > j || this.word(j).startsWith('ال') || true)) {
      return this.pushMoney(num, cur.end, cur.value);
    }
    // 90م×80م: م glued to a number beside a times sign is metres.
    if (value !== null && this.word(j) === 'م' && !this.tok(j)?.gap && (this.isPunct(j + 1, '×x*') || this.isPunct(num.start - 1, '×x*'))) {
      return this.pushQ(num.start, j + 1, 'measure', value, 'meter');
    }
    const u = this.phrase(this.q.units, cj, num.vague ? PREFIXES_DEFINITE : ['']);
    if (u && u.value.dual === undefined) {
      // ثلاث سنوات ونصف
      if (value !== null && this.word(u.end) === 'ونصف' && u.value.kind === 'duration') return this.pushQ(num.start, u.end + 1, u.value.kind, value + 0.5, u.value.unit);
      return this.pushQ(num.start, u.end, u.value.kind, value, u.value.unit);
    }
    if (u && u.value.dual !== undefined && num.vague) return this.pushQ(num.start, u.end, u.value.kind, null, u.value.unit);
    if (num.weak) {
      // ست أو سبع دول: a weak word joined by أو to another number is a number.
      const alt = this.word(j) === 'او' ? this.numberPhrase(j + 1) : undefined;
      const prevAlt = this.word(num.start - 1) === 'او' && this.pending.some((p) => p.t1 === num.start - 1);
      if (!(alt && !alt.vague && alt.value !== null) && !prevAlt) return num.start;
    }
    const c = this.phrase(this.q.counted, j);
    if (c && c.value === 0) return this.pushQ(num.start, c.end, 'count', value, null);
    if (num.vague) {
      // أسلحة بالمليارات: a large vague amount standing alone is money of an unnamed currency.
      const next = this.tok(j);
      const alone = !next || next.k !== 'w' || STOP_AFTER_VAGUE.has(next.t);
      const cue = this.q.moneyCues.has(stripWaw(this.word(num.start - 1)));
      const big = this.bigVague(num.start);
      if ((alone && big) || (cue && big)) return this.pushQ(num.start, num.end, 'money', null, null);
      return this.pushQ(num.start, num.end, 'count', null, null);
    }
    // بقيمة ملياري، مبلغ 500 ألف، الحوالات … بنحو 159 مليارا: a scaled amount
    // with no counted noun after a money cue or a money amount close before.
    if (!num.bareDigits && value !== null && value >= 1000 && this.moneyContext(num.start, j)) {
      return this.pushQ(num.start, num.end, 'money', value, null);
    }
    this.pushQ(num.start, num.end, 'count', value, null);
    return num.end;
  }

  /** A money cue in the few words before i, or money just before, and no noun after. */
  private moneyContext(start: number, j: number): boolean {
    const next = this.tok(j);
    if (next && next.k === 'w' && !STOP_AFTER_VAGUE.has(next.t) && !this.q.closers.has(next.t) && !/^(ال|لل|بال|وال)/.test(next.t)) return false;
    for (let k = start - 1; k >= 0 && k >= start - 5; k--) {
      const t = this.tok(k) as ScanToken;
      if (t.k === 'p' && '.؟!:؛'.includes(t.t)) break;
      if (t.k === 'w' && stemsOf(t.t, PREFIXES_DEFINITE).some((x) => this.q.moneyCues.has(x.stem))) return true;
    }
    for (let k = this.pending.length - 1; k >= 0 && k >= this.pending.length - 3; k--) {
      const p = this.pending[k] as (typeof this.pending)[number];
      if (start - p.t1 > 25) break;
      if (p.kind === 'money') return true;
    }
    return false;
  }

  private bigVague(i: number): boolean {
    const w = this.word(i);
    const hit = lookupClitic(numberLexicon_vague(), w, PREFIXES_DEFINITE);
    if (hit && hit.value >= 1_000_000) return true;
    const next = this.word(i + 1);
    const sc = next.startsWith('ال') ? scaleOf(next.slice(2)) : scaleOf(next);
    return sc !== undefined && sc.value >= 1_000_000;
  }

  private pushMoney(num: NumPhrase, end: number, cur: CurrencyValue): number {
    let code = cur.code;
    if (cur.ambiguous !== undefined) code = this.countryCurrency(cur.ambiguous) ?? code;
    let value = num.value;
    if (value !== null && cur.factor !== undefined) value = round(value * cur.factor);
    return this.pushQ(num.start, end, 'money', value, code);
  }

  /** The currency of the first country the document names, for a bare ريال/دينار. */
  private countryCurrency(name: string): string | undefined {
    this.countryCodes ??= new Map();
    if (this.countryCodes.has(name)) return this.countryCodes.get(name) || undefined;
    const entry = this.q.ambiguousCountries.get(name);
    let best: string | undefined;
    if (entry) {
      let bestAt = Infinity;
      for (let k = 0; k < this.toks.length && bestAt === Infinity; k++) {
        const hit = this.phrase(entry.byCountry, k, PREFIXES_PLAIN);
        if (hit) {
          bestAt = k;
          best = hit.value;
        }
      }
    }
    this.countryCodes.set(name, best ?? '');
    return best;
  }

  private pushQ(t0: number, t1: number, kind: QuantityKind, value: number | null, unit: string | null): number {
    this.pending.push({ start: 0, end: 0, kind, value, unit, t0, t1, open: kind === 'count' && unit === null });
    return t1;
  }

  /**
   * بين 2 و3 ملايين دولار، من 5 إلى 10 كيلومترات: a bare number joined to
   * the next amount takes its scale and unit.
   */
  private propagateRanges(): void {
    const p = this.pending;
    for (let k = p.length - 2; k >= 0; k--) {
      const a = p[k] as (typeof p)[number];
      const b = p[k + 1] as (typeof p)[number];
      if (!a.open || a.value === null || b.kind === 'count' || b.kind === 'ordinal') continue;
      const between = b.t0 - a.t1;
      const bt = this.tok(b.t0) as ScanToken;
      const joined =
        (between === 0 && bt.k === 'n' && bt.prefix === 1) ||
        (between === 1 && CONNECTIVES.has(this.toks[a.t1]?.t ?? ''));
      if (!joined) continue;
      if (this.tok(a.t1 - 1)?.k !== 'n' && parseNumberWords(this.words, a.t0) === undefined) continue;
      let value = a.value;
      const bNum = this.numberPhrase(b.t0);
      if (bNum && bNum.value !== null && b.value !== null && bNum.value > 0) {
        const bRaw = this.digitsAt(b.t0);
        const scale = bRaw !== undefined && bRaw > 0 ? bNum.value / bRaw : 1;
        if (scale > 1 && value < bNum.value / scale + 1) value *= scale;
      }
      a.kind = b.kind;
      a.unit = b.unit;
      a.value = value;
      a.open = false;
    }
  }
}

/** Words that may begin a time or a quantity (after a proclitic is removed). */
const firstWords = lazyFirstWords();
function lazyFirstWords(): () => Set<string> {
  let set: Set<string> | undefined;
  return () => {
    if (set) return set;
    const cal = calendarLexicon();
    const q = quantityLexicon();
    const num = numberLexicon();
    const s = new Set<string>(['ال', 'يوم']);
    const addAll = (it: Iterable<string>) => {
      for (const w of it) s.add(w);
    };
    for (const t of [cal.months, cal.partsOfDay, cal.deictic, cal.clockHours, q.currencies, q.units, q.percent, q.counted, q.idioms]) {
      addAll((t as PhraseTable<unknown>).firstWords());
    }
    addAll(cal.weekdays.keys());
    addAll(cal.monthWord);
    addAll(cal.relativeUnits.keys());
    addAll(cal.demonstratives);
    addAll(cal.vaguePlurals);
    addAll(cal.decades);
    addAll(cal.spanModifiers);
    addAll(cal.agoWords);
    addAll(cal.afterWords);
    addAll(cal.clockWord);
    addAll(cal.yearCues);
    addAll(cal.partsOfDayAdverbs);
    for (const m of [num.units, num.tens, num.hundreds, num.scales, num.duals, num.vague, num.fractions, num.ordinals, num.ordinalTens]) {
      addAll(m.keys());
    }
    set = s;
    return s;
  };
}

const candidateCache = new Map<string, boolean>();

function isCandidate(word: string): boolean {
  let c = candidateCache.get(word);
  if (c === undefined) {
    const fw = firstWords();
    c = stemsOf(word, PREFIXES_DEFINITE).some((x) => fw.has(x.stem));
    if (candidateCache.size > 100_000) candidateCache.clear();
    candidateCache.set(word, c);
  }
  return c;
}

const DUAL_CONSTRUCT = new Set(['مليارا', 'مليونا', 'الفا', 'بليونا', 'تريليونا']);

const ONE = new Set(['واحد', 'واحده', 'واحدا']);

const DEFINITE_PLURAL_UNITS = new Map([
  ['السنوات', 'year'], ['الاعوام', 'year'], ['السنين', 'year'], ['الايام', 'day'], ['الاشهر', 'month'], ['الشهور', 'month'],
  ['الاسابيع', 'week'], ['الساعات', 'hour'], ['الدقائق', 'minute'], ['العقود', 'decade'],
]);

const PHONE_CUES = new Set(['ارسل', 'ارسال', 'برساله', 'رساله', 'الرساله', 'للاتصال', 'الاتصال', 'اتصل', 'الاتصال', 'الرقم', 'بالرقم']);
/** Latin letters spelt in Arabic, and makers whose models are numbers: the number is a name. */
const LETTER_NAMES = new Set(['اكس', 'بي', 'سي', 'دي', 'جي', 'تي', 'كيو', 'زد', 'اتش', 'بوينج', 'بوينغ', 'ايرباص', 'ايرباز']);
const QUOTE_OPEN = '“"«\'‘';
const QUOTE_CLOSE = '”"»\'’';
const ONE_NOT_AFTER = new Set(['كل', 'صفا', 'يدا', 'اي', 'لكل', 'بكل', 'رجل', 'صف', 'شخص', 'وقت', 'ان', 'انه', 'هو', 'هي', 'الا', 'غير', 'سوي', 'الي', 'مع', 'في', 'من', 'علي', 'عن']);
const RANGE_WORDS = new Set(['الي', 'حتي', 'وحتي', 'والي']);
const DAY_NOT_TODAY = new Set(['مدار', 'طوال', 'طيله', 'مدي', 'عين']);
const PERIOD_PARTS = new Set(['الربع', 'النصف', 'الثلث']);
const DEMONSTRATIVE_FAR = new Set(['تلك', 'ذلك', 'هذه', 'هذا', 'نفس']);

const STOP_AFTER_VAGUE = new Set(['من', 'في', 'علي', 'الي', 'عن', 'مع', 'حتي', 'لكن', 'بل', 'او', 'ثم', 'و']);

const PLURAL_UNITS = new Set(['سنوات', 'سنين', 'اعوام', 'ايام', 'اشهر', 'شهور', 'اسابيع', 'ساعات', 'دقائق', 'عقود', 'قرون']);
function isPluralUnit(w: string): boolean {
  return PLURAL_UNITS.has(w);
}

function stripWaw(w: string): string {
  return w.length > 2 && (w.startsWith('و') || w.startsWith('ف')) ? w.slice(1) : w;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

const numberLexicon_duals = (): ReadonlyMap<string, number> => numberLexicon().duals;
const numberLexicon_vague = (): ReadonlyMap<string, number> => numberLexicon().vague;

// ---------------------------------------------------------------- shared cache

const cache = new WeakMap<NormalisedText, Map<string, ScanResult>>();

/**
 * Scans a normalised view once per document date; both stages read the
 * same result.
 */
export function scanQuantitiesAndTimes(view: NormalisedText, date?: string): ScanResult {
  let perDate = cache.get(view);
  if (!perDate) {
    perDate = new Map();
    cache.set(view, perDate);
  }
  const key = date ?? '';
  let r = perDate.get(key);
  if (!r) {
    r = new Scanner(view, date).run();
    perDate.set(key, r);
  }
  return r;
}

/** Convenience for library users and tests: the original text in, quantities and times out. */
export function extractQuantitiesAndTimes(text: string, date?: string): ScanResult {
  return new Scanner(normalise(text), date).run();
}

export type { UnitValue };
