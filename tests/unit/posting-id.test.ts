import { describe, expect, it } from 'vitest';
import { canonicalPostingUrl, postingId } from '../../src/core/posting-id';

describe('canonicalPostingUrl', () => {
  it('gives every LinkedIn view of one job the same address', () => {
    const urls = [
      'https://www.linkedin.com/jobs/view/3915648739/',
      'https://www.linkedin.com/jobs/view/machine-learning-engineer-at-openai-3915648739?trk=abc&refId=x',
      'https://www.linkedin.com/jobs/search/?currentJobId=3915648739&keywords=ml',
      'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3915648739',
    ];
    expect(new Set(urls.map(canonicalPostingUrl))).toEqual(new Set(['linkedin.com/jobs/view/3915648739']));
  });

  it('treats Indeed viewjob and the split view alike', () => {
    expect(canonicalPostingUrl('https://www.indeed.com/viewjob?jk=bf87&from=serp')).toBe('indeed.com/viewjob?jk=bf87');
    expect(canonicalPostingUrl('https://www.indeed.com/jobs?q=engineer&vjk=bf87')).toBe('indeed.com/viewjob?jk=bf87');
  });

  it('drops tracking parameters and fragments, keeps identifying ones', () => {
    expect(canonicalPostingUrl('https://acme.example/careers/job/?gh_jid=123&utm_source=x#apply')).toBe('acme.example/careers/job?gh_jid=123');
    expect(canonicalPostingUrl('https://jobs.lever.co/acme/abc-123/?lever-source=LinkedIn')).toBe('jobs.lever.co/acme/abc-123');
  });
});

describe('postingId', () => {
  it('is stable, short and differs between jobs', () => {
    const a = postingId('https://www.linkedin.com/jobs/view/1234567');
    expect(a).toBe(postingId('https://www.linkedin.com/jobs/search/?currentJobId=1234567'));
    expect(a).not.toBe(postingId('https://www.linkedin.com/jobs/view/1234568'));
    expect(a).toMatch(/^[0-9a-z]{6,12}$/);
  });

  it('tells apart postings entered by hand on the same page', () => {
    const url = 'https://example.com/list';
    expect(postingId(url, { title: 'A', company: 'X' })).not.toBe(postingId(url, { title: 'B', company: 'X' }));
    expect(postingId(url, { title: 'A', company: 'X' })).not.toBe(postingId(url));
  });
});
