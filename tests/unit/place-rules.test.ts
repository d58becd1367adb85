/**
 * Where the job is, read by rules stated without a page: the town of a postal address written
 * on one line, a map link's words and a trail of links that are not the place, and structured
 * data that names only a country where the page shows the town.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract';
import { addressTown, cleanPlace, townOfAddressLine } from '../../src/core/extract/generic';

const page = (html: string, url = 'https://example.org/jobs/1') => new JSDOM(html, { url }).window.document;

describe('the town of a postal address on one line', () => {
  it('reads a British, a New Zealand, a Swiss and a Brazilian address', () => {
    expect(townOfAddressLine('14 Mill Lane, Kendal, Cumbria LA9 7QT')).toBe('Kendal, Cumbria');
    expect(townOfAddressLine('3 Harbour Road, London SE1 9PG')).toBe('London');
    expect(townOfAddressLine('17 Kowhai Street, Whakatāne 3120')).toBe('Whakatāne');
    expect(townOfAddressLine('12 Smith St, Fitzroy VIC 3065')).toBe('Fitzroy VIC');
    expect(townOfAddressLine('Bahnhofstrasse 87, 8353 Elgg')).toBe('Elgg');
    expect(townOfAddressLine('Setor de Obras – Av. das Palmeiras, 1450, Bloco C, Ponta Grossa - PR · (42) 3025-7700')).toBe('Ponta Grossa, PR');
  });

  it('needs a street with a number before the town: a building, a version or a sentence is not an address', () => {
    expect(townOfAddressLine('Building 4, Version 2024')).toBeNull();
    expect(townOfAddressLine('We opened in 1998, Kendal 2000')).toBeNull();
    expect(townOfAddressLine('Open Tuesday to Friday, 9.00 to 17.30')).toBeNull();
    expect(townOfAddressLine('Kendal, Cumbria LA9 7QT')).toBeNull();
  });

  it('is the place of a page that names no other', () => {
    const doc = page('<main><h1>Workshop Mechanic</h1><p>Fixing bikes all day.</p><h4>Find us</h4><p>14 Mill Lane, Kendal, Cumbria LA9 7QT<br>Two minutes from the station.</p></main>');
    expect(addressTown(doc.body)).toBe('Kendal, Cumbria');
  });
});

describe('what pages put beside a place', () => {
  it('cuts a map link’s words in several languages', () => {
    expect(cleanPlace('Clapham, London (Map)')).toBe('Clapham, London');
    expect(cleanPlace('경기 성남시 분당구 지도보기')).toBe('경기 성남시 분당구');
    expect(cleanPlace('Lyon 3e Voir sur la carte')).toBe('Lyon 3e');
    expect(cleanPlace('Curitiba - PR [mapa]')).toBe('Curitiba - PR');
    // A town whose name ends in the word stays whole.
    expect(cleanPlace('Mapleton')).toBe('Mapleton');
  });

  it('reads a trail of links as no place, even where the page classes it "location"', () => {
    expect(cleanPlace('홈 > 채용정보 > 생산·제조 > 채용공고 상세')).toBe('');
    expect(cleanPlace('Home › Jobs › Engineering')).toBe('');
    // One step down is a place written from the region to the town: the town comes first.
    expect(cleanPlace('Lyon > Villeurbanne')).toBe('Villeurbanne, Lyon');
    expect(cleanPlace('충북 > 음성군')).toBe('충북 > 음성군');
  });
});

describe('structured data that names only a country', () => {
  const posting = (jsonLocation: string) =>
    page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Operations Lead","description":"<p>We build planning software for indoor farms. You will run our supply chain and our customer onboarding, working with the founders every day.</p><p>We meet Tuesday to Thursday at our Greenpoint studio.</p>","hiringOrganization":{"@type":"Organization","name":"Furrow Labs"},"jobLocationType":"TELECOMMUTE",${jsonLocation}}</script>
      <main><h1>Operations Lead</h1><div class="chips"><span class="chip">Brooklyn, NY (Hybrid)</span><span class="chip">Full-time</span></div>
      <section><p>We build planning software for indoor farms. You will run our supply chain and our customer onboarding, working with the founders every day.</p><p>We meet Tuesday to Thursday at our Greenpoint studio.</p></section></main>`,
      'https://app.example-ats.com/apply/furrow/operations-lead',
    );

  it('gives way to the town the page shows under the title', () => {
    const result = extractPosting(posting('"applicantLocationRequirements":{"@type":"Country","name":"United States"}'), 'https://app.example-ats.com/apply/furrow/operations-lead');
    expect(result.kind).toBe('posting');
    if (result.kind === 'posting') expect(result.location?.value).toBe('Brooklyn, NY (Hybrid)');
  });

  it('keeps a town structured data names', () => {
    const result = extractPosting(
      posting('"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Austin","addressRegion":"TX","addressCountry":"US"}}'),
      'https://app.example-ats.com/apply/furrow/operations-lead',
    );
    expect(result.kind).toBe('posting');
    if (result.kind === 'posting') expect(result.location?.value).toMatch(/^Austin/);
  });
});
