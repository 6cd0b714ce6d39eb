/**
 * A line of experience that puts an organisation where an employer stands, against one that only
 * mentions it (a product, a customer, a partner). Invented organisations, five languages.
 */
import { describe, expect, it } from 'vitest';
import { employerAsWritten, namesAsEmployer } from '../src/answer/employmentMention.js';

describe('namesAsEmployer', () => {
  it.each([
    ['Senior consultant at Quarrel Labs, 2019 – 2021', 'Quarrel Labs'],
    ['- Spent three years at quarrel labs building billing', 'Quarrel Labs'],
    ['Backend engineer @ Quarrel', 'Quarrel'],
    ['Entwicklerin bei Quarrel Labs (2018–2020)', 'Quarrel Labs'],
    ['Ingénieure logiciel chez Quarrel Labs à Lyon', 'Quarrel Labs'],
    ['Desarrollador en Quarrel Labs desde 2017', 'Quarrel Labs'],
    ['Engenheiro de dados na Quarrel Labs', 'Quarrel Labs'],
    ['Worked for Quarrel Labs as a contractor', 'Quarrel Labs'],
    ['**Quarrel Labs** — Berlin', 'Quarrel Labs'],
    ['Quarrel Labs | Data Engineer | 2016–2019', 'Quarrel Labs'],
    ['### Quarrel Labs GmbH', 'Quarrel Labs'],
    ['Müller Systems, München', 'Muller Systems'],
  ])('reads %j as employment at %s', (line, entity) => {
    expect(namesAsEmployer(line, entity)).toBe(true);
  });

  it.each([
    ['Led ERP rollouts on both Brantwood & Quarrel platforms', 'Quarrel'],
    ['Built the bridge to the Quarrel Labs ordering API', 'Quarrel Labs'],
    ['Delivered dashboards for Quarrel Labs and two other clients', 'Quarrel Labs'],
    ['Quarrel database tuning and backups', 'Quarrel'],
    ['Migración de Quarrel a PostgreSQL', 'Quarrel'],
    ['Kunden: Brantwood, Quarrel Labs, Vessel AG', 'Quarrel Labs'],
    ['Quarreling stakeholders aligned', 'Quarrel'],
  ])('reads %j as a mention of %s, not employment', (line, entity) => {
    expect(namesAsEmployer(line, entity)).toBe(false);
  });

  it('gives the organisation as the line spells it, whatever case the question used', () => {
    expect(employerAsWritten('Entwicklerin bei Müller Systems', 'muller systems')).toBe('Müller Systems');
    expect(employerAsWritten('Built the Müller Systems API', 'muller systems')).toBeUndefined();
  });
});
