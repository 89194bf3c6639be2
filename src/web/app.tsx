import { useEffect, useMemo, useState } from 'preact/hooks';
import { whoIs } from './api/client';
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
import { clearSession, readStoredKey, type Session } from './session';
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
  const [session, setSession] = useState<Session | null>(null);
  // a key kept from earlier in this tab is asked who it is again: its role or region may have changed
  const [checking, setChecking] = useState(() => readStoredKey() !== null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    const key = readStoredKey();
    if (!key) return;
    whoIs(key)
      .then((me) => setSession({ key, me }))
      .catch((error: Error) => {
        clearSession();
        setNotice(error.message);
      })
      .finally(() => setChecking(false));
  }, []);
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
            <>
              <span class="who" title={session.me.keyId}>
                {session.me.name} · {t(`role.${session.me.role}` as MessageKey)}
                {session.me.region ? ` · ${session.me.region.name}` : ''}
              </span>
              <button
                type="button"
                class="link"
                onClick={() => {
                  clearSession();
                  setNotice(null);
                  setSession(null);
                }}
              >
                {t('key.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <main>
        {session ? (
          <SessionContext.Provider value={session}>
            {/* a new session reloads every read with its key */}
            <PageOf key={`${route.page}:${session.key}`} route={route} />
          </SessionContext.Provider>
        ) : checking ? (
          <p class="muted">{t('loading')}</p>
        ) : (
          <KeyDialog onSignedIn={setSession} notice={notice} />
        )}
      </main>
    </LanguageContext.Provider>
  );
}
