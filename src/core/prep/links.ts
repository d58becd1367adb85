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
