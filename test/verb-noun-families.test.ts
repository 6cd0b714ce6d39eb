/**
 * A question's verb meets the noun a CV writes for the act where no ending rule joins them: the
 * stem changes ("mantuvo" / "Mantenimiento", "geriu" / "Gestão", "entwarf" / "Entwurf") or the
 * noun is built on another root ("dirigió" / "Dirección"). The families are data (verbNouns.json);
 * a form they do not list ("gerou", generated) joins nothing. Invented CVs and questions.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAnswerer } from '../src/answer/answerer.js';
import type { Answerer } from '../src/answer/types.js';
import { loadConfig } from '../src/config.js';
import { actNounStems, type StemmedLanguage, stemIn } from '../src/text/stems.js';
import { temporaryDirs } from './support/temporaryDirs.js';

const tempDir = temporaryDirs('whoknows-verb-nouns-');

/** [language, forms a question types, the noun a CV writes]. */
const FAMILIES: readonly (readonly [StemmedLanguage, readonly string[], string])[] = [
  ['es', ['mantener', 'mantiene', 'mantuvo', 'mantenía', 'manteniendo'], 'mantenimiento'],
  ['es', ['dirigió', 'dirige', 'dirigido'], 'dirección'],
  ['es', ['supervisó', 'supervisa', 'supervisado'], 'supervisión'],
  ['es', ['redactó', 'redacta'], 'redacción'],
  ['es', ['enseñó', 'imparte', 'impartió'], 'docencia'],
  ['es', ['resolvió', 'resuelve'], 'resolución'],
  ['pt', ['gerir', 'geriu', 'gere', 'gerido', 'geria'], 'gestão'],
  ['pt', ['manteve', 'mantém', 'mantinha', 'manter'], 'manutenção'],
  ['pt', ['dirigiu', 'dirige'], 'direção'],
  ['pt', ['supervisionou', 'supervisiona'], 'supervisão'],
  ['pt', ['revisou', 'revisa'], 'revisão'],
  ['pt', ['liderou'], 'liderança'],
  ['pt', ['conduziu', 'conduz'], 'condução'],
  ['fr', ['gérer', 'géré', 'gère', 'gérait'], 'gestion'],
  ['fr', ['dirigé', 'dirige'], 'direction'],
  ['fr', ['rédigé', 'rédige'], 'rédaction'],
  ['fr', ['maintenu', 'maintient'], 'maintenance'],
  ['fr', ['conçu', 'concevoir'], 'conception'],
  ['fr', ['construit', 'construire'], 'construction'],
  ['fr', ['piloté', 'piloter'], 'pilotage'],
  ['fr', ['paramétré'], 'paramétrage'],
  ['de', ['leitete', 'geleitet'], 'Leitung'],
  ['de', ['entwarf', 'entworfen'], 'Entwurf'],
  ['de', ['übernahm', 'übernommen'], 'Übernahme'],
  ['de', ['lehrte', 'gelehrt'], 'Lehre'],
  ['de', ['pflegte', 'gepflegt'], 'Pflege'],
  ['de', ['entschied', 'entschieden'], 'Entscheidung'],
  ['de', ['hergestellt'], 'Herstellung'],
];

/** Forms that look like a family's but are another verb's, or a family's noun itself: they join nothing of it. */
const NEGATIVES: readonly (readonly [StemmedLanguage, string, string])[] = [
  ['pt', 'gerou', 'gestão'], // gerar, to generate
  ['pt', 'gera', 'gestão'],
  ['pt', 'gerado', 'gestão'],
  ['fr', 'digéré', 'gestion'],
  ['fr', 'suggéré', 'gestion'],
  ['es', 'mantequilla', 'mantenimiento'],
  ['es', 'dirigible', 'dirección'],
  ['de', 'gehalten', 'Vortrag'],
  ['de', 'leiter', 'Leitung'],
];

describe('irregular verb and noun families', () => {
  it.each(FAMILIES)('%s %j meet "%s"', (language, forms, noun) => {
    const stem = stemIn(language, noun.toLowerCase());
    for (const form of forms) {
      const joined = actNounStems(form, language).includes(stem!) || stemIn(language, form) === stem;
      expect(joined, form).toBe(true);
    }
  });

  it.each(NEGATIVES)('%s "%s" does not meet "%s"', (language, form, noun) => {
    expect(actNounStems(form, language)).not.toContain(stemIn(language, noun.toLowerCase()));
  });

  it('joins only in the question’s language, and case and accents aside', () => {
    expect(actNounStems('resolve', 'en')).toEqual([]);
    expect(actNounStems('geriu', 'es')).not.toContain(stemIn('pt', 'gestão'));
    expect(actNounStems('GERIU', 'pt')).toContain(stemIn('pt', 'gestão'));
    expect(actNounStems('gere', 'pt')).toContain(stemIn('pt', 'gestão'));
    expect(actNounStems('gerer', 'fr')).toContain(stemIn('fr', 'gestion'));
  });
});

