/**
 * Names as CVs set them, found by probing with invented CVs: capitals for emphasis ("McDONALD"),
 * a family name first ("DUPONT Camille", "Müller, Hans"), a name over two lines, under a photo's
 * caption or a personal-details heading, or only in the e-mail address. Every person is invented;
 * each class runs over several people, with the look-alikes that must not become names.
 */
import { describe, expect, it } from 'vitest';
import { caseName, givenNamesFirst } from '../src/corpus/nameCase.js';
import { identifyPerson } from '../src/corpus/personName.js';
import { readProfile } from '../src/profile/readProfile.js';

const personOf = (text: string) => identifyPerson('cv.txt', text.split('\n'), undefined);
const nameOf = (text: string) => personOf(text).name;
const basicsOf = (text: string) => {
  const person = personOf(text);
  const lines = text.split('\n').map((line, i) => ({ line: i + 1, text: line }));
  return readProfile({ lines, ...(person.nameSource !== 'file-name' ? { personName: person.name } : {}) }).basics;
};

/** Invented people: given names, family name, a second family name or none. */
const PEOPLE = [
  ['Ottilie', 'Brandhorst'],
  ['Rémi', 'Castagnède'],
  ['Inês Maria', 'Valadares'],
  ['Bartholomew', 'Quigley-Hart'],
  ['Leocadia', 'Sandoval'],
] as const;

describe('names set in capitals', () => {
  it.each([
    ['DANIEL McDONALD', 'Daniel McDonald'],
    ['FIONA MCCRACKEN', 'Fiona McCracken'],
    ["SEAN O'NEILL", "Sean O'Neill"],
    ['JEAN-PIERRE DE LA FONTAINE', 'Jean-Pierre de la Fontaine'],
    ['MARÍA JOSÉ LÓPEZ', 'María José López'],
    ['Camille DUPONT', 'Camille Dupont'],
    ['J.R. SMITH', 'J.R. Smith'],
    ['ROBERTO MACHADO', 'Roberto Machado'],
    ['Ailsa McKenzie', 'Ailsa McKenzie'],
    ['ailsa mckenzie', 'Ailsa McKenzie'],
  ])('writes %s as %s', (written, said) => {
    expect(caseName(written)).toBe(said);
  });

  it('names the person the same way in the corpus and the profile', () => {
    for (const [given, family] of PEOPLE) {
      const cv = `${given.toUpperCase()} ${family.toUpperCase()}\nAnalyst\n${given.split(' ')[0]}@example.org`;
      expect(nameOf(cv)).toBe(`${given} ${family}`);
      expect(basicsOf(cv).name).toBe(`${given} ${family}`);
    }
  });
});

describe('a family name written first', () => {
  it('puts given names first when the family name stands first in capitals', () => {
    for (const [given, family] of PEOPLE) {
      expect(nameOf(`${family.toUpperCase()} ${given}\nAnalyst`)).toBe(`${given} ${family}`);
      expect(basicsOf(`Nom : ${family.toUpperCase()} ${given}\nAnalyst`).name).toBe(`${given} ${family}`);
    }
    expect(givenNamesFirst(['DE', 'LA', 'FONTAINE', 'Jean'])).toEqual(['Jean', 'DE', 'LA', 'FONTAINE']);
  });

  it('reads "Family, Given" as the given names first', () => {
    for (const [given, family] of PEOPLE) {
      const cv = `${family}, ${given}\nSoftware Architect\nStuttgart`;
      expect(nameOf(cv)).toBe(`${given} ${family}`);
      expect(basicsOf(cv).name).toBe(`${given} ${family}`);
      expect(basicsOf(cv).lines?.name).toEqual([1, 1]);
    }
  });

  it('leaves names in one case or with the capitals last as written, and takes no place for a name', () => {
    expect(givenNamesFirst(['JEAN', 'DUPONT'])).toEqual(['JEAN', 'DUPONT']);
    expect(givenNamesFirst(['Camille', 'DUPONT'])).toEqual(['Camille', 'DUPONT']);
    expect(nameOf('Lyon, France\nAnalyst')).toMatch(/^unnamed/);
    expect(nameOf('Hamburg, Deutschland\nAnalyst')).toMatch(/^unnamed/);
    expect(nameOf('Ottilie Brandhorst, PhD\nAnalyst')).toBe('Ottilie Brandhorst');
  });
});

