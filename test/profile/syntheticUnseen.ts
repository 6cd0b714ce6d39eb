/**
 * Synthetic layout bench, CVs of people outside software written as they write them: academics,
 * surgeons, economists, historians, engineers. A degree with its school in brackets after the
 * year; a supervisor's sentence after the dates; honours and coursework under a school; a school
 * with its town; Jake's LaTeX template with a long degree; a school's entry on one long line with
 * its grade; skills headings named by their field ("Research Skills", "Compétences cliniques");
 * Awesome-CV's skill categories; several categories on one line; an HTML page's badges written
 * without spaces. All people, schools, degrees and skills are invented.
 */
import { bullet, makeDocx, paragraph } from '../../scripts/synthetic/docxFixture.js';
import { type Expected, expectedOf, type Lang, type Person, type SyntheticCv } from './syntheticCvs.js';
import { seeded } from './syntheticPeople.js';

type School = { institution: string; degree: string; start: number; end: number };

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Academic and professional degrees in five languages, as their holders write them. */
const ACADEMIC_DEGREES: Record<Lang, readonly string[]> = {
  en: ['PhD in History', 'D.Phil. in Zoology', 'MPhil in Economics', 'MD', 'MBBS', 'FRCS', 'MA in Archaeology'],
  de: ['Dr. rer. nat. in Physik', 'Promotion in Volkswirtschaftslehre', 'Staatsexamen Medizin', 'Diplom-Physiker'],
  fr: ['Doctorat en Histoire', "Diplôme d'ingénieur", 'Master 2 Économie', 'Licence en Droit'],
  es: ['Doctorado en Economía', 'Grado en Historia', 'Máster en Cirugía', 'Licenciatura en Medicina'],
  pt: ['Doutoramento em Biologia', 'Mestrado em Economia', 'Doutorado em História', 'Licenciatura em Medicina'],
};

const UNIVERSITIES: Record<Lang, readonly string[]> = {
  en: ['University of Northmere', 'Eastbrook College', 'Royal Institute of Carrow', 'Westmarch University'],
  de: ['Universität Rabenau', 'Technische Universität Halden', 'Hochschule Talheim', 'Universität zu Lindau'],
  fr: ['Université de Valmont', 'École Centrale de Brissac', 'Sorbonne Université', 'Institut Polytechnique Sarcy'],
  es: ['Universidad de Arenales', 'Universidad Politécnica de Olmos', 'Universitat de Vallhermosa'],
  pt: ['Universidade de Serra Alta', 'Universidade Federal de Campo Largo', 'Instituto Superior de Vila Clara'],
};

/** Skills outside software: surgery, econometrics, archives, laboratories, technical writing. */
const FIELD_SKILLS: Record<Lang, readonly string[]> = {
  en: ['Laparoscopic surgery', 'Stata', 'Archival research', 'Palaeography', 'SPSS', 'Econometrics', 'NVivo', 'R'],
  de: ['Minimalinvasive Chirurgie', 'Stata', 'Archivrecherche', 'Paläographie', 'SPSS', 'Ökonometrie', 'R'],
  fr: ['Chirurgie laparoscopique', 'Stata', 'Recherche archivistique', 'Paléographie', 'SPSS', 'Économétrie'],
  es: ['Cirugía laparoscópica', 'Stata', 'Investigación archivística', 'Paleografía', 'SPSS', 'Econometría'],
  pt: ['Cirurgia laparoscópica', 'Stata', 'Pesquisa arquivística', 'Paleografia', 'SPSS', 'Econometria'],
};

/** Skills headings named by the field, in five languages. */
const FIELD_HEADINGS: Record<Lang, readonly string[]> = {
  en: ['Research Skills', 'Clinical Skills', 'Laboratory Skills', 'Computational Skills'],
  de: ['Methodenkenntnisse', 'Laborkenntnisse', 'Klinische Kompetenzen', 'EDV-Kenntnisse'],
  fr: ['Compétences cliniques', 'Compétences de recherche', 'Compétences analytiques'],
  es: ['Habilidades de investigación', 'Competencias clínicas', 'Conocimientos informáticos'],
  pt: ['Competências de pesquisa', 'Competências clínicas', 'Conhecimentos informáticos'],
};

const EDUCATION: Record<Lang, string> = {
  en: 'Education',
  de: 'Ausbildung',
  fr: 'Formation',
  es: 'Formación académica',
  pt: 'Formação académica',
};

