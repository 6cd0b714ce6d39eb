/**
 * Synthetic layout bench, skills and spoken-language lists as people write them: a profile
 * generator's row of linked icons, shields badges whose words are only in their address, skills
 * headings in five languages ("Top Skills", "Toolbox", "Programmiersprachen", "Tecnologías"),
 * bold category lines with mixed separators, a two-cell skills table, a heading run into its list,
 * LaTeX skill macros (Awesome-CV, moderncv, AltaCV); languages as a PDF row of cells, a grid run
 * into one line, slashes and qualifiers, each language's own name, flags; a LinkedIn-style PDF
 * sidebar; a phone number beside an icon or a one-letter label at the foot of the CV. All people
 * and words are invented.
 */
import { column, makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';
import { type Expected, expectedOf, type Person, type SyntheticCv } from './syntheticCvs.js';

/** A CV that states only its name, e-mail, and the lists under test. */
function listsOnly(p: Person, fields: Partial<Pick<Expected, 'skills' | 'languages' | 'phone'>>): Expected {
  return { ...expectedOf(p, []), phone: '', education: [], skills: [], languages: [], ...fields };
}

/** How a devicon file names a skill: "Apache Kafka" → "apachekafka". */
const iconName = (skill: string) => skill.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The profile-generator README: linked icons in one paragraph on one line, each with its alt text. */
export function iconRowCv(p: Person, k: number): SyntheticCv {
  const icons = p.skills.map((s) => {
    const src = `https://cdn.jsdelivr.net/gh/devicons/devicon/icons/${iconName(s)}/${iconName(s)}-original.svg`;
    const img = `<img src="${src}" alt="${s}" width="40" height="40"/>`;
    return ` <a href="https://example.org/${iconName(s)}" target="_blank" rel="noreferrer"> ${img} </a>`;
  });
  const heading = ['<h3 align="left">Languages and Tools:</h3>', '## 🛠 Tech Stack', '### Tools I use'][k % 3]!;
  const text = [
    `# ${p.name}`,
    'Hi there 👋',
    '',
    `📫 ${p.email}`,
    '',
    heading,
    `<p align="left">${icons.join('')} </p>`,
  ];
  return {
    className: 'lists: README row of linked icons',
    file: 'README.md',
    text: text.join('\n'),
    expected: listsOnly(p, { skills: p.skills }),
  };
}

/** shields.io's escapes: "-" as "--", "_" as "__", a space as "_" or "%20". */
const badgeText = (skill: string, k: number) =>
  skill
    .replace(/-/g, '--')
    .replace(/_/g, '__')
    .replace(/ /g, k % 2 ? '_' : '%20');

/** Badges with no alt text: the skill is only in the badge's address. */
export function bareBadgesCv(p: Person, k: number): SyntheticCv {
  const badges = p.skills.map((s, i) => {
    const text = `${i % 2 ? '-' : ''}${badgeText(s, k)}`;
    const url = `https://img.shields.io/badge/${text}-0A0A0A?style=flat-square&logo=${iconName(s)}`;
    return [`![](${url})`, `<img src="${url}" />`, `[![](${url})](https://example.org/${iconName(s)})`][(i + k) % 3]!;
  });
  const text = [
    `# ${p.name}`,
    p.email,
    '',
    '## Skills',
    '',
    badges.slice(0, 4).join(' '),
    badges.slice(4).join('&nbsp;'),
  ];
  return {
    className: 'lists: badges without alt text',
    file: 'README.md',
    text: text.join('\n'),
    expected: listsOnly(p, { skills: p.skills }),
  };
}

/** skillicons.dev ids as its own docs spell them, for the invented people's skills that have an icon. */
const SKILL_ICON_IDS: Readonly<Record<string, string>> = {
  Python: 'py',
  TypeScript: 'ts',
  PostgreSQL: 'postgres',
  Kubernetes: 'k8s',
  Terraform: 'terraform',
  Rust: 'rust',
  Figma: 'figma',
  'Apache Kafka': 'kafka',
  React: 'react',
  Go: 'go',
  Docker: 'docker',
};

/** A skillicons.dev row: one image whose skills are only the ids of its address, as Markdown or HTML. */
export function skillIconsCv(p: Person, k: number): SyntheticCv {
  const skills = p.skills.filter((s) => SKILL_ICON_IDS[s]);
  const url = `https://skillicons.dev/icons?i=${skills.map((s) => SKILL_ICON_IDS[s]).join(',')}&theme=light`;
  const row = [
    `![](${url})`,
    `<p align="center"><a href="https://skillicons.dev"><img src="${url}" alt="My Skills" /></a></p>`,
    `[![My Skills](${url})](https://skillicons.dev)`,
  ][k % 3]!;
  const text = [`# ${p.name}`, p.email, '', ['## Tech Stack', '### Skills', '## 🛠 Tools'][k % 3]!, '', row];
  return {
    className: 'lists: skillicons.dev row',
    file: 'README.md',
    text: text.join('\n'),
    expected: listsOnly(p, { skills }),
  };
}

const SKILL_HEADINGS = [
  'Top Skills',
  'Toolbox',
  'Languages & Frameworks',
  'Programmiersprachen',
  'Tecnologías',
  'Hard Skills',
  'Linguagens de programação',
  'Logiciels',
];

/** Skills under headings of many words and languages, as bullets, a comma line, or bold categories. */
export function skillHeadingCv(p: Person, k: number): SyntheticCv {
  const s = p.skills;
  const half = Math.ceil(s.length / 2);
  const lines = [`# ${p.name}`, p.email, '', `## ${SKILL_HEADINGS[k % SKILL_HEADINGS.length]}`, ''];
  if (k % 3 === 0) lines.push(...s.map((x) => `- ${x}`));
  if (k % 3 === 1) lines.push(s.join(', '));
  // Category labels are no skills; separators mixed as people mix them.
  if (k % 3 === 2)
    lines.push(`**Daily:** ${s.slice(0, half).join(' · ')}`, `**Sometimes:** ${s.slice(half).join(' / ')}`);
  return {
    className: 'lists: skills heading words',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: listsOnly(p, { skills: s }),
  };
}

/** A two-column skills table: the category in the first cell, the items in the second. */
export function skillTableCv(p: Person, k: number): SyntheticCv {
  const s = p.skills;
  const groups = [s.slice(0, 2), s.slice(2, 4), s.slice(4)];
  const head = k % 2 ? '| Area | Tools |' : '| | |';
  const names = ['Core', 'Data', 'Ops'];
  const rows = groups.map((g, i) => `| ${k % 2 ? `**${names[i]}**` : names[i]} | ${g.join(', ')} |`);
  const text = [`# ${p.name}`, p.email, '', '## Technical Skills', '', head, '|---|---|', ...rows];
  return {
    className: 'lists: two-cell skills table',
    file: 'cv.md',
    text: text.join('\n'),
    expected: listsOnly(p, { skills: s }),
  };
}

/** Plain text where the heading runs into its list with no colon, as a PDF's side label does. */
export function headRunCv(p: Person, k: number): SyntheticCv {
  const skills = ['Skills', 'Key Skills', 'IT-Kenntnisse'][k % 3]!;
  const languages = ['Languages', 'Sprachen', 'Idiomas'][k % 3]!;
  const text = [
    p.name,
    p.email,
    '',
    `${skills} ${p.skills.join(', ')}`,
    `${languages} ${p.languages.map((l) => `${l.language} (${l.level})`).join(', ')}`,
  ];
  return {
    className: 'lists: heading run into its list',
    file: 'cv.txt',
    text: text.join('\n'),
    expected: listsOnly(p, { skills: p.skills, languages: p.languages.map((l) => l.language) }),
  };
}

/** Awesome-CV's \cvskill, moderncv's \cvitem and \cvdoubleitem, AltaCV's \cvtag. */
export function latexSkillsCv(p: Person, k: number): SyntheticCv {
  const s = p.skills;
  const half = Math.ceil(s.length / 2);
  const [first, ...last] = p.name.split(' ');
  const tex = (x: string) => x.replace(/[&#]/g, (c) => `\\${c}`);
  const body =
    k % 3 === 0
      ? [
          '\\cvsection{Skills}',
          '\\begin{cvskills}',
          `  \\cvskill`,
          `    {Daily} % category`,
          `    {${s.slice(0, half).map(tex).join(', ')}}`,
          `  \\cvskill{Sometimes}{${s.slice(half).map(tex).join(', ')}}`,
          '\\end{cvskills}',
        ]
      : k % 3 === 1
        ? [
            '\\section{Computer skills}',
            `\\cvitem{Daily}{${s.slice(0, half).map(tex).join(', ')}}`,
            `\\cvdoubleitem{Sometimes}{${s
              .slice(half, half + 2)
              .map(tex)
              .join(', ')}}{Rarely}{${
              s
                .slice(half + 2)
                .map(tex)
                .join(', ') || 'none'
            }}`,
          ]
        : ['\\cvsection{Strengths}', ...s.map((x, i) => `\\cvtag{${tex(x)}}${i % 3 === 2 ? '\\\\' : ''}`)];
  const cls = ['awesome-cv', 'moderncv', 'altacv'][k % 3]!;
  const text = [
    `\\documentclass[11pt,a4paper]{${cls}}`,
    // AltaCV takes the whole name, Awesome-CV and moderncv the first name and the rest apart.
    k % 3 === 2 ? `\\name{${p.name}}` : `\\name{${first}}{${last.join(' ')}}`,
    `\\email{${p.email}}`,
    '\\begin{document}',
    k % 3 === 1 ? '\\makecvtitle' : '\\makecvheader',
    ...body,
    '\\end{document}',
  ];
  return {
    className: 'lists: LaTeX skill macros',
    file: 'cv.tex',
    text: text.join('\n'),
    expected: listsOnly(p, { skills: s }),
  };
}

/** Each language's own name, as people who speak it write it. */
const OWN_NAME: Record<string, string> = {
  English: 'English',
  German: 'Deutsch',
  French: 'Français',
  Spanish: 'Español',
  Portuguese: 'Português',
  Italian: 'Italiano',
};
const FLAG: Record<string, string> = {
  English: '🇬🇧',
  German: '🇩🇪',
  French: '🇫🇷',
  Spanish: '🇪🇸',
  Portuguese: '🇵🇹',
  Italian: '🇮🇹',
};

export type LanguageListForm =
  | 'one line, names and levels'
  | 'slashes and qualifiers'
  | 'own names'
  | 'flags'
  | 'sentences'
  | 'native language label';

/** Spoken languages in the forms a reader meets outside tidy lists. */
export function languageListCv(p: Person, form: LanguageListForm): SyntheticCv {
  const ls = p.languages;
  const native = form === 'native language label';
  const lines = [`# ${p.name}`, p.email, '', native ? '## Personal' : '## Languages', ''];
  if (native) {
    const [a, ...rest] = ls;
    lines.push('Born in Leeds', `${['Native language', 'First language'][p.name.length % 2]}: ${a!.language}`);
    lines.push(`Other languages: ${rest.map((l) => l.language).join(', ')}`);
  }
  if (form === 'one line, names and levels') lines.push(ls.map((l) => `${l.language} ${l.level}`).join(' '));
  if (form === 'slashes and qualifiers') {
    const [a, b, ...rest] = ls;
    lines.push([`Bilingual ${a!.language}/${b!.language}`, ...rest.map((l) => `${l.level} ${l.language}`)].join(', '));
  }
  if (form === 'own names') lines.push(...ls.map((l) => `* ${OWN_NAME[l.language]} (${l.level})`));
  if (form === 'sentences') {
    const [a, ...rest] = ls;
    lines.push(`Native speaker of ${a!.language}; working knowledge of ${rest.map((l) => l.language).join(' and ')}.`);
  }
  if (form === 'flags') lines.push(...ls.map((l) => `- ${FLAG[l.language]} ${l.language} — ${l.level}`));
  return {
    className: `lists: languages, ${form}`,
    file: 'cv.md',
    text: lines.join('\n'),
    expected: listsOnly(p, { languages: ls.map((l) => l.language) }),
  };
}

/** A PDF whose languages stand in a row of cells, each level under its language. */
export function languageRowPdfCv(p: Person, k: number): SyntheticCv {
  const texts: PlacedText[] = [
    { x: 36, y: 740, size: 18, text: p.name },
    { x: 36, y: 720, size: 10, text: p.email },
    { x: 36, y: 690, size: 12, text: k % 2 ? 'LANGUAGES' : 'Language Skills' },
  ];
  p.languages.forEach((l, i) => {
    texts.push(
      { x: 36 + i * 170, y: 670, size: 10, text: l.language },
      { x: 36 + i * 170, y: 656, size: 9, text: l.level },
    );
  });
  return {
    className: 'lists: PDF row of languages, levels below',
    file: 'cv.pdf',
    text: makePdf([{ texts }]),
    expected: listsOnly(p, { languages: p.languages.map((l) => l.language) }),
  };
}

const PROFICIENCY = [
  'Native or Bilingual',
  'Full Professional',
  'Professional Working',
  'Limited Working',
  'Elementary',
];

/** A LinkedIn-style PDF: contact, "Top Skills" and "Languages" in a sidebar, the profile beside it. */
export function linkedinPdfCv(p: Person, k: number): SyntheticCv {
  const handle = p.email.split('@')[0]!.replace(/\./g, '');
  const side = [
    'Contact',
    p.email,
    `www.linkedin.com/in/${handle} (LinkedIn)`,
    '',
    'Top Skills',
    ...p.skills.slice(0, 3),
  ];
  side.push('', 'Languages', ...p.languages.map((l, i) => `${l.language} (${PROFICIENCY[(i + k) % 5]})`));
  const main = [p.name, `${p.roles[0]!.title} at ${p.roles[0]!.employer}`, 'Summary', 'I like tidy data.'];
  const texts: PlacedText[] = [...column(36, 740, side, 9)];
  main.forEach((line, i) => texts.push({ x: 220, y: 740 - i * 16, size: i === 0 ? 20 : 10, text: line }));
  return {
    className: 'lists: LinkedIn-style PDF sidebar',
    file: 'Profile.pdf',
    text: makePdf([{ texts }]),
    expected: listsOnly(p, { skills: p.skills.slice(0, 3), languages: p.languages.map((l) => l.language) }),
  };
}

/** A phone number at the foot of the CV, under a heading no list knows, beside an icon or a short label. */
export function footPhoneCv(p: Person, k: number): SyntheticCv {
  const [cc, ...rest] = p.phone.split(' ');
  const forms = [
    `📞 ${p.phone}`,
    `M: ${p.phone}`,
    `<i class="fa fa-phone"></i> ${p.phone}`,
    `Tél. ${p.phone}`,
    `(${cc}) ${rest.join(' ')} | ${p.email}`,
    `Fon ${p.phone}`,
  ];
  const text = [
    `# ${p.name}`,
    '',
    '## Skills',
    p.skills.join(', '),
    '',
    '## Find me',
    '',
    forms[k % forms.length]!,
    '',
    p.email,
  ];
  return {
    className: 'lists: phone beside an icon or a short label',
    file: 'cv.md',
    text: text.join('\n'),
    expected: listsOnly(p, { skills: p.skills, phone: p.phone }),
  };
}

/** Setext headings over skills parted by spaced dashes, and a row of tag spans. */
export function dashesAndTagsCv(p: Person, k: number): SyntheticCv {
  const s = p.skills;
  const half = Math.ceil(s.length / 2);
  const heading = ['Technical Skills', 'Skills', 'Tech Stack'][k % 3]!;
  const tags = s.slice(half).map((x) => `<span class="tag">${x}</span>`);
  const text = [p.name, '='.repeat(p.name.length), '', p.email, '', heading, '-'.repeat(heading.length), ''];
  text.push(s.slice(0, half).join(k % 2 ? ' — ' : ' - '), '', tags.join(' '));
  return {
    className: 'lists: spaced dashes and tag spans',
    file: 'cv.md',
    text: text.join('\n'),
    expected: listsOnly(p, { skills: s }),
  };
}

const MIXED_HEADINGS = [
  'Skills & Languages',
  'Languages and Skills',
  'Sprachen und IT-Kenntnisse',
  'Idiomas y habilidades',
];

/** One heading over both lists, neither line labelled: the skills one line, the languages the next. */
export function mixedSectionCv(p: Person, k: number): SyntheticCv {
  const languages = p.languages.map((l) => `${l.language} (${l.level})`).join(', ');
  const lines = [`# ${p.name}`, p.email, '', `## ${MIXED_HEADINGS[k % MIXED_HEADINGS.length]}`, ''];
  lines.push(...(k % 2 ? [languages, p.skills.join(', ')] : [p.skills.join(', '), languages]));
  return {
    className: 'lists: skills and languages under one heading',
    file: 'cv.md',
    text: lines.join('\n'),
    expected: listsOnly(p, { skills: p.skills, languages: p.languages.map((l) => l.language) }),
  };
}

/** A hand-written JSON Resume: skills and languages as plain names, languages in their own names. */
export function jsonNamesCv(p: Person, k: number): SyntheticCv {
  const half = Math.ceil(p.skills.length / 2);
  const skills = [...p.skills.slice(0, half), { name: 'Other', keywords: p.skills.slice(half) }];
  const languages = p.languages.map((l, i) =>
    (i + k) % 2 ? OWN_NAME[l.language] : { language: OWN_NAME[l.language], fluency: l.level },
  );
  const resume = { basics: { name: p.name, email: p.email }, skills, languages };
  return {
    className: 'lists: JSON Resume with plain names',
    file: 'resume.json',
    text: JSON.stringify(resume, null, 2),
    expected: listsOnly(p, { skills: p.skills, languages: p.languages.map((l) => l.language) }),
  };
}