/** Invented CVs that write the act as a noun, and questions that ask with its verb. */
const CVS: Readonly<Record<string, readonly string[]>> = {
  'arrieta.md': [
    '# Telmo Arrieta',
    '',
    'Técnico de mantenimiento, Logroño',
    '',
    '## Experiencia',
    '',
    '### Jefe de taller, Bodegas Iregua (2015 – actualidad)',
    '',
    '- Mantenimiento de las líneas de embotellado',
    '- Supervisión de los turnos de noche',
    '- Dirección del taller de mecánicos',
    '- Redacción de los informes de averías',
    '',
    '## Docencia',
    '',
    'Docencia de hidráulica en la escuela de formación profesional',
  ],
  'sarmento.md': [
    '# Ilda Sarmento',
    '',
    'Engenheira de manutenção, Braga',
    '',
    '## Experiência',
    '',
    '### Coordenadora, Fábrica Cávado Têxtil (2014 – atual)',
    '',
    '- Gestão de turnos de produção',
    '- Manutenção de teares industriais',
    '- Revisão de contratos de fornecedores',
    '- Direção do laboratório de qualidade',
  ],
  'quemener.md': [
    '# Gaëlle Quéméner',
    '',
    'Cheffe de projet, Lorient',
    '',
    '## Expérience professionnelle',
    '',
    "### Cheffe de projet, Arsenal du Scorff (2016 – aujourd'hui)",
    '',
    '- Gestion des budgets de maintenance navale',
    '- Rédaction des cahiers des charges',
    '- Conception des plans de carénage',
    '- Pilotage des sous-traitants',
  ],
  'reinholz.md': [
    '# Falk Reinholz',
    '',
    'Bauingenieur, Rostock',
    '',
    '## Berufserfahrung',
    '',
    '### Projektleiter, Warnow Hafenbau GmbH (2012 – heute)',
    '',
    '- Entwurf von Kaianlagen',
    '- Übernahme der Bauleitung im Hafen',
    '- Pflege der Vermessungsdaten',
    '- Lehre an der Fachhochschule',
  ],
};

const QUESTIONS: readonly (readonly [string, string | undefined])[] = [
  ['¿quién mantuvo líneas de embotellado?', 'Telmo Arrieta'],
  ['¿quién supervisó turnos de noche?', 'Telmo Arrieta'],
  ['¿quién dirigió un taller de mecánicos?', 'Telmo Arrieta'],
  ['¿quién redactó informes de averías?', 'Telmo Arrieta'],
  ['¿quién impartió hidráulica?', 'Telmo Arrieta'],
  ['quem geriu turnos de produção?', 'Ilda Sarmento'],
  ['quem manteve teares industriais?', 'Ilda Sarmento'],
  ['quem revisou contratos de fornecedores?', 'Ilda Sarmento'],
  ['quem dirigiu um laboratório de qualidade?', 'Ilda Sarmento'],
  ['qui a géré des budgets ?', 'Gaëlle Quéméner'],
  ['qui a rédigé un cahier des charges ?', 'Gaëlle Quéméner'],
  ['qui a conçu des plans de carénage ?', 'Gaëlle Quéméner'],
  ['qui a piloté des sous-traitants ?', 'Gaëlle Quéméner'],
  ['wer entwarf Kaianlagen?', 'Falk Reinholz'],
  ['wer hat die Bauleitung übernommen?', 'Falk Reinholz'],
  ['wer hat Vermessungsdaten gepflegt?', 'Falk Reinholz'],
  ['wer lehrte an einer Fachhochschule?', 'Falk Reinholz'],
  // A verb outside the families (gerar, to generate) does not read as "Gestão".
  ['quem gerou turnos?', undefined],
  ['¿quién vendió coches?', undefined],
  ['qui a vendu des navires ?', undefined],
  ['wer hat Flugzeuge entworfen?', undefined],
];

describe('questions that ask with the verb of a CV’s noun', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const corpus = await tempDir('corpus');
    for (const [file, lines] of Object.entries(CVS)) await writeFile(path.join(corpus, file), lines.join('\n'));
    const config = loadConfig({ USE_MODEL: 'false', CORPUS_DIR: corpus, DATA_DIR: await tempDir('data') });
    answerer = await openAnswerer(config, { warn: () => {} });
  });

  it.each(QUESTIONS)('%s → %s', async (question, who) => {
    const answer = await answerer.ask(question);
    if (who === undefined) expect(answer.noAnswer, answer.answer).toBe(true);
    else
      expect(
        answer.citations.map((citation) => citation.person),
        answer.answer,
      ).toContain(who);
  });
});
