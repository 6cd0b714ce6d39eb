/**
 * The name a GitHub-profile README gives in its greeting, as a heading or a line near the top:
 * "Hi there 👋, I'm Jane Doe", "Hello! My name is Jane Doe", "Ich bin Jane Doe", "Je suis Jane
 * Doe", "Soy Jane Doe", "Sou a Jane Doe". Only capitalised words right after the phrase count,
 * so "I'm a software engineer", "I'm currently working on…" and "Je suis développeur" name nobody.
 */
import { asPersonName, isNameWord, NAME_PARTICLES } from './nameShape.js';
import { plainText } from '../text/markup.js';

/** How far into the text a greeting still introduces the owner: further down it quotes someone. */
const INTRO_REACH = 12;

const GREETING = new RegExp(
  '^(?:hi|hello|hey|hiya|howdy|greetings|hallo|moin|servus|hola|buenas|olá|ola|oi|bonjour|salut|ciao)(?!\\p{L})' +
    '(?:\\s+(?:there|all|everyone|everybody|folks|friends|world|zusammen|a todos|à tous|pessoal|mundo|gente))?',
  'iu',
);

/** Phrases that say a name follows; the second group names it outright, so one word is enough there. */
const INTRO = new RegExp(
  "^(?:(i['’]m|i am|this is|ich bin|je suis|moi c['’]est|soy|eu sou(?:\\s+[oa])?|sou(?:\\s+[oa])?)|" +
    "(my name is|my name's|mein name ist|ich heiße|ich heisse|je m['’]appelle|mon nom est|me llamo|" +
    'mi nombre es|meu nome é|me chamo))\\s+',
  'iu',
);

/** "Hi, I'm Brazilian": where people come from, said where a one-word name would stand. */
const DEMONYM = new Set(
  (
    'american british canadian mexican brazilian argentinian argentine colombian chilean peruvian venezuelan ' +
    'cuban german french spanish portuguese italian dutch belgian swiss austrian polish ukrainian russian ' +
    'turkish greek irish scottish swedish norwegian danish finnish indian pakistani bangladeshi chinese ' +
    'japanese korean vietnamese thai indonesian filipino nigerian kenyan egyptian moroccan ghanaian ' +
    'australian european african asian latino latina brasileiro brasileira deutscher deutsche français ' +
    'française español española'
  ).split(' '),
);

/** Role words of the other four languages, said where the name would stand: "Soy Ingeniero de Datos". */
const ROLE_WORDS = new Set(
  (
    'ingeniero ingeniera desarrollador desarrolladora programador programadora estudiante ingenieur ' +
    'ingenieurin entwickler entwicklerin softwareentwickler informatiker informatikerin ingénieur ingénieure ' +
    'développeur développeuse étudiant étudiante engenheiro engenheira desenvolvedor desenvolvedora estudante'
  ).split(' '),
);

const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;

/** Emoji and pictographs beside a greeting ("Hi there 👋") carry no words. */
const PICTOGRAPHS = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}]/gu;

/** The capitalised words at the start of `text`, particles kept between them: "Jane de Souza, a …" → three. */
function leadingNameWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/[,.;:!?)]+$/u, '');
    const capital = /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word);
    if (!capital && !(words.length > 0 && NAME_PARTICLES.has(word))) break;
    words.push(word);
    if (word !== raw || words.length === 5) break;
  }
  while (words.length > 0 && NAME_PARTICLES.has(words.at(-1)!)) words.pop();
  return words;
}

/** The name a greeting line gives, or undefined when the line is no such greeting. */
export function introNameIn(raw: string): string | undefined {
  let text = plainText(raw.replace(/^ {0,3}#{1,6}[ \t]+/, ''))
    .replace(PICTOGRAPHS, ' ')
    .replace(/^[\s¡¿]+/u, '')
    .trim();
  const greeting = GREETING.exec(text);
  if (greeting) text = text.slice(greeting[0].length).replace(/^[\s,!.:;—–-]+/u, '');
  const intro = INTRO.exec(text);
  if (!intro) return undefined;
  const words = leadingNameWords(text.slice(intro[0].length));
  if (words.some((word) => ROLE_WORDS.has(word.toLowerCase()))) return undefined;
  if (words.length === 1) {
    // "Hi, I'm Jane" / "My name is Jane": one word names the owner only after a greeting or a naming phrase.
    const word = words[0]!;
    return (greeting || intro[2]) && isNameWord(word) && !DEMONYM.has(word.toLowerCase()) ? word : undefined;
  }
  return asPersonName(words.join(' '));
}

/** The first greeting near the top of the text that names the owner. */
export function nameFromIntro(lines: readonly string[], firstLine = 0): string | undefined {
  let seen = 0;
  let fenced = false;
  for (let i = firstLine; i < lines.length && seen < INTRO_REACH; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced || line.trim() === '') continue;
    seen++;
    const name = introNameIn(line);
    if (name) return name;
  }
  return undefined;
}
