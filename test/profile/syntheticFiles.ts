/**
 * Synthetic layout bench, CVs as Word, PDF and LaTeX write them: a PDF with a sidebar column
 * (contact, skills, languages) beside the roles, a PDF with dates in a left margin, a PDF with
 * "Title at Employer" and the dates flush right; Europass tables in five languages and two-cell
 * rows in DOCX; moderncv education entries with grades and notes, the europecv and europasscv
 * classes, and a LaTeX tabular CV. The files are built byte by byte by scripts/synthetic/.
 */
import { bullet, makeDocx, paragraph, table } from '../../scripts/synthetic/docxFixture.js';
import { column, makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';
import {
  BULLETS,
  DATE_FORMS,
  type ExpectedRole,
  expectedOf,
  type Lang,
  languageIn,
  type Person,
  roleExpected,
  type SyntheticCv,
  MON_YEAR,
} from './syntheticCvs.js';

const numeric = DATE_FORMS['MM/YYYY – present']!;
/** Helvetica in a PDF writes Latin-1: a plain hyphen for the dash. */
const latin = (text: string) => text.replace(/[–—]/g, '-');

/** Roles as `row` lays them out, with what a reader should take from each. */
function rolesOf(p: Person, form = MON_YEAR) {
  return p.roles.map((r) => {
    const written = form(r.start, r.end);
    return { r, dates: latin(written.text), expected: roleExpected(r, written) };
  });
}

/** A page of two columns: the sidebar's lines at x 36, the main column's at x 200, 14 points apart. */
function twoColumnPage(side: readonly string[], main: readonly (string | [string, string])[]): PlacedText[] {
  const texts: PlacedText[] = [...column(36, 700, side, 9)];
  main.forEach((line, i) => {
    const y = 740 - i * 14;
    // The name heads the page, set large.
    if (typeof line === 'string') texts.push({ x: 200, y, size: i === 0 ? 18 : 10, text: line });
    else texts.push({ x: 200, y, size: 10, text: line[0] }, { x: 480, y, size: 10, text: line[1] });
  });
  return texts;
}

/** A sidebar PDF: contact, skills and languages in a narrow left column, the roles beside them. */
export function pdfSidebarCv(p: Person, k: number): SyntheticCv {
  const side = ['CONTACT', p.email, p.phone, '', 'SKILLS', ...p.skills, '', 'LANGUAGES'];
  side.push(...p.languages.map((l) => `${l.language} (${l.level})`));
  const main: (string | [string, string])[] = [p.name.toUpperCase(), '', 'EXPERIENCE'];
  const form = k % 3;
  const work: ExpectedRole[] = [];
  for (const { r, dates, expected } of rolesOf(p)) {
    if (form === 0) main.push(r.title, `${r.employer} | ${dates}`);
    else if (form === 1) main.push([r.employer, dates], r.title);
    else main.push([`${r.title} at ${r.employer}`, dates]);
    main.push(`- ${BULLETS[k % 3]}`, '');
    work.push(expected);
  }
  main.push('EDUCATION');
  for (const s of p.schools) main.push(s.degree, `${s.institution} | ${s.start.year} - ${s.end.year}`, '');
  const text = makePdf([{ texts: twoColumnPage(side, main) }]);
  return { className: 'PDF: sidebar column beside the roles', file: 'cv.pdf', text, expected: expectedOf(p, work) };
}

/** A PDF whose dates stand in a left margin, each role's title and employer beside them. */
export function pdfDateMarginCv(p: Person, k: number): SyntheticCv {
  const texts: PlacedText[] = [
    { x: 50, y: 750, size: 18, text: p.name },
    { x: 50, y: 730, size: 10, text: `${p.email} | ${p.phone}` },
  ];
  let y = 700;
  const line = (x: number, text: string, size = 10) => {
    texts.push({ x, y, size, text });
  };
  const next = (gap = 14) => {
    y -= gap;
  };
  line(50, k % 2 ? 'Professional Experience' : 'WORK EXPERIENCE', 12);
  next(18);
  const work: ExpectedRole[] = [];
  for (const { r, dates, expected } of rolesOf(p, k % 2 ? numeric : MON_YEAR)) {
    line(50, dates);
    line(160, k % 2 ? `${r.title}, ${r.employer}` : r.employer);
    if (!(k % 2)) {
      next();
      line(160, r.title);
    }
    next();
    line(160, `- ${BULLETS[1]}`);
    next(20);
    work.push(expected);
  }
  line(50, k % 2 ? 'Education' : 'EDUCATION', 12);
  next(18);
  for (const s of p.schools) {
    line(50, `${s.start.year} - ${s.end.year}`);
    line(160, `${s.degree}, ${s.institution}`);
    next(20);
  }
  line(50, 'SKILLS', 12);
  next(18);
  line(50, p.skills.join(', '));
  next(24);
  line(50, 'LANGUAGES', 12);
  next(18);
  line(50, p.languages.map((l) => `${l.language} (${l.level})`).join(', '));
  const text = makePdf([{ texts }]);
  return { className: 'PDF: dates in a left margin', file: 'cv.pdf', text, expected: expectedOf(p, work) };
}

/** Europass labels in five languages, as the Word template writes them in its left column. */
const EUROPASS: Record<Lang, Record<string, string>> = {
  en: {
    work: 'Work experience',
    dates: 'Dates',
    title: 'Occupation or position held',
    duties: 'Main activities and responsibilities',
    employer: 'Name and address of employer',
    education: 'Education and training',
    degree: 'Title of qualification awarded',
    school: 'Name and type of organisation providing education and training',
    mother: 'Mother tongue(s)',
    other: 'Other language(s)',
    skills: 'Computer skills and competences',
    present: 'present',
  },
  de: {
    work: 'Berufserfahrung',
    dates: 'Zeitraum',
    title: 'Beruf oder Funktion',
    duties: 'Wichtigste Tätigkeiten und Zuständigkeiten',
    employer: 'Name und Adresse des Arbeitgebers',
    education: 'Schul- und Berufsbildung',
    degree: 'Bezeichnung der erworbenen Qualifikation',
    school: 'Name und Art der Bildungs- oder Ausbildungseinrichtung',
    mother: 'Muttersprache(n)',
    other: 'Sonstige Sprache(n)',
    skills: 'IKT-Kenntnisse und Kompetenzen',
    present: 'heute',
  },
  fr: {
    work: 'Expérience professionnelle',
    dates: 'Dates',
    title: 'Fonction ou poste occupé',
    duties: 'Principales activités et responsabilités',
    employer: "Nom et adresse de l'employeur",
    education: 'Éducation et formation',
    degree: 'Intitulé du certificat ou diplôme délivré',
    school: "Nom et type de l'établissement d'enseignement ou de formation",
    mother: 'Langue(s) maternelle(s)',
    other: 'Autre(s) langue(s)',
    skills: 'Compétences et aptitudes informatiques',
    present: "aujourd'hui",
  },
  es: {
    work: 'Experiencia laboral',
    dates: 'Fechas',
    title: 'Profesión o cargo desempeñado',
    duties: 'Funciones y responsabilidades principales',
    employer: 'Nombre y dirección de la empresa o empleador',
    education: 'Educación y formación',
    degree: 'Cualificación obtenida',
    school: 'Nombre y tipo del centro de estudios',
    mother: 'Lengua(s) materna(s)',
    other: 'Otro(s) idioma(s)',
    skills: 'Capacidades y competencias informáticas',
    present: 'actualidad',
  },
  pt: {
    work: 'Experiência profissional',
    dates: 'Datas',
    title: 'Função ou cargo ocupado',
    duties: 'Principais actividades e responsabilidades',
    employer: 'Nome e morada do empregador',
    education: 'Educação e formação',
    degree: 'Designação da qualificação atribuída',
    school: 'Nome e tipo da organização de ensino ou formação',
    mother: 'Língua(s) materna(s)',
    other: 'Outra(s) língua(s)',
    skills: 'Competências informáticas',
    present: 'atual',
  },
};

const mm = (month: number | undefined) => String(month ?? 1).padStart(2, '0');

/** The Europass Word template: a two-column table, labels on the left, in the CV's language. */
export function europassDocxCv(p: Person, k: number): SyntheticCv {
  const lang = (['en', 'de', 'fr', 'es', 'pt'] as const)[k % 5]!;
  const l = EUROPASS[lang];
  const rows: string[][] = [
    ['Personal information', ''],
    ['Name', p.name],
    ['E-mail', p.email],
    ['Telephone', p.phone],
  ];
  rows.push(['', ''], [l.work!, '']);
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const start = `${mm(r.start.month)}/${r.start.year}`;
    const end = r.end ? `${mm(r.end.month)}/${r.end.year}` : l.present!;
    const city = r.city === 'Remote' ? 'Leeds' : r.city;
    rows.push([l.dates!, `${start} - ${end}`], [l.title!, r.title], [l.duties!, BULLETS[0]!]);
    rows.push([l.employer!, k % 2 ? `${r.employer}, ${city}` : `${r.employer}, 12 Mill Road, ${city} (UK)`], ['', '']);
    const written = { text: '', start: `${r.start.year}-${mm(r.start.month)}` };
    work.push(roleExpected(r, r.end ? { ...written, end: `${r.end.year}-${mm(r.end.month)}` } : written));
  }
  rows.push([l.education!, '']);
  for (const s of p.schools) {
    rows.push([l.dates!, `${s.start.year} - ${s.end.year}`], [l.degree!, s.degree], [l.school!, s.institution]);
    rows.push(['', '']);
  }
  const [mother, ...others] = p.languages;
  rows.push([l.mother!, languageIn(lang, mother!.language)]);
  rows.push([l.other!, others.map((o) => languageIn(lang, o.language)).join(', ')]);
  rows.push([l.skills!, p.skills.join(', ')]);
  const text = makeDocx(table(rows));
  return { className: 'DOCX: Europass table', file: 'cv.docx', text, expected: expectedOf(p, work) };
}

