/**
 * Questions about one named person answered from their profile's structure: an overview, contact
 * lines, roles in time and skills lists. Anything else is searched for in their passages.
 */
import { monthsBetween } from '../../facts/dates.js';
import type { Role } from '../../facts/profileFacts.js';
import { isWeakTerm, queryTerms, tokenize } from '../../text/terms.js';
import { contactPattern } from '../contacts.js';
import type { PersonQuestion } from '../context.js';
import { namesEntity } from '../entities.js';
import type { Intent } from '../intent.js';
import { person as say } from '../phrasing.js';
import { profileOverview } from '../profile.js';
import { answerOf, Citations, cited, nobody, type Line } from '../statements.js';
import type { Answer } from '../types.js';
import { searchPerson, searchPersonOrSay } from './search.js';

/** Words naming a kind of skill list rather than a skill. */
const SKILL_KINDS = new Set(
  tokenize('skills skill languages language programming technologies technology tools stack frameworks framework databases libraries'),
);

/** "Tell me about Phil": headline, recent roles and main skills, each cited. */
export function answerAbout({ question, person, ctx }: PersonQuestion): Answer {
  const overview = profileOverview({ ...person }, ctx.passagesOfPerson(person.personId));
  const lines = overview.lines.map((line) => say.labelled(line.label, cited(line.text, line.citation)));
  const composed = { lines: [[say.headline(overview.person, overview.headline)], ...lines], citations: overview.citations };
  return answerOf(question, composed, 'about', [person.name]);
}

/** "What is Phil's email?": the first two contact lines giving it. */
export function answerContact({ question, person, facts }: PersonQuestion, what: string): Answer {
  const pattern = contactPattern(what);
  const lines = (facts?.contacts ?? []).filter((line) => pattern.test(line.text));
  if (lines.length === 0) return nobody(question, say.noContact(person.name, what), 'contact', [person.name]);
  const citations = new Citations();
  const quoted = lines.slice(0, 2).map((line) => [citations.quote(line)]);
  return answerOf(question, citations.compose([[say.contactLead(person.name, what)], ...quoted]), 'contact', [person.name]);
}

type RoleIntent = Extract<Intent, { kind: 'timeline'; which: 'latest' | 'first' | 'before' | 'after' | 'at' }>;

/** "Where does Phil work now?", "What did kura do before Acme?", "How long was Jane at Initech?": the roles in order. */
export async function answerRoles(asked: PersonQuestion, intent: RoleIntent): Promise<Answer> {
  const { question, person, facts } = asked;
  const name = person.name;
  const roles = facts?.roles ?? [];
  if (roles.length === 0) return searchPersonOrSay(asked, 'timeline');
  const citations = new Citations();
  const done = (lead: string, lines: readonly Line[]) => answerOf(question, citations.compose([[lead], ...lines]), 'timeline', [name]);
  const say1 = (role: Role): Line => [citations.role(role)];
  if (intent.which === 'latest') return done(say.latestRole(name), [say1(roles[0]!)]);
  if (intent.which === 'first') return done(say.firstRole(name), [say1(roles.at(-1)!)]);
  const entity = intent.entity!;
  const index = roles.findIndex((role) => namesEntity(entity, role.head));
  if (index < 0) return searchPersonOrSay(asked, 'timeline');
  const role = roles[index]!;
  if (intent.which === 'before') {
    const earlier = roles[index + 1];
    if (!earlier) return nobody(question, say.noRoleBefore(name, entity), 'timeline', [name]);
    return done(say.roleBefore(name, entity), [say1(earlier), say.namedRole(entity, citations.role(role))]);
  }
  if (intent.which === 'after') {
    const later = roles[index - 1];
    if (!later) return nobody(question, say.noRoleAfter(name, entity), 'timeline', [name]);
    return done(say.roleAfter(name, entity), [say1(later)]);
  }
  if (intent.aspect === 'duration' && role.range) {
    const months = monthsBetween(role.range.start, role.range.end);
    return done(say.duration(name, entity, months, !role.range.end), [say1(role)]);
  }
  return done(say.roleAt(name, entity), [say1(role)]);
}

/** "What languages does Phil know?": the skills lists, narrowed to the kind asked about when a list is labelled so. */
export async function answerSkills(asked: PersonQuestion): Promise<Answer> {
  const { question, person, rest, facts } = asked;
  const lines = facts?.skills ?? [];
  const wanted = new Set(queryTerms(rest));
  const topical = lines.filter((line) => tokenize(`${line.passage.sectionPath.join(' ')} ${line.text}`).some((term) => wanted.has(term)));
  // "What languages does Phil know?" asks for the lists themselves; "which skills for data work?" says more.
  const beyondKind = [...wanted].some((term) => !SKILL_KINDS.has(term) && !isWeakTerm(term));
  if (topical.length === 0 && beyondKind) {
    const found = await searchPerson(asked, 'skills');
    if (found) return found;
  }
  const chosen = topical.length > 0 ? topical : lines;
  if (chosen.length === 0) return nobody(question, say.noSkills(person.name), 'skills', [person.name]);
  const citations = new Citations();
  const quoted = chosen.slice(0, 3).map((line) => [citations.quote(line, ['skills', 'technolog'])]);
  return answerOf(question, citations.compose([[say.skills(person.name)], ...quoted]), 'skills', [person.name]);
}
