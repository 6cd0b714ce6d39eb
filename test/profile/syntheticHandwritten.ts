/**
 * Synthetic layout bench, CVs as people write them by hand or in a word processor: Word and Google
 * Docs résumé templates (dates after a tab, capitals months, `<w:tab/>`, `<w:br/>`, an employer and
 * a title set apart only by bold and italic runs); Markdown ("Title @ Employer", an employer
 * heading over its titles, one heading level per field, HTML blocks, "**Employer** *Title*");
 * titles outside engineering and titles no list knows; degrees as US, UK and Indian CVs abbreviate them.
 */
import { bullet, makeDocx, paragraph } from '../../scripts/synthetic/docxFixture.js';
import {
  BULLETS,
  type ExpectedRole,
  expectedOf,
  head,
  type Person,
  restOf,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

/** A Word résumé template: "Title, Employer", the dates after a tab; or Google Docs' "Employer, City — Title". */
export function wordTemplateCv(p: Person, google: boolean): SyntheticCv {
  const body = [paragraph(p.name, 'Title'), paragraph(`${p.email} | ${p.phone}`), paragraph('EXPERIENCE', 'Heading1')];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    if (google) {
      const dates = paragraph(written.text.toUpperCase());
      body.push(paragraph(`${r.employer}, ${r.city} — ${r.title}`, 'Heading2'), dates);
    } else body.push(paragraph(`${r.title}, ${r.employer}\t${written.text}`, 'Heading2'));
    body.push(bullet(BULLETS[0]!), bullet(BULLETS[1]!));
    work.push(roleExpected(r, written));
  }
  body.push(paragraph('EDUCATION', 'Heading1'));
  for (const s of p.schools) {
    if (google)
      body.push(
        paragraph(`${s.institution}, Leeds — ${s.degree}`, 'Heading2'),
        paragraph(`${s.start.year} - ${s.end.year}`),
      );
    else body.push(paragraph(`${s.degree}, ${s.institution}\t${s.start.year} – ${s.end.year}`, 'Heading2'));
  }
  body.push(paragraph('SKILLS', 'Heading1'), paragraph(p.skills.join(', ')));
  body.push(
    paragraph('LANGUAGES', 'Heading1'),
    paragraph(p.languages.map((l) => `${l.language} (${l.level})`).join(', ')),
  );
  const className = google ? 'DOCX: Google Docs template' : 'DOCX: Word template, dates after a tab';
  return { className, file: 'cv.docx', text: makeDocx(body.join('')), expected: expectedOf(p, work) };
}

