import { AskPanel } from './components/AskPanel';
import { ConfirmPosting } from './components/ConfirmPosting';
import { ExpectPanel } from './components/ExpectPanel';
import { FollowUpPanel } from './components/FollowUpPanel';
import { ManualEntry } from './components/ManualEntry';
import { NotAPostingView } from './components/NotAPostingView';
import { PostingCard } from './components/PostingCard';
import { ResearchPanel } from './components/ResearchPanel';
import { SaveBar } from './components/SaveBar';
import { SectionTabs } from './components/SectionTabs';
import { useEffect } from 'preact/hooks';
import { useStore } from './store';

/** Marks the moment the plan is on screen, for `npm run bench:popup`. */
function PlanVisibleMark() {
  useEffect(() => {
    requestAnimationFrame(() => performance.mark('interview-lens:plan-visible'));
  }, []);
  return null;
}

const PANELS = { research: ResearchPanel, ask: AskPanel, expect: ExpectPanel, 'follow-up': FollowUpPanel };

function Body() {
  const store = useStore();
  const page = store.page.value;
  switch (page.kind) {
    case 'loading':
      return (
        <section class="state loading" aria-busy="true" aria-live="polite">
          <p>Reading this page…</p>
        </section>
      );
    case 'not-a-posting':
      return <NotAPostingView />;
    case 'manual':
      return <ManualEntry />;
    case 'error':
      return (
        <section class="state error-state" role="alert">
          <h2>Something went wrong</h2>
          <p>{page.message}</p>
          <div class="actions">
            <button type="button" class="button primary" onClick={() => store.enterManually()}>
              Enter the posting by hand
            </button>
            <button type="button" class="button" onClick={() => void store.openPrepList()}>
              Open prep list
            </button>
          </div>
        </section>
      );
    case 'posting': {
      if (store.needsConfirm.value) return <ConfirmPosting />;
      const notice = store.plan.value?.notice;
      return (
        <>
          <PostingCard />
          <SaveBar />
          {notice && <p class="notice">{notice}</p>}
          {store.plan.value ? (
            <>
              <SectionTabs panels={PANELS} />
              <PlanVisibleMark />
            </>
          ) : (
            <p class="state loading" aria-busy="true">
              Preparing your plan…
            </p>
          )}
        </>
      );
    }
  }
}

export function App() {
  const store = useStore();
  return (
    <div class="popup">
      <header class="top">
        <h1>Interview Lens</h1>
        <button type="button" class="link-button" onClick={() => void store.openPrepList()}>
          Open prep list
        </button>
      </header>
      <main>
        <Body />
      </main>
      <p class="sr-only" role="status" aria-live="polite">
        {store.announcement.value}
      </p>
    </div>
  );
}
