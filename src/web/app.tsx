import { useMemo, useState } from 'preact/hooks';
import { KeyDialog } from './components/key-dialog';
import {
  LanguageContext,
  initialLanguage,
  rememberLanguage,
  translator,
  type Language,
  type MessageKey,
} from './i18n/i18n';
import { CoveragePage } from './pages/coverage/coverage-page';
import { GraphExplorerPage } from './pages/graph/graph-explorer-page';
import { ImportPage } from './pages/import/import-page';
import { InvestmentMapPage } from './pages/map/investment-map-page';
import { PartnerFinderPage } from './pages/partners/partner-finder-page';
import { ServiceLoopPage } from './pages/service/service-loop-page';
import { TacklingBoardPage } from './pages/tackling/tackling-board-page';
import { PAGES, routeHref, useRoute, type Route } from './router';
import { clearSession, readSession, type Session } from './session';
import { SessionContext } from './session-context';

function PageOf({ route }: { route: Route }) {
  switch (route.page) {
    case 'map':
      return <InvestmentMapPage params={route.params} />;
    case 'partners':
      return <PartnerFinderPage params={route.params} />;
    case 'tackling':
      return <TacklingBoardPage params={route.params} />;
    case 'service':
      return <ServiceLoopPage params={route.params} />;
    case 'coverage':
      return <CoveragePage />;
    case 'graph':
      return <GraphExplorerPage params={route.params} />;
    case 'import':
      return <ImportPage />;
  }
}

/** The shell: menu of pages, language switch, sign-in; each page is its own module under pages/. */
export function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [session, setSession] = useState<Session | null>(readSession);
  const route = useRoute();
  const i18n = useMemo(() => translator(language), [language]);
  const { t } = i18n;

  const switchLanguage = () => {
    const next = language === 'zh' ? 'en' : 'zh';
    rememberLanguage(next);
    setLanguage(next);
  };

  return (
    <LanguageContext.Provider value={i18n}>
      <header class="top">
        <a class="brand" href={routeHref('map')}>
          {t('appName')}
        </a>
        <nav aria-label="pages">
          {PAGES.map((page) => (
            <a
              key={page}
              href={routeHref(page)}
              class={route.page === page ? 'active' : ''}
              aria-current={route.page === page ? 'page' : undefined}
            >
              {t(`nav.${page}` as MessageKey)}
            </a>
          ))}
        </nav>
        <div class="top-actions">
          <button type="button" class="link" onClick={switchLanguage} lang={language === 'zh' ? 'en' : 'zh'}>
            {t('lang.switch')}
          </button>
          {session && (
            <button
              type="button"
              class="link"
              onClick={() => {
                clearSession();
                setSession(null);
              }}
            >
              {t('key.signOut')} ({t(`role.${session.role}` as MessageKey)})
            </button>
          )}
        </div>
      </header>
      <main>
        {session ? (
          <SessionContext.Provider value={session}>
            {/* a new session reloads every read with its key */}
            <PageOf key={`${route.page}:${session.key}`} route={route} />
          </SessionContext.Provider>
        ) : (
          <KeyDialog onSignedIn={setSession} />
        )}
      </main>
    </LanguageContext.Provider>
  );
}
