/**
 * The probe's second round (syntheticEduProbe.ts): schools and skills as widely copied templates and
 * converted files lay them out: LaTeX résumé macros (\resumeSubheading, Awesome-CV's \cventry,
 * \resumeSubItem), qualification tables with a board column, PDF-like text with wide gaps, Markdown
 * and HTML résumé themes, school-leaving diplomas, and notes under a school that are no school
 * (coursework, honours). Every person, school and list is invented.
 */
import { html, md, type ProbeCv, type ProbeSchool, probe, tex, txt } from './syntheticEduProbe.js';

const LATEX = 'schools: LaTeX résumé macros';
const QUALIFS = 'schools: qualification tables';
const GAPS = 'schools: PDF-like text with gaps';
const THEMES = 'schools: Markdown and HTML themes';
const LEAVING = 'schools: school-leaving diplomas';
const NOT_SCHOOLS = 'schools: coursework and honours are no school';
const SKILL_TEMPLATES = 'skills: template and converted layouts';

const s = (institution: string, degree?: string, start?: string, end?: string): ProbeSchool => ({
  institution,
  ...(degree ? { degree } : {}),
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
});

const SUBHEADING =
  '\\newcommand{\\resumeSubheading}[4]{\\item\\textbf{#1} \\hfill #2 \\\\ \\textit{#3} \\hfill \\textit{#4}}\n';

function latexSchools(): ProbeCv[] {
  const jake =
    '\\begin{itemize}\n  \\resumeSubheading\n    {Ardent Institute of Technology}{Halvard, GA}\n' +
    '    {Master of Science in Marine Robotics;  GPA: 3.6}{Sep. 2015 -- Jun. 2017}\n  \\resumeSubheading\n' +
    '    {Weller College of Engineering}{Pune, India}\n' +
    '    {Bachelor of Technology in Textile Chemistry;  GPA: 8.1}{Jul. 2011 -- May 2015}\n\\end{itemize}';
  const awesome =
    '\\begin{cventries}\n  \\cventry\n    {B.S. in Computer Science and Engineering}\n    {Tallis University}\n' +
    '    {Brackwater, UK}\n    {Mar. 2006 - Aug. 2010}\n    {}\n\\end{cventries}';
  const oneLine =
    '\\resumeSubheading{Université de Pontvieux}{Pontvieux, France}{Master en informatique}{2016 -- 2018}\n' +
    '\\resumeSubheading{Universidad de Quintal}{Quintal}{Grado en Matemáticas}{2012 -- 2016}';
  return [
    probe(
      LATEX,
      'j.tex',
      tex('Arjun Malhotra', 'Education', jake).replace('\\begin{document}', `${SUBHEADING}\\begin{document}`),
      [
        s('Ardent Institute of Technology', 'Master of Science in Marine Robotics', '2015-09', '2017-06'),
        s('Weller College of Engineering', 'Bachelor of Technology in Textile Chemistry', '2011-07', '2015-05'),
      ],
    ),
    probe(LATEX, 'j.tex', tex('Kim Haeun', 'Education', awesome), [
      s('Tallis University', 'B.S. in Computer Science and Engineering', '2006-03', '2010-08'),
    ]),
    probe(LATEX, 'j.tex', tex('Noé Castaing', 'Formation', oneLine), [
      s('Université de Pontvieux', 'Master en informatique', '2016', '2018'),
      s('Universidad de Quintal', 'Grado en Matemáticas', '2012', '2016'),
    ]),
  ];
}

