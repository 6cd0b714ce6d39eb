/** "Tell me about Phil": who they are now, then the profile overview, each line cited. */
import type { PersonQuestion } from '../context.js';
import { whoTheyAre, type Said } from '../currentRole.js';
import { person as say } from '../phrasing.js';
import { isHeadingLine, linesOf, profileOverview, type SourceLine } from '../profile.js';
import { answerOf, Citations, cited, type Line, type Statement, statementOf as plainStatement } from '../statements.js';
import type { Answer, ProfileLine } from '../types.js';
import { fold, NAME_LABELS } from '../../profile/wordLists.js';
import { isDocumentTitle } from '../../corpus/nameShape.js';
import { withoutTitles } from '../../corpus/nameTitles.js';
import { cleanPersonName } from '../../profile/personName.js';
import type { Passage } from '../../chunking/passage.js';
import { sectionOfHeading, sectionOfPath } from '../../text/sectionHeadings.js';
import { hasPhoneNumber } from '../../text/contactDetails.js';

/** Words alone, lower case: "CAREER OBJECTIVE." → "career objective". */
const bareWords = (text: string) =>
  text
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const HEADING_WORDS = /^(?:resume|cv|curriculum vitae|profile|summary|about me|objective|career objective)$/;

/** A line that says nothing of the person: their name again, a bare heading ("CAREER OBJECTIVE"), punctuation. */
function saysNothing(text: string, name: string): boolean {
  // "SIOBHÁN O'SULLIVAN FRCS", "Dr. Jane Doe": the name with its titles says nothing new.
  // "Currículum Vitae – María José Cruz" (a page's title) too: document words are no news.
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => !isDocumentTitle(word.replace(/[^\p{L}.]/gu, '')));
  const bare = bareWords(withoutTitles(words).join(' '));
  if (bare === '' || bare === bareWords(name)) return true;
  // "Müller, Hans-Jürgen", "Prof. Rajesh K. Subramanian, P.Eng., MBA": the name as the profile reads it.
  const asName = text.length <= 120 ? cleanPersonName(text) : undefined;
  if (asName && bareWords(asName) === bareWords(name)) return true;
  // "Nombre: Rafael Ruiz", "Name: Dr. Katrin Weiß": the name behind its label says nothing new either.
  const label = /^\s*([\p{L} .-]{3,25}?)\s*[:：]\s*(.+)$/u.exec(text);
  if (label && NAME_LABELS.includes(fold(label[1]!).trim()) && bareWords(label[2]!).includes(bareWords(name)))
    return true;
  const shortHeading = bare.split(' ').length <= 3 && /^[^\p{Ll}]+$/u.test(text.trim());
  return shortHeading || HEADING_WORDS.test(bare);
}

/** A contact detail or its label: "E-mail: …", "Contact No.: …", a phone number. */
const CONTACT_LABEL = /@|https?:|www\.|^\s*[\p{L} .-]{2,20}:\s*-?\s*$|^\s*[\p{L} .-]{2,20}:\s*-?\s+\S/u;
const contactLike = (text: string) => CONTACT_LABEL.test(text) || hasPhoneNumber(text);

/** A Markdown heading line without its marks: "## B.Sc., Electronics" → "B.Sc., Electronics". */
const unmarked = (text: string) => text.replace(/^\s*#{1,6}\s+/, '').trim();

/**
 * What a profile with no role, school or summary to lead with states of the person, in the order a
 * reader meets it: a headline written as a heading under the name ("B.Sc., Electronics Engineering",
 * "Licenciado em Gestão"), else the first line of its education, else the first line of its
 * summary or objective. Never a contact line, a section's own heading or the name again.
 */
function statedLead(passages: readonly Passage[], name: string): Said | undefined {
  const lines = linesOf(passages).filter((l) => l.text.trim() !== '');
  const said = (l: SourceLine): Said => ({
    text: plainStatement(unmarked(l.text)),
    passage: l.passage,
    first: l.line,
    last: l.line,
  });
  const firstSection = lines.findIndex((l) => sectionOfHeading(unmarked(l.text)));
  const beforeSections = firstSection < 0 ? lines : lines.slice(0, firstSection);
  const headline = beforeSections.find((l) => {
    const bare = unmarked(l.text);
    return isHeadingLine(l.text) && !saysNothing(bare, name) && !contactLike(bare) && /\p{L}{2}/u.test(bare);
  });
  if (headline) return said(headline);
  const inSection = (section: string) =>
    lines.find((l) => {
      const bare = unmarked(l.text);
      if (isHeadingLine(l.text) || sectionOfHeading(bare) || contactLike(bare)) return false;
      return sectionOfPath(l.passage.sectionPath) === section && /\p{L}{3}/u.test(bare);
    });
  const found = inSection('education') ?? inSection('summary');
  return found ? said(found) : undefined;
}

/** "Tell me about Phil": their title, current role and school first, then headline, recent roles and main skills. */
export function answerAbout({ question, person, ctx }: PersonQuestion): Answer {
  const overview = profileOverview({ ...person }, ctx.passagesOfPerson(person.personId));
  const stored = ctx.facts().profileOf(person.personId);
  const now = stored ? whoTheyAre(stored.profile, person.name, ctx.passagesOf(stored.source)) : {};
  const citations = new Citations();
  const statement = (said: Said | undefined): (Statement & { withArea?: boolean }) | undefined =>
    said && { ...cited(said.text, citations.add(said.passage, said.first, said.last)), withArea: said.withArea };
  const known = now.label ?? now.role ?? now.school;
  const hasHeadline = overview.lines.some((line) => line.label === 'Headline' && !saysNothing(line.text, person.name));
  // A profile with no role, school, title or headline the reader found still states something: it leads.
  const stated = known || hasHeadline ? undefined : statedLead(ctx.passagesOfPerson(person.personId), person.name);
  const lead = say.whoTheyAre(person.name, {
    label: statement(now.label ?? stated),
    role: statement(now.role),
    school: statement(now.school),
  });
  const offset = citations.list.length;
  const kept = overview.lines.filter((line: ProfileLine) => !saysNothing(line.text, person.name));
  const used = new Set(kept.map((line) => line.citation));
  const shifted = overview.citations.filter((c) => used.has(c.id));
  const newId = new Map(shifted.map((c, i) => [c.id, offset + i + 1]));
  const statementOf = (line: ProfileLine) => cited(line.text, newId.get(line.citation)!);
  const headline = lead ? undefined : kept.find((line) => line.label === 'Headline');
  // Without a profile to lead with, the person's own headline is the first line (said once, not twice).
  const first: Line = lead ?? (headline ? [`${person.name}: `, statementOf(headline)] : [say.overviewOf(person.name)]);
  const lines: Line[] = kept
    .filter((line) => line !== headline)
    .map((line) => say.labelled(line.label, statementOf(line)));
  const renumberedCitations = shifted.map((c) => ({ ...c, id: newId.get(c.id)! }));
  return answerOf(
    question,
    { lines: [first, ...lines], citations: [...citations.list, ...renumberedCitations] },
    'about',
    [person.name],
  );
}
