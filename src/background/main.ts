/**
 * The background: routes messages to storage writes, one at a time. It keeps no state in
 * memory beyond the queue of writes in flight, because the browser may stop it at any moment.
 */
import { type Handlers, handleMessages } from '../messages';
import browser from '../platform/browser';
import { extensionArea } from '../storage/extension-area';
import { importPostings, mergePostings, removePosting, restorePosting, savePosting, updatePosting, writeWith } from '../storage/prep-list';
import { installE2eHook } from './e2e-hook';
import { setResume } from '../storage/profile';
import { deleteEverything, updateSettings } from '../storage/settings';
import { serialize } from './serialize';
import { REMINDER_ALARM, runReminders } from './reminders';
import { openPrepListOnClick, remindersPlatform, remindersRestOn } from './reminders-platform';

const area = extensionArea();
const write = serialize();
const now = () => new Date().toISOString();

const handlers: Handlers = {
  'prep-list/save': ({ posting, progress }) => write(() => writeWith(area, savePosting(posting, now(), progress))),
  'prep-list/update': ({ id, patch }) => write(() => writeWith(area, updatePosting(id, patch, now()))),
  'prep-list/remove': ({ id }) => write(() => writeWith(area, removePosting(id))),
  'prep-list/merge': ({ intoId, fromId }) => write(() => writeWith(area, mergePostings(intoId, fromId, now()))),
  'prep-list/restore': ({ record }) => write(() => writeWith(area, restorePosting(record))),
  'prep-list/import': ({ records }) => write(() => writeWith(area, importPostings(records))),
  'settings/update': ({ patch }) => write(() => writeWith(area, updateSettings(patch))),
  'profile/set-resume': ({ resume }) => write(() => writeWith(area, setResume(resume, now()))),
  'data/delete-everything': () => write(() => writeWith(area, deleteEverything())),
};
handleMessages(handlers);

// Bring stored data to the current schema as soon as a new version is installed.
browser.runtime.onInstalled.addListener(() => {
  void write(() => writeWith(area, (data) => ({ data, result: null }))).catch((error: unknown) => console.warn('Interview Lens: migration skipped', error));
});

// Reminders (src/background/reminders.ts): worked out again whenever what they rest on may have
// changed. A change to stored postings waits for the typing to settle (notes are saved as the
// user types, and a run reads the whole list); runs are queued behind the writes.
const platform = remindersPlatform(area);
const SETTLE_MS = 2000;
let reminderTimer: ReturnType<typeof setTimeout> | undefined;
function remindersAfter(delay: number): void {
  clearTimeout(reminderTimer);
  reminderTimer = setTimeout(() => {
    void write(() => runReminders(platform)).catch((error: unknown) => console.warn('Interview Lens: reminders not updated', error));
  }, delay);
}
const remindersNow = () => remindersAfter(0);
browser.runtime.onStartup.addListener(remindersNow);
browser.runtime.onInstalled.addListener(remindersNow);
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REMINDER_ALARM) remindersNow();
});
browser.storage.onChanged.addListener((changes, areaName) => {
  if (areaName === 'local' && Object.keys(changes).some(remindersRestOn)) remindersAfter(SETTLE_MS);
});
browser.permissions.onAdded.addListener(() => {
  openPrepListOnClick();
  remindersNow();
});
browser.permissions.onRemoved.addListener(remindersNow);
openPrepListOnClick();

// The test build lets tests call these same handlers (and so the same queue) from inside the
// worker; the shipped build has neither the hook nor the global.
if (__E2E__) installE2eHook(handlers, () => write(() => runReminders(platform)));
