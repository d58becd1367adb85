import { describe, expect, it } from 'vitest';
import { fullNameOfInitials, nameSpelledBy } from '../../src/core/extract/spelled-name';
import { parseTitle } from '../../src/core/extract/title-patterns';

describe('an employer named by its initials', () => {
  it('is named in full where the text spells the initials out in brackets', () => {
    const text = 'The Agency. The Nordic Maritime Safety Agency (NMSA) collects reports on ships.';
    expect(fullNameOfInitials('NMSA', text)).toBe('Nordic Maritime Safety Agency');
    // As an address writes it, and with the small words an organisation's initials skip.
    expect(fullNameOfInitials('Iods', 'The Intergovernmental Organization for Drylands and Soil (IODS) supports its members.')).toBe(
      'Intergovernmental Organization for Drylands and Soil',
    );
  });

  it('is left alone when the words before the brackets do not spell it, or it is no acronym', () => {
    expect(fullNameOfInitials('NMSA', 'Reports go to the agency (NMSA) every week.')).toBeNull();
    expect(fullNameOfInitials('NMSA', 'Contact the Nordic Safety Office (NMSA).')).toBeNull();
    expect(fullNameOfInitials('Acme Robotics', 'Acme Robotics (AR) builds arms.')).toBeNull();
  });
});

describe("the address's letters spelled by a name on the page", () => {
  it('finds capitalised words side by side whose letters are the label, "&" read as "and" or as nothing', () => {
    expect(nameSpelledBy('fernandthistle', 'At Fern & Thistle Florists we arrange flowers.')).toBe('Fern & Thistle');
    expect(nameSpelledBy('fernthistle', 'At Fern & Thistle Florists we arrange flowers.')).toBe('Fern & Thistle');
    expect(nameSpelledBy('portardlinnharbour', 'Port Ardlinn Harbour Trust — Job Description')).toBe('Port Ardlinn Harbour');
  });

  it('needs capitalised words, side by side, and a label long enough not to match by chance', () => {
    expect(nameSpelledBy('fernandthistle', 'we sell fern and thistle bouquets')).toBeNull();
    expect(nameSpelledBy('fernandthistle', 'Fern. And Thistle')).toBeNull();
    expect(nameSpelledBy('acme', 'Acme Corp')).toBeNull();
  });
});

describe('a <title> with the employer first', () => {
  it('reads "Employer - Role" when only the second part reads like a role', () => {
    expect(parseTitle('Harrow Vale College - Finance Assistant')).toEqual({ title: 'Finance Assistant', company: 'Harrow Vale College', location: null });
    expect(parseTitle('Finance Assistant - Harrow Vale College')).toEqual({ title: 'Finance Assistant', company: 'Harrow Vale College', location: null });
  });

  it('reads a forum\'s "Role at Employer (remote, part-time)", the place from the brackets', () => {
    expect(parseTitle('Data Librarian at Open Marsh Trust (Remote, part-time) - Jobs - Marsh Forum')).toMatchObject({ title: 'Data Librarian', company: 'Open Marsh Trust', location: 'Remote' });
    expect(parseTitle('Backend Engineer at Acme (W21)')).toMatchObject({ title: 'Backend Engineer', company: 'Acme', location: null });
  });
});