function qualificationTables(): ProbeCv[] {
  const table =
    '| Qualification | Institute | Board/University | Year | Percentage |\n|---|---|---|---|---|\n' +
    '| B.E. (Computer) | Ridgeview College of Engineering | Savarn University | 2018 | 72% |\n' +
    '| HSC | Shantiniketan Junior College | Maharashtra Board | 2014 | 81% |\n' +
    '| SSC | St. Clara High School | Maharashtra Board | 2012 | 89% |';
  const text =
    'Degree          Institute                              Year    CGPA\n' +
    'M.Tech (CSE)    Narmada Institute of Technology        2020    8.4\n' +
    'B.Tech (IT)     Kaveri College of Engineering          2018    7.9';
  return [
    probe(QUALIFS, 'q.md', md('Sneha Kulkarni', 'Educational Qualifications', table), [
      s('Ridgeview College of Engineering', 'B.E. (Computer)', undefined, '2018'),
      s('Shantiniketan Junior College', 'HSC', undefined, '2014'),
      s('St. Clara High School', 'SSC', undefined, '2012'),
    ]),
    probe(QUALIFS, 'q.txt', txt('Rohan Deshpande', 'Academic Details', text), [
      s('Narmada Institute of Technology', 'M.Tech (CSE)', undefined, '2020'),
      s('Kaveri College of Engineering', 'B.Tech (IT)', undefined, '2018'),
    ]),
  ];
}

function gapSchools(): ProbeCv[] {
  return [
    probe(
      GAPS,
      'p.txt',
      txt(
        'Aditi Rao',
        'Education',
        'Ridgeview Institute of Technology, Pune          Aug 2014 – May 2018\n' +
          'Bachelor of Engineering in Computer Engineering          CGPA: 8.1/10',
      ),
      [s('Ridgeview Institute of Technology', 'Bachelor of Engineering in Computer Engineering', '2014-08', '2018-05')],
    ),
    probe(
      GAPS,
      'p.txt',
      txt(
        'Grant Keller',
        'Education',
        'Master of Science, Statistics                    2016 – 2018\n' +
          'Lakemont University                               Lakemont, WI',
      ),
      [s('Lakemont University', 'Master of Science, Statistics', '2016', '2018')],
    ),
    probe(
      GAPS,
      'p.txt',
      txt(
        'Sabine Vogt',
        'Ausbildung',
        'Universität Grauwald                              10/2012 – 09/2015\n' +
          'B.Sc. Wirtschaftsinformatik\n' +
          'Abschlussnote: 1,8',
      ),
      [s('Universität Grauwald', 'B.Sc. Wirtschaftsinformatik', '2012-10', '2015-09')],
    ),
    probe(
      GAPS,
      'p.txt',
      txt(
        'Yusuf Erdem',
        'Education',
        'Lakemont University    BSc Computer Science    2012 – 2016\n' +
          'Norbridge University    MSc Machine Learning    2016 – 2017',
      ),
      [
        s('Lakemont University', 'BSc Computer Science', '2012', '2016'),
        s('Norbridge University', 'MSc Machine Learning', '2016', '2017'),
      ],
    ),
  ];
}

