/** The one date grammar (src/text/dates.ts), as chunking, facts and line dating read it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateRanges, datesIn, findDates, isDateLine, isoPoint, latestOf, OPEN_RANGE_DATE } from '../src/text/dates.js';
import { editDistance, withinEditDistance } from '../src/text/editDistance.js';
import { escapeRegExp } from '../src/text/regExp.js';

const first = (text: string) => dateRanges(text, 2025)[0];

describe('date ranges', () => {
  it('reads month names and open ends in the languages CVs are written in', () => {
    expect(first('Jan. 2020 - heute')).toMatchObject({ start: { year: 2020, month: 1 }, end: undefined });
    expect(first('ago. 2021 - atual')).toMatchObject({ start: { year: 2021, month: 8 }, end: undefined });
    expect(first('März 2016 – Dezember 2018')).toMatchObject({
      start: { year: 2016, month: 3 },
      end: { year: 2018, month: 12 },
    });
    expect(first('Sept 2017 to date')).toMatchObject({ start: { year: 2017, month: 9 }, end: undefined });
  });

  it('reads numeric months with two-digit years after a slash, and never a grade as a date', () => {
    expect(first('The Home Depot (Colma) 05/11 - 03/13')).toMatchObject({
      start: { year: 2011, month: 5 },
      end: { year: 2013, month: 3 },
    });
    expect(dateRanges('GPA 3.88 - 4.00', 2025)).toEqual([]);
    expect(isDateLine('Norman, OK · 3.88')).toBe(false);
    expect(isDateLine('03/2020 - Now')).toBe(true);
  });

  it('dates a line by its latest year, an open range meaning the current one, and "up to date" meaning nothing', () => {
    expect(latestOf(datesIn(['2017 to date']), 2025)).toBe(2025);
    expect(datesIn(['Kept the runbooks up to date'])).toEqual([]);
    expect(datesIn(["Aug. '19 –"])).toEqual([OPEN_RANGE_DATE, 19]);
  });
});

describe('dates as profiles read them (ISO partial dates, single dates and open ranges too)', () => {
  const only = (text: string) => {
    const [found, ...more] = findDates(text, 2025);
    expect(more, text).toEqual([]);
    return found && { start: found.start, end: found.end, open: found.open };
  };

  it.each([
    ['2019–21', '2019', '2021', false],
    ['2009 - 12', '2009', '2012', false],
    ['seit 2019', '2019', undefined, true],
    ['depuis 2018', '2018', undefined, true],
    ['desde 2020', '2020', undefined, true],
    ['since 2021', '2021', undefined, true],
    ["janv. 2019 – aujourd'hui", '2019-01', undefined, true],
    ['juil. 2021 – nov. 2024', '2021-07', '2024-11', false],
    ['ene. 2019 – actualidad', '2019-01', undefined, true],
    ['marzo de 2020 a junio de 2021', '2020-03', '2021-06', false],
    ['15.03.2019 – 01.02.2020', '2019-03', '2020-02', false],
    ['2019-03-15 – 2020-01-01', '2019-03', '2020-01', false],
    ['(03.2019 - heute)', '2019-03', undefined, true],
    ['2019 – atual', '2019', undefined, true],
    ['06/15 - 03/17', '2015-06', '2017-03', false],
    ['2019 and 2020', '2019', '2020', false],
    ['2015/16', '2015', '2016', false],
    ['2015/2016', '2015', '2016', false],
    ['2019 – à ce jour', '2019', undefined, true],
    ['2019 – até hoje', '2019', undefined, true],
    ['2012–pres', '2012', undefined, true],
    ['ab 03/2019', '2019-03', undefined, true],
    ['à partir de 2020', '2020', undefined, true],
    ['jan/2019 – atual', '2019-01', undefined, true],
  ])('reads "%s"', (text, start, end, open) => {
    expect(only(text)).toEqual({ start, end, open });
  });

  it('reads a year and month by numbers as one date, never as a range of years', () => {
    expect(only('2010-12')).toEqual({ start: '2010-12', end: undefined, open: false });
    expect(only('2019-03-15')).toEqual({ start: '2019-03', end: undefined, open: false });
  });

  it('takes no grade, count or lone month/two-digit year for a date', () => {
    expect(findDates('GPA 3.88 - 4.00', 2025)).toEqual([]);
    expect(findDates('Ran 05/11 shifts', 2025)).toEqual([]);
    expect(findDates('Managed 12 people', 2025)).toEqual([]);
    // A slash joins a year only to a later one: "2019/03" is a month, "2019/12" no range.
    expect(only('2019/03')).toEqual({ start: '2019-03', end: undefined, open: false });
    expect(findDates('2019/12', 2025).some((d) => d.end)).toBe(false);
  });

  it('reads one point to an ISO partial date in any of the five languages', () => {
    expect(isoPoint('mai 2004')).toBe('2004-05');
    expect(isoPoint('Março 2011')).toBe('2011-03');
    expect(isoPoint('MÄRZ 2011')).toBe('2011-03');
    expect(isoPoint('2004')).toBe('2004');
  });
});

/** The row-by-row Levenshtein both old copies computed. */
function reference(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

describe('edit distance and regex escape', () => {
  it('gives the same distance as the Levenshtein it replaces, a swap of neighbours costing two', () => {
    expect(editDistance('terrafrom', 'terraform')).toBe(2);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, limit) => {
          expect(editDistance(a, b)).toBe(reference(a, b));
          expect(withinEditDistance(a, b, limit)).toBe(reference(a, b) <= limit);
        },
      ),
    );
  });

  it('escapes a skill so that it matches only itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (text) => {
        expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text) || /[\ud800-\udfff]/.test(text)).toBe(true);
      }),
    );
    expect(new RegExp(escapeRegExp('c++')).test('cxx')).toBe(false);
  });
});
