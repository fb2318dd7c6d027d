import { useState } from 'preact/hooks';
import { api, type EventHit } from '../api';
import { D, DocLine, EntityLink, EventBadge, Pager, Status } from '../components/common';
import { EVENT_LABEL, num } from '../labels';
import { navigate, type Route } from '../router';
import { useApi } from '../use-api';

function Sentence({ ev }: { ev: EventHit }) {
  const s = ev.sentence;
  if (!s) return null;
  const i = s.indexOf(ev.trigger.text);
  if (i < 0) return <p class="snippet">{s}</p>;
  return <p class="snippet">{s.slice(0, i)}<mark>{ev.trigger.text}</mark>{s.slice(i + ev.trigger.text.length)}</p>;
}

export function EventsPage({ route }: { route: Route }) {
  const p = (k: string) => route.query.get(k) ?? '';
  const type = p('type');
  const actor = p('actor');
  const from = p('from');
  const to = p('to');
  const negated = p('negated');
  const offset = Number(p('offset')) || 0;
  const [draft, setDraft] = useState({ type, actorName: '', from, to, negated });
  const actorEntity = useApi(() => (actor ? api.entity(actor, { docs: 0, mentions: 0, cooccurring: 0, said: 0 }) : Promise.resolve(undefined)), `a:${actor}`);
  const suggestions = useApi(() => (draft.actorName.trim().length >= 2 ? api.entities({ q: draft.actorName.trim(), limit: 8 }) : Promise.resolve(undefined)), `s:${draft.actorName}`);
  const params = { type, actor, from, to, negated, offset, limit: 25 };
  const events = useApi(() => api.events(params), JSON.stringify(params));

  const go = async (o: { offset?: number; clearActor?: boolean } = {}) => {
    const u = new URLSearchParams();
    if (draft.type) u.set('type', draft.type);
    let actorId = o.clearActor ? '' : actor;
    if (draft.actorName.trim()) {
      const found = await api.entities({ q: draft.actorName.trim(), limit: 1 });
      actorId = found.items[0]?.id ?? '';
    }
    if (actorId) u.set('actor', actorId);
    if (draft.from) u.set('from', draft.from);
    if (draft.to) u.set('to', draft.to);
    if (draft.negated) u.set('negated', draft.negated);
    if (o.offset) u.set('offset', String(o.offset));
    setDraft({ ...draft, actorName: '' });
    navigate(`/events${u.toString() ? `?${u}` : ''}`);
  };

  return (
    <div class="page events-page">
      <h2>مستكشف الأحداث</h2>
      <form class="filters box" onSubmit={(e) => { e.preventDefault(); void go(); }}>
        <label>النوع
          <select value={draft.type} onChange={(e) => setDraft({ ...draft, type: (e.target as HTMLSelectElement).value })}>
            <option value="">الكل</option>
            {Object.entries(EVENT_LABEL).map(([k, v]) => <option value={k}>{v} ({k})</option>)}
          </select>
        </label>
        <label>الفاعل
          <input
            list="actor-suggestions"
            placeholder={actorEntity.data?.name ?? 'اسم الفاعل'}
            value={draft.actorName}
            onInput={(e) => setDraft({ ...draft, actorName: (e.target as HTMLInputElement).value })}
          />
          <datalist id="actor-suggestions">{(suggestions.data?.items ?? []).map((s) => <option value={s.name} />)}</datalist>
        </label>
        {actorEntity.data && (
          <span>
            <EntityLink e={actorEntity.data} />{' '}
            <button type="button" class="link" onClick={() => void go({ clearActor: true })}>إزالة</button>
          </span>
        )}
        <label>من <input type="date" value={draft.from} onInput={(e) => setDraft({ ...draft, from: (e.target as HTMLInputElement).value })} /></label>
        <label>إلى <input type="date" value={draft.to} onInput={(e) => setDraft({ ...draft, to: (e.target as HTMLInputElement).value })} /></label>
        <label>النفي
          <select value={draft.negated} onChange={(e) => setDraft({ ...draft, negated: (e.target as HTMLSelectElement).value })}>
            <option value="">الكل</option>
            <option value="false">مثبت</option>
            <option value="true">منفي</option>
          </select>
        </label>
        <button type="submit">عرض</button>
      </form>
      <Status state={events}>
        {(page) => (
          <>
            <p class="muted">{num(page.total)} حدث</p>
            <table class="events-table">
              <thead>
                <tr><th>التاريخ</th><th>النوع</th><th>الفاعل</th><th>المتلقي</th><th>المكان والزمن</th><th>الجملة</th></tr>
              </thead>
              <tbody>
                {page.items.map((ev) => (
                  <tr class={ev.negated ? 'negated' : ''}>
                    <td class="nowrap"><D d={ev.doc.date ?? '—'} /></td>
                    <td><EventBadge type={ev.type} />{ev.negated && <span class="badge stance-deny">منفي</span>}</td>
                    <td>{ev.actors.map((a) => <EntityLink e={a} />)}</td>
                    <td>{ev.recipients.map((a) => <EntityLink e={a} />)}</td>
                    <td>{ev.location && <EntityLink e={ev.location} />} {ev.time && <span class="time"><D d={ev.time} /></span>}</td>
                    <td><Sentence ev={ev} /><DocLine doc={ev.doc} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager total={page.total} limit={page.limit} offset={page.offset} onPage={(o) => void go({ offset: o })} />
          </>
        )}
      </Status>
    </div>
  );
}
