import type { Page, Region, Chain } from '../api/types';
import { useApi } from '../api/use-api';
import { useT } from '../i18n/i18n';

const LEVEL_ORDER = ['province', 'city', 'district', 'park'];

/** Regions from province down to park, so a park is found under its level. */
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
  const regionItems = regions.state === 'ready' ? sortRegions(regions.data.items) : [];
  const chainItems =
    chains.state === 'ready' ? [...chains.data.items].sort((a, b) => a.name.localeCompare(b.name, 'zh')) : [];
  return (
    <div class="picker">
      <label>
        {t('map.region')}
        <select name="region" value={region} onChange={(e) => onChange({ region: e.currentTarget.value, chain })}>
          <option value="">{anyLabel?.region ?? t('map.pick')}</option>
          {regionItems.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('map.chain')}
        <select name="chain" value={chain} onChange={(e) => onChange({ region, chain: e.currentTarget.value })}>
          <option value="">{anyLabel?.chain ?? t('map.pick')}</option>
          {chainItems.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
