/**
 * Synthetic classes for roles read from layouts the rules were not written from, each in five
 * languages: "Title, Employer" on one PDF row with the city flush right or a department line under
 * it; a short duty sentence right under a one-line role; LinkedIn's grouped roles each with its
 * city under the dates. All people, employers and sentences are invented.
 */
import { makeDocx, paragraph } from '../../scripts/synthetic/docxFixture.js';
import { makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';
import {
  type ExpectedRole,
  expectedOf,
  head,
  HEADINGS,
  type Lang,
  type Person,
  restOf,
  roleExpected,
  type SyntheticCv,
  person,
  MON_YEAR,
} from './syntheticCvs.js';

const latin = (text: string) => text.replace(/[–—]/g, '-');
const PRESENT: Record<Lang, string> = { en: 'present', de: 'heute', fr: "aujourd'hui", es: 'actualidad', pt: 'atual' };
const years = (r: Person['roles'][number], lang: Lang) => ({
  text: `${r.start.year} – ${r.end ? r.end.year : PRESENT[lang]}`,
  start: String(r.start.year),
  ...(r.end ? { end: String(r.end.year) } : {}),
});

/** What a role did, in a few words ending in a full stop. */
const DUTIES: Record<Lang, readonly string[]> = {
  en: ['Built the ledger service.', 'Ran the mobile team.', 'Moved billing to the cloud.'],
  de: ['Baute den Abrechnungsdienst.', 'Leitete das Mobilteam.', 'Führte Code-Reviews ein.'],
  fr: ['Conception du service de paie.', "Animation de l'équipe mobile.", 'Migration vers le cloud.'],
  es: ['Diseñé el servicio de pagos.', 'Dirigí el equipo móvil.', 'Migré la facturación a la nube.'],
  pt: ['Criei o serviço de pagamentos.', 'Liderei a equipa móvel.', 'Migrei a faturação para a nuvem.'],
};

const DEPARTMENTS: Record<Lang, string> = {
  en: 'Department of Applied Physics',
  de: 'Lehrstuhl für Angewandte Physik',
  fr: 'Département de physique appliquée',
  es: 'Departamento de Física Aplicada',
  pt: 'Departamento de Física Aplicada',
};

/** A one-column PDF of text lines from the top, each [left, flush right?]; the CV's other sections as plain lines. */
function linesPdf(rows: readonly (readonly [string, string?])[]): Buffer {
  const texts: PlacedText[] = [];
  rows.forEach(([left, right], i) => {
    const y = 760 - i * 13;
    if (left) texts.push({ x: 50, y, size: i === 0 ? 18 : 10, text: latin(left) });
    if (right) texts.push({ x: 560 - right.length * 5, y, size: 10, text: latin(right) });
  });
  return makePdf([{ texts }]);
}

export type TitledCommaForm = 'PDF, city flush right' | 'department line under';

/**
 * "Software Engineer, Acme" on one row and its city flush right, the dates on the row under it; or,
 * in Markdown, "**Title**, Employer, dates" over the department the role sat in.
 */
export function titledCommaCv(p: Person, lang: Lang, form: TitledCommaForm): SyntheticCv {
  const work: ExpectedRole[] = [];
  if (form === 'department line under') {
    const lines = [...head(p, true), `## ${HEADINGS[lang].work}`, ''];
    for (const r of p.roles) {
      const written = years(r, lang);
      lines.push(`**${r.title}**, ${r.employer}, ${written.text}`, DEPARTMENTS[lang], '');
      work.push(roleExpected(r, written));
    }
    lines.push(...restOf(p, lang, true));
    const text = lines.join('\n');
    return {
      className: `role: "Title, Employer" over a department`,
      file: 'cv.md',
      text,
      expected: expectedOf(p, work),
    };
  }
  const rows: [string, string?][] = [[p.name], [`${p.email} | ${p.phone}`], [''], [HEADINGS[lang].work.toUpperCase()]];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    rows.push([`${r.title}, ${r.employer}`, r.city === 'Remote' ? 'Leeds' : r.city], [written.text]);
    rows.push([`- ${DUTIES[lang][0]}`], ['']);
    work.push(roleExpected(r, written));
  }
  for (const line of restOf(p, lang, false)) rows.push([line]);
  const className = 'PDF: "Title, Employer" with its city flush right';
  return { className, file: 'cv.pdf', text: linesPdf(rows), expected: expectedOf(p, work) };
}

