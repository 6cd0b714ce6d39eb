/**
 * Synthetic layout bench, schools and skills as people write them beyond the plain forms: a
 * school's line followed by its thesis, supervisor and grade in five languages; moderncv's
 * \cventry with a grade and a thesis in its last arguments and \cvitem skill categories; labelled
 * degree and subject lines ("Abschluss:", "Spécialité :"); a US school's city and state beside
 * its name; degree abbreviations before an institution with no school word; Hugo themes' YAML
 * front matter; skills tables converted from DOCX and HTML with a head row; rarer spoken
 * languages. All people, schools and words are invented.
 */
import { makeDocx, paragraph, table } from '../../scripts/synthetic/docxFixture.js';
import {
  type Expected,
  expectedOf,
  HEADINGS,
  type Lang,
  languageIn,
  type Person,
  type SyntheticCv,
} from './syntheticCvs.js';

type Schools = Expected['education'];

/** A CV that states its head, its schools, and what else the class lists. */
function stated(p: Person, fields: Partial<Pick<Expected, 'education' | 'skills' | 'languages'>>): Expected {
  return { ...expectedOf(p, []), education: [], skills: [], languages: [], ...fields };
}

const schoolsOf = (p: Person): Schools =>
  p.schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end.year) }));

/** A thesis, its supervisor and a grade as each language labels them. */
const NOTES: Record<Lang, readonly [string, string]> = {
  en: ['Thesis: Caching for sensor networks', 'Supervisor: Prof. A. Pell (grade 1.3)'],
  de: ['Masterarbeit: Verteilte Caches für Sensornetze', 'Betreuer: Prof. Dr. H. Kuhnert, Note: 1,3'],
  fr: ['Mémoire : Caches répartis pour réseaux de capteurs', 'Directeur : Pr. L. Garnier, mention Bien'],
  es: ['Tesis: Cachés distribuidas para redes de sensores', 'Director de tesis: Dr. R. Olmos'],
  pt: ['Dissertação: Caches distribuídas em redes de sensores', 'Orientador: Prof. J. Amaral'],
};

/** "School, Degree, 2010 – 2014" as one paragraph, its thesis and supervisor on the lines below (DOCX or text). */
export function thesisLinesCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const rows = [HEADINGS[lang].education];
  for (const s of p.schools)
    rows.push(`${s.institution}, ${s.degree}, ${s.start.year} – ${s.end.year}`, ...NOTES[lang], '');
  const head = [p.name, `${p.email} | ${p.phone}`, ''];
  const docx = k % 2 === 0;
  const text = docx
    ? makeDocx(
        [...head, ...rows]
          .filter(Boolean)
          .map((row, i) =>
            paragraph(row, i === 0 ? 'Title' : row === HEADINGS[lang].education ? 'Heading1' : undefined),
          )
          .join(''),
      )
    : [...head, ...rows.map((row, i) => (i === 0 ? row.toUpperCase() : row))].join('\n');
  return {
    className: 'schools: thesis, supervisor and grade lines',
    file: docx ? 'cv.docx' : 'cv.txt',
    text,
    expected: stated(p, { education: schoolsOf(p) }),
  };
}

/** moderncv's \cventry whose grade and thesis arguments make the converted line long. */
export function cventryThesisCv(p: Person, lang: Lang): SyntheticCv {
  const [first, ...last] = p.name.split(' ');
  const lines = ['\\documentclass[11pt,a4paper]{moderncv}', '\\moderncvstyle{classic}'];
  lines.push(`\\name{${first}}{${last.join(' ')}}`, `\\email{${p.email}}`, `\\phone[mobile]{${p.phone}}`);
  lines.push('\\begin{document}', '\\makecvtitle', `\\section{${HEADINGS[lang].education}}`);
  const grade = { en: 'Grade 1.3', de: 'Note 1,3', fr: 'Mention Bien', es: 'Nota 8,9', pt: 'Nota 17/20' }[lang];
  for (const s of p.schools) {
    lines.push(
      `\\cventry{${s.start.year}--${s.end.year}}{${s.degree}}{${s.institution}}{Graz}{${grade}}{${NOTES[lang][0]}}`,
    );
  }
  lines.push('\\end{document}');
  return {
    className: 'schools: moderncv \\cventry with grade and thesis',
    file: 'cv.tex',
    text: lines.join('\n'),
    expected: stated(p, { education: schoolsOf(p) }),
  };
}

/** Degree and subject each on a labelled line under the school. */
const LABELS: Record<Lang, readonly [string, string]> = {
  en: ['Degree', 'Major'],
  de: ['Abschluss', 'Studiengang'],
  fr: ['Diplôme', 'Spécialité'],
  es: ['Título', 'Especialidad'],
  pt: ['Grau', 'Curso'],
};
const SUBJECTS = ['Informatik', 'Physique', 'Economía', 'Engenharia Civil', 'Statistics'];
const LEVELS = ['Master of Science', 'Licence', 'Grado', 'Bacharelado', 'Diplom'];