function themeSchools(): ProbeCv[] {
  return [
    probe(
      THEMES,
      't.md',
      md(
        'Freya Lindholm',
        'Education',
        '### University of Carrick\n' +
          '*BSc Computer Science*\n' +
          '_2014 – 2018_\n' +
          '\n' +
          '### Kinross University\n' +
          '*MSc Human-Computer Interaction*\n' +
          '_2018 – 2019_',
      ),
      [
        s('University of Carrick', 'BSc Computer Science', '2014', '2018'),
        s('Kinross University', 'MSc Human-Computer Interaction', '2018', '2019'),
      ],
    ),
    probe(
      THEMES,
      't.md',
      md(
        'Marco Bellandi',
        'Education',
        '`2009-2012`\n' +
          '__University of Tarrow__\n' +
          '\n' +
          '- Ph.D. in Astrophysics\n' +
          '\n' +
          '`2005-2009`\n' +
          '__Kinross University__\n' +
          '\n' +
          '- BSc in Physics',
      ),
      [
        s('University of Tarrow', 'Ph.D. in Astrophysics', '2009', '2012'),
        s('Kinross University', 'BSc in Physics', '2005', '2009'),
      ],
    ),
    probe(
      THEMES,
      't.md',
      md('Lea Hoffmann', 'Education', '**Bachelor of Arts in Linguistics** | Norbridge University | *2011 - 2015*'),
      [s('Norbridge University', 'Bachelor of Arts in Linguistics', '2011', '2015')],
    ),
    probe(
      THEMES,
      't.md',
      md(
        'Tomasz Wrona',
        'Education',
        '* 2014 - 2018: BSc Computer Science at University of Carrick\n' +
          '* 2018 - 2020: MSc Robotics at Harlow Institute of Technology',
      ),
      [
        s('University of Carrick', 'BSc Computer Science', '2014', '2018'),
        s('Harlow Institute of Technology', 'MSc Robotics', '2018', '2020'),
      ],
    ),
    probe(
      THEMES,
      't.html',
      html(
        'Ines Carvalho',
        'Education',
        '<div class="entry"><h3>University of Dunmere</h3>\n' +
          '<p class="degree">BSc Physics</p>\n' +
          '<span class="date">2010 – 2014</span></div>\n' +
          '<div class="entry"><h3>University of Carrick</h3>\n' +
          '<p class="degree">PhD Physics</p>\n' +
          '<span class="date">2014 – 2018</span></div>',
      ),
      [
        s('University of Dunmere', 'BSc Physics', '2010', '2014'),
        s('University of Carrick', 'PhD Physics', '2014', '2018'),
      ],
    ),
    probe(
      THEMES,
      't.html',
      html(
        'Olu Adebayo',
        'Education',
        '<ul>\n' +
          '<li><strong>MSc Finance</strong>, Lakemont University, 2015</li>\n' +
          '<li><strong>BSc Economics</strong>, Norbridge University, 2014</li>\n' +
          '</ul>',
      ),
      [
        s('Lakemont University', 'MSc Finance', undefined, '2015'),
        s('Norbridge University', 'BSc Economics', undefined, '2014'),
      ],
    ),
  ];
}

function leavingDiplomas(): ProbeCv[] {
  return [
    probe(
      LEAVING,
      'v.md',
      md(
        'Karan Mehta',
        'Education',
        '- Class XII (CBSE), Delhi Public School, 2012, 92%\n- Class X (CBSE), Delhi Public School, 2010, 94%',
      ),
      [
        s('Delhi Public School', 'Class XII (CBSE)', undefined, '2012'),
        s('Delhi Public School', 'Class X (CBSE)', undefined, '2010'),
      ],
    ),
    probe(LEAVING, 'v.txt', txt('Jana Kessler', 'Schulbildung', 'Abitur (Note 1,4), Goethe-Gymnasium Lindau, 2009'), [
      s('Goethe-Gymnasium Lindau', 'Abitur', undefined, '2009'),
    ]),
    probe(
      LEAVING,
      'v.txt',
      txt('Camille Besson', 'Formation', 'Baccalauréat S, mention Bien — Lycée Jean Moulin, Rouen — 2008'),
      [s('Lycée Jean Moulin', 'Baccalauréat S', undefined, '2008')],
    ),
    probe(LEAVING, 'v.md', md('Thiago Moura', 'Formação', '- Ensino Médio — Colégio Estadual São Tomé (2007 – 2009)'), [
      s('Colégio Estadual São Tomé', 'Ensino Médio', '2007', '2009'),
    ]),
    probe(LEAVING, 'v.md', md('Hannah Ortiz', 'Education', '**Lincoln High School**, High School Diploma, 2010'), [
      s('Lincoln High School', 'High School Diploma', undefined, '2010'),
    ]),
  ];
}