const THESIS: Record<Lang, readonly [string, string]> = {
  en: ['Thesis: "Grain and guilds in the Baltic trade"', 'Advisor: Prof. Ann Lowther'],
  de: ['Dissertation: Quantentransport in Nanobändern', 'Betreuer: Prof. Dr. Jens Maurer'],
  fr: ['Thèse : Le commerce du sel en Aunis', 'Directeur : Pr. Luc Garnier'],
  es: ['Tesis: La Mesta y el comercio lanero', 'Director: Dr. Manuel Ortega'],
  pt: ['Tese: Redes de pesca no Algarve', 'Orientador: Prof. João Amaral'],
};

/** Two or three schools with academic degrees, latest first. */
function schoolsFor(seed: number, lang: Lang, count = 2): School[] {
  const random = seeded(seed * 7 + 3);
  const universities = [...UNIVERSITIES[lang]].sort(() => random() - 0.5);
  const degrees = [...ACADEMIC_DEGREES[lang]].sort(() => random() - 0.5);
  let end = 2022 - Math.floor(random() * 6);
  return Array.from({ length: count }, (_, i) => {
    const start = end - 3 - Math.floor(random() * 2);
    const school = { institution: universities[i % universities.length]!, degree: degrees[i]!, start, end };
    end = start - 1;
    return school;
  });
}

function skillsFor(seed: number, lang: Lang): string[] {
  const random = seeded(seed * 11 + 5);
  return [...FIELD_SKILLS[lang]].sort(() => random() - 0.5).slice(0, 4 + Math.floor(random() * 3));
}

/** What the CV states: its head, its schools and its skills. */
function stated(p: Person, schools: readonly School[], skills: readonly string[]): Expected {
  return {
    ...expectedOf(p, []),
    education: schools.map((s) => ({ institution: s.institution, degree: s.degree, end: String(s.end) })),
    skills,
    languages: [],
  };
}

const head = (p: Person) => [`# ${p.name}`, `${p.email} · ${p.phone}`, ''];

/** "2014  PhD in History (University of X)" over its thesis and advisor, in text or Markdown. */
export function bracketedSchoolCv(p: Person, seed: number, lang: Lang, i: number): SyntheticCv {
  const schools = schoolsFor(seed, lang, 3);
  const skills = skillsFor(seed, lang);
  const text = i % 2 === 0;
  const lines = text ? [p.name, `${p.email} | ${p.phone}`, '', EDUCATION[lang].toUpperCase()] : [...head(p)];
  if (!text) lines.push(`## ${EDUCATION[lang]}`);
  for (const [k, s] of schools.entries()) {
    lines.push(`${text ? '' : '- '}${s.end}  ${s.degree} (${s.institution})`);
    if (k === 0) lines.push(...THESIS[lang].map((note) => `${text ? '      ' : '  '}${note}`));
  }
  lines.push('', text ? 'SKILLS' : '## Skills', skills.join(', '), '');
  return {
    className: 'unseen: year, degree (school), thesis and advisor below',
    file: text ? 'cv.txt' : 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, schools, skills),
  };
}

/** "- **D.Phil. in Zoology**, University of X (2010–2014). Supervisor: Prof. Y." */
export function supervisorSentenceCv(p: Person, seed: number, lang: Lang): SyntheticCv {
  const schools = schoolsFor(seed, lang);
  const skills = skillsFor(seed, lang);
  const note = THESIS[lang][1];
  const lines = [...head(p), `## ${EDUCATION[lang]}`];
  for (const s of schools) lines.push(`- **${s.degree}**, ${s.institution} (${s.start}–${s.end}). ${note}.`);
  lines.push('', '## Skills', ...skills.map((skill) => `- ${skill}`), '');
  return {
    className: 'unseen: degree, school (dates), then a supervisor sentence',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, schools, skills),
  };
}

/** School — degree (dates), then a grade and coursework line and a dated honour. */
export function honoursLinesCv(p: Person, seed: number, i: number): SyntheticCv {
  const schools = schoolsFor(seed, 'en');
  const skills = skillsFor(seed, 'en');
  const honours = ["Dean's List", 'Merit scholarship', 'Honors: magna cum laude'][i % 3]!;
  const lines = [...head(p), '## EDUCATION'];
  for (const s of schools) {
    lines.push(`**${s.institution}** — ${s.degree} (${s.start}–${s.end})`);
    lines.push('GPA: 3.8/4.0 · Relevant coursework: Statistics, Field Methods');
    lines.push(`${honours} (${s.start + 1}, ${s.start + 2})`, '');
  }
  lines.push('## SKILLS', skills.join(' • '), '');
  return {
    className: 'unseen: honours and coursework lines under a school',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, schools, skills),
  };
}