describe('names below the first line', () => {
  it('passes over a "Hoja de vida" title, a photo caption and a personal-details heading', () => {
    for (const [given, family] of PEOPLE) {
      const name = `${given} ${family}`;
      expect(nameOf(`HOJA DE VIDA\n\n${name.toUpperCase()}\nIngeniera`)).toBe(name);
      expect(nameOf(`# Hoja de Vida\nFotografía\n${name}\nIngeniera`)).toBe(name);
      expect(nameOf(`Photo d'identité\n${name}`)).toBe(name);
      expect(nameOf(`## Persönliche Daten\n\n${family.toUpperCase()} ${given}\nTel.: 040 123456`)).toBe(name);
    }
  });

  it('joins given names and family names set on two lines', () => {
    for (const [given, family] of PEOPLE) {
      if (given.includes(' ')) continue;
      const cv = `${given.toUpperCase()}\n${family.toUpperCase()} RUIZ\n\nDiseñadora UX/UI\nSevilla · 655 12 34 56`;
      expect(nameOf(cv)).toBe(`${given} ${family} Ruiz`);
      expect(basicsOf(cv).label).toBe('Diseñadora UX/UI');
    }
  });

  it('takes no section or title line below a heading word for a name', () => {
    expect(nameOf('PROFILE\nSenior Engineer\nBerlin')).toMatch(/^unnamed/);
    expect(nameOf('Experience\nAcme Corp\n2019 – 2021')).toMatch(/^unnamed/);
  });
});

describe('a name on two rows of a form', () => {
  it('joins the given-name row and the family-name row, in five languages and in a table', () => {
    for (const [given, family] of PEOPLE) {
      const name = `${given} ${family}`;
      expect(nameOf(`Prénom : ${given}\nNom : ${family.toUpperCase()}\nTéléphone : 01 23 45 67 89`)).toBe(name);
      expect(basicsOf(`Prénom : ${given}\nNom : ${family.toUpperCase()}`).name).toBe(name);
      expect(nameOf(`CURRÍCULUM VITAE\nNombre: ${given}\nApellidos: ${family}\nCiudad: Zaragoza`)).toBe(name);
      const table = `# Lebenslauf\n\n| | |\n|---|---|\n| Vorname | ${given} |\n| Nachname | ${family} |\n`;
      expect(nameOf(table)).toBe(name);
      expect(basicsOf(table)).toMatchObject({ name, lines: { name: [6, 6] } });
    }
  });

  it('reads one labelled row alone as the whole name, and a lone given name as none', () => {
    expect(nameOf('Nom : Rémi Castagnède\nTéléphone : 01 23 45 67 89')).toBe('Rémi Castagnède');
    expect(nameOf('Vorname: Ottilie\nTelefon: 040 123456')).toMatch(/^unnamed/);
  });
});

describe('a name only in the e-mail address', () => {
  it('spells the name a "given.family" address holds when nothing else names the person', () => {
    expect(personOf('## Contact\ntomasz.wierzbicki@example.pl · Kraków')).toMatchObject({
      name: 'Tomasz Wierzbicki',
      nameSource: 'e-mail',
    });
    expect(nameOf('## Kontakt\nottilie_brandhorst (at) example (dot) de')).toBe('Ottilie Brandhorst');
  });

  it('reads no name from an address that spells none', () => {
    for (const address of ['info@example.com', 'jdoe@example.com', 'john.doe1985@example.com', 'cv.team@example.com'])
      expect(nameOf(`## Contact\n${address}`)).toMatch(/^unnamed/);
  });

  it('prefers a name in the text, letter-spaced too, to the address', () => {
    expect(nameOf('O T T I L I E   B R A N D H O R S T\nob@example.de')).toBe('Ottilie Brandhorst');
    expect(nameOf('Ottilie Brandhorst\nrobert.smith@example.de')).toBe('Ottilie Brandhorst');
  });
});