export function labelledDegreeCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const [degreeLabel, areaLabel] = LABELS[lang];
  const space = lang === 'fr' ? ' ' : '';
  const lines = [`# ${p.name}`, '', `${p.email} · ${p.phone}`, '', `## ${HEADINGS[lang].education}`, ''];
  const education: { institution: string; degree: string; end: string }[] = [];
  p.schools.forEach((s, i) => {
    const level = LEVELS[(k + i) % LEVELS.length]!;
    const subject = SUBJECTS[(k + 2 * i) % SUBJECTS.length]!;
    lines.push(`${s.start.year} – ${s.end.year}`, s.institution);
    lines.push(`${areaLabel}${space}: ${subject}`, `${degreeLabel}${space}: ${level}`, '');
    education.push({ institution: s.institution, degree: `${level} ${subject}`, end: String(s.end.year) });
  });
  return {
    className: 'schools: labelled degree and subject lines',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, { education }),
  };
}

/** "### School — Cambridge, MA" over "*Ph.D. in Physics* · 2014 – 2019": a US city and state beside the school. */
export function stateCodeCv(p: Person, k: number): SyntheticCv {
  const states = ['Cambridge, MA', 'Starkville, MS', 'Baltimore, MD', 'Portland, ME'];
  const lines = [`# ${p.name}`, '', `${p.email} · ${p.phone}`, '', '## Education', ''];
  p.schools.forEach((s, i) => {
    lines.push(
      `### ${s.institution} — ${states[(k + i) % states.length]}`,
      `*${s.degree}* · ${s.start.year} – ${s.end.year}`,
    );
    lines.push('');
  });
  return {
    className: 'schools: a US city and state beside the school',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, { education: schoolsOf(p) }),
  };
}

/** Degrees written as abbreviations or national titles, at institutions whose names hold no school word. */
const ABBREVIATIONS = [
  'Dipl.-Inf.',
  'LL.M.',
  'M.Ed.',
  'HND Computing',
  'PGCE',
  'Mestre em Gestão',
  'Fachinformatiker (IHK)',
  'Matura',
  'DESS Finance',
  'B.Arch',
];
const PLAIN_PLACES = [
  'Kettlestone Law Centre',
  'Harbor & Finch Training',
  'Rabenau Chamber of Commerce',
  'Centre Valmont',
  'Bluefen Learning Trust',
];

export function abbreviatedDegreesCv(p: Person, k: number): SyntheticCv {
  const lines = [`# ${p.name}`, '', `${p.email} · ${p.phone}`, '', '## Education', ''];
  const education = [0, 1].map((i) => {
    const degree = ABBREVIATIONS[(2 * k + i) % ABBREVIATIONS.length]!;
    const institution = PLAIN_PLACES[(k + i) % PLAIN_PLACES.length]!;
    lines.push(`- ${degree}, ${institution}, ${2015 - 4 * i}`);
    return { institution, degree, end: String(2015 - 4 * i) };
  });
  return {
    className: 'schools: degree abbreviations, institutions with no school word',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, { education }),
  };
}

/** Hugo Academic's `education: courses:` or Hugo Blox's `education:` records, skills as `- name:` items. */
export function frontMatterCv(p: Person, k: number): SyntheticCv {
  const lines = ['---', `title: ${p.name}`, `email: ${p.email}`, 'education:'];
  const blox = k % 2 === 1;
  if (!blox) lines.push('  courses:');
  for (const s of p.schools) {
    if (blox) {
      lines.push(`  - area: ${s.degree}`, `    institution: "${s.institution}"`);
      lines.push(`    date_start: ${s.start.year}-09-01`, `    date_end: ${s.end.year}-06-30`, '    summary: ""');
    } else lines.push(`    - course: ${s.degree}`, `      institution: ${s.institution}`, `      year: ${s.end.year}`);
  }
  lines.push('skills:', '  - name: Technical', '    items:');
  for (const skill of p.skills) {
    lines.push(`      - name: ${skill}`);
    if (blox) lines.push(`        percent: ${60 + (skill.length % 4) * 10}`, `        icon: ${skill.toLowerCase()}`);
  }
  lines.push('---', '', `${p.name.split(' ')[0]} builds things for the web.`);
  return {
    className: 'schools: YAML front matter (Hugo themes)',
    file: 'index.md',
    text: lines.join('\n'),
    expected: { ...stated(p, { education: schoolsOf(p), skills: p.skills }), phone: '' },
  };
}

