import { describe, expect, it, vi } from 'vitest';

// The polyfill refuses to load outside an extension; the listener logic under test takes the
// extension's id and origin as arguments, and the real browser tests cover the wiring.
// sendMessage's tests put a fake runtime.sendMessage in it.
interface FakeRuntime {
  sendMessage?: (message: unknown) => Promise<unknown>;
}
const fakeBrowser = vi.hoisted(() => {
  const runtime: FakeRuntime = {};
  return { runtime };
});
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
const { messageListener, NO_ANSWER, sendMessage } = await import('../../src/messages');

const OWN_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN_ID}/`;

function listener() {
  const calls: unknown[] = [];
  const fail = () => Promise.reject(new Error('unexpected'));
  const handlers = {
    'prep-list/save': (payload: unknown) => {
      calls.push(payload);
      return Promise.resolve({ id: 'x', created: true });
    },
    'prep-list/update': fail,
    'prep-list/remove': () => Promise.reject(new Error('Storage is full')),
    'prep-list/merge': fail,
    'prep-list/restore': fail,
    'prep-list/import': fail,
    'settings/update': fail,
    'profile/set-resume': fail,
    'data/delete-everything': fail,
  };
  return { calls, listen: messageListener(handlers, OWN_ID, ORIGIN) };
}

const posting = { posting: { kind: 'posting', url: 'https://a.example', title: null, company: null, location: null, description: null } };

describe('messageListener', () => {
  it('answers the extension’s own pages', async () => {
    const { listen, calls } = listener();
    const reply = await listen({ type: 'prep-list/save', payload: posting }, { id: OWN_ID, url: `${ORIGIN}popup.html` });
    expect(reply).toEqual({ ok: true, value: { id: 'x', created: true } });
    expect(calls).toEqual([posting]);
  });

  it('ignores content scripts, other extensions and web pages', () => {
    const { listen, calls } = listener();
    expect(listen({ type: 'prep-list/save', payload: posting }, { id: OWN_ID, url: 'https://evil.example/' })).toBeUndefined();
    expect(listen({ type: 'prep-list/save', payload: posting }, { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' })).toBeUndefined();
    expect(listen({ type: 'prep-list/save', payload: posting }, { id: OWN_ID })).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('ignores unknown message names and malformed messages', () => {
    const { listen } = listener();
    const sender = { id: OWN_ID, url: `${ORIGIN}popup.html` };
    expect(listen({ type: 'prep-list/drop-all', payload: {} }, sender)).toBeUndefined();
    expect(listen('prep-list/save', sender)).toBeUndefined();
    expect(listen({ type: 'prep-list/save' }, sender)).toBeUndefined();
  });

  it('turns a handler failure into an error reply with its message', async () => {
    const { listen } = listener();
    expect(await listen({ type: 'prep-list/remove', payload: { id: 'x' } }, { id: OWN_ID, url: `${ORIGIN}prep-list.html` })).toEqual({
      ok: false,
      error: 'Storage is full',
    });
  });
});

describe('sendMessage', () => {
  const request = { id: 'x', patch: {} };

  it('tells the page plainly when the background stopped before confirming (Chrome’s and Firefox’s words for it)', async () => {
    for (const words of [
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      'Could not establish connection. Receiving end does not exist.',
      'Message manager disconnected',
    ]) {
      fakeBrowser.runtime.sendMessage = () => Promise.reject(new Error(words));
      await expect(sendMessage('prep-list/update', request)).rejects.toThrow(NO_ANSWER);
    }
    fakeBrowser.runtime.sendMessage = () => Promise.resolve(undefined);
    await expect(sendMessage('prep-list/update', request)).rejects.toThrow(NO_ANSWER);
  });

  it('passes other failures and the background’s own errors through unchanged', async () => {
    fakeBrowser.runtime.sendMessage = () => Promise.reject(new Error('Something else'));
    await expect(sendMessage('prep-list/update', request)).rejects.toThrow('Something else');
    fakeBrowser.runtime.sendMessage = () => Promise.resolve({ ok: false, error: 'That posting is no longer in your prep list.' });
    await expect(sendMessage('prep-list/update', request)).rejects.toThrow('That posting is no longer in your prep list.');
    fakeBrowser.runtime.sendMessage = () => Promise.resolve({ ok: true, value: { id: 'x' } });
    await expect(sendMessage('prep-list/update', request)).resolves.toEqual({ id: 'x' });
  });
});
