// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractPosting } from '../../src/core/extract';
import { field, notAPosting, type JobPosting } from '../../src/core/posting';
import { App } from '../../src/popup/App';
import { createPopupStore, StoreContext } from '../../src/popup/store';
import { parseHtml } from '../helpers/dom';
import { fakeApi } from './fake-api';

const DEMO = resolve(import.meta.dirname, '../fixtures/pages/jsonld-demo-posting/page.html');
const demoPosting = extractPosting(parseHtml(readFileSync(DEMO, 'utf8'), 'https://northwind-ledger.example/jobs/1'), 'https://northwind-ledger.example/jobs/1') as JobPosting;

async function mount(fake: ReturnType<typeof fakeApi>) {
  const store = createPopupStore(fake.api);
  await store.start();
  render(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
  );
  void store.read();
  return store;
}

afterEach(cleanup);

describe('popup on a posting', () => {
  it('shows the fields found, with their provenance', async () => {
    await mount(fakeApi({ result: demoPosting }));
    await screen.findByText('Senior Backend Engineer, Payments Platform', { selector: '.value' });
    expect(screen.getByText('Northwind Ledger', { selector: '.value' })).toBeTruthy();
    expect(screen.getByText('Berlin, Germany (Hybrid)', { selector: '.value' })).toBeTruthy();
    expect(document.querySelector('.field-title .provenance')?.textContent).toBe('structured data (JSON-LD) · sure');
    expect(document.querySelector('.facts')?.textContent).toMatch(/^Hybrid · Full-time · Senior · €85,000 to €105,000 a year · Posted .+ · Apply by /);
    expect(Array.from(document.querySelectorAll('.facts span')).map((s) => s.getAttribute('title'))).toEqual([
      'Found in: page text. Confidence: high.',
      'Found in: structured data (JSON-LD). Confidence: high.',
      'Found in: structured data (JSON-LD). Confidence: medium.',
      'Found in: structured data (JSON-LD). Confidence: high.',
      'Found in: structured data (JSON-LD). Confidence: high.',
      'Found in: structured data (JSON-LD). Confidence: high.',
    ]);
  });

  it('lets the user fix a field in place, and the plan follows', async () => {
    const store = await mount(fakeApi({ result: demoPosting }));
    await screen.findByText('Senior Backend Engineer, Payments Platform', { selector: '.value' });
    fireEvent.click(screen.getByRole('button', { name: 'Edit company' }));
    const input = screen.getByRole('textbox', { name: 'Company' });
    fireEvent.input(input, { target: { value: 'Northwind Ledger GmbH' } });
    fireEvent.submit(input.closest('form')!);
    await screen.findByText('Northwind Ledger GmbH', { selector: '.value' });
    expect(document.querySelector('.field-company .provenance')?.textContent).toBe('entered by you · sure');
    expect(store.plan.value!.posting.company).toBe('Northwind Ledger GmbH');
  });

  it('Escape cancels an edit', async () => {
    await mount(fakeApi({ result: demoPosting }));
    await screen.findByText('Senior Backend Engineer, Payments Platform', { selector: '.value' });
    fireEvent.click(screen.getByRole('button', { name: 'Edit location' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Location' }), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Location' })).toBeNull();
    expect(screen.getByText('Berlin, Germany (Hybrid)', { selector: '.value' })).toBeTruthy();
  });

  it('switches sections with the arrow keys', async () => {
    await mount(fakeApi({ result: demoPosting }));
    const research = await screen.findByRole('tab', { name: 'Research' });
    fireEvent.keyDown(research, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Ask them' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Ask them' }), { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Follow up' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Follow up' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Research' }).getAttribute('aria-selected')).toBe('true');
  });

  it('copies a question and confirms it', async () => {
    const fake = fakeApi({ result: demoPosting });
    await mount(fake);
    fireEvent.click(await screen.findByRole('tab', { name: 'Ask them' }));
    const first = document.querySelector('.question')!;
    const text = first.querySelector('.question-text')!.textContent;
    fireEvent.click(within(first as HTMLElement).getByRole('button', { name: `Copy: ${text}` }));
    await waitFor(() => expect(fake.copied).toEqual([text]));
    await screen.findByText('Question copied.');
    expect(within(first as HTMLElement).getByRole('button', { name: `Copied: ${text}` }).textContent).toBe('Copied ✓');
  });

  it('filters questions by interview stage, and Copy all copies what is shown', async () => {
    const fake = fakeApi({ result: demoPosting });
    const store = await mount(fake);
    fireEvent.click(await screen.findByRole('tab', { name: 'Ask them' }));
    const all = document.querySelectorAll('.question').length;
    fireEvent.change(screen.getByRole('combobox', { name: /Interview stage/ }), { target: { value: 'recruiter' } });
    const recruiter = store.plan.value!.questions.filter((q) => q.stages.includes('recruiter'));
    expect(document.querySelectorAll('.question').length).toBe(recruiter.length);
    expect(recruiter.length).toBeLessThan(all);
    fireEvent.click(screen.getByRole('button', { name: `Copy all: ${recruiter.length} questions` }));
    await waitFor(() => expect(fake.copied).toHaveLength(1));
    for (const q of recruiter) expect(fake.copied[0]).toContain(`- ${q.text}`);
  });

  it('copies every section whole: the research checklist and the questions to expect', async () => {
    const fake = fakeApi({ result: demoPosting });
    const store = await mount(fake);
    fireEvent.click((await screen.findAllByRole('checkbox'))[0]!);
    fireEvent.click(screen.getByRole('button', { name: /^Copy all: \d+ research items$/ }));
    await waitFor(() => expect(fake.copied).toHaveLength(1));
    const research = fake.copied[0]!.split('\n').filter((l) => l.startsWith('- ['));
    expect(research).toHaveLength(store.plan.value!.research.length);
    expect(research[0]).toBe(`- [x] ${store.plan.value!.research[0]!.text}`);
    expect(research[1]).toBe(`- [ ] ${store.plan.value!.research[1]!.text}`);

    fireEvent.click(screen.getByRole('tab', { name: 'Expect' }));
    fireEvent.click(screen.getByRole('button', { name: /^Copy all: \d+ questions to expect$/ }));
    await waitFor(() => expect(fake.copied).toHaveLength(2));
    for (const e of store.plan.value!.expect) expect(fake.copied[1]).toContain(`- ${e.text}\n  ${e.hint}`);
  });

  it('saves, keeps research ticks made before saving, and then updates', async () => {
    const fake = fakeApi({ result: demoPosting });
    await mount(fake);
    const firstItem = (await screen.findAllByRole('checkbox'))[0]!;
    fireEvent.click(firstItem);
    fireEvent.click(screen.getByRole('button', { name: 'Save to prep list' }));
    await screen.findByRole('button', { name: 'Saved ✓' });
    await screen.findByText('Saved to your prep list.');
    const { items } = await fake.list();
    expect(items).toHaveLength(1);
    expect(items[0]!.checklist).toEqual({ 'research-values': true });
    // The posting and the ticks went in one write: a save cannot half-succeed.
    expect(fake.area.writes).toBe(1);
  });

  it('keeps the user’s examples for the top requirements, before and after saving', async () => {
    const fake = fakeApi({ result: demoPosting });
    const store = await mount(fake);
    fireEvent.click(await screen.findByRole('tab', { name: 'Expect' }));
    const slots = store.plan.value!.story;
    expect(slots.map((s) => s.requirement)).toContain('5+ years of experience building backend systems in production');
    const byStart = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    const first = screen.getByRole('textbox', { name: byStart(slots[0]!.requirement) });
    fireEvent.input(first, { target: { value: 'Rebuilt the billing ledger at my last job.' } });
    fireEvent.blur(first);
    fireEvent.click(screen.getByRole('button', { name: 'Save to prep list' }));
    await screen.findByRole('button', { name: 'Saved ✓' });
    expect((await fake.list()).items[0]!.story).toEqual({ [slots[0]!.id]: 'Rebuilt the billing ledger at my last job.' });

    const second = screen.getByRole('textbox', { name: byStart(slots[1]!.requirement) });
    fireEvent.input(second, { target: { value: 'Go services at scale.' } });
    fireEvent.blur(second);
    await waitFor(async () => expect(Object.keys((await fake.list()).items[0]!.story)).toHaveLength(2));
  });

  it('links each interviewer the user names, and saves the names with the posting', async () => {
    const fake = fakeApi({ result: demoPosting });
    const store = await mount(fake);
    const input = await screen.findByRole('textbox', { name: /Interviewers’ names/ });
    fireEvent.change(input, { target: { value: 'Priya Natarajan, Tom Becker' } });
    await waitFor(() => expect(store.interviewers.value).toEqual(['Priya Natarajan', 'Tom Becker']));
    const item = document.querySelector('[data-id="research-interviewers"]')!;
    expect(item.querySelector('label span')?.textContent).toBe(
      'Look up Priya Natarajan and Tom Becker: each one’s role, how long they have been at Northwind Ledger, what they have written or spoken about.',
    );
    expect(Array.from(item.querySelectorAll('.links a')).map((a) => a.textContent)).toEqual(['Priya Natarajan on LinkedIn', 'Tom Becker on LinkedIn']);
    fireEvent.click(screen.getByRole('button', { name: 'Save to prep list' }));
    await screen.findByRole('button', { name: 'Saved ✓' });
    expect((await fake.list()).items[0]!.interviews[0]!.interviewers).toEqual([{ name: 'Priya Natarajan', role: '' }, { name: 'Tom Becker', role: '' }]);
  });

  it('says so above the plan when the posting is too thin to ground it', async () => {
    const thin: JobPosting = {
      kind: 'posting',
      url: 'https://jobs.example/1',
      title: field('Warehouse Assistant', 'json-ld', 0.9),
      company: field('Pellam Logistics', 'json-ld', 0.9),
      location: null,
      description: field('We are hiring a warehouse assistant. Apply today.', 'json-ld', 0.9),
    };
    await mount(fakeApi({ result: thin }));
    await screen.findByText('Warehouse Assistant', { selector: '.value' });
    expect(document.querySelector('.notice')?.textContent).toMatch(/^This posting says too little to build a plan for this job alone: none of the research steps/);
    // The demo posting grounds enough: no notice.
    cleanup();
    await mount(fakeApi({ result: demoPosting }));
    await screen.findByText('Senior Backend Engineer, Payments Platform', { selector: '.value' });
    expect(document.querySelector('.notice')).toBeNull();
  });

  it('shows a save failure plainly and keeps the plan', async () => {
    await mount(fakeApi({ result: demoPosting, failSave: 'The browser’s storage for Interview Lens is full.' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save to prep list' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: The browser’s storage for Interview Lens is full.');
    expect(screen.getByRole('tab', { name: 'Research' })).toBeTruthy();
  });

  it('fills in the thank-you note as the user types', async () => {
    const fake = fakeApi({ result: demoPosting });
    await mount(fake);
    fireEvent.click(await screen.findByRole('tab', { name: 'Follow up' }));
    const note = () => document.querySelector('.note')!.textContent;
    expect(note()).toMatch(/^Dear \[interviewer’s name\],/);
    fireEvent.input(screen.getByRole('textbox', { name: 'Interviewer’s name' }), { target: { value: 'Priya' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'A topic you discussed' }), { target: { value: 'the settlement pipeline' } });
    expect(note()).toMatch(/^Dear Priya,/);
    expect(note()).toContain('our conversation about the settlement pipeline.');
    // The core of the title: its own comma would read as the sentence's.
    expect(note()).toContain('the Senior Backend Engineer role at Northwind Ledger');
  });
});

describe('popup on other pages', () => {
  it('answers a browser page before reading anything, with the prep list reachable', async () => {
    const fake = fakeApi({ tab: { url: 'chrome://extensions/' }, result: demoPosting });
    const store = await mount(fake);
    expect(store.page.value.kind).toBe('not-a-posting');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('This is a browser page. Extensions cannot read it, so there is no posting here.');
    expect(fake.reads()).toBe(0);
    fireEvent.click(screen.getAllByRole('button', { name: 'Open prep list' }).at(-1)!);
    expect(fake.opened).toEqual([undefined]);
  });

  it('offers the selection as the description on a page with no posting', async () => {
    const fake = fakeApi({ result: notAPosting('https://blog.example/post', 'no-posting', 'A blog'), selection: 'We are hiring a baker.\nYou will bake bread at 5 am.' });
    const store = await mount(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Use the selected text as the job description' }));
    // The role is only the page's title, a guess: the user checks it before the plan.
    await screen.findByRole('heading', { name: 'Check the role and the employer' });
    fireEvent.input(screen.getByRole('textbox', { name: /Role/ }), { target: { value: 'Baker' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show my prep plan' }));
    await screen.findByText('your selection · sure');
    expect(store.posting.value!.description!.value).toBe('We are hiring a baker.\nYou will bake bread at 5 am.');
  });

  it('lets the user enter a posting by hand', async () => {
    const store = await mount(fakeApi({ result: notAPosting('https://blog.example/post', 'list', 'Jobs') }));
    fireEvent.click(await screen.findByRole('button', { name: 'Enter the posting by hand' }));
    fireEvent.input(screen.getByRole('textbox', { name: /^Role/ }), { target: { value: 'Head Baker' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Company' }), { target: { value: 'Crumb & Co' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Build my prep plan' }).closest('form')!);
    await screen.findByText('Head Baker', { selector: '.value' });
    expect(store.posting.value!.manual).toBe(true);
    expect(store.plan.value!.questions.length).toBeGreaterThanOrEqual(10);
  });

  it('shows the posting while the skills list loads, and the plan once it has', async () => {
    let loaded = () => {};
    await mount(fakeApi({ result: demoPosting, lexicon: new Promise<void>((done) => (loaded = done)) }));
    await screen.findByText('Senior Backend Engineer, Payments Platform', { selector: '.value' });
    expect(screen.getByText('Preparing your plan…')).toBeTruthy();
    expect(document.querySelector('.research-item')).toBeNull();
    loaded();
    await waitFor(() => expect(document.querySelectorAll('.research-item').length).toBeGreaterThanOrEqual(5));
    expect(screen.queryByText('Preparing your plan…')).toBeNull();
  });

  it('says so when its skills list cannot be read', async () => {
    const message = 'Interview Lens could not read its skills list (404). Reinstalling the extension restores it.';
    await mount(fakeApi({ result: demoPosting, lexicon: Promise.reject(new Error(message)) }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });

  it('shows an error it could not avoid, with a way forward', async () => {
    await mount(fakeApi({ failRead: 'Interview Lens could not read this page: frame was removed' }));
    expect((await screen.findByRole('alert')).textContent).toContain('frame was removed');
    expect(screen.getByRole('button', { name: 'Enter the posting by hand' })).toBeTruthy();
  });
});

describe('popup on a posting read with little confidence', () => {
  const guessed: JobPosting = {
    ...demoPosting,
    title: { value: 'Find your next adventure with Trailhead Outfitters today', source: 'title', confidence: 0.5 },
    company: { value: 'Trailhead', source: 'domain', confidence: 0.3 },
  };

  it('asks the user to check the role and the employer before showing a plan', async () => {
    const store = await mount(fakeApi({ result: guessed }));
    await screen.findByRole('heading', { name: 'Check the role and the employer' });
    expect(Array.from(document.querySelectorAll('.confirm-reasons li')).map((li) => li.textContent)).toEqual([
      'The title “Find your next adventure with Trailhead Outfitters today” reads like a slogan, not a role. Check it before relying on the plan.',
      'The employer “Trailhead” is a guess (from the site name). Check it before researching.',
    ]);
    expect(store.plan.value).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Research' })).toBeNull();

    fireEvent.input(screen.getByRole('textbox', { name: /Role/ }), { target: { value: 'Retail Sales Associate' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Employer' }), { target: { value: 'Trailhead Outfitters' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show my prep plan' }));

    await screen.findByRole('tab', { name: 'Research' });
    expect(store.posting.value!.title).toEqual({ value: 'Retail Sales Associate', source: 'user', confidence: 1 });
    expect(store.posting.value!.company).toEqual({ value: 'Trailhead Outfitters', source: 'user', confidence: 1 });
    expect(store.plan.value!.posting.title).toBe('Retail Sales Associate');
  });

  it('shows the plan at once when the role and the employer are sure', async () => {
    const store = await mount(fakeApi({ result: demoPosting }));
    await screen.findByRole('tab', { name: 'Research' });
    expect(store.needsConfirm.value).toBe(false);
    expect(screen.queryByRole('heading', { name: 'Check the role and the employer' })).toBeNull();
  });
});
