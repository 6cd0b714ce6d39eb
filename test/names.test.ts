import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { parseFrontMatter } from '../src/corpus/frontMatter.js';
import { asPersonName, nameAtStartOf } from '../src/corpus/nameShape.js';
import { nameHintFrom } from '../src/corpus/formats/nameHint.js';
import { identifyPerson } from '../src/corpus/personName.js';
import { readCorpus } from '../src/corpus/readCorpus.js';

/** Who a profile with this text, in a file of this name, is said to belong to. */
function nameOf(text: string, file = 'cv.md', hint?: string) {
  const person = identifyPerson(`corpus/${file}`, text.split('\n'), undefined, hint);
  return { name: person.name, from: person.nameSource };
}

describe('names from front matter', () => {
  it('joins name and surname', () => {
    expect(nameOf('---\nname: Jane\nsurname: Doe\n---\n\n## Experience\n')).toEqual({
      name: 'Jane Doe',
      from: 'front-matter',
    });
  });

  it('takes author, including a nested author name', () => {
    expect(nameOf('---\nlayout: cv\nauthor: Jane Doe\n---\n\nText.\n')).toEqual({
      name: 'Jane Doe',
      from: 'front-matter',
    });
    expect(nameOf('---\nauthor:\n  name: Jane Doe\n  email: jane@example.com\n---\n\nText.\n')).toEqual({
      name: 'Jane Doe',
      from: 'front-matter',
    });
  });

  it('takes a title or subtitle only when it is a person, never "CV" or a job title', () => {
    expect(nameOf('---\nsubtitle: Jane Doe\n---\n\nText.\n')).toEqual({ name: 'Jane Doe', from: 'front-matter' });
    expect(nameOf('---\ntitle: "CV"\n---\n\nText.\n', 'jane.md').from).toBe('file-name');
    expect(nameOf('---\ntitle: Software Engineer\n---\n\nText.\n', 'jane.md').from).toBe('file-name');
    expect(nameOf('---\ntitle: Resume\npermalink: /resume\n---\n\nText.\n', 'jane.md').name).toBe('unnamed (jane.md)');
  });

  it('prefers a heading over a possessive document title, falling back to the title when there is no heading', () => {
    expect(nameOf("---\ntitle: Jane Doe's CV\n---\n# Jane Doe\n\nText.\n")).toEqual({
      name: 'Jane Doe',
      from: 'heading',
    });
    expect(nameOf("---\ntitle: Jane Doe's CV\n---\n\n## Experience\n\nAcme.\n")).toEqual({
      name: 'Jane Doe',
      from: 'front-matter',
    });
  });
});

describe('names from headings in every Markdown form', () => {
  it('reads ATX, setext, link, bold and HTML headings', () => {
    expect(nameOf('# Jane Doe\n\n## Experience\n').name).toBe('Jane Doe');
    expect(nameOf('Jane Doe\n========\n\nExperience\n----------\n').name).toBe('Jane Doe');
    expect(nameOf('# [Jane Doe](https://jane.example.com)\n\n## Skills\n').name).toBe('Jane Doe');
    expect(nameOf('**Jane Doe**\n\nPlatform engineer.\n\n## Skills\n')).toEqual({ name: 'Jane Doe', from: 'heading' });
    expect(
      nameOf(
        '<div class="box">\n<h2>Contacts</h2>\n<ul><li>jane@example.com</li></ul>\n</div>\n<h1><strong>JANE DOE</strong></h1>\n',
      ).name,
    ).toBe('Jane Doe');
    expect(nameOf('# Resume\n## <p align="center"><b> Jane Q. Doe </b></p>\n').name).toBe('Jane Q. Doe');
  });

  it('cuts contact details, roles and post-nominals off the name line', () => {
    expect(nameOf('# Jane Doe - jane@example.com - Leeds\n').name).toBe('Jane Doe');
    expect(nameOf('# Jane Doe | Platform Engineer\n').name).toBe('Jane Doe');
    expect(nameOf('# Jane Doe, PhD\n').name).toBe('Jane Doe');
    expect(nameOf('# Jane Doe jane@example.com +44 113 496 0000\n').name).toBe('Jane Doe');
    expect(nameOf("# Jane Doe's CV\n").name).toBe('Jane Doe');
    expect(nameOf('# Curriculum Vitae: Jane Doe\n').name).toBe('Jane Doe');
    expect(nameOf("# Hi, I'm Jane Doe 👋\n").name).toBe('Jane Doe');
  });

  it('writes an upper-case name the way a reader says it', () => {
    expect(nameOf('## DOE JANE\n\n### Contacts\n').name).toBe('Doe Jane');
    expect(nameOf("# MARY O'NEIL-SMITH\n").name).toBe("Mary O'Neil-Smith");
  });

  it('never takes a job title, a section or a document word for a name', () => {
    for (const heading of [
      '# Software Engineer',
      '# Resume',
      '# CV',
      '# About',
      '# Experience',
      '# Senior PHP Developer',
      '# /resume',
      '# Work History',
    ]) {
      expect(nameOf(`${heading}\n\nBuilt things at Acme.\n`, 'x.md'), heading).toEqual({
        name: 'unnamed (x.md)',
        from: 'file-name',
      });
    }
  });

  it('does not take a heading nested under a section, but does take a top heading after a smaller section', () => {
    expect(nameOf('## Experience\n\n### Grace Hopper\n\nAcme.\n', 'x.md').from).toBe('file-name');
    expect(nameOf('## Contacts\n\njane@example.com\n\n# Jane Doe\n').name).toBe('Jane Doe');
  });

  it('ignores headings inside fenced code, but reads a CV kept whole in one fence from its first line', () => {
    expect(nameOf('## Skills\n\n```\n# Jane Doe\n```\n', 'x.md').from).toBe('file-name');
    expect(nameOf('```\nJANE DOE\n\nEXPERIENCE\n----------\nAcme\n```\n', 'x.md')).toEqual({
      name: 'Jane Doe',
      from: 'first-line',
    });
  });
});