function notSchools(): ProbeCv[] {
  return [
    probe(
      NOT_SCHOOLS,
      'n.md',
      md(
        'Maya Thornton',
        'Education',
        '### BSc Computer Science, University of Carrick\n' +
          '2014 – 2018\n' +
          '\n' +
          '- Relevant Coursework: Algorithms, Operating Systems, Compilers\n' +
          "- Dean's List 2015, 2016\n" +
          '- President, Robotics Society (2016 – 2017)',
      ),
      [s('University of Carrick', 'BSc Computer Science', '2014', '2018')],
    ),
    probe(
      NOT_SCHOOLS,
      'n.txt',
      txt(
        'Devin Park',
        'Education',
        'Lakemont University, BS Mechanical Engineering, 2012 – 2016\n' +
          'Courses: Thermodynamics, Fluid Mechanics, Machine Design\n' +
          'Honors: Summa cum laude',
      ),
      [s('Lakemont University', 'BS Mechanical Engineering', '2012', '2016')],
    ),
    probe(
      NOT_SCHOOLS,
      'n.md',
      md(
        'Lucas Ferreira',
        'Formação',
        '**Universidade de Serra Fina** — Licenciatura em Física (2010 –' +
          ' 2014)\n' +
          '\n' +
          'Disciplinas: Mecânica Quântica, Termodinâmica\n' +
          '\n' +
          'Bolsa de iniciação científica (2012 – 2013)',
      ),
      [s('Universidade de Serra Fina', 'Licenciatura em Física', '2010', '2014')],
    ),
  ];
}

function skillTemplates(): ProbeCv[] {
  const jake =
    '\\begin{itemize}\n  \\item{\n    \\textbf{Languages}{: Kotlin, Ruby, Elixir, C++}\n    \\hfill\n' +
    '    \\textbf{Technologies}{: AWS, React, Kafka}\n  }\n\\end{itemize}';
  const subItems = '\\resumeSubItem{Languages}{Haskell, Erlang, SQL}\n\\resumeSubItem{Tools}{Vim, Nix}';
  return [
    probe(SKILL_TEMPLATES, 'u.tex', tex('Arjun Malhotra', 'Programming Skills', jake), undefined, [
      'Kotlin',
      'Ruby',
      'Elixir',
      'C++',
      'AWS',
      'React',
      'Kafka',
    ]),
    probe(SKILL_TEMPLATES, 'u.tex', tex('Petra Novak', 'Skills', subItems), undefined, [
      'Haskell',
      'Erlang',
      'SQL',
      'Vim',
      'Nix',
    ]),
    probe(
      SKILL_TEMPLATES,
      'u.txt',
      txt(
        'Aditi Rao',
        'Technical Skills',
        'Languages        Python, Java, C++\nDatabases        MySQL, MongoDB\nTools            Git, Jenkins',
      ),
      undefined,
      ['Python', 'Java', 'C++', 'MySQL', 'MongoDB', 'Git', 'Jenkins'],
    ),
    probe(SKILL_TEMPLATES, 'u.md', md('Ben Carver', 'Skills', 'Python | Java | Docker | Kubernetes'), undefined, [
      'Python',
      'Java',
      'Docker',
      'Kubernetes',
    ]),
    probe(
      SKILL_TEMPLATES,
      'u.md',
      md('Rita Kovacs', 'Skills', '- Python, R, SQL, etc.\n- Tableau and Power BI'),
      undefined,
      ['Python', 'R', 'SQL', 'Tableau and Power BI'],
    ),
    probe(
      SKILL_TEMPLATES,
      'u.md',
      md('Sam Okafor', 'Skills', '| Python | Go | Rust |\n|---|---|---|\n| Docker | Kubernetes | Terraform |'),
      undefined,
      ['Python', 'Go', 'Rust', 'Docker', 'Kubernetes', 'Terraform'],
    ),
    probe(
      SKILL_TEMPLATES,
      'u.html',
      html(
        'Lina Haddad',
        'Skills',
        '<div class="tags"><span class="tag">Figma</span> <span' +
          ' class="tag">Illustrator</span> <span class="tag">After' +
          ' Effects</span></div>',
      ),
      undefined,
      ['Figma', 'Illustrator', 'After Effects'],
    ),
    probe(
      SKILL_TEMPLATES,
      'u.md',
      md(
        'Joel Lambert',
        'Technical Skills',
        '- **Programming**\n  - Languages: Python, Java\n  - Frameworks: Django, Spring',
      ),
      undefined,
      ['Python', 'Java', 'Django', 'Spring'],
    ),
  ];
}

