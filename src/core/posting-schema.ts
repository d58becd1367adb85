/**
 * The one definition of a job posting's shape: a valibot schema, from which the TypeScript
 * types in posting.ts are inferred, so the type and the check that reads it back from storage
 * or a backup cannot drift apart (a hand-written copy once did, and dropped salary, seniority,
 * logo, profiles and sections on every save).
 *
 * Reading is forgiving field by field: stored data may come from an older version, a
 * hand-edited backup or a half-finished write, so a field that fails its check falls back
 * (to null, or a safe default) and the rest of the posting is kept. Only a posting without a
 * title is refused whole. Whatever the extractor returns passes unchanged; a property test
 * holds that.
 *
 * Kept apart from posting.ts, which imports only the types from here, so the injected
 * extractor does not bundle the validation library.
 */
import * as v from 'valibot';
import { GUESS } from './trust';

/** Where a field's value was found, most trusted first. */
export const FIELD_SOURCES = [
  'user', // typed or corrected by the user
  'site', // a site adapter that knows this job board's markup
  'json-ld',
  'microdata',
  'rdfa',
  'meta', // og:, twitter: and <meta name> tags
  'title', // a pattern in the document <title>
  'heading', // the most prominent heading near the top of the content
  'label', // a labelled field on the page ("Company: …", "Location: …")
  'page-text', // the body text, found by looking for the posting's container
  'selection', // the text the user selected on the page
  'domain', // the site name or domain, a last resort for the company
] as const;

export const WORK_MODES = ['on-site', 'hybrid', 'remote'] as const;

export const SECTION_KINDS = ['intro', 'about', 'role', 'requirements', 'nice', 'benefits', 'legal', 'other'] as const;

/** Longest text kept in one stored field; the extractor's description cap is below it. */
export const MAX_FIELD_TEXT = 100_000;
const MAX_URL = 4_000;

/** A string cut to a length, never refused for being long. */
const cappedString = (max: number) =>
  v.pipe(
    v.string(),
    v.transform((s) => s.slice(0, max)),
  );

const nonEmptyText = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0),
  v.transform((s) => s.slice(0, MAX_FIELD_TEXT)),
);

/**
 * Where a field came from and how sure the extractor is. A source this version does not know
 * (a hand-edited backup) becomes 'page-text', never 'user': a value of unknown origin must not
 * be shown as, or kept as, the user's own correction.
 */
const FieldMetaSchema = v.object({
  source: v.fallback(v.picklist(FIELD_SOURCES), 'page-text'),
  /** 0..1; the popup shows it as high (≥ SURE), medium (≥ GUESS) or low; a broken one reads as GUESS. */
  confidence: v.fallback(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), GUESS),
});

const fieldOf = <T extends v.GenericSchema>(value: T) => v.object({ value, ...FieldMetaSchema.entries });

export const SalarySchema = v.object({
  currency: v.fallback(v.nullable(cappedString(10)), null),
  min: v.fallback(v.nullable(v.pipe(v.number(), v.finite())), null),
  max: v.fallback(v.nullable(v.pipe(v.number(), v.finite())), null),
  /** hour, day, week, month or year */
  period: v.fallback(v.nullable(cappedString(20)), null),
});

export const DescriptionSectionSchema = v.object({
  kind: v.fallback(v.picklist(SECTION_KINDS), 'other'),
  /** The heading as the posting writes it; null for text before the first heading. */
  heading: v.fallback(v.nullable(cappedString(500)), null),
  text: cappedString(MAX_FIELD_TEXT),
});

const TextField = fieldOf(nonEmptyText);

/** A required-but-nullable field: present in every posting, null when the page does not say. */
const nullableField = <T extends v.GenericSchema>(schema: T) => v.fallback(v.nullable(schema), null);
/** An optional field: absent, null, or a valid value; an invalid one reads as null. */
const optionalField = <T extends v.GenericSchema>(schema: T) => v.optional(nullableField(schema));

export const JobPostingSchema = v.object({
  kind: v.fallback(v.literal('posting'), 'posting'),
  /** The address of the page it was read from. */
  url: v.fallback(cappedString(MAX_URL), ''),
  /** Null only while being read; a stored posting without a title is refused (parsePosting). */
  title: v.nullable(TextField),
  /** The employer: who the person would work for. */
  company: nullableField(TextField),
  location: nullableField(TextField),
  /** The description as plain text, paragraphs separated by blank lines, list items by "- ". */
  description: nullableField(TextField),
  workMode: optionalField(fieldOf(v.picklist(WORK_MODES))),
  employmentType: optionalField(TextField),
  datePosted: optionalField(TextField),
  validThrough: optionalField(TextField),
  salary: optionalField(fieldOf(SalarySchema)),
  /** A recruiting agency that posted the job for another employer ("posted by" vs "hiring for"). */
  postedBy: optionalField(TextField),
  companyUrl: optionalField(TextField),
  companyLogo: optionalField(TextField),
  /** The employer's profiles elsewhere (LinkedIn, GitHub, …) as the posting links them. */
  companyProfiles: v.optional(v.fallback(v.array(cappedString(MAX_URL)), [])),
  applyUrl: optionalField(TextField),
  /** The level the title names (Senior, Lead, Internship…), when it names one. */
  seniority: optionalField(TextField),
  /** BCP 47 primary language subtag of the posting, such as "en" or "de". */
  language: optionalField(TextField),
  /** Which site adapter read the page, if one did. */
  site: v.optional(v.fallback(v.nullable(cappedString(40)), null)),
  /** Entered by hand by the user rather than read from the page. */
  manual: v.optional(v.fallback(v.boolean(), false)),
});

export type FieldSource = (typeof FIELD_SOURCES)[number];
export type WorkMode = (typeof WORK_MODES)[number];
export type SectionKind = (typeof SECTION_KINDS)[number];
export type Salary = v.InferOutput<typeof SalarySchema>;
export type DescriptionSection = v.InferOutput<typeof DescriptionSectionSchema>;
export type JobPosting = v.InferOutput<typeof JobPostingSchema>;

/** A stored or imported posting, checked field by field; null when it has no usable title. */
export function parsePosting(raw: unknown): JobPosting | null {
  const result = v.safeParse(JobPostingSchema, raw);
  return result.success && result.output.title ? result.output : null;
}

/** A field's value with where it came from and how sure the extractor is. */
export type Field<T = string> = { value: T } & v.InferOutput<typeof FieldMetaSchema>;
