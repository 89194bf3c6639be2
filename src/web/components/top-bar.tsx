import { useT, type MessageKey } from '../i18n/i18n';
import { PAGES, routeHref, type PageName } from '../router';
import type { Session } from '../session';
import { keyHolderLabel } from './key-holder';

/** The header: the menu of pages (the current one marked), the language switch, and who is signed in. */
export function TopBar({
  page,
  session,
  onSwitchLanguage,
  onSignOut,
}: {
  page: PageName;
  session: Session | null;
  onSwitchLanguage(): void;
  onSignOut(): void;
}) {
  const { t, language } = useT();
  return (
    <header class="top">
      <a class="brand" href={routeHref('map')}>
        {t('appName')}
      </a>
      <nav aria-label="pages">
        {PAGES.map((name) => (
          <a
            key={name}
            href={routeHref(name)}
            class={page === name ? 'active' : ''}
            aria-current={page === name ? 'page' : undefined}
          >
            {t(`nav.${name}` as MessageKey)}
          </a>
        ))}
      </nav>
      <div class="top-actions">
        <button type="button" class="link" onClick={onSwitchLanguage} lang={language === 'zh' ? 'en' : 'zh'}>
          {t('lang.switch')}
        </button>
        {session && (
          <>
            <span class="who" title={session.me.keyId}>
              {keyHolderLabel(session.me, t, language)}
            </span>
            <button type="button" class="link" onClick={onSignOut}>
              {t('key.signOut')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
