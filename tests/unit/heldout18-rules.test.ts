/**
 * Rules written after heldout18 was first measured, each stated without a page: a place that
 * names an area (a compass part of a state, a county, "Inner Suburbs") gives way to the town the
 * text puts the job in; workplaces and British addresses in the text; a <title> that reads like
 * a search over a page that reads like one posting; vacancies announced in words no list knows;
 * things that are no employer's name (a question, an address, "Post a Job"); a search firm's
 * client named by the text; registered names, equal-opportunities statements and the legal forms
 * of more countries.
 */
import { describe, expect, it } from 'vitest';
import { cleanPlace, eeoEmployer, employerInAddress, employerInText, employerWithLegalForm, isRegisteredName } from '../../src/core/extract/generic';
import { isEmployerName } from '../../src/core/extract/employer-name';
import { basedInText, namesAnArea, placeInText, workplaceInText } from '../../src/core/extract/place-in-text';
import { isGenericSegment, parseTitle, titleSegments } from '../../src/core/extract/title-patterns';
import { announcesHiring, withoutPageType } from '../../src/core/extract/words';

describe('a place that names an area, not a town', () => {
  it('is a compass part of a state or a city, an area by its kind, or countries only', () => {
    for (const area of ['Northeast Nebraska, NE, United States', 'North Queensland', 'Dublin South', 'West', 'West Midlands', 'Boston - Inner Suburbs', 'Co. Tyrone', 'Zeničko-dobojski kanton', 'Θεσσαλονίκη (Νομός)', 'Tartumaa', 'Scotland, United Kingdom', 'Lima - Lima']) {
      expect(namesAnArea(area), area).toBe(true);
    }
  });

  it('is not a town whose name has a compass word, nor a town with its county', () => {
    for (const town of ['West Bromwich', 'North Shields', 'South Bend, IN', 'East London', 'Leeds, West Yorkshire', 'Durban, South Africa', 'Traverse City', 'New York, NY', 'Northeast Portland', 'Ceredigion']) {
      expect(namesAnArea(town), town).toBe(false);
    }
  });

  it('is a bare name the text calls a county', () => {
    expect(namesAnArea('Tyrone', '9 Oaks Road, Dungannon, Co. Tyrone BT71 4AX')).toBe(true);
    expect(namesAnArea('KILDARE', 'our packhouse at Castlemitchell, Athy, Co. Kildare')).toBe(true);
    expect(namesAnArea('Tyrone', 'Tyrone Smith will train you.')).toBe(false);
  });
});