const TOWN_SCHOOLS: readonly [string, string][] = [
  ['Baccalauréat littéraire', 'Lycée Montaigne'],
  ['Abitur', 'Goethe-Gymnasium'],
  ['Diploma di maturità', 'Liceo Galvani'],
  ['Bachillerato', 'Instituto Ramiro de Maeztu'],
  ['Higher Secondary Certificate', 'Kendriya Vidyalaya'],
];
const TOWNS = ['Bordeaux', 'Karlsruhe', 'Bologna', 'Madrid', 'Chennai'];

/** "Baccalauréat littéraire, Lycée Montaigne, Bordeaux": a school with its town after a comma. */
export function schoolTownCv(p: Person, seed: number, i: number): SyntheticCv {
  const [university] = schoolsFor(seed, 'en', 1);
  const [degree, school] = TOWN_SCHOOLS[i % TOWN_SCHOOLS.length]!;
  const town = TOWNS[i % TOWNS.length]!;
  const schools = [university!, { institution: school, degree, start: university!.start - 3, end: university!.start }];
  const skills = skillsFor(seed, 'en');
  const lines = [...head(p), '## Education'];
  for (const s of schools) lines.push(`**${s.end}** : ${s.degree}, ${s.institution}, ${town}`);
  lines.push('', '## Skills', skills.join(', '), '');
  return {
    className: 'unseen: school with its town after a comma',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, schools, skills),
  };
}

const MINORS = ['Business', 'Economics', 'Mathematics', 'History of Science'];

/** Jake's LaTeX résumé: `\resumeSubheading{School}{Town}{Bachelor of Arts in X, Minor in Y}{dates}`. */
export function jakeLongDegreeCv(p: Person, seed: number, i: number): SyntheticCv {
  const random = seeded(seed);
  const majors = ['Computer Science', 'Mechanical Engineering', 'Political Science', 'Molecular Biology'];
  const schools: School[] = [
    {
      institution: 'Southfield University',
      degree: `Bachelor of Arts in ${pick(random, majors)}, Minor in ${MINORS[i % MINORS.length]}`,
      start: 2016,
      end: 2020,
    },
    { institution: 'Blinnmoor College', degree: "Associate's in Liberal Arts", start: 2014, end: 2016 },
  ];
  const skills = skillsFor(seed, 'en');
  const lines = [
    '\\documentclass[letterpaper,11pt]{article}',
    '\\begin{document}',
    `\\begin{center}\\textbf{\\Huge ${p.name}} \\\\ ${p.phone} $|$ ${p.email}\\end{center}`,
    '\\section{Education}',
    '\\resumeSubHeadingListStart',
    ...schools.map(
      (s) => `\\resumeSubheading{${s.institution}}{Georgetown, TX}{${s.degree}}{Aug. ${s.start} -- May ${s.end}}`,
    ),
    '\\resumeSubHeadingListEnd',
    '\\section{Technical Skills}',
    `\\textbf{Tools}{: ${skills.join(', ')}}`,
    '\\end{document}',
  ];
  return {
    className: 'unseen: Jake LaTeX template, long degree with a minor',
    file: 'cv.tex',
    text: lines.join('\n'),
    expected: stated(p, schools, skills),
  };
}

/** "2016-2020: **B.Tech, Electronics and Communication Engineering**, School. CGPA 8.7/10" on one long line. */
export function longSchoolLineCv(p: Person, seed: number, i: number): SyntheticCv {
  const schools: School[] = [
    {
      institution: ['National Institute of Technology Tiruchirappalli', 'Indian Institute of Science Education'][
        i % 2
      ]!,
      degree: 'B.Tech in Electronics and Communication Engineering',
      start: 2016,
      end: 2020,
    },
    { institution: 'Westmarch University', degree: 'M.Tech in VLSI Design', start: 2020, end: 2022 },
  ];
  const skills = skillsFor(seed, 'en');
  const lines = [p.name, '='.repeat(p.name.length), `${p.email} | ${p.phone}`, '', 'Education', '---------'];
  for (const s of [...schools].reverse()) {
    const [type, area] = s.degree.split(' in ');
    lines.push(`${s.start}-${s.end}: **${type}, ${area}**, ${s.institution}. CGPA 8.${i + 1}/10`, '');
  }
  lines.push('Skills', '------', skills.join(', '), '');
  return {
    className: 'unseen: whole school entry on one long line with its grade',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, [...schools].reverse(), skills),
  };
}

