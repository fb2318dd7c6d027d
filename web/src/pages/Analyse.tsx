import { useState } from 'preact/hooks';
import { api, type Analysis } from '../api';
import { Article } from '../components/Article';

export function AnalysePage() {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [result, setResult] = useState<Analysis | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (text.trim() === '') return;
    setBusy(true);
    setError(undefined);
    try {
      setResult(await api.analyse({ text, ...(date && { date }) }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="page analyse-page">
      <h2>حلّل مقالًا</h2>
      <form class="box" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <textarea
          rows={8}
          placeholder="الصق نص الخبر هنا…"
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          aria-label="نص المقال"
        />
        <div class="filters">
          <label>تاريخ المقال <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} /></label>
          <button type="submit" disabled={busy || text.trim() === ''}>{busy ? 'جارٍ التحليل…' : 'حلّل'}</button>
        </div>
        <p class="muted small">يُحلَّل النص ولا يُحفظ في القاعدة.</p>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {result && <Article analysis={result} />}
    </div>
  );
}
