/**
 * Research links, built locally from the posting's own words. The extension never requests
 * them: they are ordinary links the user chooses to open.
 */
import type { Link } from './plan';

const enc = encodeURIComponent;

export function webSearch(label: string, query: string): Link {
  return { label, url: `https://duckduckgo.com/?q=${enc(query)}` };
}

export function newsSearch(label: string, query: string): Link {
  return { label, url: `https://duckduckgo.com/?q=${enc(query)}&iar=news&ia=news` };
}

/** A search inside one site: "site:ramp.com mission values". */
export function siteSearch(label: string, domain: string, terms: string): Link {
  return webSearch(label, `site:${domain} ${terms}`);
}

/** The search engines research links can open, DuckDuckGo first: it keeps no profile of the user. */
export const SEARCH_ENGINES = ['duckduckgo', 'google', 'bing', 'startpage', 'ecosia'] as const;
export type SearchEngine = (typeof SEARCH_ENGINES)[number];

export const SEARCH_ENGINE_NAMES: Record<SearchEngine, string> = {
  duckduckgo: 'DuckDuckGo',
  google: 'Google',
  bing: 'Bing',
  startpage: 'Startpage',
  ecosia: 'Ecosia',
};

const ENGINE_URLS: Record<SearchEngine, { web: string; news: string }> = {
  duckduckgo: { web: 'https://duckduckgo.com/?q=', news: 'https://duckduckgo.com/?iar=news&ia=news&q=' },
  google: { web: 'https://www.google.com/search?q=', news: 'https://www.google.com/search?tbm=nws&q=' },
  bing: { web: 'https://www.bing.com/search?q=', news: 'https://www.bing.com/news/search?q=' },
  startpage: { web: 'https://www.startpage.com/do/search?q=', news: 'https://www.startpage.com/do/search?cat=news&q=' },
  ecosia: { web: 'https://www.ecosia.org/search?q=', news: 'https://www.ecosia.org/news?q=' },
};

/**
 * A research link as the user's search engine would open it. Plans are built (and saved) with
 * DuckDuckGo links; the engine is the user's setting, applied when a link is shown, so
 * changing it changes every plan, saved ones included. Other links are left as they are.
 */
export function withSearchEngine(url: string, engine: SearchEngine): string {
  if (engine === 'duckduckgo' || !url.startsWith('https://duckduckgo.com/?')) return url;
  const params = new URL(url).searchParams;
  const query = params.get('q');
  if (query === null) return url;
  return ENGINE_URLS[engine][params.get('ia') === 'news' ? 'news' : 'web'] + enc(query);
}

export function linkedInPeople(label: string, keywords: string): Link {
  return { label, url: `https://www.linkedin.com/search/results/people/?keywords=${enc(keywords)}` };
}

export function glassdoorInterviews(company: string): Link {
  return { label: 'Interview reviews on Glassdoor', url: `https://www.glassdoor.com/Search/results.htm?keyword=${enc(company)}` };
}

export function levelsFyi(company: string, title: string): Link {
  return webSearch('Pay on Levels.fyi', `site:levels.fyi ${company} ${title}`);
}

export function crunchbase(company: string): Link {
  return { label: 'Funding on Crunchbase', url: `https://www.crunchbase.com/textsearch?q=${enc(company)}` };
}

/** The registrable part of a company URL, for site: searches ("https://www.ramp.com/x" -> "ramp.com"). */
export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return /\.(?:linkedin|glassdoor|indeed|twitter|x|facebook)\.com$|^(?:linkedin|glassdoor|indeed)\.com$/.test(host) ? null : host;
  } catch {
    return null;
  }
}
