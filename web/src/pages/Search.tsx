import { useState } from 'preact/hooks';
import { api, type SearchHit } from '../api';
import { D, EntityLink, Pager, SourceDate, Status } from '../components/common';
import { num } from '../labels';
import { navigate, type Route } from '../router';
import { useApi } from '../use-api';

function Snippet({ hit }: { hit: SearchHit }) {
  const out = [];
  let at = 0;
  for (const h of hit.highlights) {
    out.push(hit.snippet.slice(at, h.start));
    out.push(<mark>{hit.snippet.slice(h.start, h.end)}</mark>);
    at = h.end;
  }
  out.push(hit.snippet.slice(at));
  return <p class="snippet">…{out}…</p>;
}

export function SearchPage({ route }: { route: Route }) {
  const q = route.query.get('q') ?? '';
  const source = route.query.get('source') ?? '';
  const from = route.query.get('from') ?? '';
  const to = route.query.get('to') ?? '';
  const expand = route.query.get('expand') === '1';
  const offset = Number(route.query.get('offset') ?? '0') || 0;
  const [draft, setDraft] = useState({ q, source, from, to, expand });
  const stats = useApi(() => api.stats(), 'stats');
  const params = { q, source, from, to, expand: expand ? 'true' : undefined, offset, limit: 20 };
  const key = JSON.stringify(params);
  const results = useApi(() => (q.trim() === ''
    ? api.documents({ source, from, to, offset, limit: 20 }).then((p) => ({ ...p, items: p.items.map((doc) => ({ doc, score: 0, snippet: '', highlights: [] })) }))
    : api.search(params)), key);
  const entities = useApi(() => api.entities({ q: q.trim() === '' ? undefined : q.trim().split(/\s+/)[0], limit: 12 }), `ent:${q}`);

  const go = (o: Partial<typeof draft> & { offset?: number }) => {
    const next = { ...draft, ...o };
    const u = new URLSearchParams();
    if (next.q.trim()) u.set('q', next.q.trim());
    if (next.source) u.set('source', next.source);
    if (next.from) u.set('from', next.from);
    if (next.to) u.set('to', next.to);
    if (next.expand) u.set('expand', '1');
    if (o.offset) u.set('offset', String(o.offset));
    const s = u.toString();
    navigate(s ? `/?${s}` : '/');
  };

  return (
    <div class="page search-page">
      <form class="searchbar" role="search" onSubmit={(e) => { e.preventDefault(); go({}); }}>
        <input
          type="search"
          name="q"
          placeholder='ابحث: حفتر روسيا، "حكومة الوفاق"، طرابلس OR بنغازي'
          value={draft.q}
          onInput={(e) => setDraft({ ...draft, q: (e.target as HTMLInputElement).value })}
          aria-label="نص البحث"
        />
        <button type="submit">بحث</button>
        <div class="filters">
          <label>المصدر
            <select value={draft.source} onChange={(e) => setDraft({ ...draft, source: (e.target as HTMLSelectElement).value })}>
              <option value="">الكل</option>
              {(stats.data?.sources ?? []).map((s) => <option value={s.source}>{s.source} ({num(s.documents)})</option>)}
            </select>
          </label>
          <label>من <input type="date" value={draft.from} onInput={(e) => setDraft({ ...draft, from: (e.target as HTMLInputElement).value })} /></label>
          <label>إلى <input type="date" value={draft.to} onInput={(e) => setDraft({ ...draft, to: (e.target as HTMLInputElement).value })} /></label>
          <label class="check">
            <input type="checkbox" checked={draft.expand} onChange={(e) => setDraft({ ...draft, expand: (e.target as HTMLInputElement).checked })} />
            صيغ النسبة (روسيا ← الروسي)
          </label>
        </div>
      </form>
      <div class="two-col">
        <section class="results">
          <Status state={results}>
            {(page) => (
              <>
                <p class="muted">
                  {q.trim() === '' ? `أحدث الوثائق (${num(page.total)})` : `${num(page.total)} نتيجة لـ «${q}»`}
                </p>
                <ol class="hits">
                  {page.items.map((h) => (
                    <li class="hit" data-doc={h.doc.id}>
                      <a class="hit-title" href={`/doc/${h.doc.id}`}>{h.doc.title ?? h.doc.inputId ?? h.doc.id.slice(0, 12)}</a>
                      <div class="muted">
                        <SourceDate source={h.doc.source} date={h.doc.date} />
                        {' · '}{num(h.doc.entities)} كيان · {num(h.doc.attributions)} إسناد · {num(h.doc.events)} حدث
                      </div>
                      {h.snippet !== '' && <Snippet hit={h} />}
                    </li>
                  ))}
                </ol>
                <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={(o) => go({ offset: o })} />
              </>
            )}
          </Status>
        </section>
        <aside class="side">
          <h3>{q.trim() === '' ? 'أكثر الكيانات ذكرًا' : 'كيانات مطابقة'}</h3>
          <Status state={entities}>
            {(page) => (
              <ul class="entity-list">
                {page.items.length === 0 && <li class="muted">لا شيء.</li>}
                {page.items.map((e) => <li><EntityLink e={e} /> <span class="muted">{num(e.documents)} وثيقة</span></li>)}
              </ul>
            )}
          </Status>
          {stats.data && (
            <p class="muted small">
              في القاعدة {num(stats.data.documents)} وثيقة، {num(stats.data.entities)} كيان، {num(stats.data.attributions)} إسناد،
              {' '}{num(stats.data.events)} حدث{stats.data.from && <>، من <D d={stats.data.from} /> إلى <D d={stats.data.to} /></>}.
            </p>
          )}
        </aside>
      </div>
    </div>
  );
}
