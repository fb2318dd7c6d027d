import type { ComponentChildren } from 'preact';
import type { DocumentSummary, EntityRef, Stance } from '../api';
import { EVENT_LABEL, STANCE_LABEL, TYPE_LABEL } from '../labels';
import type { Loaded } from '../use-api';

export function EntityLink({ e }: { e: EntityRef }) {
  return (
    <a class={`chip ent-${e.type}`} href={`/entity/${e.id}`} title={TYPE_LABEL[e.type]} data-entity-type={e.type}>
      {e.name}
    </a>
  );
}

export function StanceBadge({ stance }: { stance: Stance }) {
  return <span class={`badge stance-${stance}`} data-stance={stance}>{STANCE_LABEL[stance]}</span>;
}

export function EventBadge({ type }: { type: string }) {
  return <span class="badge event" data-event-type={type} title={type}>{EVENT_LABEL[type] ?? type}</span>;
}

/** A date (or a range) as an LTR island in the RTL text. */
export function D({ d }: { d?: string | null | undefined }) {
  if (!d) return null;
  return <bdi dir="ltr" class="date">{d}</bdi>;
}

/** Outlet and date: «outlet · date». */
export function SourceDate({ source, date }: { source?: string | undefined; date?: string | undefined }) {
  return <span class="muted">{source}{source && date ? ' · ' : ''}<D d={date} /></span>;
}

export function DocLine({ doc }: { doc: DocumentSummary }) {
  return (
    <span class="docline">
      <a href={`/doc/${doc.id}`}>{doc.title ?? doc.inputId ?? doc.id.slice(0, 12)}</a>
      <SourceDate source={doc.source} date={doc.date} />
    </span>
  );
}

export function Status<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.error) return <p class="error" role="alert">تعذّر التحميل: {state.error.message}</p>;
  if (state.data === undefined) return <p class="muted">جارٍ التحميل…</p>;
  return <div class={state.loading ? 'stale' : ''}>{children(state.data)}</div>;
}

export function Pager({ total, limit, offset, onPage }: { total: number; limit: number; offset: number; onPage: (offset: number) => void }) {
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.ceil(total / limit);
  return (
    <nav class="pager">
      <button disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>السابق</button>
      <span>صفحة {page} من {pages}</span>
      <button disabled={offset + limit >= total} onClick={() => onPage(offset + limit)}>التالي</button>
    </nav>
  );
}
