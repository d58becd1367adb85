/**
 * What the user tells the extension about themselves: for now their résumé, as text, stored
 * on this device under "profile" and read by the prep list to set each posting beside it.
 */
import * as v from 'valibot';
import type { StorageArea } from './area';
import type { Change } from './prep-list';

export const PROFILE_KEY = 'profile';

/** A résumé longer than this is cut: about forty pages of text. */
export const MAX_RESUME_TEXT = 200_000;

const ResumeSchema = v.object({
  text: v.pipe(v.string(), v.transform((s) => s.slice(0, MAX_RESUME_TEXT))),
  /** Where it came from: a file's name, or "pasted". */
  source: v.fallback(v.pipe(v.string(), v.transform((s) => s.slice(0, 200))), 'pasted'),
  savedAt: v.fallback(v.string(), ''),
});

export const ProfileSchema = v.object({
  resume: v.fallback(v.nullable(ResumeSchema), null),
});

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type Resume = NonNullable<Profile['resume']>;

export function validateProfile(raw: unknown): Profile {
  return v.parse(ProfileSchema, typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {});
}

export async function readProfile(area: StorageArea): Promise<Profile> {
  const data = await area.get(PROFILE_KEY);
  return validateProfile(data[PROFILE_KEY]);
}

/** Keep this résumé (or none), replacing the one before. */
export function setResume(resume: Omit<Resume, 'savedAt'> | null, now: string): Change<Profile> {
  return Object.assign(
    (data: Record<string, unknown>) => {
      const profile = validateProfile({ ...validateProfile(data[PROFILE_KEY]), resume: resume && { ...resume, savedAt: now } });
      return { data: { ...data, [PROFILE_KEY]: profile }, result: profile };
    },
    { keys: [PROFILE_KEY] as const },
  );
}