export function templateProbes(): ProbeCv[] {
  return [
    ...latexSchools(),
    ...qualificationTables(),
    ...gapSchools(),
    ...themeSchools(),
    ...leavingDiplomas(),
    ...notSchools(),
    ...skillTemplates(),
  ];
}

const CELLS = 'schools: a table read one cell a line';
const SHARED = 'schools: two degrees under one school';
const INDIAN = 'schools: degree from school with a grade';
const SETEXT = 'schools and skills: setext headings';
const SKILL_LINES = 'skills: labels on lines of their own';

/** Round three: tables whose cells a PDF reader put one a line, degrees sharing a school, setext headings. */
export function layoutProbes(): ProbeCv[] {
  const cells = [
    'Degree/Course',
    'Institute',
    'Board/University',
    'Year',
    'Percentage',
    'B.E. (IT)',
    'Sahyadri College of Engineering',
    'Konkan University',
    '2017',
    '65%',
    'HSC',
    'Vidya Junior College',
    'Maharashtra State Board',
    '2013',
    '78%',
  ].join('\n');
  return [
    probe(CELLS, 'x.txt', txt('Pooja Iyer', 'Educational Qualification', cells), [
      s('Sahyadri College of Engineering', 'B.E. (IT)', undefined, '2017'),
      s('Vidya Junior College', 'HSC', undefined, '2013'),
    ]),
    probe(
      SHARED,
      'x.txt',
      txt(
        'Evan Stroud',
        'Education',
        'Lakemont University\n' +
          'MEng in Computer Science\n' +
          'Dec 2014 | Lakemont, WI\n' +
          'Cum GPA: 3.9 / 4.0\n' +
          '\n' +
          'BA in Computer Science\n' +
          'May 2014 | Lakemont, WI\n' +
          'Cum GPA: 3.8 / 4.0',
      ),
      [
        s('Lakemont University', 'MEng in Computer Science', undefined, '2014-12'),
        s('Lakemont University', 'BA in Computer Science', undefined, '2014-05'),
      ],
    ),
    probe(
      INDIAN,
      'x.txt',
      txt(
        'Rahul Patil',
        'Education',
        'B.E. in Computer Engineering from Sahyadri College of Engineering,' +
          ' Pune with 72% (2018)\n' +
          'HSC from Vidya Junior College with 81% (2014)',
      ),
      [
        s('Sahyadri College of Engineering', 'B.E. in Computer Engineering', undefined, '2018'),
        s('Vidya Junior College', 'HSC', undefined, '2014'),
      ],
    ),
    probe(
      INDIAN,
      'x.md',
      md(
        'Neha Rathore',
        'Education',
        '- Bachelor of Technology (Electronics), Kaveri College of Engineering' +
          ' — 2016, CGPA 8.2\n' +
          '- Master of Technology (VLSI), Narmada Institute of Technology —' +
          ' 2018, CGPA 8.9',
      ),
      [
        s('Kaveri College of Engineering', 'Bachelor of Technology (Electronics)', undefined, '2016'),
        s('Narmada Institute of Technology', 'Master of Technology (VLSI)', undefined, '2018'),
      ],
    ),
    probe(
      SETEXT,
      'x.md',
      'Ada Brightwater\n' +
        '===============\n' +
        '\n' +
        'ada@example.org\n' +
        '\n' +
        'Education\n' +
        '---------\n' +
        '\n' +
        '**Norbridge University**, BSc Mathematics, 2008 – 2011\n' +
        '\n' +
        'Skills\n' +
        '------\n' +
        '\n' +
        '* Python\n' +
        '* R\n' +
        '* LaTeX\n',
      [s('Norbridge University', 'BSc Mathematics', '2008', '2011')],
    ),
    probe(
      SETEXT,
      'x.md',
      'Ada Brightwater\n===============\n\nada@example.org\n\nSkills\n------\n\n* Python\n* R\n* LaTeX\n',
      undefined,
      ['Python', 'R', 'LaTeX'],
    ),
    probe(
      SKILL_LINES,
      'x.txt',
      txt('Vera Lindgren', 'Skills', 'Languages:\nPython, Java, Kotlin\nTools:\nGit, Gradle'),
      undefined,
      ['Python', 'Java', 'Kotlin', 'Git', 'Gradle'],
    ),
    probe(
      SKILL_LINES,
      'x.md',
      md('Omar Haddad', 'Skills', '- Programming:\n  - Python\n  - Go\n- Cloud:\n  - GCP\n  - Pulumi'),
      undefined,
      ['Python', 'Go', 'GCP', 'Pulumi'],
    ),
    probe(SKILL_LINES, 'x.txt', txt('Ilse Marek', 'Skills', 'Python\nJava\nDocker\nKubernetes'), undefined, [
      'Python',
      'Java',
      'Docker',
      'Kubernetes',
    ]),
  ];
}

