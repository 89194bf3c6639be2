import { ApiError } from '../api/client';
import type { Translator } from '../i18n/i18n';

/**
 * Why a key was not let in, in the view's language: the API's own words are English, for
 * machines; a person reads whether the key is wrong, the server is busy, or it cannot be reached.
 */
export function signInRefusal(error: Error, { t }: Pick<Translator, 't'>): string {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 403) return t('key.rejected');
    if (error.status === 429) return t('key.tooMany');
    return `${t('key.invalid')}${t('key.serverError')} ${error.status}`;
  }
  return t('key.unreachable');
}
