import { useState } from 'preact/hooks';
import { ApiError, apiUrl } from '../api/client';
import { useT, type MessageKey } from '../i18n/i18n';
import { ROLES, saveSession, type Role, type Session } from '../session';

/**
 * Asks for the API key once per browser tab and checks it against the API (GET /stats is open
 * to every role) before keeping it.
 */
export function KeyDialog({ onSignedIn }: { onSignedIn(session: Session): void }) {
  const { t } = useT();
  const [key, setKey] = useState('');
  const [role, setRole] = useState<Role>('admin');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(apiUrl('stats'), { headers: { Authorization: `Bearer ${key.trim()}` } });
      if (!response.ok) throw new ApiError(response.status, response.statusText, '');
      const session = { key: key.trim(), role };
      saveSession(session);
      onSignedIn(session);
    } catch (caught) {
      setError(`${t('key.invalid')}${(caught as Error).message}`);
    } finally {
      setBusy(false);
    }
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
        <label>
          {t('key.role')}
          <select name="role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <p class="muted small">{t('key.roleNote')}</p>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy || key.trim() === ''}>
          {t('key.submit')}
        </button>
      </form>
    </div>
  );
}
