import { useState } from 'preact/hooks';
import { replaceParams, useRoute } from '../../router';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useSession } from '../../session-context';
import { ImportUpload } from './import-upload';
import { PlacementReview } from './placement-review';

const TABS = ['upload', 'review'] as const;
type Tab = (typeof TABS)[number];
const LABEL: Record<Tab, MessageKey> = { upload: 'import.upload', review: 'placement.tab' };

/**
 * 数据导入: a file imported (its job and report), and 挂链审核, the enterprises the import could
 * not place on a chain with confidence. The tab is in the address (#/import?tab=review), so a link
 * opens the queue. The upload stays mounted behind the queue, so its report survives a look at it.
 */
export function ImportPage() {
  const { t } = useT();
  const { may } = useSession();
  const { params } = useRoute();
  const reviews = may('get /placements/review');
  const [asked, setAsked] = useState<Tab>(params.get('tab') === 'review' ? 'review' : 'upload');
  const tab: Tab = reviews ? asked : 'upload';
  const open = (next: Tab) => {
    setAsked(next);
    replaceParams('import', next === 'upload' ? {} : { tab: next });
  };
  return (
    <div class="page">
      <h1>{t('import.title')}</h1>
      {reviews && (
        <div class="tabs" role="tablist" aria-label={t('import.title')}>
          {TABS.map((name) => (
            <button
              type="button"
              role="tab"
              key={name}
              aria-selected={tab === name}
              class={tab === name ? 'active' : ''}
              onClick={() => open(name)}
            >
              {t(LABEL[name])}
            </button>
          ))}
        </div>
      )}
      <div role="tabpanel" hidden={tab !== 'upload'}>
        <ImportUpload onReview={reviews ? () => open('review') : undefined} />
      </div>
      {tab === 'review' && (
        <div role="tabpanel">
          <PlacementReview />
        </div>
      )}
    </div>
  );
}
