// @vitest-environment jsdom
/** "Your résumé" on the prep list page, and "You and this posting" in each opened plan. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installBundledLexicon } from '../../src/core/analyze/bundled-lexicon';
import type { JobPosting } from '../../src/core/posting';
import type { PrepListApi } from '../../src/prep-list/api';
import { App } from '../../src/prep-list/App';
import { createPrepListStore, PrepListContext } from '../../src/prep-list/store';
import { importPostings, readPrepList, savePosting, writeWith } from '../../src/storage/prep-list';
import { PROFILE_KEY, readProfile, setResume } from '../../src/storage/profile';
import { memoryArea } from '../helpers/memory-area';
import { readFixture } from '../fixtures/snapshot';

const RESUME = readFileSync(resolve(import.meta.dirname, '../fixtures/resumes/backend-engineer.txt'), 'utf8');
const NOW = '2026-11-30T09:00:00.000Z';

async function mount(initial: Record<string, unknown> = {}) {
  const area = memoryArea(initial);
  await writeWith(area, savePosting(readFixture('jsonld-demo-posting') as JobPosting, '2026-11-01T10:00:00.000Z'));
  const unused = () => Promise.reject(new Error('unused'));
  const api: PrepListApi = {
    read: () => readPrepList(area),
    loadLexicon: () => Promise.resolve(installBundledLexicon()),
    add: unused,
    readProfile: () => readProfile(area),
    setResume: (resume) => writeWith(area, setResume(resume, NOW)),
    update: unused,
    remove: unused,
    merge: unused,
    restore: unused,
    importRecords: (records) => writeWith(area, importPostings(records)),
    onChange: () => () => undefined,
  };
  const store = createPrepListStore(api);
  render(
    <PrepListContext.Provider value={store}>
      <App highlight={null} />
    </PrepListContext.Provider>,
  );
  await store.load();
  return { area, store };
}

afterEach(cleanup);

function panel(): HTMLElement {
  return document.querySelector<HTMLElement>('details.resume-panel')!;
}

describe('your résumé', () => {
  it('keeps a pasted résumé on the device and sets every opened plan beside it', async () => {
    const { area } = await mount();
    fireEvent.input(within(panel()).getByRole('textbox', { name: 'Paste your résumé' }), { target: { value: RESUME } });
    fireEvent.click(within(panel()).getByRole('button', { name: 'Keep this résumé' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Your résumé is saved on this device.'));
    expect(area.dump()[PROFILE_KEY]).toEqual({ resume: { text: RESUME, source: 'pasted', savedAt: NOW } });
    expect(within(panel()).getByText(/^Your résumé \(\d+ words, from pasted\)$/)).toBeTruthy();

    const row = screen.getByText('Senior Backend Engineer, Payments Platform').closest('li')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Open plan' }));
    const fit = await within(row).findByRole('region', { name: /^You and this posting/ });
    expect(within(fit).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      expect.arrayContaining([
        'Go: Rebuilt the claims payout service in Go, cutting failed payouts by 38% in the first quarter',
        expect.stringMatching(/^Kubernetes: Your résumé does not show Kubernetes\./),
      ]),
    );
    expect(fit.textContent).toContain('Experience: the posting asks for 5+ years; your résumé shows about');
  });

  it('refuses text too thin to be a résumé, and a PDF it cannot read here, saying what to do', async () => {
    const { area } = await mount();
    fireEvent.input(within(panel()).getByRole('textbox', { name: 'Paste your résumé' }), { target: { value: 'CV' } });
    fireEvent.click(within(panel()).getByRole('button', { name: 'Keep this résumé' }));
    expect(within(panel()).getByRole('alert').textContent).toBe('This cannot be used: it holds too little text to be a résumé.');
    const input = panel().querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], 'cv.pdf', { type: 'application/pdf' })] } });
    await waitFor(() => expect(within(panel()).getByRole('alert').textContent).toMatch(/^cv\.pdf: PDF and Word files are read by the command-line tool for now/));
    expect(area.dump()[PROFILE_KEY]).toBeUndefined();
  });

  it('reads a Markdown file into the box without its marks, naming the file as the source', async () => {
    const { area } = await mount();
    const input = panel().querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File(['## Experience\n- **Built** payment services in Go for 40,000 shops'], 'ines.md', { type: 'text/markdown' })] } });
    await waitFor(() => expect(within(panel()).getByRole<HTMLTextAreaElement>('textbox', { name: 'Paste your résumé' }).value).toBe('Experience\n- Built payment services in Go for 40,000 shops'));
    fireEvent.click(within(panel()).getByRole('button', { name: 'Keep this résumé' }));
    await waitFor(() => expect((area.dump()[PROFILE_KEY] as { resume: { source: string } }).resume.source).toBe('ines.md'));
  });

  it('removes the résumé, and plans no longer show the section', async () => {
    const { area } = await mount({ [PROFILE_KEY]: { resume: { text: RESUME, source: 'cv.txt', savedAt: NOW } } });
    fireEvent.click(within(panel()).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your résumé is removed.'));
    expect(area.dump()[PROFILE_KEY]).toEqual({ resume: null });
    const row = screen.getByText('Senior Backend Engineer, Payments Platform').closest('li')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Open plan' }));
    await within(row).findByRole('region', { name: /^Research/ });
    expect(within(row).queryByRole('region', { name: /^You and this posting/ })).toBeNull();
  });
});

describe('the résumé in a backup', () => {
  const backup = (text: string) => JSON.stringify({ format: 'interview-lens-backup', schemaVersion: 1, exportedAt: '2026-11-21T00:00:00.000Z', postings: [], profile: { resume: { text, source: 'old-cv.txt', savedAt: '2026-10-01T00:00:00.000Z' } } });

  it('is restored where there is none', async () => {
    const { area, store } = await mount();
    await store.importBackup(backup(RESUME));
    expect(store.message.value).toBe('Backup imported: 0 added, 0 updated, 0 already up to date. Your résumé is restored.');
    expect((area.dump()[PROFILE_KEY] as { resume: { text: string; source: string } }).resume).toMatchObject({ text: RESUME, source: 'old-cv.txt' });
  });

  it('does not replace the one here, and says so', async () => {
    const { area, store } = await mount({ [PROFILE_KEY]: { resume: { text: RESUME, source: 'cv.txt', savedAt: NOW } } });
    await store.importBackup(backup('An older résumé, from before the last job, with other lines in it.'));
    expect(store.message.value).toBe('Backup imported: 0 added, 0 updated, 0 already up to date. The résumé in the backup was not imported: the one here is kept.');
    expect((area.dump()[PROFILE_KEY] as { resume: { text: string } }).resume.text).toBe(RESUME);
  });
});
