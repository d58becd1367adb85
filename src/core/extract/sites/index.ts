import type { SiteAdapter } from './site';

/** Every site adapter, in the order they are tried; the first whose matches() is true reads the page. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [];

export function adapterFor(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}
