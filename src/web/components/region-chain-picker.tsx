import type { ChainPresence, Page, Region, Chain } from '../api/types';
import { useApi } from '../api/use-api';
import { useT, type MessageKey } from '../i18n/i18n';

const LEVEL_ORDER = ['province', 'city', 'district', 'park'];

/** Regions from province down to park, so a park is found under its level (grouped by it in the picker). */
export function sortRegions(regions: Region[]): Region[] {
  return [...regions].sort(
    (a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.name.localeCompare(b.name, 'zh'),
  );
}

/**
 * The region and chain a map, a meeting plan or a filter is about. `anyLabel` names the empty
 * choice where it means "any" (a filter) rather than "not chosen yet" (a map).
 */
export function RegionChainPicker({
  region,
  chain,
  onChange,
  anyLabel,
}: {
  region: string;
  chain: string;
  onChange(choice: { region: string; chain: string }): void;
  anyLabel?: { region: string; chain: string };
}) {
  const { t } = useT();
  const regions = useApi<Page<Region>>('regions', { limit: 1000 });
  const chains = useApi<Page<Chain>>('chains', { limit: 1000 });
  // with a region chosen, its own chains first, each with how many of its enterprises make it
  const present = useApi<{ items: ChainPresence[] }>(region ? `regions/${encodeURIComponent(region)}/chains` : null);
  const regionItems = regions.state === 'ready' ? sortRegions(regions.data.items) : [];
  const chainItems =
    chains.state === 'ready' ? [...chains.data.items].sort((a, b) => a.name.localeCompare(b.name, 'zh')) : [];
  const counted = region && present.state === 'ready' ? present.data.items : null;
  return (
    <div class="picker">
      <label>
        {t('map.region')}
        <select name="region" value={region} onChange={(e) => onChange({ region: e.currentTarget.value, chain })}>
          <option value="">{anyLabel?.region ?? t('map.pick')}</option>
          {LEVEL_ORDER.map((level) => {
            const atLevel = regionItems.filter((r) => r.level === level);
            return (
              atLevel.length > 0 && (
                <optgroup key={level} label={t(`level.${level}` as MessageKey)}>
                  {atLevel.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </optgroup>
              )
            );
          })}
        </select>
      </label>
      <label>
        {t('map.chain')}
        <select name="chain" value={chain} onChange={(e) => onChange({ region, chain: e.currentTarget.value })}>
          <option value="">{anyLabel?.chain ?? t('map.pick')}</option>
          {counted ? (
            <>
              <optgroup label={t('map.chainsHere')}>
                {counted
                  .filter((c) => c.enterprises > 0)
                  .map((c) => (
                    <option key={c.id} value={c.id} title={`${c.enterprises}`}>
                      {c.name}
                    </option>
                  ))}
              </optgroup>
              <optgroup label={t('map.chainsElsewhere')}>
                {counted
                  .filter((c) => c.enterprises === 0)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
              </optgroup>
            </>
          ) : (
            chainItems.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))
          )}
        </select>
      </label>
    </div>
  );
}
