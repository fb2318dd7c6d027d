/**
 * Chooses the excerpts of a new held-out set by a fixed stride over the
 * corpus file, so that a set is reproducible and its choice does not depend
 * on what the system finds:
 *
 *   npx tsx src/eval/select-excerpts.ts --task attributions --from 130 --every 13 --ids even --n 45 --out FILE
 *   npx tsx src/eval/select-excerpts.ts --task events --from 74 --every 5 --ids odd --n 16 --out FILE
 *
 * Lines are 1-based. An article is skipped when it is already in a gold file
 * of either task, when its opening gives no excerpt of the right kind, or
 * when that excerpt is a near-copy of a development excerpt or of one already
 * chosen (src/eval/near-duplicates.ts). Attribution excerpts are written as a
 * spec (`id`, `text`, empty `attributions`) for an annotator to fill; event
 * excerpts as a part (`article`, `start`, `end`, `text`, empty `events`).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { developmentIndex } from './near-duplicates.js';

export interface Opening { start: number; end: number; text: string }

const SENTENCE_END = /[.!؟?](?=\s|$)|\n/g;

/**
 * The article's opening from its first non-space character to the first
 * sentence end that makes it at least `min` characters long, if that end
 * comes by `max`.
 */
export function openingExcerpt(article: string, min: number, max: number): Opening | undefined {
  const start = article.search(/\S/);
  if (start < 0) return undefined;
  SENTENCE_END.lastIndex = start + min - 1;
  for (let m = SENTENCE_END.exec(article); m; m = SENTENCE_END.exec(article)) {
    const end = m[0] === '\n' ? m.index : m.index + 1;
    if (end - start < min) continue;
    if (end - start > max) return undefined;
    const text = article.slice(start, end).trimEnd();
    return { start, end: start + text.length, text };
  }
  return undefined;
}

/** A word أن/إن/بأن (with و/ف before it, a pronoun after it): the filter of attribution excerpts. */
export function hasThatClause(text: string): boolean {
  return /(?:^|[\s«"(])[وف]?(?:ب?أن|إن)(?:ه|ها|هم|هما|هن|نا|ني)?(?=[\s،,.:»"]|$)/u.test(text);
}

/** Stems of conflict and diplomacy: an event excerpt's opening needs two different ones. */
const CONFLICT_OR_DIPLOMACY = [
  'قتل', 'قتلى', 'هجوم', 'هجمات', 'غارة', 'غارات', 'اشتباك', 'انفجار', 'تفجير', 'قصف', 'حرب', 'جيش', 'قوات', 'عسكري',
  'مسلح', 'إرهاب', 'اعتقال', 'اعتقل', 'احتجاج', 'مظاهر', 'اتفاق', 'مباحثات', 'محادثات', 'قمة', 'سفير', 'عقوبات',
  'تحالف', 'الحوثي', 'داعش', 'معارضة', 'مفاوضات', 'وزير الخارجية', 'زيارة', 'استقبل', 'اتصال', 'أمن', 'شرطة',
  'مقاتل', 'صاروخ', 'طائرات', 'دعم', 'مساعدات', 'تهديد', 'إدانة', 'أدان', 'رفض', 'اتهم', 'حكومة', 'الاحتلال',
];

export function conflictOrDiplomacyWords(text: string): number {
  let n = 0;
  for (const stem of CONFLICT_OR_DIPLOMACY) if (text.includes(stem)) n++;
  return n;
}

function goldArticleIds(): Set<string> {
  const ids = new Set<string>();
  for (const dir of ['../attributions/gold/', '../events/gold/']) {
    const path = fileURLToPath(new URL(dir, import.meta.url));
    for (const name of readdirSync(path)) {
      if (!name.endsWith('.json')) continue;
      for (const m of readFileSync(path + name, 'utf8').matchAll(/"(?:id|article)":\s*"(snn-\d+)"/g)) ids.add(m[1]!);
    }
  }
  return ids;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: string[]): void {
  const task = option(argv, 'task');
  const from = Number(option(argv, 'from'));
  const every = Number(option(argv, 'every'));
  const ids = option(argv, 'ids') ?? 'any';
  const n = Number(option(argv, 'n') ?? (task === 'events' ? 16 : 45));
  const out = option(argv, 'out');
  const corpus = option(argv, 'corpus') ?? fileURLToPath(new URL('../../../shared/data/corpus/saudinewsnet-10k.jsonl', import.meta.url));
  if ((task !== 'attributions' && task !== 'events') || !(from >= 1) || !(every >= 1) || !out) {
    console.error('usage: select-excerpts --task attributions|events --from LINE --every N [--ids even|odd|any] [--n COUNT] --out FILE');
    process.exit(2);
  }
  const lines = readFileSync(corpus, 'utf8').split('\n');
  const taken = goldArticleIds();
  const index = developmentIndex();
  const chosen: Array<{ id: string; line: number } & Opening> = [];
  let nearCopies = 0;
  for (let line = from; line <= lines.length && chosen.length < n; line += every) {
    const raw = lines[line - 1];
    if (!raw) continue;
    const { id, text } = JSON.parse(raw) as { id: string; text: string };
    const parity = Number(id.at(-1)) % 2 === 0 ? 'even' : 'odd';
    if ((ids !== 'any' && parity !== ids) || taken.has(id)) continue;
    const opening = task === 'events' ? openingExcerpt(text, 400, 900) : openingExcerpt(text, 400, 650);
    if (!opening) continue;
    if (task === 'events' ? conflictOrDiplomacyWords(text.slice(opening.start, opening.start + 300)) < 2 : !hasThatClause(opening.text)) continue;
    if (index.isNearDuplicate(opening.text, id)) { nearCopies++; continue; }
    index.add(id, opening.text);
    chosen.push({ id, line, ...opening });
  }
  const body = task === 'events'
    ? { excerpts: chosen.map((c) => ({ article: c.id, start: c.start, end: c.end, text: c.text, events: [] })) }
    : chosen.map((c) => ({ id: c.id, text: c.text, attributions: [] }));
  writeFileSync(out, `${JSON.stringify(body, null, 1)}\n`);
  console.log(`${chosen.length} excerpts (lines ${chosen[0]?.line ?? '-'}–${chosen.at(-1)?.line ?? '-'}), ${nearCopies} near-copies skipped → ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
