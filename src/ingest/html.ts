/**
 * HTML pages: main text, title, date and outlet, with @mozilla/readability
 * over linkedom's DOM.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IsnadError } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';
import { toIsoDate } from './dates.js';

export { toIsoDate };

/** Fewer letters than this in the extracted text: not an article. */
const MIN_ARTICLE_LETTERS = 80;

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(document: Doc, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = document.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return undefined;
}

function jsonLdDate(document: Doc): string | undefined {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findKey(JSON.parse(el.textContent ?? ''), ['datePublished', 'dateCreated', 'dateModified']);
      if (found !== undefined) return found;
    } catch {
      // a broken JSON-LD block is common; other sources of the date remain
    }
  }
  return undefined;
}

function findKey(v: unknown, keys: string[]): string | undefined {
  if (Array.isArray(v)) {
    for (const x of v) {
      const f = findKey(x, keys);
      if (f !== undefined) return f;
    }
  } else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of keys) if (typeof o[k] === 'string') return o[k] as string;
    for (const x of Object.values(o)) {
      const f = findKey(x, keys);
      if (f !== undefined) return f;
    }
  }
  return undefined;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';

/** Text of an HTML fragment, a blank line between blocks, spaces collapsed within. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)]
    .filter((el) => el.querySelector(BLOCKS) === null)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
  if (blocks.length > 0) return blocks.join('\n\n');
  return (document.body?.textContent ?? '').replace(/[ \t\r\f\v]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
}

function countLetters(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\p{L}/gu)) n++;
  return n;
}

export function extractHtml(html: string, where: string): DocumentInput {
  const { document } = parseHTML(html);
  const date = toIsoDate(meta(document, [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]',
    'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="citation_publication_date"]',
    'meta[property="og:published_time"]', 'meta[property="article:published"]', 'meta[name="publish-date"]',
  ])) ?? toIsoDate(jsonLdDate(document))
    ?? toIsoDate(meta(document, ['time[datetime]', 'meta[property="article:modified_time"]']))
    ?? toIsoDate(document.querySelector('time')?.textContent);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const siteName = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const ogTitle = meta(document, ['meta[property="og:title"]']);
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch (e) {
    throw new IsnadError('HTML_NO_ARTICLE', `no article could be extracted (${(e as Error).message})`, where);
  }
  let text = article?.content ? htmlToText(article.content) : '';
  // The headline is kept as the title, not repeated as the first paragraph.
  for (const t of [ogTitle, article?.title]) {
    const head = t?.replace(/\s+/g, ' ').trim();
    if (head && text.startsWith(`${head}\n\n`)) {
      text = text.slice(head.length + 2);
      break;
    }
  }
  if (countLetters(text) < MIN_ARTICLE_LETTERS) {
    throw new IsnadError('HTML_NO_ARTICLE', `no article text found in the page (${countLetters(text)} letters of main text)`, where);
  }
  const input: DocumentInput = { id: where, text };
  const title = ogTitle ?? article?.title ?? undefined;
  if (title) input.title = title.trim();
  const pub = date ?? toIsoDate(article?.publishedTime);
  if (pub) input.date = pub;
  let source = siteName ?? article?.siteName ?? undefined;
  if (!source && url) {
    try {
      source = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // not an absolute URL
    }
  }
  if (source) input.source = source.trim();
  if (url) input.url = url;
  return input;
}