describe('where the text puts the job', () => {
  it('reads the workplace a posting names, the later town when a site is placed in it', () => {
    expect(workplaceInText('From our in-patient unit in Dún Laoghaire and our home care teams we care for 600 people.')).toBe('Dún Laoghaire');
    expect(workplaceInText("You will be based out of the company's depot at Bohle in Townsville.")).toBe('Townsville');
    expect(workplaceInText('join our front office at Riverfront Park in Zanesville. The coordinator')).toBe('Zanesville');
    expect(workplaceInText('an 18-bed stroke rehabilitation unit at Ysbyty Glan Cerdin in Cardigan. Patients come from the acute stroke unit in Aberystwyth.')).toBe('Cardigan');
    expect(workplaceInText('5½-day wk (alt Sat off). Office at Jurong, company transport provided.')).toBe('Jurong');
    expect(workplaceInText('to work in our packhouse and cold store at Castlemitchell, Athy.')).toBe('Athy');
    expect(workplaceInText('Three days a week at our studio in Marvila, Lisbon, two from wherever you like.')).toBe('Lisbon');
    expect(workplaceInText('our office in Austin, Texas. The team')).toBe('Austin');
    expect(workplaceInText('Un entretien dans nos locaux de Saint-Herblain ; une mise en situation.')).toBe('Saint-Herblain');
  });

  it('does not take the head office, or the small words after a town, for the workplace', () => {
    expect(workplaceInText('Our head office in Vilnius handles payroll.')).toBeNull();
    expect(workplaceInText('our in-patient unit in Dún Laoghaire and our home care teams')).toBe('Dún Laoghaire');
  });

  it('reads "based at the … in" and the town of a British postcode', () => {
    expect(placeInText('We invite applications from suitably qualified persons for the following position, based at the Operations Centre in KwaDukuza (Stanger):')).toBe('KwaDukuza (Stanger)');
    expect(placeInText('Applications to Roberta Quinn, 9 Oaks Road, Dungannon, Co. Tyrone BT71 4AX, by 12 May.')).toBe('Dungannon');
    expect(placeInText('Please contact the Parish Office, Church Street, Bridgnorth WV16 4ZZ, tel. 01632 960 287.')).toBe('Bridgnorth');
  });

  it('reads where the text says the job is based, not a site\'s own name', () => {
    expect(basedInText('the following position, based at the Treatment Works in Worcester (Western Cape):')).toBe('Worcester (Western Cape)');
    expect(basedInText('One position is based at Mission Ridge Elementary (grades TK-5).')).toBeNull();
    expect(workplaceInText('our team works from the community hospital in Grantham')).toBe('Grantham');
  });

  it('reads the town after a labelled workplace described in words', () => {
    expect(placeInText('Lugar de trabajo: planta y oficinas administrativas en Ate (Av. Nicolás Ayllón, km 7)')).toBe('Ate');
  });
});

describe('a place as a page writes it', () => {
  it('keeps a province in brackets, and drops a note in brackets', () => {
    expect(cleanPlace('Placentia (Newfoundland and Labrador)')).toBe('Placentia (Newfoundland and Labrador)');
    expect(cleanPlace('Zenica (apoteke u ul. Maršala Tita i u naselju Crkvice)')).toBe('Zenica');
    expect(cleanPlace('Komorniki (pow. poznański)')).toBe('Komorniki (pow. poznański)');
  });

  it('reads a street address\'s town and state without the ZIP code', () => {
    expect(cleanPlace('1450 E Commerce St, San Antonio, TX 78205')).toBe('San Antonio, TX');
  });

  it('cuts a labelled fact run on after the place, and reads a Taiwanese address to its district', () => {
    expect(cleanPlace('Lisbon, Start: September')).toBe('Lisbon');
    expect(cleanPlace('台中市西屯區文心路三段241號')).toBe('台中市西屯區');
  });
});

describe('a vacancy announced in words no list knows', () => {
  it('is a role before "vacancy" or after a Chinese board\'s hiring badge', () => {
    expect(announcesHiring('Mühasib vakansiyası')).toBe(true);
    expect(announcesHiring('Accountant vacancy')).toBe(true);
    expect(announcesHiring('Current vacancy')).toBe(false);
    expect(announcesHiring('【急徵】門市儲備幹部－台中西屯店')).toBe(true);
    expect(withoutPageType('【急徵】門市儲備幹部')).toBe('門市儲備幹部');
  });

  it('is the role an Indian board\'s "requirement of" headline names', () => {
    expect(withoutPageType('Urgent Requirement of Sales Executive for Agro Implements Company in Ludhiana')).toBe('Sales Executive');
    expect(withoutPageType('Requirement for Head of Sales')).toBe('Head of Sales');
  });

  it('is the role without a Chinese board\'s branch after it', () => {
    expect(withoutPageType('門市儲備幹部－台中西屯店')).toBe('門市儲備幹部');
    expect(withoutPageType('Store Manager - Leeds')).toBe('Store Manager - Leeds');
  });

  it('reads "Job at X" in a <title> as the employer, "Job in X" as the place', () => {
    expect(parseTitle('Product Support Engineer - Remote Job at Lanternfly - Nomad Board')).toMatchObject({ title: 'Product Support Engineer', company: 'Lanternfly', location: null });
    expect(parseTitle('Pharmacist Job in Leeds - Boardname')).toMatchObject({ title: 'Pharmacist', location: 'Leeds' });
  });

  it('takes no employer, and only a part that reads as a role, from a <title> written as a path', () => {
    expect(parseTitle('Herald.com / HeraldWorks / Job Search / Job Detail')).toEqual({ title: null, company: null, location: null });
  });

  it('reads a <title> written as a path of parts, and a role with one slash as one part', () => {
    expect(titleSegments('Boston.com / BostonWorks / Job Search / Job Detail')).toEqual(['Boston.com', 'BostonWorks', 'Job Search', 'Job Detail']);
    expect(titleSegments('Delivery Driver / Repartidor - Fresh Market')).toEqual(['Delivery Driver / Repartidor', 'Fresh Market']);
  });

  it('is not a page whose heading only says what kind of page it is', () => {
    for (const segment of ['Job Opportunity', 'Job Detail', 'Open role', 'Oglas za prijem u radni odnos', 'Αγγελίες Εργασίας', 'Public Service Careers Portal']) {
      expect(isGenericSegment(segment), segment).toBe(true);
    }
  });
});

