import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles.css';
import { render } from 'preact';
import { AnalysePage } from './pages/Analyse';
import { DocPage } from './pages/Doc';
import { EntityPage } from './pages/Entity';
import { EventsPage } from './pages/Events';
import { SearchPage } from './pages/Search';
import { StoriesPage } from './pages/Stories';
import { useRoute } from './router';

function App() {
  const route = useRoute();
  const doc = /^\/doc\/([0-9a-f]{64})$/.exec(route.path);
  const entity = /^\/entity\/(\d+)$/.exec(route.path);
  let page;
  if (doc) page = <DocPage id={doc[1]!} />;
  else if (entity) page = <EntityPage id={entity[1]!} />;
  else if (route.path === '/events') page = <EventsPage route={route} />;
  else if (route.path === '/analyse') page = <AnalysePage />;
  else if (route.path === '/stories') page = <StoriesPage />;
  else if (route.path === '/') page = <SearchPage route={route} />;
  else page = <p class="error">الصفحة غير موجودة. <a href="/">العودة إلى البحث</a></p>;
  const here = (p: string) => (route.path === p ? 'page' : undefined);
  return (
    <>
      <header class="topbar">
        <a class="brand" href="/">إسناد <small>من قال ماذا في الأخبار</small></a>
        <nav>
          <a href="/" aria-current={here('/')}>البحث</a>
          <a href="/events" aria-current={here('/events')}>الأحداث</a>
          <a href="/stories" aria-current={here('/stories')}>القصص</a>
          <a href="/analyse" aria-current={here('/analyse')}>حلّل نصًّا</a>
        </nav>
      </header>
      <main>{page}</main>
      <footer class="muted small">إسناد — كيانات وأقوال وأحداث مع مواضعها في النص الأصلي · <a href="/openapi.json">واجهة البرمجة</a></footer>
    </>
  );
}

render(<App />, document.getElementById('app')!);
