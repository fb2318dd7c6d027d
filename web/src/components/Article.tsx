/**
 * An article with its analysis: entities highlighted by type, quantities and
 * times marked, reporting cues underlined by stance; beside it, who said what
 * (source → content, stance, chain), the events, the quantities and times.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Analysis, Attribution, Entity, Span } from '../api';
import { EVENT_LABEL, QUANTITY_LABEL, SOURCE_KIND_LABEL, TYPE_LABEL, num } from '../labels';
import { EventBadge, StanceBadge } from './common';

interface Props {
  analysis: Analysis;
  /** Store entity id of each local entity id (documents from the store). */
  entityIds?: Record<string, string>;
}

interface Piece extends Span {
  mention?: { entity: Entity; span: Span };
  qty?: number;
  time?: number;
  cue?: Attribution;
  source?: Attribution;
  trigger?: string;
}

const covers = (s: Span, a: number, b: number) => s.start <= a && b <= s.end;

export function entityHref(e: Entity, entityIds?: Record<string, string>): string {
  const id = entityIds?.[e.id];
  return id !== undefined ? `/entity/${id}` : `/?q=${encodeURIComponent(e.name)}`;
}

/** Splits the text at every span boundary; each piece knows what covers it. */
function pieces(a: Analysis): Piece[] {
  const text = a.text;
  const cuts = new Set<number>([0, text.length]);
  const mentions = (a.entities ?? []).flatMap((entity) => entity.mentions.map((span) => ({ entity, span })));
  const add = (s: Span) => {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  };
  mentions.forEach((m) => add(m.span));
  (a.quantities ?? []).forEach(add);
  (a.times ?? []).forEach(add);
  (a.attributions ?? []).forEach((x) => {
    add(x.cue);
    add(x.content);
    if (x.source.start !== undefined && x.source.end !== undefined) add({ start: x.source.start, end: x.source.end });
  });
  (a.events ?? []).forEach((e) => add(e.trigger));
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const p: Piece = { start, end };
    let best: Piece['mention'];
    for (const m of mentions) {
      if (covers(m.span, start, end) && (!best || m.span.end - m.span.start < best.span.end - best.span.start)) best = m;
    }
    if (best) p.mention = best;
    const q = (a.quantities ?? []).findIndex((s) => covers(s, start, end));
    if (q >= 0) p.qty = q;
    const t = (a.times ?? []).findIndex((s) => covers(s, start, end));
    if (t >= 0) p.time = t;
    const cue = (a.attributions ?? []).find((x) => covers(x.cue, start, end));
    if (cue) p.cue = cue;
    const src = (a.attributions ?? []).find((x) => x.source.start !== undefined && x.source.end !== undefined
      && covers({ start: x.source.start, end: x.source.end }, start, end));
    if (src) p.source = src;
    const trig = (a.events ?? []).find((e) => covers(e.trigger, start, end));
    if (trig) p.trigger = trig.type;
    out.push(p);
  }
  return out;
}

export function sourceLabel(a: Attribution, analysis: Analysis): string {
  const byId = a.source.entity !== undefined ? (analysis.entities ?? []).find((e) => e.id === a.source.entity) : undefined;
  if (byId) return byId.name;
  if (a.source.start !== undefined && a.source.end !== undefined) return analysis.text.slice(a.source.start, a.source.end).replace(/\s+/g, ' ');
  if (a.source.description) return a.source.description;
  if (a.source.kind === 'outlet') return analysis.source ?? SOURCE_KIND_LABEL.outlet;
  return SOURCE_KIND_LABEL[a.source.kind];
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return 'غير محدد';
  return unit ? `${num(value)} ${unit}` : num(value);
}