const TABULAR = 'schools: LaTeX tabular and description lists';
const SKILL_MARKUP = 'skills: LaTeX and Markdown markup';

/** Round four: academic LaTeX (tabular rows, description items, custom macros), inline-code skills. */
export function markupProbes(): ProbeCv[] {
  const tabular =
    '\\begin{tabular}{rl}\n2012 -- 2016 & PhD in Mathematics, University of Norbridge \\\\\n' +
    '2008 -- 2012 & BSc in Mathematics, Kinross University \\\\\n\\end{tabular}';
  const description =
    '\\begin{description}\n\\item[2015--2019] DPhil in Chemistry, University of Tarrow\n' +
    '\\item[2011--2015] MChem, Lakemont University\n\\end{description}';
  const deedy =
    '\\runsubsection{Lakemont University}\n\\descript{| MEng in Computer Science}\n' +
    '\\location{Dec 2014 | Lakemont, WI}\n' +
    '\\sectionsep\n' +
    '\\descript{| BA in Computer Science}\n' +
    '\\location{May 2014 | Lakemont, WI}';
  const cvitem =
    '\\cvitem{2010--2014}{\\textbf{BSc Physics}, University of Dunmere}\n' +
    '\\cvitem{2014--2015}{\\textbf{MSc Optics}, University of Carrick}';
  return [
    probe(TABULAR, 'm.tex', tex('Zoe Marsh', 'Education', tabular), [
      s('University of Norbridge', 'PhD in Mathematics', '2012', '2016'),
      s('Kinross University', 'BSc in Mathematics', '2008', '2012'),
    ]),
    probe(TABULAR, 'm.tex', tex('Ruth Ellery', 'Education', description), [
      s('University of Tarrow', 'DPhil in Chemistry', '2015', '2019'),
      s('Lakemont University', 'MChem', '2011', '2015'),
    ]),
    probe(TABULAR, 'm.tex', tex('Evan Stroud', 'Education', deedy), [
      s('Lakemont University', 'MEng in Computer Science', undefined, '2014-12'),
      s('Lakemont University', 'BA in Computer Science', undefined, '2014-05'),
    ]),
    probe(TABULAR, 'm.tex', tex('Ivy Quint', 'Education', cvitem), [
      s('University of Dunmere', 'BSc Physics', '2010', '2014'),
      s('University of Carrick', 'MSc Optics', '2014', '2015'),
    ]),
    probe(
      SKILL_MARKUP,
      'm.tex',
      tex(
        'Zoe Marsh',
        'Skills',
        '\\begin{tabular}{ll}\nLanguages & Python, Haskell \\\\\nTools & Git, Make \\\\\n\\end{tabular}',
      ),
      undefined,
      ['Python', 'Haskell', 'Git', 'Make'],
    ),
    probe(
      SKILL_MARKUP,
      'm.tex',
      tex(
        'Ruth Ellery',
        'Skills',
        '\\begin{description}\n\\item[Languages] Python, Julia\n\\item[Software] Gaussian, ORCA\n\\end{description}',
      ),
      undefined,
      ['Python', 'Julia', 'Gaussian', 'ORCA'],
    ),
    probe(SKILL_MARKUP, 'm.md', md('Kai Brandt', 'Skills', '`Python` `Go` `Rust` `PostgreSQL`'), undefined, [
      'Python',
      'Go',
      'Rust',
      'PostgreSQL',
    ]),
    probe(
      SKILL_MARKUP,
      'm.html',
      html(
        'Mina Sato',
        'Skills',
        '<dl>\n  <dt>Languages</dt>\n  <dd>Swift, Kotlin</dd>\n  <dt>Tools</dt>\n  <dd>Xcode, Fastlane</dd>\n</dl>',
      ),
      undefined,
      ['Swift', 'Kotlin', 'Xcode', 'Fastlane'],
    ),
    probe(
      SKILL_MARKUP,
      'm.md',
      md('Noor Aziz', 'Technical Skills', '**Languages:** Python (advanced), Go (intermediate)  \n**Cloud:** AWS, GCP'),
      undefined,
      ['Python', 'Go', 'AWS', 'GCP'],
    ),
  ];
}

