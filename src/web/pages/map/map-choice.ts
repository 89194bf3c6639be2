import { replaceParams } from '../../router';

/** The region and chain the map is drawn for ('' while not chosen). */
export interface MapChoice {
  region: string;
  chain: string;
}

const REMEMBERED = 'redchain.map.choice';

/** The choice a link carries, else the one this browser made last. */
export function firstChoice(params: URLSearchParams): MapChoice {
  const region = params.get('region');
  const chain = params.get('chain');
  if (region || chain) return { region: region ?? '', chain: chain ?? '' };
  try {
    return { region: '', chain: '', ...(JSON.parse(localStorage.getItem(REMEMBERED) ?? '{}') as object) };
  } catch {
    return { region: '', chain: '' };
  }
}

/** A choice kept for the next visit and put in the address, so a link opens the same map. */
export function rememberChoice(choice: MapChoice): void {
  localStorage.setItem(REMEMBERED, JSON.stringify(choice));
  replaceParams('map', { ...choice });
}
