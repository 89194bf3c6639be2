import { KeyDialog } from './components/key-dialog';
import { TopBar } from './components/top-bar';
import { useLanguage } from './components/use-language';
import { useStoredSession } from './components/use-stored-session';
import { LanguageContext } from './i18n/i18n';
import { CoveragePage } from './pages/coverage/coverage-page';
import { FinancePage } from './pages/finance/finance-page';
import { ListsPage } from './pages/lists/lists-page';
import { ChiefPage } from './pages/chief/chief-page';
import { GraphExplorerPage } from './pages/graph/graph-explorer-page';
import { ImportPage } from './pages/import/import-page';
import { InvestmentMapPage } from './pages/map/investment-map-page';
import { PartnerFinderPage } from './pages/partners/partner-finder-page';
import { ServiceLoopPage } from './pages/service/service-loop-page';
import { SquadsPage } from './pages/squads/squads-page';
import { TacklingBoardPage } from './pages/tackling/tackling-board-page';
import { TalentPage } from './pages/talent/talent-page';
import { useRoute, type Route } from './router';
import { SessionContext } from './session-context';

function PageOf({ route }: { route: Route }) {
  switch (route.page) {
    case 'map':
      return <InvestmentMapPage params={route.params} />;
    case 'partners':
      return <PartnerFinderPage params={route.params} />;
    case 'tackling':
      return <TacklingBoardPage params={route.params} />;
    case 'talent':
      return <TalentPage params={route.params} />;
    case 'service':
      return <ServiceLoopPage params={route.params} />;
    case 'finance':
      return <FinancePage params={route.params} />;
    case 'lists':
      return <ListsPage params={route.params} />;
    case 'squads':
      return <SquadsPage params={route.params} />;
    case 'chief':
      return <ChiefPage params={route.params} />;
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
  const { i18n, switchLanguage } = useLanguage();
  const { session, setSession, checking, notice, signOut } = useStoredSession();
  const route = useRoute();
  const { t } = i18n;
  return (
    <LanguageContext.Provider value={i18n}>
      <TopBar page={route.page} session={session} onSwitchLanguage={switchLanguage} onSignOut={signOut} />
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