/** A skills heading named by the field ("Research Skills", "Compétences cliniques") over a list. */
export function fieldSkillsHeadingCv(p: Person, seed: number, lang: Lang, i: number): SyntheticCv {
  const schools = schoolsFor(seed, lang);
  const skills = skillsFor(seed, lang);
  const heading = FIELD_HEADINGS[lang][i % FIELD_HEADINGS[lang].length]!;
  const text = i % 2 === 1;
  const lines = text
    ? [p.name, `${p.email} | ${p.phone}`, '', EDUCATION[lang].toUpperCase()]
    : [...head(p), `## ${EDUCATION[lang]}`];
  for (const s of schools) lines.push(`${s.degree}, ${s.institution}, ${s.start} – ${s.end}`);
  lines.push('', text ? heading.toUpperCase() : `## ${heading}`, skills.join(', '), '');
  return {
    className: 'unseen: skills heading named by its field',
    file: text ? 'cv.txt' : 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, schools, skills),
  };
}

const CATEGORIES = ['Surgery', 'Statistics', 'Archives', 'DevOps', 'Writing tools', 'Field methods'];

/** Awesome-CV's `\cvskill{Category}{a, b, c}`, each argument on its own line of the source. */
export function awesomeSkillsCv(p: Person, seed: number): SyntheticCv {
  const skills = skillsFor(seed, 'en');
  const [first, last] = [p.name.split(' ')[0]!, p.name.split(' ').slice(1).join(' ')];
  // Two items a category at least: one item alone under a one-word line reads as a list of two skills.
  const halves = [skills.slice(0, 2), skills.slice(2)];
  const random = seeded(seed);
  const lines = ['\\documentclass[11pt, a4paper]{awesome-cv}', `\\name{${first}}{${last}}`, `\\email{${p.email}}`];
  lines.push('\\begin{document}', '\\makecvheader', '\\cvsection{Skills}', '\\begin{cvskills}');
  for (const half of halves) lines.push('  \\cvskill', `    {${pick(random, CATEGORIES)}}`, `    {${half.join(', ')}}`);
  lines.push('\\end{cvskills}', '\\end{document}');
  return {
    className: 'unseen: Awesome-CV skill categories on their own lines',
    file: 'cv.tex',
    text: lines.join('\n'),
    expected: { ...stated(p, [], skills), phone: '' },
  };
}

/** "Methods: Stata, R / Archives: Palaeography / Tools: NVivo" on one line. */
export function categoriesOnOneLineCv(p: Person, seed: number, i: number): SyntheticCv {
  const schools = schoolsFor(seed, 'en');
  const skills = skillsFor(seed, 'en');
  const groups = [skills.slice(0, 2), skills.slice(2, 4), skills.slice(4)].filter((g) => g.length > 0);
  const separator = [' / ', ' | ', ' · '][i % 3]!;
  const line = groups.map((g, k) => `${['Methods', 'Archives', 'Tools'][k]}: ${g.join(', ')}`).join(separator);
  const lines = [...head(p), '## Education', ...schools.map((s) => `${s.degree}, ${s.institution}, ${s.end}`)];
  lines.push('', '## Skills', line, '');
  return {
    className: 'unseen: several skill categories on one line',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, schools, skills),
  };
}

/** An HTML page whose skills are badges: `<span class="badge">R</span><span class="badge">SPSS</span>…`. */
export function htmlBadgesCv(p: Person, seed: number, i: number): SyntheticCv {
  const schools = schoolsFor(seed, 'en');
  const skills = skillsFor(seed, 'en');
  const tag = ['span', 'a', 'code'][i % 3]!;
  const gap = i % 2 === 0 ? '' : '\n  ';
  const badges = skills.map((s) => `<${tag} class="badge">${s}</${tag}>`).join(gap);
  const html = [
    '<!doctype html><html><head><title>CV</title></head><body>',
    `<h1>${p.name}</h1><p>${p.email} · ${p.phone}</p>`,
    '<h2>Education</h2><ul>',
    ...schools.map((s) => `<li><b>${s.degree}</b>, ${s.institution}, ${s.start} – ${s.end}</li>`),
    '</ul><h2>Skills</h2>',
    `<div class="skills">${badges}</div>`,
    '</body></html>',
  ];
  return {
    className: 'unseen: HTML badges written without spaces',
    file: 'cv.html',
    text: html.join('\n'),
    expected: stated(p, schools, skills),
  };
}