/** Markdown as people write it by hand: "Title @ Employer", or an employer heading over each title and its dates. */
export function markdownHandCv(p: Person, form: 0 | 1 | 2 | 3): SyntheticCv {
  const lines = [...head(p, true), '## Experience', ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    if (form === 0) lines.push(`### ${r.title} @ ${r.employer}`, `_${written.text}_`);
    else if (form === 1) lines.push(`### ${r.employer}`, `**${r.title}**`, `*${written.text}* · ${r.city}`);
    else if (form === 2) lines.push(`**${r.employer}**, ${r.city} — *${r.title}*  `, `${written.text}`);
    // Only the type sets the employer and the title apart.
    else lines.push(`**${r.employer}** *${r.title}*  `, `${written.text}`);
    lines.push('', `- ${BULLETS[0]}`, `- ${BULLETS[2]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, 'en', true));
  const className = [
    'Markdown: Title @ Employer',
    'Markdown: employer heading, title line, dates line',
    'Markdown: **Employer**, City — *Title*',
    'Markdown: **Employer** *Title*',
  ][form]!;
  return { className, file: 'cv.md', text: lines.join('\n'), expected: expectedOf(p, work) };
}

/** Degrees as US, UK, Indian and continental CVs abbreviate them, beyond the bench's usual ten. */
const MORE_DEGREES = [
  'Ph.D. in Economics',
  'A.B. in History',
  'S.M. in Physics',
  'M.F.A. in Creative Writing',
  'B.Tech in Computer Science',
  'M.Phil. in Linguistics',
  'Dipl.-Ing. Elektrotechnik',
  'MPH in Epidemiology',
  'B.Com in Accounting',
  'MCA in Computer Applications',
  'Ed.D. in Education',
  'B.S.E. in Civil Engineering',
];

/** Schools with degrees from the wider list, one layout per class: a list line, or school over degree. */
export function degreeWordsCv(p: Person, seed: number, layout: 'list' | 'school over degree'): SyntheticCv {
  const schools = p.schools.map((s, i) => ({ ...s, degree: MORE_DEGREES[(seed + i * 5) % MORE_DEGREES.length]! }));
  const lines = [...head(p, true), '## Experience', ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(`### ${r.title}, ${r.employer}`, written.text, `- ${BULLETS[0]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push('## Education', '');
  for (const s of schools) {
    if (layout === 'list') lines.push(`- ${s.degree}, ${s.institution}, ${s.end.year}`);
    else lines.push(`**${s.institution}** | ${s.start.year} – ${s.end.year}  `, `${s.degree}`, '');
  }
  lines.push('', '## Skills', p.skills.join(', '), '', '## Languages');
  lines.push(p.languages.map((l) => `${l.language} (${l.level})`).join(', '));
  const education = schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end.year) }));
  return {
    className: `degree words: ${layout}`,
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work, education),
  };
}

/** Titles outside engineering, each a trade's own agent noun; employers with coined names and no "Inc." or "Labs". */
const TRADE_TITLES = [
  'Accountant',
  'Staff Attorney',
  'Journalist',
  'Pharmacist',
  'Translator',
  'Recruiter',
  'QA Tester',
  'Copywriter',
  'Statistician',
  'Librarian',
  'Strategist',
  'Illustrator',
];
/** Titles no word list can be expected to hold: only the heading's "at" or "@" tells which part is the title. */
const UNLISTED_TITLES = ['Growth Hacker', 'Scrum Master', 'Sommelier', 'Barista', 'Storyteller', 'Ombudsman'];
const COINED_EMPLOYERS = ['Zentrix', 'Omnivale', 'Quillon', 'Marrowby', 'Fennick & Hale', 'Tovarra', 'Ostrel'];

/** "Title, Employer" and "Title at Employer" with titles and employers no list names. */
export function tradeTitlesCv(
  p: Person,
  seed: number,
  order: 'Title, Employer' | 'Title at Employer' | 'unlisted Title @ Employer',
): SyntheticCv {
  const titles = order === 'unlisted Title @ Employer' ? UNLISTED_TITLES : TRADE_TITLES;
  const lines = [...head(p, true), '## Experience', ''];
  const work: ExpectedRole[] = [];
  p.roles.forEach((r, i) => {
    const role = {
      ...r,
      title: titles[(seed + i * 7) % titles.length]!,
      employer: COINED_EMPLOYERS[(seed + i * 3) % COINED_EMPLOYERS.length]!,
    };
    const written = MON_YEAR(role.start, role.end);
    const join = { 'Title, Employer': ', ', 'Title at Employer': ' at ', 'unlisted Title @ Employer': ' @ ' }[order];
    const heading = `${role.title}${join}${role.employer}`;
    lines.push(`### ${heading}`, written.text, `- ${BULLETS[1]}`, '');
    work.push(roleExpected(role, written));
  });
  lines.push(...restOf(p, 'en', true));
  return { className: `trade titles: ${order}`, file: 'cv.md', text: lines.join('\n'), expected: expectedOf(p, work) };
}

export type NestedForm = 'employer ##, titles ###' | 'field per heading level' | 'HTML blocks in Markdown';

