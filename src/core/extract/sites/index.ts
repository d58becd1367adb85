/**
 * The site adapters, listed by hand so src/core runs in Node without a bundler. A new site
 * is one new file in this folder that exports its adapter as the default, one line here, and
 * its fixtures (a meta-test checks that every fixture's address matches exactly one adapter).
 */
import ashby from './ashby';
import bamboohr from './bamboohr';
import builtin from './builtin';
import dice from './dice';
import glassdoor from './glassdoor';
import greenhouse from './greenhouse';
import icims from './icims';
import indeed from './indeed';
import jobindex from './jobindex';
import jobvite from './jobvite';
import lever from './lever';
import linkedin from './linkedin';
import monster from './monster';
import otta from './otta';
import personio from './personio';
import recruitee from './recruitee';
import reed from './reed';
import seek from './seek';
import smartrecruiters from './smartrecruiters';
import stepstone from './stepstone';
import teamtailor from './teamtailor';
import totaljobs from './totaljobs';
import welcometothejungle from './welcometothejungle';
import wellfound from './wellfound';
import workable from './workable';
import workday from './workday';
import xing from './xing';
import ziprecruiter from './ziprecruiter';
import type { SiteAdapter } from './site';

/** Every site adapter, sorted by id; the first whose matches() is true reads the page. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  ashby,
  bamboohr,
  builtin,
  dice,
  glassdoor,
  greenhouse,
  icims,
  indeed,
  jobindex,
  jobvite,
  lever,
  linkedin,
  monster,
  otta,
  personio,
  recruitee,
  reed,
  seek,
  smartrecruiters,
  stepstone,
  teamtailor,
  totaljobs,
  welcometothejungle,
  wellfound,
  workable,
  workday,
  xing,
  ziprecruiter,
  // By id, compared as plain strings: localeCompare would build an ICU collator, which costs
  // milliseconds in a fresh page, where this runs on every click.
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function adapterFor(url: URL, doc: Document): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(url, doc)) ?? null;
}
