/**
 * Classes of skills and spoken-language lists found by probing with invented CVs, each written in
 * several variants and languages, with the near misses each rule must leave alone. Every person
 * and every line here is invented.
 */
import { describe, expect, it } from 'vitest';
import { profileLines } from '../src/profile/lines.js';
import { profileOfText } from './profile/profileOfText.js';

const skills = (text: string) => profileOfText(text).skills.flatMap((group) => group.keywords);

describe('a skills section written as prose', () => {
  it.each([
    [
      'Skills',
      'I work mostly in Python and R, with some Scala; comfortable with spaCy, PyTorch and Docker.',
      ['Python', 'R', 'Scala', 'spaCy', 'PyTorch', 'Docker'],
    ],
    [
      'Kenntnisse',
      'Ich arbeite täglich mit Java und Kotlin, dazu seit Jahren mit Gradle.',
      ['Java', 'Kotlin', 'Gradle'],
    ],
    [
      'Compétences',
      "Je programme surtout en OCaml et en Rust, et j'automatise avec Ansible.",
      ['OCaml', 'Rust', 'Ansible'],
    ],
    ['Habilidades', 'Trabajo sobre todo con SQL y Tableau, y a veces con Power BI.', ['SQL', 'Tableau', 'Power BI']],
    ['Competências', 'Desenvolvo principalmente em Node.js e React, com testes em Jest.', ['Node.js', 'React', 'Jest']],
  ])('reads the named tools of each clause (%s)', (heading, sentence, expected) => {
    expect(skills(`Ada Quell\n\n## ${heading}\n${sentence}\n`)).toEqual(expected);
  });

  it('reads no skill from a sentence indented under a skill, describing it', () => {
    const found = skills(
      'Ada Quell\n\n## Skills\n- Python\n  Used daily for Airflow pipelines and Spark jobs at work.\n',
    );
    expect(found).not.toContain('Airflow');
    expect(found).not.toContain('Spark');
  });

  it.each([
    ['Skills', 'Go, Lua, Shell scripting, & some C, Java & Zig.', ['Go', 'Lua', 'Shell scripting', 'C', 'Java', 'Zig']],
    [
      'Kenntnisse',
      'Java, Kotlin, Gradle, Maven, etwas Groovy und Scala.',
      ['Java', 'Kotlin', 'Gradle', 'Maven', 'Groovy', 'Scala'],
    ],
    [
      'Compétences',
      'Excel, VBA, SQL, Power BI, un peu de Python et R.',
      ['Excel', 'VBA', 'SQL', 'Power BI', 'Python', 'R'],
    ],
  ])('reads a comma list that ends in a full stop as its items (%s)', (heading, line, expected) => {
    expect(skills(`Ada Quell\n\n## ${heading}\n${line}\n`)).toEqual(expected);
  });

  it('reads no skill from a sentence naming fewer than two', () => {
    expect(
      skills('Ada Quell\n\n## Skills\nI like to learn whatever the team needs for the job at hand, like Go.\n'),
    ).toEqual([]);
  });
});

describe('a skills line standing apart inside the education section', () => {
  const cv = (line: string, before = '', after = '') =>
    ['Ada Quell', '', 'EDUCATION', 'BSc Physics | University of Arlow | 2014 - 2017', before, line, after].join('\n');

  it.each([
    ['Technical skills: Python, Django, PostgreSQL and Celery', ['Python', 'Django', 'PostgreSQL', 'Celery']],
    ['IT-Kenntnisse: SAP, Excel und Power BI', ['SAP', 'Excel', 'Power BI']],
    ['Compétences : Python, R et Stata', ['Python', 'R', 'Stata']],
  ])('reads "%s" as a skills list', (line, expected) => {
    expect(skills(cv(line))).toEqual(expected);
  });

  it('leaves the tools a school entry used, right under it, to the entry', () => {
    const text = ['Ada Quell', '', 'EDUCATION', 'BSc Physics | University of Arlow | 2014 - 2017'];
    expect(skills([...text, 'Technical skills: Python, Django'].join('\n'))).toEqual([]);
    expect(skills(cv('Tools: Python, Django'))).toEqual([]);
  });
});

describe('an HTML section written on one line', () => {
  it.each([
    ['Competencias', 'Idiomas', 'Español: nativo', 'Inglés: C1', ['Spanish', 'English']],
    ['Skills', 'Languages', 'English: native', 'German: B2', ['English', 'German']],
    ['Kenntnisse', 'Sprachen', 'Deutsch: Muttersprache', 'Französisch: B1', ['German', 'French']],
  ])('reads the heading and the blocks after it (%s)', (skillsHeading, languagesHeading, l1, l2, spoken) => {
    const profile = profileOfText(
      [
        '# Ada Quell',
        `## ${skillsHeading} · Gestión, SAP, Power BI`,
        `## ${languagesHeading} · - ${l1} · - ${l2}`,
      ].join('\n'),
    );
    expect(profile.skills.flatMap((g) => g.keywords)).toEqual(['Gestión', 'SAP', 'Power BI']);
    expect(profile.languages.map((l) => l.language)).toEqual(spoken);
    expect(profile.languages[0]!.lines).toEqual([3, 3]);
  });

  it('keeps a heading that names no section whole', () => {
    expect(profileLines([{ line: 1, text: '# Ada Quell · Data engineer' }]).map((l) => l.text)).toEqual([
      'Ada Quell · Data engineer',
    ]);
    expect(profileLines([{ line: 4, text: '## Skills · Go, Rust' }]).map((l) => [l.line, l.text])).toEqual([
      [4, 'Skills'],
      [4, 'Go, Rust'],
    ]);
  });
});

describe('spoken languages written as codes or rarer names', () => {
  const languages = (text: string) => profileOfText(text).languages.map((l) => [l.language, l.fluency ?? null]);

  it.each([
    [
      'Sprachen',
      'DE (Muttersprache), EN (C1), FR (B1)',
      [
        ['German', 'Muttersprache'],
        ['English', 'C1'],
        ['French', 'B1'],
      ],
    ],
    [
      'Languages',
      'EN – native · ES – B2',
      [
        ['English', 'native'],
        ['Spanish', 'B2'],
      ],
    ],
    [
      'Idiomas',
      'ES nativo, PT C1',
      [
        ['Spanish', 'nativo'],
        ['Portuguese', 'C1'],
      ],
    ],
  ])('reads ISO codes inside a languages section (%s)', (heading, line, expected) => {
    expect(languages(`Ada Quell\n\n## ${heading}\n${line}\n`)).toEqual(expected);
  });

  it('reads no code outside a languages section, and no code in small letters', () => {
    expect(languages('Ada Quell\n\n## Skills\nIT, AR, CS\n')).toEqual([]);
    expect(languages('Ada Quell\n\n## Languages\nde, en\n')).toEqual([]);
    expect(profileOfText('Ada Quell\n\n## Languages\nPython, Go, SQL\n').skills.flatMap((g) => g.keywords)).toEqual([
      'Python',
      'Go',
      'SQL',
    ]);
  });

  it.each([
    ['Breton : notions', 'Breton'],
    ['Scottish Gaelic (conversational)', 'Scottish Gaelic'],
    ['Friesisch – Grundkenntnisse', 'Frisian'],
    ['Occitano: básico', 'Occitan'],
  ])('reads the rarer language of "%s"', (line, language) => {
    expect(languages(`Ada Quell\n\n## Languages\nEnglish (native)\n${line}\n`).map(([name]) => name)).toEqual([
      'English',
      language,
    ]);
  });
});
