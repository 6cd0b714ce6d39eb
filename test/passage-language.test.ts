/**
 * A passage too short or too mixed to tell its own language takes its document's: the role with two
 * short lines, the skills list of nouns, the talks section of two titles in a German, French,
 * Spanish or Portuguese CV get that language's stems, so a question in the CV's language meets them
 * in another inflection. A passage clearly in another language (an English summary in a German CV,
 * a German section in an English CV) keeps its own. Invented CVs and questions.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import type { Passage } from '../src/chunking/passage.js';
import { loadConfig } from '../src/config.js';
import { encodeSegment } from '../src/index/store/segment/encodeSegment.js';
import { Segment } from '../src/index/store/segment/segment.js';
import { detectLanguage, documentLanguage, ownLanguage, type TextLanguage } from '../src/text/language.js';
import { lineTermsOf, passageTerms } from '../src/text/terms.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-passage-language-');

/** An invented CV and the questions it must answer (`who`: a person the answer cites; undefined: nobody). */
interface Case {
  readonly file: string;
  readonly lines: readonly string[];
  readonly questions: readonly (readonly [question: string, who: string | undefined])[];
}

const CASES: readonly Case[] = [
  {
    file: 'hollstein.md',
    lines: [
      '# Wiebke Hollstein',
      '',
      'Netzwerktechnikerin, Kassel',
      '',
      '## Berufserfahrung',
      '',
      '### Netzwerkadministratorin, Fuldatal Werke (2019 – heute)',
      '',
      '- Wartung der Router',
      '- Schulungen für Auszubildende',
      '',
      '## Vorträge',
      '',
      '- Sichere Netzwerke im Mittelstand',
      '- Firewalls richtig konfigurieren',
      '',
      '## Kenntnisse',
      '',
      'Netzwerkprotokolle, Virtualisierung, Datensicherungen',
      '',
      '## Ehrenamt',
      '',
      'Trainerin von Jugendmannschaften',
      '',
      '## Summary',
      '',
      'Network engineer with ten years of experience in the design of networks for the public sector.',
    ],
    questions: [
      ['wer kennt Datensicherung und Netzwerkprotokoll?', 'Wiebke Hollstein'],
      ['wer kennt ein Netzwerkprotokoll?', 'Wiebke Hollstein'],
      ['wer hat Auszubildende geschult?', 'Wiebke Hollstein'],
      ['wer kennt sich mit sicheren Netzwerken aus?', 'Wiebke Hollstein'],
      ['wer ist Trainerin einer Jugendmannschaft?', 'Wiebke Hollstein'],
      ['who has experience with firewalls?', 'Wiebke Hollstein'],
      ['who does volunteering?', 'Wiebke Hollstein'],
      ['who designed networks for the public sector?', 'Wiebke Hollstein'],
      ['wer hat Flugzeuge gebaut?', undefined],
    ],
  },
  {
    file: 'kervella.md',
    lines: [
      '# Solène Kervella',
      '',
      'Technicienne de maintenance, Brest',
      '',
      '## Expérience professionnelle',
      '',
      "### Technicienne, Chantiers d'Iroise (2018 – aujourd'hui)",
      '',
      '- Maintenance préventive des éoliennes',
      "- Rapports d'intervention",
      '',
      '## Conférences',
      '',
      '- Éoliennes flottantes en mer',
      '- Sécurité des techniciens en hauteur',
      '',
      '## Compétences',
      '',
      'Soudure, hydraulique, habilitations électriques',
      '',
      '## Bénévolat',
      '',
      'Animatrice d’ateliers scientifiques',
    ],
    questions: [
      ["qui connaît la maintenance d'une éolienne ?", 'Solène Kervella'],
      ['qui connaît les éoliennes flottantes ?', 'Solène Kervella'],
      ['qui a une habilitation électrique ?', 'Solène Kervella'],
      ['qui anime un atelier scientifique ?', 'Solène Kervella'],
      ['who does volunteering?', 'Solène Kervella'],
      ['who knows about maintenance?', 'Solène Kervella'],
      ['qui a piloté des avions ?', undefined],
    ],
  },
  {
    file: 'olazabal.md',
    lines: [
      '# Nerea Olazábal',
      '',
      'Enfermera, Bilbao',
      '',
      '## Experiencia',
      '',
      '### Enfermera de quirófano, Clínica Arriaga (2017 – actualidad)',
      '',
      '- Preparación de quirófanos',
      '- Formación de residentes',
      '',
      '## Ponencias',
      '',
      '- Cuidados intensivos pediátricos',
      '- Seguridad del paciente quirúrgico',
      '',
      '## Habilidades',
      '',
      'Vacunación, curas, triaje',
      '',
      '## Idiomas',
      '',
      'Español, euskera, inglés',
    ],
    questions: [
      ['¿quién preparó un quirófano?', 'Nerea Olazábal'],
      ['¿quién conoce curas y vacunaciones?', 'Nerea Olazábal'],
      ['¿quién tiene experiencia en cuidados pediátrico?', 'Nerea Olazábal'],
      ['¿quién formó a residentes?', 'Nerea Olazábal'],
      ['who speaks English?', 'Nerea Olazábal'],
      ['¿quién ha reparado coches?', undefined],
    ],
  },
  {
    file: 'brandao.md',
    lines: [
      '# Caetano Brandão',
      '',
      'Engenheiro civil, Porto',
      '',
      '## Experiência',
      '',
      '### Engenheiro de obra, Construtora Douro Alto (2016 – atual)',
      '',
      '- Fiscalização de obras',
      '- Orçamentos de empreitadas',
      '',
      '## Palestras',
      '',
      '- Pontes metálicas antigas',
      '- Reabilitação de edifícios históricos',
      '',
      '## Habilidades',
      '',
      'AutoCAD, topografia, orçamentação',
      '',
      '## Idiomas',
      '',
      'Português, inglês',
    ],
    questions: [
      ['quem fiscalizou uma obra?', 'Caetano Brandão'],
      ['quem conhece orçamento de empreitada?', 'Caetano Brandão'],
      ['quem conhece pontes metálica?', 'Caetano Brandão'],
      ['quem reabilitou um edifício histórico?', 'Caetano Brandão'],
      ['who speaks Portuguese?', 'Caetano Brandão'],
      ['quem pilotou aviões?', undefined],
    ],
  },
  {
    file: 'kettering.md',
    lines: [
      '# Bram Kettering',
      '',
      'Data engineer, Bristol',
      '',
      '## Experience',
      '',
      '### Data engineer, Larkspur Analytics (2020 – present)',
      '',
      '- Built the nightly pipelines for the billing data',
      '- Maintained the warehouse schemas',
      '',
      '## Skills',
      '',
      'Python, Airflow, dbt',
      '',
      '## Auslandsjahr',
      '',
      'Praktikum bei den Stadtwerken in Göttingen: Entwicklung von Auswertungen für die Netzplanung und die Wartung der Leitungen',
    ],
    questions: [
      ['wer hat eine Auswertung für die Netzplanung entwickelt?', 'Bram Kettering'],
      ['who maintained warehouse schemas?', 'Bram Kettering'],
      ['who knows airflow?', 'Bram Kettering'],
      ['who has built pipelines?', 'Bram Kettering'],
    ],
  },
];