/** A Word CV of two-cell rows: the dates left, the role right, its duties in the row below. */
export function docxRowsCv(p: Person, k: number): SyntheticCv {
  const body = [paragraph(p.name, 'Title'), paragraph(`${p.email} | ${p.phone}`), paragraph('Experience', 'Heading1')];
  const rows: string[][] = [];
  const work: ExpectedRole[] = [];
  for (const { r, dates, expected } of rolesOf(p, k % 2 ? numeric : MON_YEAR)) {
    rows.push([dates, k % 3 === 2 ? `${r.employer} — ${r.title}` : `${r.title}, ${r.employer}`], ['', BULLETS[2]!]);
    work.push(expected);
  }
  body.push(table(rows), paragraph('Education', 'Heading1'));
  body.push(table(p.schools.map((s) => [`${s.start.year} - ${s.end.year}`, `${s.degree}, ${s.institution}`])));
  body.push(paragraph('Skills', 'Heading1'), ...p.skills.map(bullet), paragraph('Languages', 'Heading1'));
  body.push(paragraph(p.languages.map((x) => `${x.language} (${x.level})`).join(', ')));
  const text = makeDocx(body.join(''));
  return { className: 'DOCX: dates and role in two-cell rows', file: 'cv.docx', text, expected: expectedOf(p, work) };
}