describe('names from the first line of plain text', () => {
  it('takes the first line when it is a name, passing over a "Resume" line above it', () => {
    expect(nameOf('JANE DOE\n\njane@example.com\n\nExperience\n', 'cv.txt')).toEqual({
      name: 'Jane Doe',
      from: 'first-line',
    });
    expect(nameOf('RESUME\n\nJane Doe\n\nExperience\n', 'cv.txt').name).toBe('Jane Doe');
    expect(nameOf('Name: Jane Doe\nEmail: jane@example.com\n', 'cv.txt').name).toBe('Jane Doe');
  });

  it('does not take an opening sentence or a job title for a name', () => {
    expect(nameOf('I am an engineer with ten years of experience.\n', 'cv.txt').from).toBe('file-name');
    expect(nameOf('SENIOR SOFTWARE ENGINEER\n\nAcme, 2019 to date.\n', 'cv.txt').from).toBe('file-name');
  });
});

describe('a name found by a format reader', () => {
  it('comes after people.json and front matter, before headings', () => {
    expect(nameOf('# Someone Else\n', 'cv.pdf', 'Jane Doe')).toEqual({ name: 'Jane Doe', from: 'document-title' });
    expect(nameOf('---\nname: Front Matter\n---\n', 'cv.md', 'Jane Doe').name).toBe('Front Matter');
    expect(nameOf('Text.\n', 'cv.pdf', 'JANE DOE').name).toBe('Jane Doe');
    expect(nameOf('Text.\n', 'cv.pdf', 'Resume').from).toBe('file-name');
  });

  it('gives way, when it is one word, to the fuller form of the same name in the text', () => {
    expect(nameOf('# Jane Doe\n\n## Skills\n', 'cv.html', 'Doe')).toEqual({ name: 'Jane Doe', from: 'heading' });
    expect(nameOf('# Someone Else\n', 'cv.html', 'Doe')).toEqual({ name: 'Doe', from: 'document-title' });
  });
});

describe('what a name looks like', () => {
  it('accepts particles, accents and initials; refuses single words and sentences', () => {
    expect(asPersonName('Ludwig van Beethoven')).toBe('Ludwig van Beethoven');
    expect(asPersonName('Aarón Raúl Poyatos Bakker')).toBe('Aarón Raúl Poyatos Bakker');
    expect(asPersonName('J. R. R. Tolkien')).toBe('J. R. R. Tolkien');
    expect(asPersonName('Jane')).toBeUndefined();
    expect(asPersonName('Standing on the shoulders of giants')).toBeUndefined();
    expect(nameAtStartOf('Acme Ltd')).toBeUndefined();
  });
});