let answerer: Answerer;

beforeAll(async () => {
  const corpus = await tempDir('corpus');
  for (const { file, lines } of CASES) await writeFile(path.join(corpus, file), lines.join('\n'));
  answerer = await openAnswerer(
    loadConfig({ USE_MODEL: 'false', CORPUS_DIR: corpus, DATA_DIR: await tempDir('data') }),
    {
      warn: () => {},
    },
  );
});

describe('questions about short passages of a CV, in its language and in English', () => {
  const all = CASES.flatMap(({ questions }) => questions);
  it.each(all)('%s → %s', async (question, who) => {
    const answer = await answerer.ask(question);
    if (who === undefined) expect(answer.noAnswer, answer.answer).toBe(true);
    else
      expect(
        answer.citations.map((citation) => citation.person),
        answer.answer,
      ).toContain(who);
  });
});

/** Short passages of a CV: a role's two lines, a skills list, two talk titles, a one-line heading. */
const SHORT: Readonly<Record<Exclude<TextLanguage, 'en'>, readonly string[]>> = {
  de: ['- Wartung der Router\n- Schulungen für Auszubildende', 'Netzwerkprotokolle, Virtualisierung', 'Vorträge'],
  fr: ['- Maintenance préventive des éoliennes\n- Rapports d’intervention', 'Soudure, hydraulique', 'Conférences'],
  es: ['- Preparación de quirófanos\n- Formación de residentes', 'Vacunación, curas, triaje', 'Ponencias'],
  pt: ['- Fiscalização de obras\n- Orçamentos de empreitadas', 'AutoCAD, topografia', 'Palestras'],
};

/** Passages that tell their own language, each in a document of another. */
const CLEAR: readonly (readonly [TextLanguage, string])[] = [
  ['en', 'Network engineer with ten years of experience in the design of networks for the public sector.'],
  [
    'de',
    'Praktikum bei den Stadtwerken: Entwicklung von Auswertungen für die Netzplanung und die Wartung der Leitungen',
  ],
  ['fr', 'Développement des applications pour les banques avec une équipe de cinq'],
  ['es', 'Coordinación de los proyectos europeos con socios para la universidad'],
  ['pt', 'Análise de dados de saúde com Python para as secretarias do estado'],
];

