/** Small generated corpora in every input format, for ingest tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS } from '../../store/testing/fixtures.js';

const PARAS = [
  'أعلنت وزارة الخارجية اليوم عن زيارة مرتقبة لوفد رسمي إلى العاصمة لبحث ملفات التعاون الاقتصادي والأمني بين البلدين.',
  'وقال المتحدث باسم الوزارة إن المحادثات ستتناول أيضا الأوضاع الإقليمية وسبل دعم الاستقرار في المنطقة.',
  'وأشار مراقبون إلى أن الزيارة تأتي في توقيت حساس بعد أسابيع من التوتر على الحدود المشتركة.',
];

export const ARTICLE_HTML = `<!doctype html>
<html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>زيارة مرتقبة - الموقع</title>
<meta property="og:site_name" content="صحيفة الاختبار">
<meta property="og:title" content="زيارة مرتقبة لوفد رسمي">
<meta property="article:published_time" content="2021-03-04T10:15:00+02:00">
<link rel="canonical" href="https://news.example.org/2021/03/04/visit">
</head><body>
<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a></nav>
<article><h1>زيارة مرتقبة لوفد رسمي</h1>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>`;

export const JSONLD_HTML = `<!doctype html><html><head><title>خبر</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2020-06-03T03:01:00Z","publisher":{"name":"x"}}</script>
</head><body><div class="story">${PARAS.slice(1).map((p) => `<p>${p} ${p}</p>`).join('')}</div></body></html>`;

export const NO_ARTICLE_HTML = `<!doctype html><html><head><title>بحث</title></head>
<body><nav><a href="/">الرئيسية</a></nav><form><input name="q"></form></body></html>`;

export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>وكالة الاختبار</title><link>https://feed.example.org</link>
<item><title>الخبر الأول</title><link>https://feed.example.org/1</link><guid>rss-1</guid>
<pubDate>Tue, 10 Aug 2021 08:00:00 GMT</pubDate><description>${escapeXml('<p>' + PARAS[0] + '</p>')}</description></item>
<item><title>الخبر الثاني</title><link>https://feed.example.org/2</link>
<content:encoded><![CDATA[<p>${PARAS[2]}</p><p>${PARAS[1]}</p>]]></content:encoded></item>
<item><title>بلا نص</title><link>https://feed.example.org/3</link><description></description></item>
</channel></rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أطلس</title>
<entry><title>مدخل</title><link rel="alternate" href="https://atom.example.org/e1"/><id>urn:e1</id>
<published>2022-01-02T00:00:00Z</published><content type="html">${escapeXml('<p>' + PARAS[1] + ' ' + PARAS[0] + '</p>')}</content></entry>
</feed>`;

export const MALFORMED_RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>مكسور</title>
<item><title>أ</title><description>نص</description>
</channel></rss>`;

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Writes a mixed corpus under `dir`; returns what a full ingest should find. */
export function writeMixedCorpus(dir: string): { docs: number; problems: string[] } {
  mkdirSync(join(dir, 'web'), { recursive: true });
  mkdirSync(join(dir, 'feeds'), { recursive: true });
  mkdirSync(join(dir, 'texts', 'deep'), { recursive: true });
  const lines = DOCS.map((d) => JSON.stringify(d));
  lines.splice(2, 0, '{"id": "bad-json", "text": ');
  lines.splice(4, 0, '{"id": "no-text"}');
  lines.push('', JSON.stringify({ id: 'bad-date', text: 'نص ما', date: '2021-02-30' }));
  writeFileSync(join(dir, 'articles.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'texts', 'one.txt'), 'نص محلي\n\n' + PARAS.join('\n\n'));
  writeFileSync(join(dir, 'texts', 'deep', 'two.txt'), PARAS.slice().reverse().join('\n'));
  writeFileSync(join(dir, 'texts', 'empty.txt'), '  \n');
  writeFileSync(join(dir, 'texts', 'ignored.bin'), Buffer.from([0, 1, 2]));
  writeFileSync(join(dir, 'web', 'article.html'), ARTICLE_HTML);
  writeFileSync(join(dir, 'web', 'jsonld.html'), JSONLD_HTML);
  writeFileSync(join(dir, 'web', 'search.html'), NO_ARTICLE_HTML);
  writeFileSync(join(dir, 'feeds', 'agency.rss'), RSS);
  writeFileSync(join(dir, 'feeds', 'atlas.atom'), ATOM);
  writeFileSync(join(dir, 'feeds', 'broken.xml'), MALFORMED_RSS);
  return {
    // 5 JSONL + 2 texts + 2 pages + 2 RSS items + 1 Atom entry
    docs: 12,
    problems: [
      'articles.jsonl:3 JSON_MALFORMED', 'articles.jsonl:5 JSONL_NO_TEXT', 'articles.jsonl:9 DATE_INVALID',
      'feeds/agency.rss#3 INPUT_EMPTY', 'feeds/broken.xml:4:1 FEED_MALFORMED', 'texts/empty.txt INPUT_EMPTY',
      'web/search.html HTML_NO_ARTICLE',
    ],
  };
}

/** A JSONL corpus of `n` distinct generated articles. */
export function generatedJsonl(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = PARAS[i % PARAS.length] as string;
    out.push(JSON.stringify({
      id: `g${i}`, source: `outlet${i % 4}`, date: `2021-05-${String((i % 28) + 1).padStart(2, '0')}`,
      text: `الخبر رقم ${i}: ${p} وقال حفتر إن روسيا تراقب الوضع ${i * 7919 % 1000}.`,
    }));
  }
  return out.join('\n') + '\n';
}
