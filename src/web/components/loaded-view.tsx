import type { ComponentChildren } from 'preact';
import type { Loaded } from '../api/use-api';
import { apiErrorText } from '../i18n/api-error-text';
import { useT } from '../i18n/i18n';
import { JobProgress } from './job-progress';

/** What a read shows while it loads, computes or fails, and its content once it is there. */
export function LoadedView<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T> & { reload(): void };
  children: (data: T) => ComponentChildren;
}) {
  const view = useT();
  const { t } = view;
  switch (loaded.state) {
    case 'loading':
      return <p class="muted">{t('loading')}</p>;
    case 'computing':
      return <JobProgress job={loaded.job} label={t('computing')} />;
    case 'error':
      return (
        <p class="error" role="alert">
          {t('error')}
          {apiErrorText(loaded.error, view)}{' '}
          <button type="button" onClick={loaded.reload}>
            {t('retry')}
          </button>
        </p>
      );
    case 'ready':
      return <>{children(loaded.data)}</>;
  }
}

export function ErrorNote({ error }: { error: Error | null }) {
  const view = useT();
  const { t } = view;
  if (!error) return null;
  return (
    <p class="error" role="alert">
      {t('error')}
      {apiErrorText(error, view)}
    </p>
  );
}
