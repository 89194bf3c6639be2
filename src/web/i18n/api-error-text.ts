import { ApiError } from '../api/client';
import { fieldLabel } from './bundle-words';
import type { Translator } from './i18n';
import { reasonLabel } from './import-reasons';
import type { MessageKey } from './zh';

/** The statuses a page shows in words of their own; others are named by their number. */
const STATUS_WORDS: Record<number, MessageKey> = {
  400: 'apiError.400',
  401: 'apiError.401',
  403: 'apiError.403',
  404: 'apiError.404',
  409: 'apiError.409',
  413: 'apiError.413',
  429: 'apiError.429',
};

/**
 * A refusal as the page shows it, in the view's language. The API explains in English, for
 * machines and logs, naming fields by their code (body.dueAt); the Chinese view names the field
 * by its label (办结时限) and says the common reasons in Chinese, so no code or English word is
 * left in it. A reason the page does not know is shown as it came, with its field labelled.
 */
export function apiErrorText(error: Error, view: Pick<Translator, 'language' | 't'>): string {
  if (!(error instanceof ApiError)) return error.message;
  if (view.language !== 'zh') return error.message;
  const status = STATUS_WORDS[error.status];
  const head = status ? view.t(status) : `${view.t('apiError.other')} ${error.status}`;
  if (error.errors.length === 0) return error.status >= 500 ? head : `${head}：${error.detail}`;
  const named = error.errors.map(
    ({ field, reason }) =>
      `${fieldLabel(field.replace(/^(body|query|params)\./u, ''), 'zh')}${reasonLabel(reason, view)}`,
  );
  return `${head}：${named.join('；')}`;
}