describe('names as CVs in five languages write them', () => {
  it('passes over a document title in any of the five languages above the name', () => {
    expect(nameOf('# Currículo\n\n**Ana Paula dos Santos**\n\nEngenheira\n', 'a.md').name).toBe('Ana Paula dos Santos');
    expect(nameOf('LEBENSLAUF\n\nJonas Brandt\n\nBerufserfahrung\n', 'j.txt').name).toBe('Jonas Brandt');
    expect(nameHintFrom(['Currículum Vitae – Rosa Vidal Soler'])).toBe('Rosa Vidal Soler');
    expect(nameOf('# Inés Pardo Gil   Currículum Vitae\n', 'i.pdf').name).toBe('Inés Pardo Gil');
  });

  it('drops titles before the name and post-nominals after it, keeping two words at least', () => {
    expect(nameOf('# Dr. Wilma van der Sloot, MD, PhD\n', 'w.md').name).toBe('Wilma van der Sloot');
    expect(nameOf('**Meera Iyengar MBBS, MRCP (UK)**\n\nRegistrar\n', 'm.md').name).toBe('Meera Iyengar');
    expect(nameOf('AOIFE NÍ MHAOLÁIN FRCS\nConsultant Surgeon\n', 'a.txt').name).toBe('Aoife Ní Mhaoláin');
    expect(nameOf('Dipl.-Ing. Malte de Boer\nSoftwarearchitekt\n', 'm.docx').name).toBe('Malte de Boer');
    expect(nameOf('Prof. Dr. rer. nat. Ulrike Sommer\n', 'u.txt').name).toBe('Ulrike Sommer');
    expect(nameHintFrom(['Dr. Tomás Erdélyi'])).toBe('Tomás Erdélyi');
    expect(asPersonName('Don Johnson')).toBe('Don Johnson');
  });

  it('counts a name by its words, not its particles: six words with "de la" are one name', () => {
    expect(asPersonName('Lucía Marta de la Fuente Ortega')).toBe('Lucía Marta de la Fuente Ortega');
    expect(nameHintFrom(['Lucía Marta de la Fuente Ortega'])).toBe('Lucía Marta de la Fuente Ortega');
    expect(asPersonName('One Two Three Four Five Six')).toBeUndefined();
  });

  it('reads a name behind its label, on the first line or in a personal-details block', () => {
    expect(nameOf('Nombre: Gonzalo Ibarra Sáenz\nCorreo: g@example.mx\n', 'g.docx').name).toBe('Gonzalo Ibarra Sáenz');
    const form = '# Lebenslauf\n\n## Persönliche Daten\nAnschrift: Weg 1, Kiel\nName: Dr. Petra Lindner\n';
    expect(nameOf(form, 'p.md')).toEqual({ name: 'Petra Lindner', from: 'first-line' });
    expect(nameOf('## Dados Pessoais\n- **Nome:** Caio Ferraz Lima\n', 'c.md').name).toBe('Caio Ferraz Lima');
  });

  it('calls an unnamed profile by its file name without the document words, as an alias only', () => {
    const person = identifyPerson('corpus/wen-li-cv-2024.txt', ['Backend engineer', 'wen@example.com'], undefined);
    expect(person.name).toBe('unnamed (wen-li-cv-2024.txt)');
    expect(person.aliases).toContain('Wen Li');
  });
});

describe('front matter', () => {
  it('is front matter only when every line inside is a key/value pair or YAML structure', () => {
    expect(
      parseFrontMatter('---\nname: Jane\ntags:\n  - a\n  - b\nbio: |\n  Text here\n---\n'.split('\n'))?.endLine,
    ).toBe(8);
    // A CV opening with a rule and having another later: its top lines are content.
    expect(
      parseFrontMatter('---\nJane Doe\nPlatform engineer: ten years\n---\n\n## Skills\n'.split('\n')),
    ).toBeUndefined();
  });
});

const REALCV = path.resolve(PROJECT_ROOT, '..', 'shared', 'realcv');
const hasRealcv = existsSync(path.join(REALCV, 'questions.jsonl'));

describe.skipIf(!hasRealcv)('names in the real CVs (read in place from ../shared/realcv)', async () => {
  // vitest collects a skipped suite's body too: read nothing when the folder is absent (a fresh clone).
  const rows = (hasRealcv ? readFileSync(path.join(REALCV, 'questions.jsonl'), 'utf8') : '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { kind: string; file?: string; name?: string })
    .filter((row) => row.kind === 'name');
  const { documents } = hasRealcv ? await readCorpus(path.join(REALCV, 'docs'), PROJECT_ROOT) : { documents: [] };
  const byFile = new Map(documents.map((doc) => [path.basename(doc.source), doc]));
  const readable = rows.filter((row) => byFile.has(row.file!));

  it('reads at least the Markdown and text CVs', () => {
    expect(readable.length).toBeGreaterThanOrEqual(11);
  });

  it.each(readable.map((row) => [row.file!, row.name!]))('names %s as the text does (%j)', (file, expected) => {
    const person = byFile.get(file)!.person;
    if (expected === '') {
      expect(person.nameSource).toBe('file-name');
      expect(person.name).toBe(`unnamed (${file})`);
    } else {
      expect(person.name.toLowerCase()).toBe(expected.toLowerCase());
    }
  });
});
