import { useState } from 'preact/hooks';
import { whoIs } from '../api/client';
import { useT } from '../i18n/i18n';
import { storeKey, type Session } from '../session';
import { signInRefusal } from './sign-in-refusal';
import { useSubmit } from './use-submit';

/**
 * Asks for the API key once per browser tab. The API says who the key is (GET /me): its role
 * and region are its own, not something the user states.
 */
export function KeyDialog({ onSignedIn, notice }: { onSignedIn(session: Session): void; notice?: Error | null }) {
  const tr = useT();
  const { t } = tr;
  const [key, setKey] = useState('');
  const { busy, error, run } = useSubmit(notice ?? null);

  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const me = await whoIs(key.trim());
      storeKey(key.trim());
      onSignedIn({ key: key.trim(), me });
    });
  };

  return (
    <div class="dialog-backdrop">
      <form class="dialog" role="dialog" aria-labelledby="key-title" onSubmit={submit}>
        <h2 id="key-title">{t('key.title')}</h2>
        <p class="muted">{t('key.explain')}</p>
        <label>
          {t('key.key')}
          <input
            name="api-key"
            type="password"
            autocomplete="off"
            required
            value={key}
            onInput={(e) => setKey(e.currentTarget.value)}
          />
        </label>
        <p class="muted small">{t('key.roleNote')}</p>
        {error && (
          <p class="error" role="alert">
            {signInRefusal(error, tr)}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy || key.trim() === ''}>
          {t('key.submit')}
        </button>
      </form>
    </div>
  );
}
