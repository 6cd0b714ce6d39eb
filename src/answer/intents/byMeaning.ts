/**
 * What a name asked about is, read from what the profiles hold where the wording cannot tell: "who
 * has Acme experience?" asks who worked at Acme when Acme is no technology and only role headings
 * name it; "who's an Acme alum?" asks who worked there when no school is Acme.
 */
import { canonicalSkill } from '../../retrieval/skillMatch.js';
import type { QuestionContext } from '../context.js';
import { occurrencesOf } from '../../text/asWritten.js';
import type { Intent } from '../intent.js';
import { answerEmployer } from './employer.js';
import { answerSchool } from './school.js';
import { searchEveryone } from './search.js';
import { answerWhoKnows } from './whoKnows.js';
import { factsWithProfile } from '../profileRoles.js';
import type { Answer, Citation } from '../types.js';

type KindOf<K extends Intent['kind']> = Extract<Intent, { kind: K }>;

/** Every word capitalised (or a number): "Havelblick AG", not "a high-street bank". */
const AS_A_NAME = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*\s*)+$/u;

/**
 * Whether a cited line is one of its person's role headings (employer line, title, dates) writing
 * `name` as a name: capitalised, as an employer is ("Softwareentwickler · Havelblick AG").
 */
function roleHeadingNaming(name: string, citation: Citation, ctx: QuestionContext): boolean {
  const entry = ctx.directory.find((person) => person.name === citation.person);
  const facts = entry && factsWithProfile(ctx, entry.personId);
  if (facts?.source !== citation.source) return false;
  return facts.roles.some(
    (role) =>
      role.first.line <= citation.startLine &&
      citation.endLine <= role.last.line &&
      occurrencesOf(role.head, name).found.some((found) => AS_A_NAME.test(found.written)),
  );
}

/**
 * Who knows a skill; but a name no technology list holds, found only on role headings ("who has
 * Havelblick experience?"), is where those people worked: their roles answer, with dates.
 */
export async function skillAsked(question: string, intent: KindOf<'who-knows'>, ctx: QuestionContext): Promise<Answer> {
  const answer = await answerWhoKnows(question, intent, ctx);
  const [skill, ...others] = intent.skills;
  // "wer analysiert Verkaufsdaten?", "quem geriu uma equipe?": a clause read as a skill that no profile
  // names is something someone did; the passages that say it answer, when any does well enough.
  if (answer.noAnswer && !intent.spoken && others.length === 0 && skill!.split(/\s+/).length >= 2) {
    const found = await searchEveryone(question, ctx);
    return found.noAnswer ? answer : found;
  }
  if (answer.noAnswer || intent.spoken || others.length > 0 || ctx.skills.names().has(canonicalSkill(skill!)))
    return answer;
  // A line beyond the role headings (a skills list, a sentence) holds it as a skill: a skill question.
  if (!answer.citations.every((citation) => roleHeadingNaming(skill!, citation, ctx))) return answer;
  const employed = await answerEmployer(question, { kind: 'employer', entity: skill! }, ctx);
  return employed.noAnswer ? answer : employed;
}

/** "alum", "alumni", "ex-": words of having been somewhere that say neither school nor work. */
const ALUMNI = /(?<!\p{L})(?:alum|alums|alumni|alumnus|alumna|alumnae)(?!\p{L})/iu;

/** Who studied somewhere; "who's an Acme alum?" with no school of that name and a role there is who worked there. */
export async function schoolAsked(question: string, intent: KindOf<'school'>, ctx: QuestionContext): Promise<Answer> {
  const answer = await answerSchool(question, intent, ctx);
  if (!answer.noAnswer || !intent.entity || intent.degree || !ALUMNI.test(question)) return answer;
  const employed = await answerEmployer(question, { kind: 'employer', entity: intent.entity }, ctx);
  return employed.noAnswer ? answer : employed;
}
