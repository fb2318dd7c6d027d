import { api } from '../api';
import { Article } from '../components/Article';
import { SourceDate, Status } from '../components/common';
import { num } from '../labels';
import { useApi } from '../use-api';

export function DocPage({ id }: { id: string }) {
  const doc = useApi(() => api.document(id), id);
  return (
    <div class="page doc-page">
      <Status state={doc}>
        {(d) => (
          <>
            <header class="doc-head">
              <h2>{d.title ?? d.inputId ?? 'وثيقة'}</h2>
              <p class="muted">
                <SourceDate source={d.source} date={d.date} />
                {' · '}{num(d.chars)} حرفًا
                {d.url && <>{' · '}<a href={d.url} rel="noreferrer noopener" target="_blank">المصدر الأصلي</a></>}
              </p>
            </header>
            <Article analysis={d.analysis} entityIds={d.entityIds} />
          </>
        )}
      </Status>
    </div>
  );
}
