import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../src/chunking/blocks.js';
import { contactPattern, contactValues } from '../src/answer/contacts.js';
import { hasContactDetails, hasPhoneNumber, phoneNumbersIn } from '../src/text/contactDetails.js';

// Invented numbers in the ways the five languages' CVs write them.
const PHONES = [
  '+44 20 7946 0958',
  '(415) 555-0142',
  '415.555.0142',
  '0171 1234567',
  '+49 (0)30 1234567',
  '06 12 34 56 78',
  '+33 6 12 34 56 78',
  '+34 612 345 678',
  '(+351) 912-345-678',
  '+55 11 91234‑5678',
  '0044 20 7946 0958',
];

// Dates and spans of dates written with the same separators a phone number uses.
const DATES = [
  '2012-2016',
  '2012 - 2016',
  '2012 – 2016',
  '01/2012 - 12/2016',
  '01.2012 – 12.2016',
  '12.03.2019',
  '2019-03-01',
  '03/2015 – 06/2018',
  '(2010 - 2014)',
];

describe('phone numbers in a line', () => {
  it.each(PHONES)('finds %s, alone and after a label', (phone) => {
    expect(phoneNumbersIn(phone)).toEqual([phone]);
    expect(phoneNumbersIn(`Tel.: ${phone} · jane@example.org`)).toEqual([phone]);
  });

  it.each(DATES)('reads %s as dates, not a phone number', (dates) => {
    expect(hasPhoneNumber(dates)).toBe(false);
    expect(hasPhoneNumber(`Data Engineer, Acme Corp, ${dates}`)).toBe(false);
    expect(hasContactDetails(`Data Engineer, Acme Corp, ${dates}`)).toBe(false);
    // A grade or a score after the dates of a school line.
    expect(hasPhoneNumber(`B.Tech, Example Institute ${dates} 7.85`)).toBe(false);
    expect(hasPhoneNumber(`Example College ${dates} 84.60 %`)).toBe(false);
  });

  it('splits two numbers written side by side with a slash', () => {
    expect(phoneNumbersIn('0171 1234567 / 030 1234567')).toEqual(['0171 1234567', '030 1234567']);
  });

  it('takes e-mail and web addresses as contact details', () => {
    for (const line of ['jane@example.org', 'https://example.org/jane', 'www.example.org'])
      expect(hasContactDetails(line)).toBe(true);
  });
});

describe('a Markdown heading', () => {
  const titles = (markdown: string[]) =>
    parseBlocks(markdown)
      .filter((block) => block.kind === 'heading')
      .map((block) => (block as { title: string }).title);

  it.each(DATES)('stays a heading when it dates a role with %s', (dates) => {
    const role = `Data Engineer, Acme Corp (${dates})`;
    expect(titles(['# Jane Roe', '', '## Experience', '', `### ${role}`, '', '- pipelines'])).toContain(role);
  });

  it('made of contact details is a line of content', () => {
    for (const contact of ['jane@example.org | +44 20 7946 0958', '+49 (0)30 1234567'])
      expect(titles(['# Jane Roe', '', `## ${contact}`, '', '## Experience'])).toEqual(['Jane Roe', 'Experience']);
  });
});

describe('a phone question', () => {
  const phone = contactPattern('phone');

  it('takes a line giving a number, and not one giving dates or a birth date', () => {
    expect(phone.test('+34 612 345 678')).toBe(true);
    expect(phone.test('Analyst, Beta Ltd, 01/2012 - 12/2016')).toBe(false);
    expect(phone.test('Geburtsdatum: 12.03.1990')).toBe(false);
    expect(phone.test('Date of birth 1990 · born in 0171 1234567')).toBe(false);
  });

  it('gives each number of a line as written', () => {
    expect(contactValues('phone', 'Mobile: +33 6 12 34 56 78 · Fixe : 01 23 45 67 89')).toEqual([
      '+33 6 12 34 56 78',
      '01 23 45 67 89',
    ]);
  });
});
