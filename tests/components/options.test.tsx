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

/** The browser's answer to the permission prompt, and whether the permission is held. */
interface FakePermission {
  held: boolean;
  answer: boolean;
  asked: number;
}

async function mount(overrides: Partial<OptionsApi> = {}, permission: FakePermission = { held: false, answer: true, asked: 0 }) {
  const area = memoryArea();
  await writeWith(area, savePosting(posting, '2026-11-01T10:00:00.000Z'));
  await writeWith(area, savePosting({ ...posting, url: 'https://jobs.example/2', title: { value: 'UX Researcher', source: 'json-ld', confidence: 0.9 } }, '2026-11-02T10:00:00.000Z'));
  const api: OptionsApi = {
    read: async () => {
      const list = await readPrepList(area);
      return { settings: await readSettings(area), postings: list.items.length, canNotify: permission.held };
    },
    update: (patch) => writeWith(area, updateSettings(patch)),
    deleteEverything: () => writeWith(area, deleteEverything()),
    requestNotifications: () => {
      permission.asked++;
      permission.held = permission.answer;
      return Promise.resolve(permission.answer);
    },
    dropNotifications: () => {
      permission.held = false;
      return Promise.resolve();
    },
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
    expect(area.dump()[SETTINGS_KEY]).toEqual({ searchEngine: 'google', theme: 'system', reminders: false, quietDays: 14 });
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
          read: () => (fail ? Promise.reject(new Error('Storage is unavailable')) : Promise.resolve({ settings: { searchEngine: 'bing', theme: 'system', reminders: false, quietDays: 14 }, postings: 0, canNotify: false })),
          update: () => Promise.reject(new Error('unused')),
          deleteEverything: () => Promise.reject(new Error('unused')),
          requestNotifications: () => Promise.reject(new Error('unused')),
          dropNotifications: () => Promise.reject(new Error('unused')),
        }}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Your settings could not be read: Storage is unavailable');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Bing' }).checked).toBe(true));
  });
});

describe('reminders on the settings page', () => {
  const box = () => screen.getByRole<HTMLInputElement>('checkbox', { name: 'Remind me of interviews, thank-you notes and follow-ups' });

  it('are off by default, and turning them on asks the browser first, then stores the choice', async () => {
    const permission = { held: false, answer: true, asked: 0 };
    const area = await mount({}, permission);
    expect(box().checked).toBe(false);
    fireEvent.click(box());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Reminders are on.'));
    expect(permission.asked).toBe(1);
    expect(box().checked).toBe(true);
    expect(area.dump()[SETTINGS_KEY]).toEqual({ searchEngine: 'duckduckgo', theme: 'system', reminders: true, quietDays: 14 });
  });

  it('stay off, and say why, when the browser is not allowed to show notifications', async () => {
    const permission = { held: false, answer: false, asked: 0 };
    const area = await mount({}, permission);
    fireEvent.click(box());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Reminders stay off: the browser was not allowed to show notifications.'));
    expect(box().checked).toBe(false);
    expect(area.dump()[SETTINGS_KEY]).toBeUndefined();
  });

  it('turned off, store the choice and give the permission back', async () => {
    const permission = { held: false, answer: true, asked: 0 };
    const area = await mount({}, permission);
    fireEvent.click(box());
    await waitFor(() => expect(box().checked).toBe(true));
    fireEvent.click(box());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Reminders are off.'));
    expect(box().checked).toBe(false);
    expect(permission.held).toBe(false);
    expect(area.dump()[SETTINGS_KEY]).toMatchObject({ reminders: false });
  });

  it('show as off, with a note, when the permission was taken away in the browser', async () => {
    const area = memoryArea();
    await writeWith(area, updateSettings({ reminders: true }));
    render(
      <Options
        api={{
          read: async () => ({ settings: await readSettings(area), postings: 0, canNotify: false }),
          update: (patch) => writeWith(area, updateSettings(patch)),
          deleteEverything: () => Promise.reject(new Error('unused')),
          requestNotifications: () => Promise.resolve(true),
          dropNotifications: () => Promise.resolve(),
        }}
      />,
    );
    await screen.findByRole('heading', { name: 'Interview Lens settings' });
    expect(box().checked).toBe(false);
    expect(screen.getByRole('note').textContent).toContain('no longer allows Interview Lens to show notifications');
  });

  it('the quiet period is stored when it is a whole number of days from 1 to 90, and refused otherwise', async () => {
    const area = await mount();
    const days = screen.getByRole<HTMLInputElement>('spinbutton', { name: /Suggest a follow-up after/ });
    expect(days.value).toBe('14');
    fireEvent.change(days, { target: { value: '0' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not saved: enter a whole number of days from 1 to 90.'));
    expect(area.dump()[SETTINGS_KEY]).toBeUndefined();
    fireEvent.change(days, { target: { value: '10' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Follow-ups are suggested after 10 days without news.'));
    expect(area.dump()[SETTINGS_KEY]).toMatchObject({ quietDays: 10 });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
