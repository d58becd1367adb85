/**
 * One id per job, whatever address it was opened from: saving the same posting again updates
 * it instead of adding a duplicate. LinkedIn shows one job at /jobs/view/<id>, at
 * /jobs/view/<slug>-<id> and in search views as ?currentJobId=<id>; Indeed as /viewjob?jk=<id>
 * and in its split search view as ?vjk=<id>; tracking parameters vary with every click.
 */

/** Query parameters that name the job itself; every other parameter is dropped. */
const IDENTIFYING_PARAMS = new Set(['jk', 'gh_jid', 'jobid', 'job_id', 'id', 'jid', 'posting_id', 'req', 'requisitionid', 'p']);

export function canonicalPostingUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const params = parsed.searchParams;

  if (/(^|\.)linkedin\.com$/.test(host)) {
    const id = params.get('currentJobId') ?? /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/.exec(parsed.pathname)?.[1];
    if (id) return `linkedin.com/jobs/view/${id}`;
  }
  if (/(^|\.)indeed\.[a-z.]+$/.test(host)) {
    const id = params.get('jk') ?? params.get('vjk');
    if (id) return `${host}/viewjob?jk=${id}`;
  }
  const kept = [...params.entries()]
    .filter(([key]) => IDENTIFYING_PARAMS.has(key.toLowerCase()))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`);
  const path = parsed.pathname.replace(/\/+$/, '') || '';
  return `${host}${path}${kept.length > 0 ? `?${kept.join('&')}` : ''}`;
}

/**
 * A short stable hash (cyrb53) of the canonical address, usable as a storage key. A posting
 * entered by hand has no address of its own (it was typed on some other page), so its title
 * and company are part of its identity.
 */
export function postingId(url: string, manual: { title: string; company: string | null } | null = null): string {
  return hashText(canonicalPostingUrl(url) + (manual ? `#manual:${manual.title}|${manual.company ?? ''}` : ''));
}

/** cyrb53: a fast 53-bit string hash, written in base 36. Stable across runs and browsers. */
export function hashText(key: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
