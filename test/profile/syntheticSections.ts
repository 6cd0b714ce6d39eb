/**
 * Synthetic layout bench, more classes a recruiter meets: an academic CV's appointments with a
 * department between title and university, years in a left column, entries under "Volunteering"
 * or "Memberships" that are no jobs, one title held at several employers listed with commas, a
 * JSON Resume promotion (one employer twice) and moderncv's contact commands in the preamble.
 */
import {
  BULLETS,
  DATE_FORMS,
  type ExpectedRole,
  expectedOf,
  head,
  type Person,
  restOf,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

const years = DATE_FORMS['YYYY to YYYY']!;
const DEPARTMENTS = ['Department of Physics', 'Dept. of Economics', 'School of Informatics', 'Institute of History'];

/** "Postdoctoral Researcher, Dept. of X, University of Y, 2018 – 2020" under an academic heading. */
export function academicCv(p: Person, k: number): SyntheticCv {
  const headings = ['Academic Appointments', 'Positions', 'Employment', 'Appointments'];
  const lines = [...head(p, k % 2 === 0), k % 2 === 0 ? `## ${headings[k % 4]}` : headings[k % 4]!.toUpperCase(), ''];
  const work: ExpectedRole[] = [];
  for (const [i, r] of p.roles.entries()) {
    const written = { ...years(r.start, r.end), text: `${r.start.year} – ${r.end ? r.end.year : 'present'}` };
    const dept = DEPARTMENTS[(k + i) % DEPARTMENTS.length]!;
    lines.push(`${r.title}, ${dept}, ${r.employer}, ${written.text}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, 'en', k % 2 === 0));
  return {
    className: 'academic: title, department, employer, years',
    file: k % 2 === 0 ? 'cv.md' : 'cv.txt',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** Years in a left column, the role to their right: "2019 – 2021      Title, Employer". */
export function leftYearsCv(p: Person): SyntheticCv {
  const lines = [...head(p, false), 'EXPERIENCE', ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = { ...years(r.start, r.end), text: `${r.start.year} – ${r.end ? r.end.year : 'present'}` };
    lines.push(`${written.text.padEnd(18)}${r.title}, ${r.employer}`, `${''.padEnd(18)}${BULLETS[0]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, 'en', false));
  return { className: 'years in a left column', file: 'cv.txt', text: lines.join('\n'), expected: expectedOf(p, work) };
}

const SIDE_HEADINGS = ['Volunteering', 'Memberships', 'Organizations', 'Volunteer Experience'];
const SIDE_ENTRIES = [
  ['Treasurer, Riverside Chess Club', '2014 – 2017'],
  ['Mentor, Code for Harbourtown', '2016 – present'],
  ['Board Member, Northfield Rowing Association', '2012 – 2015'],
];

/** A CV whose roles are followed by a section of unpaid entries written just like roles. */
export function sideSectionCv(p: Person, k: number): SyntheticCv {
  const markdown = k % 2 === 0;
  const h = (t: string) => (markdown ? `## ${t}` : t.toUpperCase());
  const lines = [...head(p, markdown), h('Experience'), ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(markdown ? `### ${r.title}, ${r.employer}` : `${r.title}, ${r.employer}`, written.text, '');
    work.push(roleExpected(r, written));
  }
  lines.push(h(SIDE_HEADINGS[k % SIDE_HEADINGS.length]!), '');
  for (const [entry, when] of SIDE_ENTRIES.slice(0, 2 + (k % 2)))
    lines.push(markdown ? `### ${entry}` : entry!, when!, `- ${BULLETS[2]}`, '');
  lines.push(...restOf(p, 'en', markdown));
  return {
    className: 'unpaid entries: Volunteering / Memberships',
    file: markdown ? 'cv.md' : 'cv.txt',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/**
 * One title held at several employers, each with its place in brackets, listed with commas (the
 * last maybe after "&"): on the line above the title, or below it wrapped after a comma.
 */
export function sharedTitleCv(p: Person, k: number): SyntheticCv {
  const lines = [...head(p, true), '## Experience', ''];
  const title = ['Various Technical Positions', 'Consultant', 'Freelance Developer', 'Contract Engineer'][k % 4]!;
  const written = MON_YEAR(p.roles.at(-1)!.start, p.roles[0]!.end);
  const named = p.roles.map((r) => `${r.employer} (${r.city === 'Remote' ? 'Leeds' : r.city})`);
  const last = k % 2 === 0 ? ', ' : ' & ';
  const list = `${named.slice(0, -1).join(', ')}${last}${named.at(-1)}`;
  const rest = `${named.slice(1, -1).join(', ')}${named.length > 2 ? last : ''}${named.at(-1)}`;
  if (k < 2) lines.push(`**${list}**`, title, written.text);
  else lines.push(`### ${title}`, `${named[0]},`, rest, written.text);
  lines.push(`- ${BULLETS[0]}`, '');
  const work = p.roles.map((r) => ({ employer: r.employer, title, start: written.start, end: written.end }));
  lines.push(...restOf(p, 'en', true));
  return {
    className: 'one title at several employers',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** JSON Resume where a promotion repeats the employer: two work entries with one `name`. */
export function jsonPromotionCv(p: Person): SyntheticCv {
  const isoOf = (w: { year: number; month?: number }) => `${w.year}-${String(w.month ?? 1).padStart(2, '0')}`;
  const [first, ...rest] = p.roles;
  const promoted = { ...first!, title: `Senior ${first!.title}`, start: { year: first!.start.year + 1, month: 3 } };
  const earlier = { ...first!, end: { year: first!.start.year + 1, month: 2 } };
  const roles = [promoted, earlier, ...rest];
  const json = {
    basics: { name: p.name, email: p.email, phone: p.phone, summary: 'Engineer who likes small teams and clear code.' },
    work: roles.map((r) => ({
      name: r.employer,
      position: r.title,
      startDate: `${isoOf(r.start)}-01`,
      ...(r.end ? { endDate: `${isoOf(r.end)}-01` } : {}),
      highlights: [BULLETS[0]],
    })),
    education: p.schools.map((s) => ({ institution: s.institution, studyType: s.degree, endDate: String(s.end.year) })),
    skills: [{ name: 'Tools', keywords: p.skills }],
    languages: p.languages.map((l) => ({ language: l.language, fluency: l.level })),
  };
  const work = roles.map((r) => ({
    employer: r.employer,
    title: r.title,
    start: isoOf(r.start),
    ...(r.end ? { end: isoOf(r.end) } : {}),
  }));
  return {
    className: 'JSON Resume: one employer twice',
    file: 'resume.json',
    text: JSON.stringify(json, null, 2),
    expected: expectedOf(p, work),
  };
}

/** Labels for a role's fields, as forms and Europass write them. */
const FIELD_LABELS = [
  { employer: 'Company', title: 'Role', dates: 'Period' },
  { employer: 'Organization', title: 'Designation', dates: 'Duration' },
  { employer: 'Name and address of employer', title: 'Occupation or position held', dates: 'Dates' },
  { employer: 'Employer', title: 'Position', dates: 'Dates' },
] as const;

/** Each role as labelled fields ("Company: Acme", "Designation: Engineer", "Duration: …"), in any order. */
export function labelledRoleCv(p: Person, k: number): SyntheticCv {
  const labels = FIELD_LABELS[k % FIELD_LABELS.length]!;
  const gap = k === 2;
  const field = (label: string, value: string) => (gap ? `${label.padEnd(32)}${value}` : `${label}: ${value}`);
  const lines = [...head(p, !gap), gap ? 'WORK EXPERIENCE' : '## Work Experience', ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = DATE_FORMS['MM/YYYY – present']!(r.start, r.end);
    const where = gap ? `${r.employer}, ${r.city === 'Remote' ? 'Leeds' : r.city}` : r.employer;
    const fields = [field(labels.dates, written.text), field(labels.title, r.title), field(labels.employer, where)];
    lines.push(...(k % 2 ? fields : [fields[1]!, fields[2]!, fields[0]!]), gap ? BULLETS[0]! : `- ${BULLETS[0]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, 'en', !gap));
  return {
    className: 'roles as labelled fields (forms, Europass)',
    file: gap ? 'cv.txt' : 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}
