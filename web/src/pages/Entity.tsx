import { api, type AttributionHit } from '../api';
import { Network } from '../components/Network';
import { Timeline } from '../components/Timeline';
import { DocLine, EntityLink, StanceBadge, Status } from '../components/common';
import { SOURCE_KIND_LABEL, STANCE_LABEL, TYPE_LABEL, num } from '../labels';
import { useApi } from '../use-api';

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

function AttributionRow({ a, showSource }: { a: AttributionHit; showSource: boolean }) {
  return (
    <li class="attr">
      <div class="attr-flow">
        {showSource && (
          <span class="attr-source">
            {a.sourceEntity ? <EntityLink e={a.sourceEntity} /> : <span class="chip plain">{a.sourceText ?? SOURCE_KIND_LABEL[a.sourceKind]}</span>}
          </span>
        )}
        {showSource && <span class="arrow" aria-hidden="true">←</span>}
        <q class="attr-content">{clip(a.content.text, 240)}</q>
      </div>
      <div class="attr-meta">
        <StanceBadge stance={a.stance} />
        <span class="muted">«{a.cue.text}»</span>
        <DocLine doc={a.doc} />
      </div>
    </li>
  );
}

export function EntityPage({ id }: { id: string }) {
  const ent = useApi(() => api.entity(id, { mentions: 100, docs: 30, cooccurring: 25 }), id);
  return (
    <div class="page entity-page">
      <Status state={ent}>
        {(e) => {
          const byDoc = new Map<string, string[]>();
          for (const m of e.mentionList) {
            const list = byDoc.get(m.docId) ?? [];
            list.push(m.surface);
            byDoc.set(m.docId, list);
          }
          return (
            <>
              <header class="entity-head">
                <h2><span class={`ent ent-${e.type}`} data-entity-type={e.type}>{e.name}</span></h2>
                <p>
                  <span class={`chip ent-${e.type}`}>{TYPE_LABEL[e.type]}</span>
                  {e.kbId && <span class="muted"> · معرّف المعرفة: <bdi dir="ltr"><code>{e.kbId}</code></bdi></span>}
                  <span class="muted"> · {num(e.documents)} وثيقة · {num(e.mentions)} ذكر</span>
                </p>
                {e.aliases.length > 0 && (
                  <p class="aliases">صيغ الذكر: {e.aliases.slice(0, 12).map((a) => <span class="chip plain">{a.name} <small>{num(a.count)}</small></span>)}</p>
                )}
                {e.roles.length > 0 && <p class="muted">الصفات: {e.roles.map((r) => r.role).join('، ')}</p>}
                {Object.keys(e.said).length > 0 && (
                  <p class="muted">
                    تصريحاته: {Object.entries(e.said).map(([s, n]) => `${STANCE_LABEL[s as keyof typeof STANCE_LABEL] ?? s} ${num(n ?? 0)}`).join('، ')}
                  </p>
                )}
              </header>
              <div class="grid">
                <section class="card">
                  <h3>ماذا قال <span class="count">{num(e.saidBy.total)}</span></h3>
                  {e.saidBy.items.length === 0 && <p class="muted">لم يُنسب إليه قول.</p>}
                  <ol class="attributions">{e.saidBy.items.map((a) => <AttributionRow a={a} showSource={false} />)}</ol>
                </section>
                <section class="card">
                  <h3>من قال ماذا عنه <span class="count">{num(e.saidAbout.total)}</span></h3>
                  {e.saidAbout.items.length === 0 && <p class="muted">لا أقوال عنه.</p>}
                  <ol class="attributions">{e.saidAbout.items.map((a) => <AttributionRow a={a} showSource={true} />)}</ol>
                </section>
                <section class="card">
                  <h3>شبكة الفاعلين</h3>
                  <Network centre={e} neighbours={e.cooccurring.slice(0, 14)} />
                  <div class="chips">{e.cooccurring.slice(0, 15).map((c) => <EntityLink e={c} />)}</div>
                </section>
                <section class="card">
                  <h3>الخط الزمني</h3>
                  <Timeline points={e.timeline} />
                </section>
                <section class="card wide">
                  <h3>الذكر في الوثائق <span class="count">{num(e.documents)}</span></h3>
                  <ul class="mentions">
                    {e.documentList.map((d) => (
                      <li>
                        <DocLine doc={d} /> <span class="muted">{num(d.mentions)} ذكر</span>
                        {byDoc.has(d.id) && (
                          <div class="chips">{[...new Set(byDoc.get(d.id))].map((s) => <span class={`chip ent-${e.type}`}>{s}</span>)}</div>
                        )}
                      </li>
                    ))}
                  </ul>
                </section>
              </div>
            </>
          );
        }}
      </Status>
    </div>
  );
}
