import { api } from '../api';
import { D, DocLine, Status } from '../components/common';
import { num } from '../labels';
import { useApi } from '../use-api';

export function StoriesPage() {
  const stories = useApi(() => api.stories({ limit: 30 }), 'stories');
  return (
    <div class="page stories-page">
      <h2>القصص المتداولة</h2>
      <p class="muted">وثائق متقاربة النص نقلتها وسيلة أو أكثر.</p>
      <Status state={stories}>
        {(page) => (
          <ol class="stories">
            {page.items.length === 0 && <li class="muted">لا قصص مشتركة بعد.</li>}
            {page.items.map((s) => (
              <li class="card">
                <h3>{s.title ?? 'قصة'} <span class="count">{num(s.size)}</span> {s.kind === 'duplicate' && <span class="badge">نسخ مكررة</span>}</h3>
                <p class="muted">{s.outlets.map((o) => `${o.source} (${num(o.documents)})`).join('، ')} · <D d={s.from} /> – <D d={s.to} /></p>
                <ul>{s.documents.map((d) => <li><DocLine doc={d} /> <span class="muted">تشابه {num(Math.round(d.similarity * 100))}%</span></li>)}</ul>
              </li>
            ))}
          </ol>
        )}
      </Status>
    </div>
  );
}