/** "- Degree" over its school (with town and state) and its dates, indented on the lines under it. */
export function bulletContinuationCv(p: Person, seed: number, i: number): SyntheticCv {
  const schools = schoolsFor(seed, 'en');
  const skills = skillsFor(seed, 'en');
  const towns = ['Atlanta, GA', 'Stanford, CA', 'Leeds, UK', 'Graz, Austria'];
  const lines = [...head(p), '## Education'];
  for (const [k, s] of schools.entries()) {
    lines.push(
      `- ${s.degree}`,
      `  ${s.institution}, ${towns[(i + k) % towns.length]}`,
      `  Sep ${s.start} – Jun ${s.end}`,
    );
  }
  lines.push('', '## Skills', ...skills.map((skill) => `- ${skill}`), '');
  return {
    className: 'unseen: list item degree, school and dates on the lines under it',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, schools, skills),
  };
}

const DEGREE_FIELDS: readonly [string, string][] = [
  ['Master of Arts', 'History'],
  ['Bachelor of Arts', 'History and Archival Science'],
  ['Master of Science', 'Economics'],
  ['Bachelor of Science', 'Mathematics'],
];

/** A Word CV: "School, Town" over "Degree, Field (dates)", paragraph after paragraph. */
export function schoolOverDegreeFieldCv(p: Person, seed: number, i: number): SyntheticCv {
  const random = seeded(seed);
  const schools = schoolsFor(seed, 'en').map((s, k) => {
    const [type, field] = DEGREE_FIELDS[(i + k) % DEGREE_FIELDS.length]!;
    return { ...s, degree: `${type}, ${field}` };
  });
  const skills = skillsFor(seed, 'en');
  const body = [paragraph(p.name, 'Title'), paragraph(`${p.email} | ${p.phone}`), paragraph('Education', 'Heading1')];
  for (const s of schools) {
    body.push(paragraph(`${s.institution}, ${pick(random, ['Prague', 'Brno', 'Lyon', 'Porto'])}`));
    body.push(paragraph(`${s.degree} (${s.start} – ${s.end})`));
  }
  body.push(paragraph('Skills', 'Heading1'), ...skills.map((skill) => bullet(skill)));
  return {
    className: 'unseen: Word, school and town over degree, field (dates)',
    file: 'cv.docx',
    text: makeDocx(body.join('')),
    expected: stated(p, schools, skills),
  };
}

/**
 * Skills under a heading that names what they are: "Knowledge", "Technologies Used", "Coding Skills".
 * ("Databases", "Frameworks" stay no headings: under "## Skills" they name a group of it.)
 */
export function listNamedHeadingCv(p: Person, seed: number, i: number): SyntheticCv {
  // Three items: too few for a list to name its own kind without its heading.
  const skills = skillsFor(seed, 'en').slice(0, 3);
  const heading = ['Knowledge', 'Technologies Used', 'Coding Skills', 'Lab Tools', 'Technical Knowledge'][i % 5]!;
  const lines = [p.name, p.email, '', heading.toUpperCase(), skills.join(' · '), ''];
  return {
    className: 'unseen: skills under a heading naming their kind',
    file: 'cv.txt',
    text: lines.join('\n'),
    expected: { ...stated(p, [], skills), phone: '' },
  };
}

const FACULTIES = ['Faculty of Electrical Engineering and Computing', 'Faculty of Arts', 'School of Medicine'];

/** "### University of X, Faculty of Y" over its dates and "Master's degree in Z. Thesis on …" as a sentence. */
export function degreeSentenceCv(p: Person, seed: number, i: number): SyntheticCv {
  const random = seeded(seed);
  const fields = ['Computer Science', 'Economic History', 'Clinical Medicine', 'Marine Biology'];
  const schools = schoolsFor(seed, 'en').map((s, k) => ({
    ...s,
    institution: `${s.institution}, ${FACULTIES[(i + k) % FACULTIES.length]}`,
    degree: `${["Master's degree", "Bachelor's degree", 'Doctoral degree'][(i + k) % 3]} in ${pick(random, fields)}`,
  }));
  const skills = skillsFor(seed, 'en');
  const lines = [...head(p), '## Education', ''];
  for (const s of schools) {
    lines.push(
      `### ${s.institution}`,
      `*${s.start} – ${s.end}*`,
      `${s.degree}. Thesis on regional trade networks.`,
      '',
    );
  }
  lines.push('## Skills', ...skills.map((skill) => `* ${skill}`), '');
  return {
    className: 'unseen: school and faculty over a sentence naming the degree',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: stated(p, schools, skills),
  };
}
