/**
 * CVs whose section headings no word list knows: invented phrases in five languages, emoji, the
 * person's field, in Markdown, plain text and HTML. The reader must tell each section's kind from
 * what it holds. The negative classes put publications, references and awards under invented
 * headings too: they hold dates and names but no role, so they must not become roles.
 */
import { headingKind } from '../../src/profile/sections.js';
import {
  BULLETS,
  DATE_FORMS,
  expectedOf,
  head,
  type Lang,
  languageIn,
  type Person,
  roleExpected,
  type SyntheticCv,
} from './syntheticCvs.js';
import type { ExpectedRole } from './syntheticCvs.js';

type Part = 'work' | 'education' | 'skills' | 'languages';

/** Invented heading phrases per language, none of them in the heading lists (checked below). */
const INVENTED: Record<Lang, Record<Part, readonly string[]>> = {
  en: {
    work: ["Where I've worked", 'Stations', 'Places that paid me'],
    education: ['Where I studied', 'Lecture halls', 'Early years'],
    skills: ['Workbench', 'What I use', 'Daily drivers'],
    languages: ['How I talk', 'Tongues', 'Speaking'],
  },
  de: {
    work: ['Wegmarken', 'Wo ich war', 'Mein Weg'],
    education: ['Hörsäle', 'Wo ich lernte', 'Schulbank'],
    skills: ['Werkzeugkiste', 'Was ich nutze', 'Handwerkszeug'],
    languages: ['Wie ich spreche', 'Verständigung', 'Zungen'],
  },
  fr: {
    work: ['Mes escales', 'Mes étapes', 'Là où j’ai œuvré'],
    education: ['Bancs d’école', 'Là où j’ai appris', 'Amphis'],
    skills: ['Boîte à outils', 'Ce que j’utilise', 'Mon attirail'],
    languages: ['Comment je parle', 'Idiomes parlés', 'À l’oral'],
  },
  es: {
    work: ['Recorrido', 'Dónde he estado', 'Mi camino'],
    education: ['Aulas', 'Dónde aprendí', 'Mis pupitres'],
    skills: ['Caja de herramientas', 'Lo que uso', 'Mi arsenal'],
    languages: ['Cómo hablo', 'Lenguas habladas', 'De viva voz'],
  },
  pt: {
    work: ['Percurso', 'Por onde passei', 'Minha estrada'],
    education: ['Salas de aula', 'Onde aprendi', 'Bancos da escola'],
    skills: ['Caixa de ferramentas', 'O que uso', 'Meu arsenal'],
    languages: ['Como falo', 'Como me comunico', 'De viva voz'],
  },
};

const EMOJI: Record<Part, string> = { work: '🧭', education: '🏛️', skills: '🧰', languages: '🗣️' };

/** Every invented phrase, to check that none is a heading the lists know (the class would test nothing). */
export const INVENTED_HEADINGS: readonly string[] = Object.values(INVENTED).flatMap((byPart) =>
  Object.values(byPart).flat(),
);
export const knownHeadings = () => INVENTED_HEADINGS.filter((h) => headingKind(h) !== undefined);

const DATES: Record<Lang, string> = {
  en: 'Mon YYYY - Mon YYYY',
  de: 'März YYYY – heute',
  fr: "janv. YYYY – aujourd'hui",
  es: 'ene. YYYY – actualidad',
  pt: 'YYYY – atual',
};

export type HeadingStyle = 'markdown' | 'capitals' | 'emoji' | 'field' | 'none';

/** One person's CV with a heading from `heading(part)` over each section, or none when it gives undefined. */
function bodyOf(p: Person, lang: Lang, heading: (part: Part) => string): { lines: string[]; work: ExpectedRole[] } {
  const lines: string[] = [heading('work'), ''];
  const work: ExpectedRole[] = [];
  for (const r of p.roles) {
    const written = DATE_FORMS[DATES[lang]]!(r.start, r.end);
    lines.push(`${r.title} – ${r.employer}`, written.text, `- ${BULLETS[0]}`, '');
    work.push(roleExpected(r, written));
  }
  lines.push(heading('education'), '');
  for (const s of p.schools) lines.push(s.degree, s.institution, `${s.start.year} – ${s.end.year}`, '');
  lines.push(heading('skills'), '', p.skills.join(', '), '');
  lines.push(heading('languages'), '');
  lines.push(p.languages.map((l) => `${languageIn(lang, l.language)} (${l.level})`).join(', '), '');
  return { lines, work };
}