export function Article({ analysis, entityIds }: Props) {
  const [active, setActive] = useState<string | undefined>();
  const [pinned, setPinned] = useState<string | undefined>();
  const current = active ?? pinned;
  const parts = useMemo(() => pieces(analysis), [analysis]);
  const attrs = analysis.attributions ?? [];
  const byAttr = new Map(attrs.map((a) => [a.id, a]));
  const entById = new Map((analysis.entities ?? []).map((e) => [e.id, e]));
  const activeAttr = current !== undefined ? byAttr.get(current) : undefined;
  const text = analysis.text;

  // Group consecutive pieces of one mention into one element.
  const groups: { mention?: Piece['mention']; items: Piece[] }[] = [];
  for (const p of parts) {
    const last = groups[groups.length - 1];
    if (last && p.mention && last.mention === p.mention) last.items.push(p);
    else groups.push({ ...(p.mention && { mention: p.mention }), items: [p] });
  }

  const renderPiece = (p: Piece) => {
    const cls: string[] = [];
    const title: string[] = [];
    if (p.qty !== undefined) {
      const q = analysis.quantities![p.qty]!;
      cls.push('qty');
      title.push(`${QUANTITY_LABEL[q.kind] ?? q.kind}: ${formatValue(q.value, q.unit)}`);
    }
    if (p.time !== undefined) {
      const t = analysis.times![p.time]!;
      cls.push('time');
      title.push(`زمن: ${t.value ?? 'غير محدد'}`);
    }
    if (p.cue) {
      cls.push('cue', `cue-${p.cue.stance}`);
      title.push(`فعل الإسناد (${p.cue.stance})`);
    }
    if (p.trigger) {
      cls.push('trigger');
      title.push(`حدث: ${EVENT_LABEL[p.trigger] ?? p.trigger}`);
    }
    if (activeAttr) {
      if (covers(activeAttr.content, p.start, p.end)) cls.push('in-content');
      if (covers(activeAttr.cue, p.start, p.end)) cls.push('cue-active');
      const s = activeAttr.source;
      if (s.start !== undefined && s.end !== undefined && covers({ start: s.start, end: s.end }, p.start, p.end)) cls.push('src-active');
    }
    const t = text.slice(p.start, p.end);
    if (cls.length === 0) return t;
    return <span class={cls.join(' ')} title={title.join(' · ') || undefined}>{t}</span>;
  };

  const chain = (a: Attribution): Attribution[] => {
    const out: Attribution[] = [];
    const seen = new Set<string>([a.id]);
    let v = a.via !== undefined ? byAttr.get(a.via) : undefined;
    while (v && !seen.has(v.id)) {
      out.unshift(v);
      seen.add(v.id);
      v = v.via !== undefined ? byAttr.get(v.via) : undefined;
    }
    return out;
  };

  const entityChip = (id: string | undefined) => {
    const e = id !== undefined ? entById.get(id) : undefined;
    if (!e) return null;
    return <a class={`chip ent-${e.type}`} href={entityHref(e, entityIds)}>{e.name}</a>;
  };

  return (
    <div class="article-layout">
      <div class="article-main">
        <div class="legend" aria-label="مفتاح الألوان">
          {(['PER', 'ORG', 'GPE', 'LOC', 'MISC'] as const).map((t) => <span class={`chip ent-${t}`}>{TYPE_LABEL[t]}</span>)}
          <span class="qty">كمية</span>
          <span class="time">زمن</span>
          <span class="cue cue-assert">فعل إسناد</span>
        </div>
        <article class="article-text" data-testid="article-text">
          {groups.map((g) => {
            if (!g.mention) return g.items.map(renderPiece);
            const e = g.mention.entity;
            return (
              <a
                class={`ent ent-${e.type}`}
                href={entityHref(e, entityIds)}
                data-entity-type={e.type}
                data-entity={e.id}
                title={`${TYPE_LABEL[e.type]}: ${e.name}`}
              >
                {g.items.map(renderPiece)}
              </a>
            );
          })}
        </article>
        {analysis.diagnostics && analysis.diagnostics.length > 0 && (
          <details class="diagnostics">
            <summary>ملاحظات التحليل ({num(analysis.diagnostics.length)})</summary>
            <ul>{analysis.diagnostics.map((d) => <li><code>{d.code}</code> {d.stage ?? ''} {d.message}</li>)}</ul>
          </details>
        )}
      </div>
      <aside class="article-side">
        <section>
          <h3>من قال ماذا <span class="count">{num(attrs.length)}</span></h3>
          {attrs.length === 0 && <p class="muted">لا إسنادات في هذا النص.</p>}
          <ol class="attributions">
            {attrs.map((a) => {
              const via = chain(a);
              return (
                <li
                  class={`attr${current === a.id ? ' active' : ''}`}
                  data-attribution={a.id}
                  data-source={sourceLabel(a, analysis)}
                  onMouseEnter={() => setActive(a.id)}
                  onMouseLeave={() => setActive(undefined)}
                  onClick={() => setPinned(pinned === a.id ? undefined : a.id)}
                >
                  <div class="attr-flow">
                    <span class={`attr-source kind-${a.source.kind}`}>
                      {a.source.entity !== undefined && entById.has(a.source.entity)
                        ? entityChip(a.source.entity)
                        : <span class="chip plain">{sourceLabel(a, analysis)}</span>}
                    </span>
                    <span class="arrow" aria-hidden="true">←</span>
                    <q class="attr-content">{clip(text.slice(a.content.start, a.content.end), 220)}</q>
                  </div>
                  <div class="attr-meta">
                    <StanceBadge stance={a.stance} />
                    <span class="muted">«{text.slice(a.cue.start, a.cue.end)}»</span>
                    <span class="muted">{SOURCE_KIND_LABEL[a.source.kind]}</span>
                    {via.length > 0 && (
                      <span class="chain" data-testid="chain">
                        السند:{' '}
                        {[...via, a].map((x, i) => (
                          <>
                            {i > 0 && <span class="an"> عن </span>}
                            <span class="chip plain">{sourceLabel(x, analysis)}</span>
                          </>
                        ))}
                      </span>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
        <section>
          <h3>الأحداث <span class="count">{num((analysis.events ?? []).length)}</span></h3>
          {(analysis.events ?? []).length === 0 && <p class="muted">لا أحداث.</p>}
          <ul class="events">
            {(analysis.events ?? []).map((ev) => {
              const time = ev.time !== undefined ? analysis.times?.[ev.time] : undefined;
              const by = ev.attribution !== undefined ? byAttr.get(ev.attribution) : undefined;
              return (
                <li class={ev.negated ? 'negated' : ''} data-event={ev.id}>
                  <EventBadge type={ev.type} />
                  {ev.actor.map(entityChip)}
                  <span class="trigger-text">{text.slice(ev.trigger.start, ev.trigger.end)}</span>
                  {ev.recipient.length > 0 && <span class="arrow">←</span>}
                  {ev.recipient.map(entityChip)}
                  {ev.location !== undefined && <span>في {entityChip(ev.location)}</span>}
                  {time && <span class="time"><bdi dir="ltr">{time.value ?? text.slice(time.start, time.end)}</bdi></span>}
                  {ev.negated && <span class="badge stance-deny">منفي</span>}
                  {ev.future && <span class="badge">مستقبلي</span>}
                  {ev.conditional && <span class="badge">مشروط</span>}
                  {by && <span class="muted">بحسب {sourceLabel(by, analysis)}</span>}
                </li>
              );
            })}
          </ul>
        </section>
        <section>
          <h3>الكيانات <span class="count">{num((analysis.entities ?? []).length)}</span></h3>
          <div class="chips">
            {(analysis.entities ?? []).map((e) => (
              <a class={`chip ent-${e.type}`} href={entityHref(e, entityIds)} title={TYPE_LABEL[e.type]}>
                {e.name} <small>{num(e.mentions.length)}</small>
              </a>
            ))}
          </div>
        </section>
        <section>
          <h3>الكميات والأزمنة</h3>
          <table class="facts">
            <tbody>
              {(analysis.quantities ?? []).map((q) => (
                <tr>
                  <td><span class="qty">{text.slice(q.start, q.end)}</span></td>
                  <td>{QUANTITY_LABEL[q.kind] ?? q.kind}</td>
                  <td dir="ltr">{formatValue(q.value, q.unit)}</td>
                </tr>
              ))}
              {(analysis.times ?? []).map((t) => (
                <tr>
                  <td><span class="time">{text.slice(t.start, t.end)}</span></td>
                  <td>زمن</td>
                  <td dir="ltr">{t.value ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </aside>
    </div>
  );
}
