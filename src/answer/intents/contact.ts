/** "What is Phil's email?", "kura's GitHub?": the profile's contact lines giving it. */
import type { FactLine } from '../../facts/profileFacts.js';
import type { Profile } from '../../profile/types.js';
import { contactKey, contactKind, contactPattern, contactValues } from '../contacts.js';

/** Values one contact answer gives (a second address or number, when the profile has one). */
const MAX_VALUES = 2;
import type { PersonQuestion } from '../context.js';
import { person as say } from '../phrasing.js';
import { answerOf, cited, Citations, nobody } from '../statements.js';
import { searchFirst } from './languages.js';
import type { Answer } from '../types.js';

/** "What is Phil's email?": the first two contact lines giving it. */
export async function answerContact(asked: PersonQuestion, what: string): Promise<Answer> {
  const { question, person, facts } = asked;
  const pattern = contactPattern(what);
  const lines = (facts?.contacts ?? []).filter((line) => pattern.test(line.text));
  if (lines.length === 0) {
    // The contact lines read from the header can miss one written elsewhere: search for the kind asked,
    // and keep only lines that give it (a phone question is never answered with a date of birth).
    const found = await searchFirst(asked, [what], 'contact');
    const giving = found.citations.filter((citation) => pattern.test(citation.text));
    if (!found.noAnswer && giving.length > 0) return found;
    return nobody(question, say.noContact(person.name, what), 'contact', [person.name]);
  }
  const citations = new Citations();
  const stated = statedValues(asked, what, lines);
  const quoted =
    stated.length > 0
      ? stated.map(({ value, line }) => [cited(value, citations.line(line))])
      : ownLines(asked, lines)
          .slice(0, 2)
          .map((line) => [citations.quote(line)]);
  return answerOf(question, citations.compose([[say.contactLead(person.name, what)], ...quoted]), 'contact', [
    person.name,
  ]);
}

/** The basics of the person asked about, as their profile states them. */
function basicsOf(asked: PersonQuestion): Partial<Profile>['basics'] {
  return (asked.ctx.facts().profileOf(asked.person.personId)?.profile as Partial<Profile> | undefined)?.basics;
}

/**
 * Contact lines that are the person's own: a line whose every address and number is one the
 * profile does not give for the person (a referee's "Dr. Helen Park, helen@…, 404.555.0100") is
 * someone else's. Without stated basics every line is kept.
 */
function ownLines(asked: PersonQuestion, lines: readonly FactLine[]): readonly FactLine[] {
  const basics = basicsOf(asked);
  const own = new Set(
    (['email', 'phone'] as const).flatMap((kind) =>
      [basics?.[kind], ...(basics?.[`${kind}s`] ?? [])]
        .filter((value): value is string => Boolean(value))
        .map((value) => contactKey(kind, value)),
    ),
  );
  if (own.size === 0) return lines;
  return lines.filter((line) => {
    const values = (['email', 'phone'] as const).flatMap((kind) =>
      contactValues(kind, line.text).map((value) => contactKey(kind, value)),
    );
    return values.length === 0 || values.some((value) => own.has(value));
  });
}

/**
 * The values asked for, each once, cited by the line giving it: a phone question gives the phone,
 * not the address beside it. When the profile names the person's own addresses or numbers, a value
 * it does not name (a referee's address, a grade read as digits) is someone else's and is left out.
 */
function statedValues(asked: PersonQuestion, what: string, lines: readonly FactLine[]) {
  const kind = contactKind(what);
  const basics = basicsOf(asked);
  const own = new Set(
    (kind === 'email'
      ? [basics?.email, ...(basics?.emails ?? [])]
      : kind === 'phone'
        ? [basics?.phone, ...(basics?.phones ?? [])]
        : []
    )
      .filter((value): value is string => Boolean(value))
      .map((value) => contactKey(kind, value)),
  );
  const seen = new Set<string>();
  const stated: { value: string; line: FactLine }[] = [];
  for (const line of lines) {
    for (const value of contactValues(kind, line.text)) {
      const key = contactKey(kind, value);
      if (seen.has(key) || (own.size > 0 && !own.has(key))) continue;
      seen.add(key);
      stated.push({ value, line });
    }
  }
  return stated.slice(0, MAX_VALUES);
}
