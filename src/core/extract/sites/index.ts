/**
 * The site adapters: every module in this folder other than index, site and helpers exports
 * one as its default, and is picked up here. A new site is one new file (and its fixtures).
 */
import type { SiteAdapter } from './site';

const modules = import.meta.glob<{ default: SiteAdapter }>(['./*.ts', '!./index.ts', '!./site.ts', '!./helpers.ts'], { eager: true });

/** Every site adapter, by id; the first whose matches() is true reads the page. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => a.id.localeCompare(b.id));

export function adapterFor(url: URL, doc: Document): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url, doc)) ?? null;
}