describe('what is not an employer, and who is', () => {
  it('is not a question, an address or a board\'s link for employers', () => {
    for (const text of ['¿Eres empresa? Publica aquí', '台中市西屯區文心路三段241號', '14 Mill Road', 'Post a Job', 'Advertise your vacancy', 'Jobs in Singapore', 'Logiciels · 20 à 49 salariés', 'Software · 51-200 employees']) {
      expect(isEmployerName(text), text).toBe(false);
    }
    expect(isEmployerName('7-Eleven')).toBe(true);
  });

  it('is a name with "The" that is no role, introduced as hiring', () => {
    expect(employerInText('The Coastal Plains Pelicans are seeking a Ticket Operations Coordinator.')).toBe('Coastal Plains Pelicans');
    expect(employerInText('The Hiring Manager is looking for a nurse.')).toBeNull();
    expect(employerInText('The team is hiring a nurse.')).toBeNull();
  });

  it('is the organisation written to in the address an ad closes with', () => {
    expect(employerInAddress('Paid holidays.\n\nSend resume to: Dr. Helen Marchetti, Oakridge Family Dentistry, 22 Main Street, Shrewsbury, MA 01545, or fax 508-555-0142.')).toBe('Oakridge Family Dentistry');
    expect(employerInAddress('Please send resume & salary requirements to:\nOffice Manager\nFenwick Eye Associates\n1330 Beacon Street, Suite 210\nBrookline, MA 02446')).toBe('Fenwick Eye Associates');
    // A person alone above the street is no employer.
    expect(employerInAddress('Send your CV to: Jane Smith, 14 Mill Road, Leeds LS1 4AB.')).toBeNull();
  });

  it('signs an equal opportunities statement in British English', () => {
    expect(eeoEmployer('Apply by Friday.\nSeacliff Hospice is an equal opportunities employer.')).toBe('Seacliff Hospice');
  });

  it('writes its legal form in more countries, and a registered name alone is no role', () => {
    expect(employerWithLegalForm('Η εταιρεία ΚΑΡΑΜΗΤΣΟΣ ΤΡΟΦΙΜΑ Α.Ε.Β.Ε., που δραστηριοποιείται εδώ')).toBe('ΚΑΡΑΜΗΤΣΟΣ ΤΡΟΦΙΜΑ Α.Ε.Β.Ε.');
    expect(employerWithLegalForm('Textiles Pampa Norte S.A.C., empresa peruana, requiere')).toBe('Textiles Pampa Norte S.A.C.');
    expect(isRegisteredName('TECK HIN HARDWARE & ENGINEERING PTE LTD')).toBe(true);
    expect(isRegisteredName('Accounts Assistant (Full Charge)')).toBe(false);
  });
});
