/**
 * A name asked about, read by what the profiles hold where the wording cannot tell (answer/intents/byMeaning.ts):
 * "who has Acme experience?" is who worked at Acme when only role headings write Acme as a name;
 * "who's an Acme alum?" is who worked there when no school is Acme. Skills stay skills.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../src/answer/types.js';
import { answererOnCvs, citedPeople } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';
import { TEAM } from './fixtures/typedFamilyCvs.js';

const tempDir = temporaryDirs('whoknows-by-meaning-');
let answerer: Answerer;

beforeAll(async () => {
  answerer = await answererOnCvs(TEAM, tempDir);
});

describe('an employer asked as a skill or as a school', () => {
  it.each([
    ['who has Havelblick AG experience', 'Jonas Weber'],
    ['who has havelblick ag experience?', 'Jonas Weber'],
    ['anyone with Albufera Seguros experience', 'Lucía Fernández'],
    ["who's an Albufera Seguros alum", 'Lucía Fernández'],
  ])('%s: the roles there answer, with their dates', async (question, person) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('employer');
    expect(citedPeople(answer)).toEqual([person]);
    expect(answer.answer).toMatch(/\(\d{4} – \d{4}\)/);
  });

  it.each([
    ['who has Python experience', ['Camille Laurent', 'Jonas Weber', 'Lucía Fernández', 'Priya Raman']],
    // Written in a bullet, not as a role's employer: a skill, though no technology list holds it.
    ['who has forecasting experience', ['Priya Raman']],
    ['who has Kubernetes experience', ['Jonas Weber', 'Priya Raman']],
  ])('%s stays a skill question', async (question, people) => {
    const answer = await answerer.ask(question);
    expect(answer.intent).toBe('who-knows');
    expect(citedPeople(answer)).toEqual(people);
  });

  it("keeps a school's alumni a school question", async () => {
    const answer = await answerer.ask("who's a Universidade do Porto alum");
    expect(answer.intent).toBe('school');
    expect(citedPeople(answer)).toEqual(['João Pereira']);
  });
});