/** A CV of lists in `language`: headings and nouns, few sentences. */
const LIST_CVS: Readonly<Record<Exclude<TextLanguage, 'en'>, string>> = {
  de: '# Ada Kroll\n\n## Berufserfahrung\n\n- Wartung der Router\n\n## Kenntnisse\n\nRouting, Firewalls\n\n## Sprachen\n\nDeutsch, Englisch',
  fr: '# Ada Kroll\n\n## Expérience professionnelle\n\n- Maintenance des éoliennes\n\n## Compétences\n\nSoudure\n\n## Langues\n\nFrançais',
  es: '# Ada Kroll\n\n## Experiencia\n\n- Preparación de quirófanos\n\n## Habilidades\n\nCuras\n\n## Idiomas\n\nEspañol',
  pt: '# Ada Kroll\n\n## Experiência profissional\n\n- Fiscalização de obras\n\n## Formação acadêmica\n\nEngenharia\n\n## Idiomas\n\nPortuguês',
};

describe('which language a passage is stemmed in', () => {
  it.each(Object.entries(SHORT))(
    'a short or list passage in a %s CV tells no language of its own and takes the CV’s',
    (language, texts) => {
      for (const text of texts) {
        expect(ownLanguage(text), text).toBeUndefined();
        expect(detectLanguage(text, language as TextLanguage), text).toBe(language);
        // Without a document language (an index built before it was stored): English, no stems.
        expect(detectLanguage(text), text).toBe('en');
      }
    },
  );

  it.each(CLEAR)('a passage clearly in %s keeps its own language in a CV of another', (language, text) => {
    expect(ownLanguage(text)).toBe(language);
    for (const other of ['en', 'de', 'fr', 'es', 'pt'] as const) expect(detectLanguage(text, other)).toBe(language);
  });

  it('reads a passage whose function words of two languages are as many as undetermined', () => {
    // Two German ("von", "und"), two English ("for", "with"): mixed, so the document decides.
    const mixed = 'Entwicklung von APIs for payments with Kotlin und Spring';
    expect(ownLanguage(mixed)).toBeUndefined();
    expect(detectLanguage(mixed, 'de')).toBe('de');
    expect(detectLanguage(mixed, 'en')).toBe('en');
  });

  it.each(Object.entries(LIST_CVS))(
    'reads a %s CV of lists by its headings as well as its function words',
    (language, text) => {
      expect(documentLanguage(text)).toBe(language);
    },
  );

  it('reads an English CV with a German section, and a German CV with an English summary, by what most of it is', () => {
    const english = [
      '# Bram Kettering',
      '## Experience',
      '- Built the nightly pipelines for the billing data',
      '- Maintained the warehouse schemas of the team',
      '## Skills',
      'Python, Airflow',
      '## Auslandsjahr',
      'Praktikum bei den Stadtwerken',
    ].join('\n');
    expect(documentLanguage(english)).toBe('en');
    const german = [
      '# Wiebke Hollstein',
      '## Berufserfahrung',
      '- Wartung der Router und Schulungen für die Auszubildenden',
      '## Kenntnisse',
      'Routing',
      '## Summary',
      'Network engineer with ten years of experience in the design of networks for the public sector.',
    ].join('\n');
    expect(documentLanguage(german)).toBe('de');
  });

  it('reads a document with no evidence as English', () => {
    expect(documentLanguage('Kotlin, Java, PostgreSQL')).toBe('en');
    expect(documentLanguage('')).toBe('en');
  });

  it('gives a short passage its document’s stems, in the index terms and in each line’s terms alike', () => {
    const text = '- Wartung der Router\n- Schulungen für Auszubildende';
    expect(passageTerms(text).terms).not.toContain('de:schulung');
    expect(passageTerms(text, 'de').terms).toContain('de:schulung');
    expect(passageTerms(text, 'de').words).toBe(passageTerms(text).words);
    expect(lineTermsOf(text, 'de')[1]).toContain('de:schulung');
    expect(lineTermsOf(text, 'de')[0]).not.toContain('de:schulung');
  });
});

describe('a segment stores each document’s language with the document', () => {
  const passage = (source: string, sectionPath: readonly string[], text: string): Passage => ({
    id: `${source}#L1-L1`,
    source,
    personId: source,
    person: source,
    sectionPath,
    startLine: 1,
    endLine: 1,
    text,
    embedText: `${source}\n${text}`,
  });
  // A German CV of lists (its headings tell its language) and an English one with the same line.
  const passages = [
    passage('corpus/de.md', ['Berufserfahrung'], 'Schulungen für Auszubildende'),
    passage('corpus/de.md', ['Kenntnisse'], 'Netzwerkprotokolle'),
    passage('corpus/en.md', ['Skills'], 'Schulungen für Auszubildende'),
  ];

  it('reads the language from the document’s passages, posts a short passage’s stems in it, and decodes it', () => {
    const segment = Segment.fromBytes(Buffer.concat(encodeSegment(passages)));
    expect(segment.passage(0)).toEqual({ ...passages[0], documentLanguage: 'de' });
    expect(segment.passage(1)).toEqual({ ...passages[1], documentLanguage: 'de' });
    expect(segment.passage(2)).toEqual(passages[2]);
    const range = segment.postings(new TextEncoder().encode('de:schulung'))!;
    expect(Array.from(range.label.subarray(range.start, range.end))).toEqual([0]);
  });
});
