/**
 * A posting as the posting form holds it (every value a string, as inputs give them), and the
 * edits a filled-in form makes (only what changed). Pure, so the form's rules are tested apart
 * from the page.
 */
import type { JobPosting, WorkMode } from '../core/posting';
import type { PayEdit, PostingEdits, TextFieldName } from '../core/posting-edits';

export interface PostingFormValues {
  title: string;
  company: string;
  location: string;
  description: string;
  /** The address of a posting added by hand (a saved posting keeps the one it was saved from). */
  link: string;
  workMode: WorkMode | '';
  employmentType: string;
  seniority: string;
  /** Days as date inputs give them: "2026-12-15". */
  datePosted: string;
  validThrough: string;
  applyUrl: string;
  companyUrl: string;
  payMin: string;
  payMax: string;
  payCurrency: string;
  payPeriod: string;
}

export const EMPTY_FORM: PostingFormValues = {
  title: '',
  company: '',
  location: '',
  description: '',
  link: '',
  workMode: '',
  employmentType: '',
  seniority: '',
  datePosted: '',
  validThrough: '',
  applyUrl: '',
  companyUrl: '',
  payMin: '',
  payMax: '',
  payCurrency: '',
  payPeriod: '',
};

/** The text fields the form edits one for one. */
const FORM_TEXT_FIELDS = ['title', 'company', 'location', 'description', 'employmentType', 'seniority', 'datePosted', 'validThrough', 'applyUrl', 'companyUrl'] as const satisfies readonly TextFieldName[];

/** A stored date as a date input shows it; a date it cannot show (free text) shows empty. */
const asDay = (value: string | undefined) => /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0] ?? '';
const asNumber = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function formValues(posting: JobPosting): PostingFormValues {
  const pay = posting.salary?.value;
  return {
    ...EMPTY_FORM,
    title: posting.title?.value ?? '',
    company: posting.company?.value ?? '',
    location: posting.location?.value ?? '',
    description: posting.description?.value ?? '',
    workMode: posting.workMode?.value ?? '',
    employmentType: posting.employmentType?.value ?? '',
    seniority: posting.seniority?.value ?? '',
    datePosted: asDay(posting.datePosted?.value),
    validThrough: asDay(posting.validThrough?.value),
    applyUrl: posting.applyUrl?.value ?? '',
    companyUrl: posting.companyUrl?.value ?? '',
    payMin: asNumber(pay?.min),
    payMax: asNumber(pay?.max),
    payCurrency: pay?.currency ?? '',
    payPeriod: pay?.period ?? '',
  };
}

/** A typed figure: '' is none; anything else that is not a number stays NaN for editProblem to name. */
const figure = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim().replace(/[\s,]/g, '')));

function payOf(values: PostingFormValues): PayEdit {
  return { currency: values.payCurrency.trim() || null, min: figure(values.payMin), max: figure(values.payMax), period: values.payPeriod || null };
}

/** The edits a form makes: each field that differs from `initial`, and the pay whole when any part of it changed. */
export function editsFrom(initial: PostingFormValues, values: PostingFormValues): PostingEdits {
  const fields = Object.fromEntries(FORM_TEXT_FIELDS.filter((name) => values[name] !== initial[name]).map((name) => [name, values[name]]));
  const edits: PostingEdits = {};
  if (Object.keys(fields).length > 0) edits.fields = fields;
  if (values.workMode !== initial.workMode) edits.workMode = values.workMode;
  const payParts = ['payMin', 'payMax', 'payCurrency', 'payPeriod'] as const;
  if (payParts.some((name) => values[name] !== initial[name])) {
    const pay = payOf(values);
    edits.salary = pay.min === null && pay.max === null ? null : pay;
  }
  return edits;
}

export const hasEdits = (edits: PostingEdits) => Object.keys(edits).length > 0;
