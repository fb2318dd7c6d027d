/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IsnadError } from '../core/errors.js';
import type { DocumentInput } from '../core/types.js';
import { toIsoDate } from './dates.js';
import { htmlToText } from './html.js';

type Obj = Record<string, unknown>;

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v !== null && typeof v === 'object') {
    const t = (v as Obj)['#text'];
    if (typeof t === 'string' || typeof t === 'number') return String(t);
  }
  return undefined;
}

function atomLink(v: unknown): string | undefined {
  const links = asArray(v) as Obj[];
  const alt = links.find((l) => typeof l === 'object' && (l['@_rel'] === undefined || l['@_rel'] === 'alternate')) ?? links[0];
  if (typeof alt === 'string') return alt;
  const href = alt?.['@_href'];
  return typeof href === 'string' ? href : undefined;
}

/** Toleration of the date formats feeds use (RFC 822, ISO 8601). */
function feedDate(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const iso = toIsoDate(v);
  if (iso) return iso;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/**
 * The items of a feed, in order; an item with no text becomes an error in
 * its place. A feed that is not well-formed XML, or not a feed, throws
 * FEED_MALFORMED naming the line.
 */
export function extractFeed(xml: string, where: string): (DocumentInput | IsnadError)[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const err = valid.err;
    throw new IsnadError('FEED_MALFORMED', `not well-formed XML: ${err.msg}`, `${where}:${err.line}:${err.col}`);
  }
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: false, processEntities: true, htmlEntities: true });
  let doc: Obj;
  try {
    doc = parser.parse(xml) as Obj;
  } catch (e) {
    throw new IsnadError('FEED_MALFORMED', `cannot parse the feed: ${(e as Error).message}`, where);
  }
  const out: (DocumentInput | IsnadError)[] = [];
  const rss = doc['rss'] as Obj | undefined;
  const rdf = doc['rdf:RDF'] as Obj | undefined;
  const feed = doc['feed'] as Obj | undefined;
  if (rss || rdf) {
    const channel = (rss ? asArray(rss['channel'])[0] : rdf?.['channel']) as Obj | undefined;
    const source = text(channel?.['title'])?.trim();
    const items = asArray(rss ? channel?.['item'] : rdf?.['item']) as Obj[];
    items.forEach((it, i) => {
      const body = text(it['content:encoded']) ?? text(it['description']) ?? '';
      out.push(item(it, i, body, text(it['title']), text(it['link']), text(it['pubDate']) ?? text(it['dc:date']),
        text(it['guid']), source, where));
    });
  } else if (feed) {
    const source = text(feed['title'])?.trim();
    const entries = asArray(feed['entry']) as Obj[];
    entries.forEach((it, i) => {
      const body = text(it['content']) ?? text(it['summary']) ?? '';
      out.push(item(it, i, body, text(it['title']), atomLink(it['link']), text(it['published']) ?? text(it['updated']),
        text(it['id']), source, where));
    });
  } else {
    const root = Object.keys(doc).filter((k) => k !== '?xml')[0] ?? 'nothing';
    throw new IsnadError('FEED_MALFORMED', `not an RSS or Atom feed (the root element is <${root}>)`, where);
  }
  return out;
}

function item(
  _it: Obj, i: number, body: string, title: string | undefined, link: string | undefined, date: string | undefined,
  guid: string | undefined, source: string | undefined, where: string,
): DocumentInput | IsnadError {
  const at = `${where}#${i + 1}`;
  const t = /[<&]/.test(body) ? htmlToText(body) : body.trim();
  if (t.trim() === '') return new IsnadError('INPUT_EMPTY', 'the feed item has no text', at);
  const input: DocumentInput = { id: guid?.trim() || link?.trim() || at, text: t };
  if (title) input.title = title.trim();
  const d = feedDate(date);
  if (d) input.date = d;
  if (source) input.source = source;
  if (link) input.url = link.trim();
  return input;
}
