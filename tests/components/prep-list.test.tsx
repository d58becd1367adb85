// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { serialize } from '../../src/background/serialize';
import type { JobPosting } from '../../src/core/posting';
import type { PrepListApi } from '../../src/prep-list/api';
import { App } from '../../src/prep-list/App';
import { createPrepListStore, PrepListContext } from '../../src/prep-list/store';
import { toBackup } from '../../src/storage/backup';
import { importPostings, readPrepList, removePosting, restorePosting, savePosting, updatePosting, writeWith } from '../../src/storage/prep-list';
import { memoryArea } from '../helpers/memory-area';

function posting(title: string, company: string): JobPosting {
  return {
    kind: 'posting',
    url: `https://jobs.example/${encodeURIComponent(title)}`,
    title: { value: title, source: 'json-ld', confidence: 0.9 },
    company: { value: company, source: 'json-ld', confidence: 0.9 },
    location: null,
    description: { value: 'Requirements\n- Experience with Figma and user research', source: 'json-ld', confidence: 0.85 },
  };
}

/** The page over the real storage logic and an in-memory area: only the browser is fake. */
async function mount() {
  const area = memoryArea();
  await writeWith(area, savePosting(posting('Product Designer', 'Fernleaf'), '2026-11-01T10:00:00.000Z'));
  await writeWith(area, savePosting(posting('UX Researcher', 'Quarry Labs'), '2026-11-02T10:00:00.000Z'));
  const now = () => new Date().toISOString();
  // Writes one at a time, as the background runs them.
  const write = serialize();
  const api: PrepListApi = {
    read: () => readPrepList(area),
    update: (id, patch) => write(() => writeWith(area, updatePosting(id, patch, now()))),
    remove: (id) => write(() => writeWith(area, removePosting(id))),
    restore: (record) => write(() => writeWith(area, restorePosting(record))),
    importRecords: (records) => write(() => writeWith(area, importPostings(records))),
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

describe('prep list page', () => {
  it('lists, searches and filters by status', async () => {
    const { store } = await mount();
    await screen.findByText('Product Designer');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['UX Researcher', 'Product Designer']);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the prep list' }), { target: { value: 'fernleaf' } });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Product Designer']);
    store.query.value = '';
    fireEvent.change(await screen.findByRole('combobox', { name: /^Status of UX Researcher/ }), { target: { value: 'applied' } });
    await waitFor(() => expect(store.records.value.find((r) => r.posting.title?.value === 'UX Researcher')?.status).toBe('applied'));
    fireEvent.change(screen.getByRole('combobox', { name: /^Status$/ }), { target: { value: 'applied' } });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['UX Researcher']);
  });

  it('removes with undo', async () => {
    const { area } = await mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Product Designer' }));
    await screen.findByText('Removed “Product Designer”.');
    expect((await readPrepList(area)).items).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored “Product Designer”.');
    expect((await readPrepList(area)).items).toHaveLength(2);
  });

  it('opens a plan and saves ticks and examples as they change', async () => {
    const { area } = await mount();
    const row = (await screen.findByText('Product Designer')).closest('li')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Open plan' }));
    const boxes = within(row).getAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    fireEvent.click(boxes[0]!);
    const example = within(row).getByRole('textbox', { name: /^experience with Figma and user research/i });
    fireEvent.blur(example, { target: { value: 'Redesigned checkout with 12 user interviews.' } });
    await waitFor(async () => {
      const saved = (await readPrepList(area)).items.find((r) => r.posting.title?.value === 'Product Designer')!;
      expect(Object.values(saved.checklist)).toEqual([true]);
      expect(Object.values(saved.story)).toEqual(['Redesigned checkout with 12 user interviews.']);
    });
  });

  it('imports a backup, and refuses a broken one without changing anything', async () => {
    const { area, store } = await mount();
    await screen.findByText('Product Designer');
    const before = area.dump();
    await store.importBackup('{"format": "interview-lens-backup", "schemaVersion": 1, "postings": [{"id": 1}]}');
    await screen.findByText('Posting 1 of the backup could not be read. Nothing was imported.');
    expect(area.dump()).toEqual(before);

    const other = memoryArea();
    await writeWith(other, savePosting(posting('Design Lead', 'Marlow & Tide'), '2026-11-05T10:00:00.000Z'));
    await store.importBackup(toBackup((await readPrepList(other)).items, '2026-11-06T00:00:00.000Z'));
    await screen.findByText('Backup imported: 1 added, 0 updated, 0 already up to date.');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toContain('Design Lead');
  });

  it('shows an empty list plainly', async () => {
    const area = memoryArea();
    const store = createPrepListStore({
      read: () => readPrepList(area),
      update: () => Promise.reject(new Error('unused')),
      remove: () => Promise.reject(new Error('unused')),
      restore: () => Promise.reject(new Error('unused')),
      importRecords: () => Promise.reject(new Error('unused')),
      onChange: () => () => undefined,
    });
    render(
      <PrepListContext.Provider value={store}>
        <App highlight={null} />
      </PrepListContext.Provider>,
    );
    await store.load();
    await screen.findByText('Your prep list is empty');
    expect(screen.getByRole('button', { name: 'Backup' }).hasAttribute('disabled')).toBe(true);
  });
});
