/**
 * Synthetic layout bench, GitHub-profile READMEs that name their owner only in a greeting: a
 * heading or line such as "Hi there 👋, I'm …", "Hallo, ich bin …", "Bonjour ! Je suis …",
 * "¡Hola! Soy …", "Olá, eu sou a …", with "I'm currently working on …" lines below that name
 * nobody. All people and words are invented.
 */
import { type Expected, expectedOf, HEADINGS, type Lang, type Person, type SyntheticCv } from './syntheticCvs.js';

/** The greeting each language's README opens with, the owner's name in it. */
const GREETINGS: Record<Lang, (name: string) => string> = {
  en: (name) => `Hi there 👋, I'm ${name}`,
  de: (name) => `Hallo 👋, ich bin ${name}`,
  fr: (name) => `Bonjour ! Je suis ${name}`,
  es: (name) => `¡Hola! Soy ${name}`,
  pt: (name) => `Olá, eu sou a ${name}`,
};

/** A README with a stats badge on top, the greeting as a heading, an HTML heading or a line under "Hey 👋". */
export function introNameCv(p: Person, lang: Lang, k: number): SyntheticCv {
  const greeting = GREETINGS[lang](p.name);
  const opening = [
    [`# ${greeting}`],
    [`<h1 align="center">${greeting}</h1>`],
    ['## Hey 👋', '', `${greeting}, and I like building data tools.`],
    [`Hello! My name is ${p.name} 🚀`],
  ][k % 4]!;
  const text = [
    '![Profile views](https://komarev.com/ghpvc/?username=someone&color=blue)',
    '',
    ...opening,
    '',
    "- 🔭 I'm currently working on Quillon Boards",
    '- 🌱 I am learning Rust',
    `- 📫 How to reach me: ${p.email}`,
    '',
    `## ${HEADINGS[lang].skills}`,
    '',
    p.skills.join(', '),
  ];
  const expected: Expected = { ...expectedOf(p, []), phone: '', education: [], languages: [] };
  return { className: 'README: owner named in the greeting', file: 'README.md', text: text.join('\n'), expected };
}