const tex = (text: string) => text.replace(/&/g, '\\&');
const texDates = (text: string) => text.replace(/ [-–] /, '--');
const SECTION_WORDS: Record<Lang, readonly [string, string, string, string]> = {
  en: ['Experience', 'Education', 'Skills', 'Languages'],
  de: ['Berufserfahrung', 'Ausbildung', 'Kenntnisse', 'Sprachen'],
  fr: ['Expérience professionnelle', 'Formation', 'Compétences', 'Langues'],
  es: ['Experiencia', 'Formación', 'Habilidades', 'Idiomas'],
  pt: ['Experiência', 'Formação', 'Competências', 'Idiomas'],
};

/** moderncv with education entries carrying a city, a grade and a note; headings in the CV's language. */
export function moderncvEducationCv(p: Person, k: number): SyntheticCv {
  const lang = (['en', 'de', 'fr', 'es', 'pt'] as const)[k % 5]!;
  const [workHead, schoolHead, skillsHead, langHead] = SECTION_WORDS[lang];
  const [first, ...last] = p.name.split(' ');
  const lines = ['\\documentclass[11pt,a4paper,sans]{moderncv}', '\\moderncvstyle{banking}', '\\moderncvcolor{blue}'];
  lines.push(`\\name{${first}}{${last.join(' ')}}`, `\\email{${p.email}}`, `\\phone[mobile]{${p.phone}}`);
  lines.push('\\begin{document}', '\\makecvtitle', `\\section{${workHead}}`);
  const work: ExpectedRole[] = [];
  for (const { r, dates, expected } of rolesOf(p)) {
    lines.push(`\\cventry{${texDates(dates)}}{${r.title}}{${tex(r.employer)}}{${r.city}}{}{%`);
    lines.push('  \\begin{itemize}', `    \\item ${BULLETS[0]}`, '  \\end{itemize}}');
    work.push(expected);
  }
  lines.push(`\\section{${schoolHead}}`);
  for (const s of p.schools) {
    const grade = k % 2 ? `\\textit{Grade: 1.${k + 1}}` : '';
    lines.push(
      `\\cventry{${s.start.year}--${s.end.year}}{${s.degree}}{${s.institution}}{Graz}{${grade}}{Thesis: \\emph{Load balancing in small networks}}`,
    );
  }
  lines.push(`\\section{${skillsHead}}`, `\\cvitem{Tools}{${p.skills.join(', ')}}`, `\\section{${langHead}}`);
  for (const x of p.languages) lines.push(`\\cvitemwithcomment{${languageIn(lang, x.language)}}{${x.level}}{}`);
  lines.push('\\end{document}');
  return {
    className: 'LaTeX: moderncv education with grade and note',
    file: 'cv.tex',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** The europasscv class: `\ecvtitle{dates}{title}` then the employer; languages by mother tongue and table. */
export function europasscvCv(p: Person, k: number): SyntheticCv {
  const lines = ['\\documentclass[english,a4paper]{europasscv}', `\\ecvname{${p.name}}`];
  lines.push(`\\ecvemail{${p.email}}`, `\\ecvtelephone{${p.phone}}`, '\\begin{document}', '\\begin{europasscv}');
  lines.push('\\ecvpersonalinfo', '\\ecvsection{Work experience}');
  const work: ExpectedRole[] = [];
  for (const { r, dates, expected } of rolesOf(p)) {
    lines.push(`\\ecvtitle{${texDates(dates)}}{${r.title}}`, `\\ecvitem{}{${tex(r.employer)}, ${r.city}}`);
    lines.push(`\\ecvitem{}{${BULLETS[1]}}`);
    work.push(expected);
  }
  lines.push('\\ecvsection{Education and training}');
  for (const s of p.schools) {
    lines.push(`\\ecvtitlelevel{${s.start.year}--${s.end.year}}{${s.degree}}{EQF level ${6 + (k % 2)}}`);
    lines.push(`\\ecvitem{}{${s.institution}}`);
  }
  lines.push('\\ecvsection{Personal skills}', `\\ecvmothertongue{${p.languages[0]!.language}}`, '\\ecvlanguageheader');
  for (const x of p.languages.slice(1)) lines.push(`\\ecvlanguage{${x.language}}{B2}{B2}{B1}{B1}{B2}`);
  lines.push('\\ecvlanguagefooter', `\\ecvitem{Digital skills}{${p.skills.join(', ')}}`);
  lines.push('\\end{europasscv}', '\\end{document}');
  return {
    className: 'LaTeX: europasscv class',
    file: 'cv.tex',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** A LaTeX CV of tables: a dates column, then the role or the degree in a paragraph column. */
export function latexTabularCv(p: Person, k: number): SyntheticCv {
  const lines = ['\\documentclass{article}', '\\begin{document}', `{\\LARGE ${p.name}}\\\\`];
  lines.push(`${p.email} \\quad ${p.phone}`, '\\section*{Experience}', '\\begin{tabular}{@{}p{3cm}p{12cm}}');
  const work: ExpectedRole[] = [];
  for (const { r, dates, expected } of rolesOf(p, k % 2 ? numeric : MON_YEAR)) {
    lines.push(`${texDates(dates)} & \\textbf{${r.title}}, ${tex(r.employer)} \\\\`, ` & ${BULLETS[2]} \\\\[4pt]`);
    work.push(expected);
  }
  lines.push('\\end{tabular}', '\\section*{Education}', '\\begin{tabular}{@{}p{3cm}p{12cm}}');
  for (const s of p.schools)
    lines.push(`${s.start.year}--${s.end.year} & ${s.degree}, \\textit{${s.institution}} \\\\`);
  lines.push('\\end{tabular}', '\\section*{Skills}', `${p.skills.join(', ')}`, '\\section*{Languages}');
  lines.push(p.languages.map((x) => `${x.language} (${x.level})`).join(', '), '\\end{document}');
  return {
    className: 'LaTeX: tabular dates column',
    file: 'cv.tex',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}

/** A Word template that sets the name and contact details in the page header, the page number in the footer. */
export function docxHeaderCv(p: Person, k: number): SyntheticCv {
  const contact =
    k % 2
      ? [paragraph(p.name), paragraph(`${p.phone} | ${p.email}`)]
      : [paragraph(`${p.name}\t${p.email}\t${p.phone}`)];
  const body = [paragraph('Work Experience', 'Heading1')];
  const work: ExpectedRole[] = [];
  for (const { r, dates, expected } of rolesOf(p)) {
    body.push(paragraph(`${r.title}, ${r.employer}`, 'Heading2'), paragraph(dates), bullet(BULLETS[0]!));
    work.push(expected);
  }
  body.push(paragraph('Education', 'Heading1'));
  for (const s of p.schools)
    body.push(paragraph(`${s.degree}, ${s.institution}`), paragraph(`${s.start.year} - ${s.end.year}`));
  body.push(paragraph('Skills', 'Heading1'), paragraph(p.skills.join(', ')), paragraph('Languages', 'Heading1'));
  body.push(paragraph(p.languages.map((x) => `${x.language} (${x.level})`).join(', ')));
  const text = makeDocx(body.join(''), { header: contact.join(''), footer: paragraph(`Page 1 of 2`) });
  return {
    className: 'DOCX: name and contact in the page header',
    file: 'cv.docx',
    text,
    expected: expectedOf(p, work),
  };
}

/** The Europass PDF: labels and dates right-aligned in a left column, values beside them, a CEFR grid of languages. */
export function europassPdfCv(p: Person, k: number): SyntheticCv {
  const rows: [string, string, number?][] = [
    ['PERSONAL INFORMATION', p.name, 14],
    ['', p.email],
    ['', p.phone],
    ['', ''],
  ];
  const work: ExpectedRole[] = [];
  rows.push(['WORK EXPERIENCE', ''], ['', '']);
  for (const { r, dates, expected } of rolesOf(p, k % 2 ? numeric : MON_YEAR)) {
    rows.push(
      [dates, r.title],
      ['', `${r.employer}, ${r.city === 'Remote' ? 'Leeds' : r.city}`],
      ['', `- ${BULLETS[2]}`],
      ['', ''],
    );
    work.push(expected);
  }
  rows.push(['EDUCATION AND TRAINING', '']);
  for (const s of p.schools) rows.push([`${s.start.year} - ${s.end.year}`, s.degree], ['', s.institution], ['', '']);
  const [mother, ...others] = p.languages;
  rows.push(['PERSONAL SKILLS', ''], ['Mother tongue(s)', mother!.language], ['', '']);
  rows.push(['Other language(s)', 'UNDERSTANDING        SPEAKING        WRITING']);
  rows.push(['', 'Listening   Reading   Spoken interaction   Spoken production']);
  for (const o of others) rows.push([o.language, 'C1   C1   B2   B2   C1']);
  rows.push(['', 'Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user'], ['', '']);
  rows.push(['Digital skills', p.skills.join(', ')]);
  const texts: PlacedText[] = [];
  rows.forEach(([label, value, size], i) => {
    const y = 760 - i * 13;
    // The label column is right-aligned against x 180: its start moves with its length.
    if (label) texts.push({ x: Math.max(30, 180 - label.length * 4.6), y, size: 8, text: label });
    if (value) texts.push({ x: 200, y, size: size ?? 9, text: value });
  });
  const text = makePdf([{ texts }]);
  return {
    className: 'PDF: Europass (label column, language grid)',
    file: 'cv.pdf',
    text,
    expected: expectedOf(p, work),
  };
}

/** An HTML CV page: entries as <div>s with a heading, a dated <span> and a paragraph, or as table rows. */
export function htmlPageCv(p: Person, k: number): SyntheticCv {
  const form = k % 3;
  const lines = [
    '<!DOCTYPE html>',
    `<html><head><title>${p.name} – CV</title></head><body>`,
    `<header><h1>${p.name}</h1>`,
  ];
  lines.push(`<p><a href="mailto:${p.email}">${p.email}</a> | <a href="tel:${p.phone}">${p.phone}</a></p></header>`);
  lines.push('<section id="experience"><h2>Experience</h2>');
  const work: ExpectedRole[] = [];
  for (const { r, dates, expected } of rolesOf(p)) {
    if (form === 0)
      lines.push(
        `<div class="entry"><h3>${r.title}</h3><span class="org">${r.employer}</span> <span class="date">${dates}</span>`,
        `<p>${BULLETS[0]}</p></div>`,
      );
    else if (form === 1)
      lines.push(
        `<article><h3>${r.employer}</h3>`,
        `<p><strong>${r.title}</strong> &middot; <time>${dates}</time></p></article>`,
      );
    else lines.push(`<table><tr><td class="when">${dates}</td><td><b>${r.title}</b>, ${r.employer}</td></tr></table>`);
    work.push(expected);
  }
  lines.push('</section>', '<section id="education"><h2>Education</h2>');
  for (const s of p.schools) {
    if (form === 0)
      lines.push(
        `<div class="entry"><h3>${s.degree}</h3><span class="org">${s.institution}</span> <span class="date">${s.start.year} – ${s.end.year}</span></div>`,
      );
    else if (form === 1)
      lines.push(
        `<article><h3>${s.institution}</h3>`,
        `<p><strong>${s.degree}</strong> &middot; <time>${s.start.year} – ${s.end.year}</time></p></article>`,
      );
    else
      lines.push(
        `<table><tr><td class="when">${s.start.year} – ${s.end.year}</td><td><b>${s.degree}</b>, ${s.institution}</td></tr></table>`,
      );
  }
  lines.push('</section>', '<section><h2>Skills</h2><ul>', ...p.skills.map((s) => `<li>${s}</li>`), '</ul></section>');
  lines.push(
    '<section><h2>Languages</h2><p>',
    p.languages.map((l) => `${l.language} (${l.level})`).join(', '),
    '</p></section>',
  );
  lines.push('</body></html>');
  return {
    className: 'HTML: entries as divs, articles, table rows',
    file: 'cv.html',
    text: lines.join('\n'),
    expected: expectedOf(p, work),
  };
}
