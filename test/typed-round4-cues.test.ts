/**
 * Cue families the fourth round of typed phrasings found missing, on synthetic questions with
 * invented organisations, naming nobody, in five languages. Staff words ("employees", "Mitarbeiter",
 * "salariés", "empleados", "funcionários") are a concept of their own: they name an employer only
 * with the organisation after them, or after "ex"/"former" or a word of having been; alone they are
 * about people managed or trained. People named by a skill after any word asking who; counts asked
 * with the skill first; a number of years of a skill asked without "who".
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../src/answer/intent.js';
import { readCues } from '../src/answer/cues.js';
import { staffNamesEmployer } from '../src/answer/recognise.js';

describe('staff words as an employer cue', () => {
  it.each([
    ['who were employees at Quillmark?', 'Quillmark'],
    ['which of us were employees of quillmark ltd', 'quillmark ltd'],
    ['ex employees of Quillmark?', 'Quillmark'],
    ['any former Quillmark employees?', 'Quillmark'],
    ['wer war Mitarbeiter bei Quillmark?', 'Quillmark'],
    ['des ex-employés de Quillmark ?', 'Quillmark'],
    ['qui était salarié chez Quillmark ?', 'Quillmark'],
    ['¿quiénes fueron empleados de Quillmark?', 'Quillmark'],
    ['quem foi funcionário da Quillmark?', 'Quillmark'],
  ])('reads "%s" as who worked at %s', (question, entity) => {
    expect(classify(question, 0)).toEqual({ kind: 'employer', entity });
  });

  it.each([
    'who trained new employees?',
    'who managed employees?',
    'who onboarded new employees',
    'wer hat neue Mitarbeiter eingearbeitet?',
    'qui a formé les nouveaux employés ?',
    '¿quién formó a los empleados nuevos?',
    'quem treinou funcionários novos?',
  ])('reads "%s" as no question of where anyone worked', (question) => {
    expect(classify(question, 0).kind).not.toBe('employer');
    expect(staffNamesEmployer(readCues(question))).toBe(false);
  });

  it('reads a company as the thing done, with no organisation named, as no employer question', () => {
    for (const question of ['who founded a company?', 'wer hat eine Firma gegründet?', 'who sold their company']) {
      expect(classify(question, 0).kind).not.toBe('employer');
    }
    expect(classify('who worked for a consulting company', 0)).toEqual({
      kind: 'employer',
      entity: 'consulting company',
    });
  });
});

describe('people named by a skill after any word asking who', () => {
  it.each([
    ["i'm looking for Zig folks", 'Zig'],
    ['any Zig people here?', 'Zig'],
    ['is there a Zig person on the team?', 'Zig'],
    ['brauche jemanden mit Zig-Kenntnissen', 'Zig'],
  ])('reads "%s" as who knows %s', (question, skill) => {
    expect(classify(question, 0)).toEqual({ kind: 'who-knows', skills: [skill] });
  });

  it.each([
    'who has coached folks on the slopes?',
    'who has authored programming tutorials online?',
    'who has contributed code to Quillmark?',
  ])('reads "%s" as something done, not a skill', (question) => {
    expect(classify(question, 0).kind).not.toBe('who-knows');
  });

  it.each([
    ['Zig: how many people?', 'Zig'],
    ['how many on the team code in Zig', 'Zig'],
    ['count everyone with Zig', 'Zig'],
    ['zähl mal die Leute mit Zig', 'Zig'],
    ['conta quem sabe Zig', 'Zig'],
  ])('reads "%s" as a count of who knows %s', (question, skill) => {
    expect(classify(question, 0)).toEqual({ kind: 'count', skill });
  });
});

describe('a number of years of a skill', () => {
  it.each([
    ['5+ years python experience?', 'python', { years: 5, inclusive: true }],
    ['10+ yrs java?', 'java', { years: 10, inclusive: true }],
    ['wer hat fünf Jahre Python-Erfahrung?', 'Python', { years: 5, inclusive: true }],
    ['Python for 5+ years, who?', 'Python', { years: 5, inclusive: true }],
    ['wer hat Python länger als 5 jahre gemacht', 'Python', { years: 5, inclusive: false }],
    ['¿quién usa Python desde hace más de 5 años?', 'Python', { years: 5, inclusive: false }],
  ])('reads "%s" as who has that many years of %s', (question, skill, atLeast) => {
    expect(classify(question, 0)).toEqual({ kind: 'timeline', which: 'years', atLeast, skill });
  });

  it.each(['2 years at Quillmark', 'he spent 5 years in Lisbon'])('reads "%s" as no threshold asked', (question) => {
    expect(classify(question, 0).kind).not.toBe('timeline');
  });
});

describe('where people have lived, asked of everyone', () => {
  it.each([
    ['who has lived in France?', 'France'],
    ['which of us have lived in Germany', 'Germany'],
    ['wer hat in Deutschland gelebt?', 'Deutschland'],
    ['qui a vécu en France ?', 'France'],
    ['¿quién ha vivido en Francia?', 'Francia'],
    ['quem viveu na França?', 'França'],
  ])('reads "%s" as who is in %s', (question, place) => {
    expect(classify(question, 0)).toEqual({ kind: 'location', place });
  });

  it('reads a number of languages spoken as no language', () => {
    expect(classify('who speaks three languages?', 0)).not.toMatchObject({ kind: 'who-knows', spoken: true });
  });
});