const PDF_SKILLS = 'skills: PDF-like lists';

/** Round five: skills lists as PDF readers give them (labels over items, bullets, semicolons). */
export function pdfSkillProbes(): ProbeCv[] {
  return [
    probe(
      PDF_SKILLS,
      'y.txt',
      txt(
        'Evan Stroud',
        'Programming',
        'Over 5000 lines:\nJava • Shell • Python\nOver 1000 lines:\nC++ • PHP\nFamiliar:\nAS3 • Matlab',
      ),
      undefined,
      ['Java', 'Shell', 'Python', 'C++', 'PHP', 'AS3', 'Matlab'],
    ),
    probe(
      PDF_SKILLS,
      'y.txt',
      txt(
        'Aditi Rao',
        'Technical Skills',
        '• Languages: C, C++, Java\n• Web: HTML, CSS, JavaScript\n• Databases: MySQL',
      ),
      undefined,
      ['C', 'C++', 'Java', 'HTML', 'CSS', 'JavaScript', 'MySQL'],
    ),
    probe(
      PDF_SKILLS,
      'y.txt',
      txt('Grant Keller', 'Skills', 'Proficient: Python, SQL, Excel\nFamiliar: R, Tableau'),
      undefined,
      ['Python', 'SQL', 'Excel', 'R', 'Tableau'],
    ),
    probe(
      PDF_SKILLS,
      'y.txt',
      txt('Lea Hoffmann', 'Skills', 'Languages: Python; Frameworks: Django, Flask; Cloud: AWS'),
      undefined,
      ['Python', 'Django', 'Flask', 'AWS'],
    ),
    probe(PDF_SKILLS, 'y.txt', txt('Ben Carver', 'Skills', 'Python, Java, SQL.'), undefined, ['Python', 'Java', 'SQL']),
    probe(
      PDF_SKILLS,
      'y.md',
      md(
        'Rita Kovacs',
        'Skills',
        '* **Languages**: Python, TypeScript\n' +
          '* **Databases**: PostgreSQL, Redis\n' +
          '* **Soft skills**: mentoring, public speaking',
      ),
      undefined,
      ['Python', 'TypeScript', 'PostgreSQL', 'Redis', 'mentoring', 'public speaking'],
    ),
    probe(
      PDF_SKILLS,
      'y.txt',
      txt(
        'Kai Brandt',
        'Kenntnisse',
        'Programmiersprachen: Java, Kotlin\n' +
          'Datenbanken: Oracle, PostgreSQL\n' +
          'Sprachen: Deutsch (Muttersprache), Englisch (fließend)',
      ),
      undefined,
      ['Java', 'Kotlin', 'Oracle', 'PostgreSQL'],
    ),
    probe(
      'skills: headings of one kind of tool',
      'y.txt',
      'Lars Ekdahl\nlars@example.org\n\nTECHNICAL STRENGTHS\n\nJava, Kotlin\n\nDATABASES\n\nPostgreSQL, Cassandra\n\n' +
        'WEB TECHNOLOGIES\n\nReact, GraphQL\n',
      undefined,
      ['Java', 'Kotlin', 'PostgreSQL', 'Cassandra', 'React', 'GraphQL'],
    ),
  ];
}