/** Headings no list knows, in one language and style; `k` picks the phrase. */
export function unnamedHeadingsCv(p: Person, lang: Lang, style: HeadingStyle, k: number): SyntheticCv {
  const phrase = (part: Part) => INVENTED[lang][part][k % 3]!;
  const heading = (part: Part): string => {
    if (style === 'markdown') return `## ${phrase(part)}`;
    if (style === 'capitals') return phrase(part).toUpperCase();
    if (style === 'emoji') return `## ${EMOJI[part]}`;
    if (style === 'none') return `## ${part}`;
    // The person's field over their roles, invented phrases over the rest.
    return part === 'work' ? `## ${p.roles[0]!.title.split(/\s+/).at(-1)}` : `## ${phrase(part)}`;
  };
  const markdown = style !== 'capitals';
  const body = bodyOf(p, lang, heading);
  // No heading at all: only blank lines stand between the parts.
  const lines = style === 'none' ? body.lines.filter((l) => !l.startsWith('## ')) : body.lines;
  const { work } = body;
  return {
    className: `unnamed headings: ${style} (${lang})`,
    file: `cv.${markdown ? 'md' : 'txt'}`,
    text: [...head(p, markdown), ...lines].join('\n'),
    expected: expectedOf(p, work),
  };
}

/** An HTML page whose <h2>s are invented phrases. */
export function unnamedHtmlCv(p: Person, k: number): SyntheticCv {
  const { lines, work } = bodyOf(p, 'en', (part) => `<h2>${INVENTED.en[part][k % 3]}</h2>`);
  const body = lines.map((l) => (l.startsWith('<h2>') || !l ? l : `<p>${l.replace(/^- /, '')}</p>`));
  const text = [
    '<!DOCTYPE html>',
    `<html><head><title>${p.name}</title></head><body>`,
    `<h1>${p.name}</h1>`,
    `<p>${p.email} | ${p.phone}</p>`,
    ...body,
    '</body></html>',
  ].join('\n');
  return { className: 'unnamed headings: HTML', file: 'cv.html', text, expected: expectedOf(p, work) };
}

/** Invented people's publications, references and awards: dated, named, but no roles. */
const DECOYS = {
  publications: (p: Person) => {
    const surname = p.name.split(' ').at(-1);
    return [
      `${surname}, A. and Okafor, B. (2019). Sparse joins at scale. Journal of Data Systems, pp. 44–59.`,
      `${surname}, A. et al. (2021 – 2022). Latency budgets. In Proceedings of the Systems Conference.`,
    ];
  },
  references: () => [
    'Dr. Mirela Castellan, Head of Engineering, Veltrano Systems, 2016 – 2020',
    'Available upon request.',
  ],
  awards: () => ['Best Engineer Award, Quillon Labs, 2018', 'Winner, Open Data Prize 2015 – 2016'],
} as const;

/** A CV with invented headings over its roles and over a decoy list that holds no roles. */
export function unnamedDecoyCv(p: Person, decoy: keyof typeof DECOYS, k: number): SyntheticCv {
  const { lines, work } = bodyOf(p, 'en', (part) => `## ${INVENTED.en[part][k % 3]}`);
  const decoyHeadings = { publications: 'Ink on paper', references: 'People who know me', awards: 'Shiny things' };
  lines.push(`## ${decoyHeadings[decoy]}`, '', ...DECOYS[decoy](p).map((l) => `- ${l}`), '');
  return {
    className: `unnamed headings: ${decoy} are no roles`,
    file: 'cv.md',
    text: [...head(p, true), ...lines].join('\n'),
    expected: expectedOf(p, work),
  };
}
