// @vitest-environment jsdom
/** The settings page over the real storage logic and an in-memory area: only the browser is fake. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobPosting } from '../../src/core/posting';
import type { OptionsApi } from '../../src/options/api';
import { Options } from '../../src/options/Options';
import { readPrepList, savePosting, writeWith } from '../../src/storage/prep-list';
import { deleteEverything, readSettings, SETTINGS_KEY, updateSettings } from '../../src/storage/settings';
import { memoryArea } from '../helpers/memory-area';

const posting: JobPosting = {
  kind: 'posting',
  url: 'https://jobs.example/1',
  title: { value: 'Product Designer', source: 'json-ld', confidence: 0.9 },
  company: { value: 'Fernleaf', source: 'json-ld', confidence: 0.9 },
  location: null,
  description: null,
};

async function mount(overrides: Partial<OptionsApi> = {}) {
  const area = memoryArea();
  await writeWith(area, savePosting(posting, '2026-11-01T10:00:00.000Z'));
  await writeWith(area, savePosting({ ...posting, url: 'https://jobs.example/2', title: { value: 'UX Researcher', source: 'json-ld', confidence: 0.9 } }, '2026-11-02T10:00:00.000Z'));
  const api: OptionsApi = {
    read: async () => {
      const list = await readPrepList(area);
      return { settings: await readSettings(area), postings: list.items.length };
    },
    update: (patch) => writeWith(area, updateSettings(patch)),
    deleteEverything: () => writeWith(area, deleteEverything()),
    ...overrides,
  };
  render(<Options api={api} />);
  await screen.findByRole('heading', { name: 'Interview Lens settings' });
  return area;
}

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

describe('the settings page', () => {
  it('shows the stored choices, DuckDuckGo and the system theme by default', async () => {
    await mount();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'DuckDuckGo' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Same as the system' }).checked).toBe(true);
    expect(screen.getByText(/^2 saved postings, with their notes/)).toBeTruthy();
  });

  it('stores the search engine at once and says so', async () => {
    const area = await mount();
    fireEvent.click(screen.getByRole('radio', { name: 'Google' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Research links now open in Google.'));
    expect(area.dump()[SETTINGS_KEY]).toEqual({ searchEngine: 'google', theme: 'system' });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Google' }).checked).toBe(true);
  });

  it('applies the theme to the page, and "system" leaves it to the browser', async () => {
    await mount();
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    fireEvent.click(screen.getByRole('radio', { name: 'Same as the system' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  it('asks before deleting, and Cancel deletes nothing', async () => {
    const area = await mount();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByText(/Delete all 2 saved postings, your résumé and your settings\?/)).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Yes, delete everything' })).toBeNull();
    expect((await readPrepList(area)).items).toHaveLength(2);
  });

  it('deletes every posting and the settings when confirmed, and says how many', async () => {
    const area = await mount();
    fireEvent.click(screen.getByRole('radio', { name: 'Bing' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Bing'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Deleted 2 saved postings, your résumé and your settings.'));
    expect((await readPrepList(area)).items).toEqual([]);
    expect(area.dump()[SETTINGS_KEY]).toBeUndefined();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'DuckDuckGo' }).checked).toBe(true);
    expect(screen.getByText(/^0 saved postings/)).toBeTruthy();
  });

  it('says when a change could not be stored, and keeps the choice shown as stored', async () => {
    await mount({ update: () => Promise.reject(new Error('Storage is full')) });
    fireEvent.click(screen.getByRole('radio', { name: 'Ecosia' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not saved: Storage is full'));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'DuckDuckGo' }).checked).toBe(true);
  });

  it('says when deleting failed, and that nothing was deleted', async () => {
    const area = await mount({ deleteEverything: () => Promise.reject(new Error('The background stopped')) });
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Nothing was deleted: The background stopped'));
    expect((await readPrepList(area)).items).toHaveLength(2);
  });

  it('shows an error with a way to try again when the settings cannot be read', async () => {
    let fail = true;
    render(
      <Options
        api={{
          read: () => (fail ? Promise.reject(new Error('Storage is unavailable')) : Promise.resolve({ settings: { searchEngine: 'bing', theme: 'system' }, postings: 0 })),
          update: () => Promise.reject(new Error('unused')),
          deleteEverything: () => Promise.reject(new Error('unused')),
        }}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Your settings could not be read: Storage is unavailable');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Bing' }).checked).toBe(true));
  });
});
