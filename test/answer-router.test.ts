import { describe, expect, it } from 'vitest';
import { route } from '../src/answer/router.js';
import { findNamedPeople, type DirectoryEntry } from '../src/answer/namedPeople.js';

const directory: DirectoryEntry[] = [
  { personId: 'a', name: 'Phil Kershaw', aliases: [], source: 'a.md', nameSource: 'front-matter' },
  { personId: 'b', name: 'Phil Jones', aliases: [], source: 'b.md', nameSource: 'heading' },
  { personId: 'c', name: 'Maria Rossi', aliases: [], source: 'c.md', nameSource: 'heading' },
];

/** The route of a question against the synthetic directory (no word counts as an index term). */
const routeOf = (question: string) =>
  route(
    question,
    findNamedPeople(question, directory, () => false),
  );

describe('answer router', () => {
  it('asks back which person is meant when a first name fits several profiles and nobody else is named', () => {
    const to = routeOf('What does Phil know about AWS?');
    expect(to).toMatchObject({ to: 'ambiguous', name: 'Phil' });
    expect(to.to === 'ambiguous' && to.candidates).toEqual(['Phil Kershaw', 'Phil Jones']);
  });

  it('classifies a question naming nobody on the whole question, for everyone', () => {
    expect(routeOf('Who knows Terraform?')).toEqual({
      to: 'everyone',
      intent: { kind: 'who-knows', skills: ['Terraform'] },
    });
    expect(routeOf('Who worked at Initech?')).toMatchObject({
      to: 'everyone',
      intent: { kind: 'employer', entity: 'Initech' },
    });
  });

  it('sends a question about one person to that person, classified without their name', () => {
    const to = routeOf("What is Maria Rossi's email address?");
    expect(to).toMatchObject({
      to: 'person',
      person: { personId: 'c' },
      intent: { kind: 'contact', what: 'email address' },
    });
    expect(to.to === 'person' && to.rest).not.toMatch(/Maria|Rossi/);
  });

  it('compares two named people on the topic left once their names are out', () => {
    const to = routeOf('Compare Phil Jones and Maria Rossi on Kubernetes');
    expect(to.to).toBe('compare');
    if (to.to !== 'compare') return;
    expect(to.people.map((entry) => entry.personId)).toEqual(['b', 'c']);
    expect(to.topic).toBe('Kubernetes');
  });
});
