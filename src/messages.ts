/**
 * The one message protocol between the extension's pages and its background: a map from
 * message name to request and response types, used only through `sendMessage` and
 * `handleMessages`. Handlers that change stored data run only for the extension's own pages.
 */
import type { JobPosting } from './core/posting';
import browser, { type Runtime } from './platform/browser';
import type { ImportResult, PostingPatch, SaveProgress } from './storage/prep-list';
import type { SavedPosting } from './storage/schema';
import type { Profile, Resume } from './storage/profile';
import type { Settings } from './storage/settings';

export interface Protocol {
  'prep-list/save': { request: { posting: JobPosting; progress?: SaveProgress }; response: { id: string; created: boolean } };
  'prep-list/update': { request: { id: string; patch: PostingPatch }; response: SavedPosting };
  'prep-list/remove': { request: { id: string }; response: SavedPosting | null };
  'prep-list/merge': { request: { intoId: string; fromId: string }; response: SavedPosting };
  'prep-list/restore': { request: { record: SavedPosting }; response: string };
  'prep-list/import': { request: { records: SavedPosting[] }; response: ImportResult };
  'settings/update': { request: { patch: Partial<Settings> }; response: Settings };
  'profile/set-resume': { request: { resume: Omit<Resume, 'savedAt'> | null }; response: Profile };
  /** Every saved posting and setting, gone; answers how many postings were deleted. */
  'data/delete-everything': { request: Record<string, never>; response: { postings: number } };
}

export type MessageName = keyof Protocol;
export type RequestOf<K extends MessageName> = Protocol[K]['request'];
export type ResponseOf<K extends MessageName> = Protocol[K]['response'];

interface Envelope<K extends MessageName = MessageName> {
  type: K;
  payload: RequestOf<K>;
}

type Reply<K extends MessageName> = { ok: true; value: ResponseOf<K> } | { ok: false; error: string };

export type Handlers = { [K in MessageName]: (payload: RequestOf<K>) => Promise<ResponseOf<K>> };

const NAMES: ReadonlySet<string> = new Set<MessageName>(['prep-list/save', 'prep-list/update', 'prep-list/remove', 'prep-list/merge', 'prep-list/restore', 'prep-list/import', 'settings/update', 'profile/set-resume', 'data/delete-everything']);

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && NAMES.has((message as Envelope).type) && 'payload' in message;
}

/**
 * What a page says when the background gave no answer. The browser may stop the background at
 * any moment, queued writes included; a change it did not confirm may or may not be stored.
 */
export const NO_ANSWER = 'The extension’s background stopped before it confirmed this change, so it may not have been saved. Try again.';

/** The browser's own words for "the background went away before answering". */
const GONE = /message channel closed before a response|Receiving end does not exist|Message manager disconnected/i;

/** Send a request to the background; resolves with its response or rejects with its error message. */
export async function sendMessage<K extends MessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { type, payload };
  let reply: Reply<K> | undefined;
  try {
    reply = await browser.runtime.sendMessage(envelope);
  } catch (error) {
    throw GONE.test(error instanceof Error ? error.message : String(error)) ? new Error(NO_ANSWER) : error;
  }
  if (!reply) throw new Error(NO_ANSWER);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * Only the extension's own pages (popup, prep list) may send these. A content script or
 * another extension has a different sender URL or id; they get no answer.
 */
export function isOwnPage(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/**
 * The listener: answers a well-formed request from one of the extension's own pages, and
 * ignores anything else (returning undefined leaves the message to other listeners, if any).
 */
export function messageListener(handlers: Handlers, ownId: string, ownOrigin: string) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<Reply<MessageName>> | undefined => {
    if (!isEnvelope(message) || !isOwnPage(sender, ownId, ownOrigin)) return undefined;
    const handler = handlers[message.type] as (payload: unknown) => Promise<ResponseOf<MessageName>>;
    return handler(message.payload).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}

export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener(messageListener(handlers, browser.runtime.id, browser.runtime.getURL('')));
}