/** A skills table in a DOCX or an HTML page: a head row ("Area | Tools"), then a category and its items per row. */
export function skillsTableCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const s = p.skills;
  const rows = [
    ['Core', s.slice(0, 2).join(', ')],
    ['Data', s.slice(2, 4).join(', ')],
    ['Ops', s.slice(4).join(', ')],
  ];
  const head = { en: ['Area', 'Tools'], de: ['Bereich', 'Werkzeuge'], fr: ['Domaine', 'Outils'] }[
    (['en', 'de', 'fr'] as const)[k % 3]!
  ];
  const skillsHeading = HEADINGS[lang].skills;
  if (k % 2 === 0) {
    const body = [
      paragraph(p.name, 'Title'),
      paragraph(`${p.email} | ${p.phone}`),
      paragraph(skillsHeading, 'Heading1'),
      table([head, ...rows]),
    ];
    return {
      className: 'skills: DOCX and HTML tables with a head row',
      file: 'cv.docx',
      text: makeDocx(body.join('')),
      expected: stated(p, { skills: s }),
    };
  }
  const cells = (row: readonly string[], tag: string) => `<tr>${row.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  // A page may keep its table on one line or a row a line.
  const join = k % 4 === 1 ? '' : '\n';
  const html = [
    '<!DOCTYPE html>',
    `<html><head><title>${p.name}</title></head><body>`,
    `<h1>${p.name}</h1>`,
    `<p>${p.email} · ${p.phone}</p>`,
    `<h2>${skillsHeading}</h2>`,
    `<table>${cells(head, 'th')}${rows.map((r) => cells(r, 'td')).join(join)}</table>`,
    '</body></html>',
  ];
  return {
    className: 'skills: DOCX and HTML tables with a head row',
    file: 'cv.html',
    text: html.join('\n'),
    expected: stated(p, { skills: s }),
  };
}

/** moderncv's \cvitem{Category}{items}: the category is the group's name, never a skill. */
export function cvitemSkillsCv(p: Person, lang: Lang): SyntheticCv {
  const [first, ...last] = p.name.split(' ');
  const s = p.skills;
  const categories = {
    en: ['Programming', 'Tools'],
    de: ['Programmierung', 'Werkzeuge'],
    fr: ['Langages', 'Outils'],
    es: ['Programación', 'Herramientas'],
    pt: ['Programação', 'Ferramentas'],
  }[lang];
  const lines = ['\\documentclass{moderncv}', '\\moderncvstyle{classic}', `\\name{${first}}{${last.join(' ')}}`];
  lines.push(`\\email{${p.email}}`, '\\begin{document}', '\\makecvtitle', `\\section{${HEADINGS[lang].skills}}`);
  lines.push(
    `\\cvitem{${categories[0]}}{${s.slice(0, 3).join(', ')}}`,
    `\\cvitem{${categories[1]}}{${s.slice(3).join(', ')}}`,
  );
  lines.push(`\\section{${HEADINGS[lang].languages}}`);
  for (const x of p.languages) lines.push(`\\cvitemwithcomment{${languageIn(lang, x.language)}}{${x.level}}{}`);
  lines.push('\\end{document}');
  return {
    className: 'skills: moderncv \\cvitem categories',
    file: 'cv.tex',
    text: lines.join('\n'),
    expected: { ...stated(p, { skills: s, languages: p.languages.map((l) => l.language) }), phone: '' },
  };
}

/** Spoken languages fewer CVs name: Twi, Akan, Xhosa, Flemish, Romansh, Tatar, Malagasy. */
export function rarerLanguagesCv(p: Person, k: number): SyntheticCv {
  const rare = ['Twi', 'Akan', 'Xhosa', 'Flemish', 'Romansh', 'Tatar', 'Malagasy', 'Uyghur'];
  const spoken = [p.languages[0]!.language, rare[k % rare.length]!, rare[(k + 3) % rare.length]!];
  const levels = ['native', 'fluent (C1)', 'basic'];
  const text = [
    `# ${p.name}`,
    '',
    `${p.email} · ${p.phone}`,
    '',
    '## Languages',
    '',
    ...spoken.map((l, i) => `- ${l}: ${levels[i]}`),
  ];
  return {
    className: 'languages: rarer spoken languages',
    file: 'cv.md',
    text: text.join('\n'),
    expected: stated(p, { languages: spoken }),
  };
}

/** A grade after the school on the degree's line, or after a comma, as each language writes it. */
const GRADES: Record<Lang, string> = {
  en: 'GPA 3.8/4.0',
  de: 'Note 1,3',
  fr: 'Mention Très Bien',
  es: 'Nota media 8,7',
  pt: 'Média 16/20',
};

/** "Degree, School — GPA — 2018", "School, GPA 3.8/4.0" under the degree, "Degree, School, 2018, 92%". */
export function schoolCommasCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const lines = [`# ${p.name}`, '', `${p.email} · ${p.phone}`, '', `## ${HEADINGS[lang].education}`, ''];
  for (const s of p.schools) {
    const form = k % 3;
    if (form === 0) lines.push(`${s.degree}, ${s.institution} — ${GRADES[lang]} — ${s.end.year}`);
    if (form === 1) lines.push(`**${s.degree}** (${s.end.year})`, `${s.institution}, ${GRADES[lang]}`);
    if (form === 2) lines.push(`${s.degree}, ${s.institution}, ${s.end.year}, ${88 + (k % 10)}%`);
    lines.push('');
  }
  return {
    className: 'schools: degree, school and grade set apart by commas',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, { education: schoolsOf(p) }),
  };
}