/** "Title, Employer (2019 – 2021)" over a short sentence of what the role did, in a PDF or a text file. */
export function dutyUnderRoleCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const lines = [...head(p, false), HEADINGS[lang].work.toUpperCase()];
  const work: ExpectedRole[] = [];
  p.roles.forEach((r, i) => {
    const written = years(r, lang);
    lines.push(`${r.title}, ${r.employer} (${written.text})`, DUTIES[lang][i % 3]!, '');
    work.push(roleExpected(r, written));
  });
  lines.push(...restOf(p, lang, false));
  const pdf = k % 2 === 0;
  return {
    className: 'role: a short duty sentence under "Title, Employer (dates)"',
    file: pdf ? 'cv.pdf' : 'cv.txt',
    text: pdf ? linesPdf(lines.map((l) => [l])) : lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** The total LinkedIn writes under a grouped employer, and its own word for a city's area. */
const TOTAL: Record<Lang, string> = {
  en: '4 years 2 months',
  de: '4 Jahre 2 Monate',
  fr: '4 ans 2 mois',
  es: '4 años 2 meses',
  pt: '4 anos 2 meses',
};

/**
 * LinkedIn's export as text: the first employer's name, its total, then each of its roles' title,
 * dates and city (the same city under both); the later employers' roles each with their own city.
 */
export function linkedinCitiesCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const [first, second, ...later] = p.roles;
  const city = ['Bristol', 'Leipzig', 'Rennes', 'Zaragoza', 'Braga'][k % 5]!;
  const lines = [...head(p, false), HEADINGS[lang].work, first!.employer, TOTAL[lang]];
  const work: ExpectedRole[] = [];
  for (const r of [first!, second!]) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(r.title, `${written.text} (2 years)`, city);
    work.push(roleExpected({ ...r, employer: first!.employer }, written));
  }
  for (const r of later) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(r.employer, r.title, written.text, k % 2 === 0 ? city : `${city}, ${r.city}, Europe`);
    work.push(roleExpected(r, written));
  }
  lines.push('', ...restOf(p, lang, false));
  const pdf = k % 2 === 1;
  return {
    className: 'LinkedIn: a city under each grouped role',
    file: pdf ? 'cv.pdf' : 'cv.txt',
    text: pdf ? linesPdf(lines.map((l) => [l])) : lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** Column names in each language: the dates', the title's and the employer's. */
const COLUMNS: Record<Lang, readonly [string, string, string]> = {
  en: ['Period', 'Role', 'Organisation'],
  de: ['Zeitraum', 'Funktion', 'Arbeitgeber'],
  fr: ['Période', 'Poste', 'Entreprise'],
  es: ['Periodo', 'Puesto', 'Empresa'],
  pt: ['Período', 'Cargo', 'Empresa'],
};

/** The orders a table's columns stand in: indexes into [dates, title, employer]. */
const COLUMN_ORDERS: readonly (readonly number[])[] = [
  [0, 1, 2],
  [2, 1, 0],
  [1, 2, 0],
];

/** A table of roles under a row naming its columns, in Markdown or HTML, the columns in some order. */
export function headedTableCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const order = COLUMN_ORDERS[k % 3]!;
  const html = k % 2 === 1;
  const work: ExpectedRole[] = [];
  const rows = p.roles.map((r) => {
    const written = years(r, lang);
    work.push(roleExpected(r, written));
    const cells = [written.text, r.title, r.employer];
    return order.map((i) => cells[i]!);
  });
  const header = order.map((i) => COLUMNS[lang][i]!);
  if (!html) {
    const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    const lines = [...head(p, true), `## ${HEADINGS[lang].work}`, '', row(header), row(header.map(() => '---'))];
    lines.push(...rows.map(row), '', ...restOf(p, lang, true));
    return {
      className: 'table of roles under column names',
      file: 'cv.md',
      text: lines.join('\n'),
      expected: expectedOf(p, work),
    };
  }
  const tr = (cells: readonly string[], tag: string) =>
    `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  const lines = [
    '<html><body>',
    `<h1>${p.name}</h1>`,
    `<p>${p.email} · ${p.phone}</p>`,
    `<h2>${HEADINGS[lang].work}</h2>`,
  ];
  lines.push(
    '<table>',
    tr(header, 'th'),
    ...rows.map((r) => tr(r, 'td')),
    '</table>',
    `<h2>${HEADINGS[lang].skills}</h2>`,
  );
  lines.push(`<p>${p.skills.join(', ')}</p>`, '</body></html>');
  const expected = { ...expectedOf(p, work), education: [], languages: [] };
  return { className: 'table of roles under column names', file: 'cv.html', text: lines.join('\n'), expected };
}

/**
 * Several roles under one employer: the employer as a sub-heading (or bold line), each title a
 * short bullet with its dates, duties indented under it.
 */
export function rolesUnderEmployerCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const [first, ...rest] = p.roles;
  const lines = [...head(p, true), `## ${HEADINGS[lang].work}`, ''];
  const work: ExpectedRole[] = [];
  lines.push(k % 2 === 0 ? `### ${first!.employer}` : `**${first!.employer}**`, '');
  const promoted = [first!, ...rest.slice(0, 1)];
  for (const [i, r] of promoted.entries()) {
    const written = years(r, lang);
    lines.push(k % 3 === 0 ? `- **${r.title}** (${written.text})` : `- ${r.title}, ${written.text}`);
    if (i === 0) lines.push(`  - ${DUTIES[lang][1]}`);
    work.push(roleExpected({ ...r, employer: first!.employer }, written));
  }
  for (const r of rest.slice(1)) {
    const written = years(r, lang);
    lines.push('', k % 2 === 0 ? `### ${r.employer}` : `**${r.employer}**`, '', `- **${r.title}** (${written.text})`);
    work.push(roleExpected(r, written));
  }
  lines.push('', ...restOf(p, lang, true));
  return {
    className: 'several roles under one employer, one bullet each',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** Internships and trade titles as each language writes them, beside employers with a legal form. */
const INTERNSHIPS: Record<Lang, readonly (readonly [string, string])[]> = {
  en: [
    ['Summer Internship in Marketing', 'Pellworth Ltd'],
    ['Cashier', 'Greenholm Stores Ltd'],
    ['Work Placement', 'Ardley Foods plc'],
  ],
  de: [
    ['Praktikum Softwareentwicklung', 'Lindwurm AG'],
    ['Aushilfe im Verkauf', 'Kornfeld GmbH'],
    ['Kellner', 'Gasthaus Linde KG'],
  ],
  fr: [
    ['Stage en développement web', 'Brocéliande SARL'],
    ['Serveur', 'Maison Ardoise SAS'],
    ['Comptable', 'Vireux Conseil SA'],
  ],
  es: [
    ['Pasantía en contabilidad', 'Grupo Retama SL'],
    ['Camarero', 'Hostal Brisa SA'],
    ['Prácticas de diseño', 'Estudio Jara SL'],
  ],
  pt: [
    ['Estágio em engenharia civil', 'Obras Ipê Ltda'],
    ['Atendente', 'Padaria Aurora Ltda'],
    ['Jovem aprendiz', 'Mercado Sol Ltda'],
  ],
};

/** Roles that are internships and trade jobs: the employer is the part with the legal form, either order. */
export function internshipCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const roles = p.roles.map((r, i) => ({ ...r, ...pair(INTERNSHIPS[lang][(i + k) % 3]!) }));
  const lines = [...head(p, false), HEADINGS[lang].work.toUpperCase()];
  const work: ExpectedRole[] = [];
  for (const r of roles) {
    const written = years(r, lang);
    const parts = k % 2 === 0 ? [r.title, r.employer] : [r.employer, r.title];
    lines.push(`${parts.join(k % 3 === 0 ? ', ' : ' — ')}`, written.text, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, lang, false));
  return {
    className: 'role: internships and trade titles',
    file: 'cv.txt',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}
const pair = ([title, employer]: readonly [string, string]) => ({ title, employer });

/**
 * A two-column table of roles: the dates in one cell, the title and "employer, city" on two lines of
 * the other (an HTML `<br>`, or two paragraphs of a Word cell).
 */
export function stackedCellCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const work: ExpectedRole[] = [];
  const rows = p.roles.map((r) => {
    const written = years(r, lang);
    work.push(roleExpected(r, written));
    return [written.text, r.title, `${r.employer}, ${r.city === 'Remote' ? 'Graz' : r.city}`] as const;
  });
  const expected = { ...expectedOf(p, work), education: [], languages: [] };
  const className = 'table: title and employer on two lines of one cell';
  if (k % 2 === 1) {
    const cell = (...lines: string[]) => `<w:tc>${lines.map((l) => paragraph(l)).join('')}</w:tc>`;
    const trs = rows.map(([d, t, e]) => `<w:tr>${cell(d)}${cell(t, e)}</w:tr>`).join('');
    const body = [paragraph(p.name, 'Title'), paragraph(`${p.email} | ${p.phone}`)];
    body.push(paragraph(HEADINGS[lang].work, 'Heading1'), `<w:tbl>${trs}</w:tbl>`);
    body.push(paragraph(HEADINGS[lang].skills, 'Heading1'), paragraph(p.skills.join(', ')));
    return { className, file: 'cv.docx', text: makeDocx(body.join('')), expected };
  }
  const lines = [
    '<html><body>',
    `<h1>${p.name}</h1>`,
    `<p>${p.email} · ${p.phone}</p>`,
    `<h2>${HEADINGS[lang].work}</h2>`,
  ];
  lines.push('<table>');
  for (const [d, t, e] of rows) lines.push('<tr>', `<td>${d}</td>`, `<td><strong>${t}</strong><br>${e}</td>`, '</tr>');
  lines.push('</table>', `<h2>${HEADINGS[lang].skills}</h2>`, `<p>${p.skills.join(', ')}</p>`, '</body></html>');
  return { className, file: 'cv.html', text: lines.join('\n'), expected };
}

/** An academic section's heading in each language, as academics write it. */
const ACADEMIC_HEADINGS: Record<Lang, readonly string[]> = {
  en: ['Academic Positions', 'Appointments'],
  de: ['Akademischer Werdegang', 'Wissenschaftlicher Werdegang'],
  fr: ['Expérience académique', 'Postes occupés'],
  es: ['Experiencia académica', 'Cargos académicos'],
  pt: ['Experiência académica', 'Cargos ocupados'],
};

/** Academic posts: [title, institution, its city or the department under it]. */
const POSTS: Record<Lang, readonly (readonly [string, string, string])[]> = {
  en: [
    ['Lecturer in Statistics', 'University of Farnwick', 'Department of Mathematics'],
    ['Postdoctoral Research Fellow', 'Institute for Marine Studies', 'Ravensgate'],
    ['Research Assistant', 'Kellerton Centre for Policy Research', 'Dunmore'],
  ],
  de: [
    ['Postdoc', 'Universität Hallbach', 'Lehrstuhl für Statistik'],
    ['Wissenschaftliche Mitarbeiterin', 'Institut für Meeresforschung', 'Kiel'],
    ['Doktorand', 'Institut für Sozialforschung', 'Lindenau'],
  ],
  fr: [
    ['Maître de conférences', 'Université de Valcourt', 'Département de mathématiques'],
    ['Chercheuse postdoctorale', 'Institut de recherche marine', 'Brest'],
    ['Ingénieur de recherche', 'Centre de recherche en économie', 'Grenoble'],
  ],
  es: [
    ['Profesora titular', 'Universidad de Almenar', 'Departamento de Física'],
    ['Investigadora postdoctoral', 'Instituto de Ciencias del Mar', 'Cádiz'],
    ['Investigador asociado', 'Centro de Estudios Marinos', 'Vigo'],
  ],
  pt: [
    ['Professor auxiliar', 'Universidade de Montalvo', 'Departamento de Química'],
    ['Investigador de pós-doutoramento', 'Instituto de Biomedicina', 'Aveiro'],
    ['Assistente de investigação', 'Centro de Estudos Sociais', 'Coimbra'],
  ],
};

/**
 * An academic CV's posts under an academic heading: "Title, Institution, City, dates", or the
 * university's department on the line under "Title, University, dates".
 */
export function academicPostsCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const markdown = k % 2 === 0;
  const heading = ACADEMIC_HEADINGS[lang][k % 2]!;
  const lines = [...head(p, markdown), markdown ? `## ${heading}` : heading.toUpperCase(), ''];
  const work: ExpectedRole[] = [];
  p.roles.forEach((r, i) => {
    const [title, institution, beside] = POSTS[lang][i % 3]!;
    const written = years(r, lang);
    const first = markdown ? `**${title}**` : title;
    if (i % 3 === 0) lines.push(`${first}, ${institution}, ${written.text}`, beside, '');
    else lines.push(`${first}, ${institution}, ${beside}, ${written.text}`, '');
    work.push(roleExpected({ ...r, title, employer: institution }, written));
  });
  lines.push(...restOf(p, lang, markdown));
  return {
    className: 'academic posts under an academic heading',
    file: markdown ? 'cv.md' : 'cv.txt',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** Dates on their own line first, then the title, then "Employer, City": a plain-text or PDF export. */
export function datesTitleEmployerCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const lines = [...head(p, false), HEADINGS[lang].work.toUpperCase(), ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = MON_YEAR(r.start, r.end);
    lines.push(written.text, r.title, `${r.employer}, ${r.city === 'Remote' ? 'Leeds' : r.city}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(...restOf(p, lang, false));
  const pdf = k % 2 === 1;
  return {
    className: 'role: dates, then title, then "Employer, City"',
    file: pdf ? 'cv.pdf' : 'cv.txt',
    text: pdf ? linesPdf(lines.map((l) => [l])) : lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** "Analista de dados em Banco Serrano · 2019 – atual": Spanish and Portuguese write "at" as "en" and "em". */
export function titleEnEmployerCv(_p: Person, _lang: Lang, k: number): SyntheticCv {
  const lang: Lang = k % 2 === 0 ? 'es' : 'pt';
  const q = person(97_000 + k, lang);
  const lines = [...head(q, true), `## ${HEADINGS[lang].work}`, ''];
  const work: ExpectedRole[] = [];
  for (const r of q.roles) {
    const written = years(r, lang);
    const line = `${r.title} ${lang === 'es' ? 'en' : 'em'} ${r.employer}`;
    lines.push(k % 3 === 0 ? `- ${line} (${written.text})` : `**${line}** · ${written.text}`);
    work.push(roleExpected(r, written));
  }
  lines.push('', ...restOf(q, lang, true));
  return {
    className: 'role: "Título en/em Empresa"',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: expectedOf(q, work),
  };
}

/** Hand-written JSON Resume with the work fields named as writers think of them ("company", "title", "start_date"). */
export function jsonAliasesCv(p: Person, _lang: Lang, k: number): SyntheticCv {
  const keys = [
    ['company', 'title', 'start_date', 'end_date'],
    ['organization', 'role', 'startDate', 'endDate'],
    ['employer', 'position', 'start', 'end'],
  ][k % 3]!;
  const iso = (w: { year: number; month?: number } | undefined) =>
    w ? `${w.year}-${String(w.month ?? 1).padStart(2, '0')}` : k % 2 === 0 ? 'present' : '';
  const work = p.roles.map((r) => ({
    [keys[0]!]: r.employer,
    [keys[1]!]: r.title,
    [keys[2]!]: iso(r.start),
    [keys[3]!]: iso(r.end),
  }));
  const json = { basics: { name: p.name, email: p.email, phone: p.phone }, work };
  const expected = p.roles.map((r) =>
    roleExpected(r, { text: '', start: iso(r.start), ...(r.end ? { end: iso(r.end) } : {}) }),
  );
  return {
    className: 'JSON Resume: work fields under other names',
    file: 'resume.json',
    text: JSON.stringify(json, null, 2),
    expected: { ...expectedOf(p, expected), education: [], skills: [], languages: [] },
  };
}

const LANGS = ['en', 'de', 'fr', 'es', 'pt'] as const;

/** Every class of this file, six people a class across the five languages. */
export function workClasses(): SyntheticCv[] {
  const makers: ((p: Person, lang: Lang, k: number) => SyntheticCv)[] = [
    (p, lang) => titledCommaCv(p, lang, 'PDF, city flush right'),
    (p, lang) => titledCommaCv(p, lang, 'department line under'),
    dutyUnderRoleCv,
    linkedinCitiesCv,
    headedTableCv,
    rolesUnderEmployerCv,
    internshipCv,
    stackedCellCv,
    academicPostsCv,
    datesTitleEmployerCv,
    titleEnEmployerCv,
    jsonAliasesCv,
  ];
  return makers.flatMap((make, m) =>
    Array.from({ length: 6 }, (_, k) => {
      const lang = LANGS[k % 5]!;
      return make(person(98_000 + m * 10 + k, lang), lang, k);
    }),
  );
}
