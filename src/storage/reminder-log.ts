/**
 * Which reminders were already shown, so none is shown twice: one stored record under
 * "reminderLog", the reminder ids with the time each was shown. Only ids still in the current
 * schedule are kept, so the record stays as small as the schedule. Losing it costs little (a
 * reminder may show again), so a damaged record simply reads as empty.
 */
import * as v from 'valibot';
import type { StorageArea } from './area';
import type { Change } from './prep-list';

export const REMINDER_LOG_KEY = 'reminderLog';

const ReminderLogSchema = v.object({
  shown: v.fallback(v.record(v.string(), v.string()), {}),
});

type ReminderLog = v.InferOutput<typeof ReminderLogSchema>;

function validateLog(raw: unknown): ReminderLog {
  return v.parse(ReminderLogSchema, typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {});
}

export async function readShownReminders(area: StorageArea): Promise<Set<string>> {
  const data = await area.get(REMINDER_LOG_KEY);
  return new Set(Object.keys(validateLog(data[REMINDER_LOG_KEY]).shown));
}

/** Records `ids` as shown at `now`, and forgets every id no longer in `scheduled`. */
export function markRemindersShown(ids: readonly string[], now: string, scheduled: ReadonlySet<string>): Change<number> {
  return Object.assign(
    (data: Record<string, unknown>) => {
      const before = validateLog(data[REMINDER_LOG_KEY]).shown;
      const shown = Object.fromEntries(Object.entries(before).filter(([id]) => scheduled.has(id)));
      for (const id of ids) shown[id] = now;
      return { data: { ...data, [REMINDER_LOG_KEY]: { shown } }, result: Object.keys(shown).length };
    },
    { keys: [REMINDER_LOG_KEY] as const },
  );
}
