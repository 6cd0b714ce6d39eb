/**
 * A short skill (Go, R, C) in a role's line written in German, French, Spanish or Portuguese reads as
 * a technology after that language's "in"/"with" ("Services en Go", "Pipelines mit Go", "APIs em
 * Go", "con R") or in a list joined by its "and" ("Go et PostgreSQL", "Go y Kafka"), as it does in
 * English; initials, labels and money ("R&D", "R$ 2 milhões", "Vitamin C") stay no technology.
 */
import { describe, expect, it } from 'vitest';
import { readsAsTechnology } from '../src/text/technologyContext.js';

const known = new Set(['postgresql', 'kafka', 'python', 'java', 'docker']);
const EXPERIENCE = 'Experience';

const TECHNOLOGY: [string, string][] = [
  ['Go', 'Services en Go et PostgreSQL.'],
  ['Go', 'Entwicklung von Microservices mit Go.'],
  ['Go', 'Desarrollo de APIs con Go.'],
  ['Go', 'Desenvolvimento de APIs em Go.'],
  ['Go', 'Integração com Go e Kafka.'],
  ['R', 'Análisis estadístico en R.'],
  ['R', 'Études actuarielles avec R.'],
  ['Go', 'Backend: PostgreSQL und Go'],
  ['Go', 'Kafka y Go para pagos'],
  ['R', 'Modelos en Python e R'],
];

const NOT_TECHNOLOGY: [string, string][] = [
  ['R', 'Ingénieur en R&D chez Maison Orvalle.'],
  ['R', 'Leitung der Abteilung mit R&D-Budget.'],
  ['R', 'Economia de custos com R$ 2 milhões por ano.'],
  ['C', 'Suplementos con Vitamina C e hierro.'],
  ['C', 'Licenciado en C. Económicas por la Universidad de Almenara.'],
  ['Go', 'Mise en production du go-live.'],
  ['R', 'Artículo con R. Esteva y M. Gallardo.'],
];

describe('short skills in the other four languages', () => {
  it('read as a technology after a preposition of use or in a joined list', () => {
    const wrong = TECHNOLOGY.filter(([skill, line]) => !readsAsTechnology(skill, line, EXPERIENCE, known));
    expect(wrong).toEqual([]);
  });

  it('stay no technology as initials, labels, R&D and money', () => {
    const wrong = NOT_TECHNOLOGY.filter(([skill, line]) => readsAsTechnology(skill, line, EXPERIENCE, known));
    expect(wrong).toEqual([]);
  });
});