describe('the title under the name', () => {
  it('reads a labelled title, a title among contact details, and a title-shaped line under the name', () => {
    expect(basicsOf('Nome: Inês Valadares\nCargo: Desenvolvedora Full Stack').label).toBe('Desenvolvedora Full Stack');
    expect(basicsOf("- Nom : Rémi Castagnède\n- Poste : Juriste d'entreprise").label).toBe("Juriste d'entreprise");
    expect(basicsOf('# Leocadia Sandoval\nMarine Biologist · Den Helder, Netherlands · +31 223 555 012').label).toBe(
      'Marine Biologist',
    );
    expect(basicsOf('Leocadia Sandoval\nCientífica de Datos\nBogotá, Colombia').label).toBe('Científica de Datos');
  });

  it('takes no place, name, heading or sentence under the name for a title', () => {
    expect(basicsOf('Leocadia Sandoval\nBogotá, Colombia').label).toBeUndefined();
    expect(basicsOf('Leocadia Sandoval\nLeocadia Sandoval').label).toBeUndefined();
    expect(basicsOf('Leocadia Sandoval\nExperience\nAcme, 2019').label).toBeUndefined();
    expect(basicsOf('Leocadia Sandoval\nI build things people use.').label).toBeUndefined();
  });
});

describe('the title as a reader says it', () => {
  it('leaves out pronouns and the letters after a title', () => {
    expect(basicsOf('Leocadia Sandoval\nEpidemiologist (she/her)\nls@example.org').label).toBe('Epidemiologist');
    expect(basicsOf('Leocadia Sandoval\nSenior Accountant, ACCA\nls@example.org').label).toBe('Senior Accountant');
    expect(basicsOf('Leocadia Sandoval\nMechanical Engineer, P.Eng.\nls@example.org').label).toBe(
      'Mechanical Engineer',
    );
    expect(basicsOf('Leocadia Sandoval\nHead of Research, Design and Data').label).toBe(
      'Head of Research, Design and Data',
    );
  });
});

describe('names a converter splits', () => {
  it('reads an HTML heading whose given and family names stand on lines of their own', async () => {
    const { readHtml } = await import('../src/corpus/formats/html.js');
    const outcome = readHtml(
      '<html><head><title>Currículo</title></head><body><header>\n<h1><span>Inês</span>\n' +
        '<span>Valadares Costa</span></h1>\n<p>Gestora de Projetos</p>\n</header></body></html>',
    );
    if (outcome.kind !== 'read') throw new Error(outcome.reason);
    expect(identifyPerson('cv.html', outcome.text.lines, undefined, outcome.text.nameHint).name).toBe(
      'Inês Valadares Costa',
    );
  });

  it("shows moderncv's \\firstname and \\familyname in the text", async () => {
    const { readLatex } = await import('../src/corpus/formats/latex.js');
    const outcome = readLatex(
      '\\documentclass{moderncv}\n\\firstname{Margaux}\n\\familyname{Dubois-Leclerc}\n\\title{Analyste financière}\n' +
        '\\begin{document}\n\\makecvtitle\n\\section{Expérience}\nAnalyste\n\\end{document}\n',
    );
    if (outcome.kind !== 'read') throw new Error(outcome.reason);
    expect(outcome.text.lines.slice(0, 4)).toEqual(['', 'Margaux', 'Dubois-Leclerc', 'Analyste financière']);
  });
});
