import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/corpus/formats/html.js';
import { readProfile } from '../src/profile/readProfile.js';
import type { Profile } from '../src/profile/types.js';

/** The profile of a Markdown (or plain text) CV. */
function profileOfText(text: string): Profile {
  return readProfile({ lines: text.split('\n').map((line, i) => ({ line: i + 1, text: line })) });
}

/** The profile of an HTML CV, read from the lines the HTML reader gives. */
function profileOfHtml(body: string, lang = 'en'): Profile {
  const outcome = readHtml(`<!DOCTYPE html>\n<html lang="${lang}">\n<body>\n${body}\n</body>\n</html>\n`);
  if (outcome.kind !== 'read') throw new Error(outcome.reason);
  return readProfile({ lines: outcome.text.lines.map((text, i) => ({ line: i + 1, text })) });
}

const roles = (profile: Profile) => profile.work.map((w) => [w.name, w.position, w.startDate, w.endDate ?? 'open']);
const schools = (profile: Profile) => profile.education.map((e) => [e.institution, e.endDate]);

describe('roles kept as YAML records in front matter', () => {
  it("reads Hugo Academic's experience widget, an empty date_end an open role", () => {
    const profile = profileOfText(
      [
        '---',
        'title: Wenna Trelawney',
        'organizations:',
        '  - name: Porthallow Marine Lab',
        'experience:',
        '  - title: Research Fellow',
        '    company: Porthallow Marine Lab',
        "    date_start: '2021-10-01'",
        "    date_end: ''",
        '  - title: Lab Technician',
        '    company: Gwithian Seaweed Co.',
        "    date_start: '2017-01-01'",
        "    date_end: '2021-09-30'",
        '---',
        '',
        'Wenna studies kelp.',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([
      ['Porthallow Marine Lab', 'Research Fellow', '2021-10', 'open'],
      ['Gwithian Seaweed Co.', 'Lab Technician', '2017-01', '2021-09'],
    ]);
    expect(profile.work[0]!.lines).toEqual([6, 9]);
  });

  it('reads Hugo Blox and Jekyll keys, a duration range in one value, in other languages too', () => {
    const profile = profileOfText(
      [
        '---',
        'name: Joana Serrão',
        'work:',
        '  - position: Engenheira de Dados',
        '    company_name: Navalis Dados',
        '    date_start: 2020-03-01',
        '    date_end: atual',
        '  - role: Entwicklerin',
        '    employer: Kranich Software GmbH',
        '    duration: 2016 - 2020',
        '---',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([
      ['Navalis Dados', 'Engenheira de Dados', '2020-03', 'open'],
      ['Kranich Software GmbH', 'Entwicklerin', '2016', '2020'],
    ]);
  });

  it('takes no record without both an employer and a title for a role', () => {
    const profile = profileOfText(
      [
        '---',
        'title: Ivo Pereira',
        'organizations:',
        '  - name: Tamega Labs',
        '    url: https://tamega.example',
        'links:',
        '  - company: Tamega Labs',
        '    url: https://tamega.example/team',
        '---',
      ].join('\n'),
    );
    expect(profile.work).toEqual([]);
  });

  it('still reads schools from the same front matter', () => {
    const profile = profileOfText(
      [
        '---',
        'experience:',
        '  - title: Postdoc',
        '    company: Lanreath Institute',
        '    date_start: 2022-01-01',
        'education:',
        '  courses:',
        '    - course: PhD in Ecology',
        '      institution: University of Bodmin',
        '      year: 2021',
        '---',
      ].join('\n'),
    );
    expect(roles(profile)).toEqual([['Lanreath Institute', 'Postdoc', '2022-01', 'open']]);
    expect(schools(profile)).toEqual([['University of Bodmin', '2021']]);
  });
});

export { profileOfHtml, profileOfText, roles, schools };
