import type { ChainExtension } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { ReasonList } from '../../components/reasons';
import { useT } from '../../i18n/i18n';
import type { MapChoice } from './map-choice';

/**
 * 延链: where the region's chain reaches into other chains, both ways, those the region already
 * makes first. Choosing one opens the other chain's map for the same region, where its gaps and
 * leads are.
 */
export function ExtensionPanel({ choice, onChoose }: { choice: MapChoice; onChoose(next: MapChoice): void }) {
  const { t, number } = useT();
  const extension = useApi<ChainExtension>(`chains/${encodeURIComponent(choice.chain)}/extension`, {
    region: choice.region,
  });
  return (
    <section class="panel extension" aria-label={t('map.extension')} data-extension>
      <h2>{t('map.extension')}</h2>
      <p class="small muted">{t('map.extensionHint')}</p>
      <LoadedView loaded={extension}>
        {(answer) =>
          answer.links.length === 0 ? (
            <p class="muted">{t('map.extensionNone')}</p>
          ) : (
            <ul class="plain extension-links">
              {answer.links.map((link) => (
                <li key={`${link.direction}|${link.segment.id}|${link.other.id}`} data-link={link.other.id}>
                  <strong>
                    {link.direction === 'upstream'
                      ? `${link.other.name} → ${link.segment.name}`
                      : `${link.segment.name} → ${link.other.name}`}
                  </strong>{' '}
                  <span class="badge">{t(link.direction === 'upstream' ? 'map.upstream' : 'map.downstream')}</span>{' '}
                  <button
                    type="button"
                    class="chain-link"
                    onClick={() => onChoose({ region: choice.region, chain: link.otherChain.id })}
                  >
                    {link.otherChain.name}
                  </button>
                  <span class="small muted">
                    {' '}
                    · {t('map.localMakers')} {number(link.localProducers)}
                  </span>
                  <ReasonList zh={link.reasons.zh} en={link.reasons.en} />
                </li>
              ))}
            </ul>
          )
        }
      </LoadedView>
    </section>
  );
}