/** Markdown whose headings nest the fields: employer over its titles, one heading level a field, or HTML blocks. */
export function nestedMarkdownCv(p: Person, form: NestedForm): SyntheticCv {
  const lines = [`# ${p.name}`, `${p.email} · ${p.phone}`, ''];
  const work: ExpectedRole[] = [];
  const roles = p.roles.map((r) => ({ r, written: MON_YEAR(r.start, r.end) }));
  if (form === 'employer ##, titles ###') {
    lines.push('# Experience', '');
    // The first employer holds the first two roles: a promotion, each title under it with its dates.
    const groups = [roles.slice(0, 2), ...roles.slice(2).map((x) => [x])];
    for (const group of groups) {
      const employer = group[0]!.r.employer;
      lines.push(`## ${employer}`, '');
      for (const { r, written } of group) {
        lines.push(`### ${r.title}`, `_${written.text}_`, '', `- ${BULLETS[0]}`, '');
        work.push(roleExpected({ ...r, employer }, written));
      }
    }
  } else if (form === 'field per heading level') {
    lines.push('## Experience', '');
    for (const { r, written } of roles) {
      lines.push(`### ${r.title}`, `#### ${r.employer} · ${r.city}`, `##### ${written.text}`, '', BULLETS[1]!, '');
      work.push(roleExpected(r, written));
    }
  } else {
    lines.push('## Experience', '');
    for (const { r, written } of roles) {
      lines.push('<div class="job">', `  <h3>${r.employer}</h3>`, `  <p class="title">${r.title}</p>`);
      lines.push(`  <span class="date">${written.text}</span>`, `  <p>${BULLETS[2]}</p>`, '</div>', '');
      work.push(roleExpected(r, written));
    }
  }
  lines.push('## Education', '');
  for (const s of p.schools) lines.push(`### ${s.institution}`, `${s.degree}, ${s.start.year} – ${s.end.year}`, '');
  lines.push('## Skills', p.skills.join(', '), '', '## Languages');
  lines.push(p.languages.map((l) => `${l.language} (${l.level})`).join(', '));
  return {
    className: `Markdown nesting: ${form}`,
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

export type WordRuns = 'tab element before dates' | 'line breaks in one paragraph' | 'bold employer, italic title runs';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string, style = '') =>
  `<w:r>${style ? `<w:rPr>${style}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;

/** Word's own markup in a paragraph: `<w:tab/>` before right-aligned dates, `<w:br/>` breaks, bold and italic runs. */
export function wordRunsCv(p: Person, form: WordRuns): SyntheticCv {
  const body = [paragraph(p.name, 'Title'), paragraph(`${p.email} | ${p.phone}`), paragraph('Experience', 'Heading1')];
  const work: ExpectedRole[] = [];
  const entry = (what: string, where: string, dates: string) => {
    if (form === 'tab element before dates')
      return `<w:p>${run(`${what}, ${where}`)}<w:r><w:tab/></w:r>${run(dates)}</w:p>`;
    if (form === 'line breaks in one paragraph')
      return `<w:p>${run(where, '<w:b/>')}<w:r><w:br/></w:r>${run(what)}<w:r><w:br/></w:r>${run(dates)}</w:p>`;
    return `<w:p>${run(where, '<w:b/>')}${run(`  ${what}`, '<w:i/>')}</w:p>${paragraph(dates)}`;
  };
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    body.push(entry(r.title, r.employer, written.text), bullet(BULLETS[0]!));
    work.push(roleExpected(r, written));
  }
  body.push(paragraph('Education', 'Heading1'));
  for (const s of p.schools) body.push(entry(s.degree, s.institution, `${s.start.year} – ${s.end.year}`));
  body.push(paragraph('Skills', 'Heading1'), paragraph(p.skills.join(', ')));
  body.push(
    paragraph('Languages', 'Heading1'),
    paragraph(p.languages.map((l) => `${l.language} (${l.level})`).join(', ')),
  );
  return {
    className: `DOCX runs: ${form}`,
    file: 'cv.docx',
    text: makeDocx(body.join('')),
    expected: expectedOf(p, work),
  };
}
