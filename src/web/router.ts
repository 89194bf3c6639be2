import { useEffect, useState } from 'preact/hooks';

/** The pages, by the name in the address (#/map, #/partners …), which also name their menu item. */
export const PAGES = [
  'map',
  'partners',
  'tackling',
  'talent',
  'service',
  'finance',
  'lists',
  'squads',
  'chief',
  'coverage',
  'graph',
  'import',
] as const;
export type PageName = (typeof PAGES)[number];

export interface Route {
  page: PageName;
  params: URLSearchParams;
}

/** Hash routes: the API serves one file at `/`, and a link to a page with its choices can be shared. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const page = (PAGES as readonly string[]).includes(path) ? (path as PageName) : 'map';
  return { page, params: new URLSearchParams(query) };
}

export function routeHref(page: PageName, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `#/${page}${query ? `?${query}` : ''}`;
}

/** Replaces the current page's choices in the address without adding a history step per keystroke. */
export function replaceParams(page: PageName, params: Record<string, string>): void {
  const kept = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== ''));
  history.replaceState(null, '', routeHref(page, kept));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
