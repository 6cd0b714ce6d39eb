/**
 * The skills half of the probe (syntheticEduProbe.ts): ratings beside skills, skills grouped under
 * sub-headings, definition lists, skills headings in five languages, and tools named under a role,
 * which are no skills list. Every person and list is invented.
 */
import { html, md, type ProbeCv, probe, tex, txt } from './syntheticEduProbe.js';

const RATED = 'skills: ratings beside the skill';
const SUBHEAD = 'skills: grouped under sub-headings';
const DEFLIST = 'skills: definition lists';
const HEADINGS = 'skills: five-language headings';
const UNDER_ROLE = 'skills: tools under a role are no list';

function rated(): ProbeCv[] {
  return [
    probe(
      RATED,
      'r.md',
      md('Nell Hargrave', 'Skills', '- Python ●●●●○\n- Java (expert)\n- Go — 3 yrs\n- SQL ★★★☆☆'),
      undefined,
      ['Python', 'Java', 'Go', 'SQL'],
    ),
    probe(
      RATED,
      'r.txt',
      txt('Jörg Waldmeister', 'Kenntnisse', 'Python (sehr gut), Java (gut), SQL (Grundkenntnisse)'),
      undefined,
      ['Python', 'Java', 'SQL'],
    ),
    probe(
      RATED,
      'r.md',
      md('Élise Marchand', 'Compétences', '- Python : expert\n- Java : intermédiaire\n- Docker : notions'),
      undefined,
      ['Python', 'Java', 'Docker'],
    ),
    probe(
      RATED,
      'r.txt',
      txt('Nerea Altube', 'Habilidades', 'Python – avanzado\nKotlin – intermedio\nPostgreSQL – básico'),
      undefined,
      ['Python', 'Kotlin', 'PostgreSQL'],
    ),
    probe(
      RATED,
      'r.md',
      md('Dalia Ferro', 'Competências', '- Excel: avançado\n- Power BI: intermediário\n- R: básico'),
      undefined,
      ['Excel', 'Power BI', 'R'],
    ),
    probe(
      RATED,
      'r.md',
      md('Quentin Ashdown', 'Skills', '- Rust (2 years)\n- Kubernetes: advanced\n- Terraform - intermediate'),
      undefined,
      ['Rust', 'Kubernetes', 'Terraform'],
    ),
  ];
}

function subHeadings(): ProbeCv[] {
  return [
    probe(
      SUBHEAD,
      's.md',
      md('Hollis Brennan', 'Skills', '### Programming Languages\n- Python\n- Go\n\n### Cloud\n- AWS\n- Terraform'),
      undefined,
      ['Python', 'Go', 'AWS', 'Terraform'],
    ),
    probe(
      SUBHEAD,
      's.html',
      html(
        'Anaïs Lheureux',
        'Compétences',
        '<h3>Langages</h3>\n' +
          '<ul><li>Python</li><li>OCaml</li></ul>\n' +
          '<h3>Outils</h3>\n' +
          '<ul><li>Git</li><li>Docker</li></ul>',
      ),
      undefined,
      ['Python', 'OCaml', 'Git', 'Docker'],
    ),
    probe(
      SUBHEAD,
      's.tex',
      tex(
        'Morgan Tiernay',
        'Technical Skills',
        '\\subsection*{Languages}\nC++, Python, Julia\n\\subsection*{Tools}\nCMake, Git\n',
      ),
      undefined,
      ['C++', 'Python', 'Julia', 'CMake', 'Git'],
    ),
  ];
}

function definitionLists(): ProbeCv[] {
  return [
    probe(
      DEFLIST,
      'l.md',
      md('Ivo Pranjić', 'Skills', 'Programming\n: Python, Go, Rust\n\nData\n: PostgreSQL, Kafka'),
      undefined,
      ['Python', 'Go', 'Rust', 'PostgreSQL', 'Kafka'],
    ),
    probe(
      DEFLIST,
      'l.html',
      html(
        'Wren Castellane',
        'Skills',
        '<dl>\n<dt>Languages</dt><dd>TypeScript, Elixir</dd>\n<dt>Infrastructure</dt><dd>Nomad, Consul</dd>\n</dl>',
      ),
      undefined,
      ['TypeScript', 'Elixir', 'Nomad', 'Consul'],
    ),
  ];
}

function fiveLanguageHeadings(): ProbeCv[] {
  return [
    probe(
      HEADINGS,
      'k.md',
      md('Ulrike Brandstätter', 'EDV-Kenntnisse', '- SAP FI/CO\n- MS Excel\n- DATEV'),
      undefined,
      ['SAP FI/CO', 'MS Excel', 'DATEV'],
    ),
    probe(
      HEADINGS,
      'k.txt',
      txt('Baptiste Ollivier', 'Compétences techniques', 'Java, Spring Boot, Angular, PostgreSQL'),
      undefined,
      ['Java', 'Spring Boot', 'Angular', 'PostgreSQL'],
    ),
    probe(
      HEADINGS,
      'k.md',
      md('Rocío Etxeberria', 'Conocimientos informáticos', '- AutoCAD\n- SolidWorks\n- MATLAB'),
      undefined,
      ['AutoCAD', 'SolidWorks', 'MATLAB'],
    ),
    probe(
      HEADINGS,
      'k.txt',
      txt('Gustavo Albernaz', 'Competências técnicas', 'Python · Pandas · Power BI · SQL Server'),
      undefined,
      ['Python', 'Pandas', 'Power BI', 'SQL Server'],
    ),
    probe(
      HEADINGS,
      'k.html',
      html('Matilde Sarmento', 'Ferramentas', '<ul><li>Figma</li><li>Sketch</li><li>Adobe XD</li></ul>'),
      undefined,
      ['Figma', 'Sketch', 'Adobe XD'],
    ),
    probe(HEADINGS, 'k.md', md('Henrike Lüdemann', 'Fachkenntnisse', 'Statik, Bauphysik, Revit, AutoCAD'), undefined, [
      'Statik',
      'Bauphysik',
      'Revit',
      'AutoCAD',
    ]),
  ];
}

function underRoles(): ProbeCv[] {
  const work = (lang: 'en' | 'de', tools: string) =>
    lang === 'en'
      ? `### Backend Engineer, Ostrava Freight\n2019 – 2022\n- Built the booking service.\n${tools}`
      : `### Entwickler, Kessler Logistik GmbH\n2018 – 2021\n- Betrieb der Buchungsplattform.\n${tools}`;
  return [
    probe(
      UNDER_ROLE,
      'w.md',
      md('Corin Ashby', 'Experience', work('en', 'Technologies: Java, Spring, Kafka')),
      undefined,
      [],
    ),
    probe(
      UNDER_ROLE,
      'w.md',
      md('Malte Gerdes', 'Berufserfahrung', work('de', 'Technologien: C#, .NET, Azure')),
      undefined,
      [],
    ),
    probe(
      UNDER_ROLE,
      'w.md',
      `${md('Petra Lindqvist', 'Experience', work('en', 'Tech stack: Go, gRPC'))}\n## Skills\n\nPython, Terraform\n`,
      undefined,
      ['Python', 'Terraform'],
    ),
  ];
}

export function skillProbes(): ProbeCv[] {
  return [...rated(), ...subHeadings(), ...definitionLists(), ...fiveLanguageHeadings(), ...underRoles()];
}
