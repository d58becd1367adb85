/**
 * The order of trust (src/core/trust.ts), from the surest evidence to the weakest. A change
 * that reorders two sources fails here first, on purpose: say why in the commit.
 */
import { describe, expect, it } from 'vitest';
import { confidenceLabel } from '../../src/core/posting';
import { GUESS, SURE, TRUST, type TrustLevel } from '../../src/core/trust';

/** Each entry at least as trusted as the next; entries in one inner list are equal. */
const TRUST_ORDER: TrustLevel[][] = [
  ['user'],
  ['site'],
  ['structured'],
  ['siteInferred', 'structuredDetail'],
  ['structuredLocation', 'modeInLocation'],
  ['headingAgreed', 'siteLoose'],
  ['derived'],
  ['shownLocation'],
  ['label', 'heading', 'shownCompany', 'pageText', 'structuredUntrusted'],
  ['regionLabel'],
  ['meta', 'modeInText', 'announcement'],
  ['titlePattern', 'factsLine', 'readability', 'clientInText'],
  ['headingEmployer', 'titlePlace', 'companyInText'],
  ['addressPlace'],
  ['domain'],
];

describe('the order of trust', () => {
  it('names every source once', () => {
    expect(TRUST_ORDER.flat().sort()).toEqual(Object.keys(TRUST).sort());
  });

  it('goes from the surest evidence to the weakest, strictly between groups', () => {
    const weights = TRUST_ORDER.map((group) => group.map((name) => TRUST[name]));
    for (const group of weights) expect(new Set(group).size).toBe(1);
    const levels = weights.map((group) => group[0]!);
    expect([...levels].sort((a, b) => b - a)).toEqual(levels);
    expect(new Set(levels).size).toBe(levels.length);
  });

  it('puts a site adapter above structured data, structured data above anything read from the page, and the domain last', () => {
    expect(TRUST.site).toBeGreaterThan(TRUST.structured);
    expect(TRUST.structured).toBeGreaterThan(TRUST.headingAgreed);
    expect(TRUST.label).toBeGreaterThan(TRUST.meta);
    expect(Math.min(...Object.values(TRUST))).toBe(TRUST.domain);
  });

  it('has one threshold for sure and one for a guess, which the popup’s labels use', () => {
    expect(TRUST.structuredLocation).toBeGreaterThanOrEqual(SURE);
    expect(TRUST.headingAgreed).toBeLessThan(SURE);
    expect(TRUST.titlePattern).toBeGreaterThanOrEqual(GUESS);
    expect(TRUST.headingEmployer).toBeLessThan(GUESS);
    expect([confidenceLabel(SURE), confidenceLabel(GUESS), confidenceLabel(TRUST.domain)]).toEqual(['high', 'medium', 'low']);
  });
});
