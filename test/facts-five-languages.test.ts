/**
 * The facts read from a profile's passages (src/facts/profileFacts.ts: the role heads, school lines
 * and skills lines employer, school, timeline and skills answers quote) under section headings in
 * the five languages. Every person, employer and school is invented. Each CV holds two roles, one
 * school and a skills list, in two layouts (a sub-heading per role; one line per role), beside a
 * projects and a certificates section whose dated lines are no roles.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../src/chunking/chunkDocument.js';
import { estimateTokens } from '../src/embedding/tokenEstimate.js';
import { profileFacts, type ProfileFacts } from '../src/facts/profileFacts.js';
import type { TextLanguage as Lang } from '../src/text/language.js';

interface Headings {
  readonly experience: readonly string[];
  readonly education: readonly string[];
  readonly skills: readonly string[];
  readonly projects: string;
  readonly certificates: string;
  readonly now: string;
}

const HEADINGS: Record<Lang, Headings> = {
  en: {
    experience: ['Professional Experience', 'Work History'],
    education: ['Education', 'Academic Background'],
    skills: ['Technical Skills', 'Core Competencies'],
    projects: 'Side Projects',
    certificates: 'Certifications',
    now: 'present',
  },
  de: {
    experience: ['Berufserfahrung', 'Beruflicher Werdegang'],
    education: ['Ausbildung', 'Studium'],
    skills: ['Kenntnisse', 'Fachkenntnisse'],
    projects: 'Projekte',
    certificates: 'Zertifikate',
    now: 'heute',
  },
  fr: {
    experience: ['Expérience professionnelle', 'Parcours professionnel'],
    education: ['Formation', 'Études'],
    skills: ['Compétences', 'Compétences techniques'],
    projects: 'Projets personnels',
    certificates: 'Certifications',
    now: "aujourd'hui",
  },
  es: {
    experience: ['Experiencia laboral', 'Trayectoria profesional'],
    education: ['Educación', 'Formación académica'],
    skills: ['Habilidades', 'Conocimientos técnicos'],
    projects: 'Proyectos',
    certificates: 'Certificaciones',
    now: 'actualidad',
  },
  pt: {
    experience: ['Experiência Profissional', 'Histórico profissional'],
    education: ['Formação Acadêmica', 'Educação'],
    skills: ['Competências', 'Habilidades técnicas'],
    projects: 'Projetos',
    certificates: 'Certificações',
    now: 'atual',
  },
};

const PEOPLE: Record<Lang, { employers: [string, string]; titles: [string, string]; school: string; skills: string }> =
  {
    en: {
      employers: ['Harwick Freight Ltd', 'Pellow Analytics'],
      titles: ['Data Engineer', 'Junior Analyst'],
      school: 'Norbridge University · BSc Mathematics',
      skills: 'Python, Airflow, PostgreSQL',
    },
    de: {
      employers: ['Kettler Logistik GmbH', 'Hollmann Bau AG'],
      titles: ['Backend-Entwicklerin', 'Werkstudentin'],
      school: 'Hochschule Lindau · B.Sc. Informatik',
      skills: 'Go, Kotlin, PostgreSQL',
    },
    fr: {
      employers: ['Fiduciaire Alpine', 'Maison Bréval'],
      titles: ['Comptable', 'Assistant de gestion'],
      school: 'Université de Valmont · Master Finance',
      skills: 'Excel, SAP, SQL',
    },
    es: {
      employers: ['Transportes Olivar', 'Grupo Almena'],
      titles: ['Jefa de tráfico', 'Analista'],
      school: 'Universidad de Castrillo · Grado en Economía',
      skills: 'Excel, Power BI, SQL',
    },
    pt: {
      employers: ['Cooperativa Serrana', 'Banco Vereda'],
      titles: ['Analista de dados', 'Estagiária'],
      school: 'Universidade Federal de Itaquera · Bacharelado em Estatística',
      skills: 'Python, R, SQL',
    },
  };

const LANGS = Object.keys(HEADINGS) as Lang[];

interface Case {
  readonly name: string;
  readonly text: string;
  readonly lang: Lang;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const lang of LANGS) {
    const h = HEADINGS[lang]!;
    const p = PEOPLE[lang]!;
    for (const variant of [0, 1] as const) {
      const extra = [
        `## ${h.projects}`,
        '',
        'Wetterstation · 2021 – 2022',
        '',
        `## ${h.certificates}`,
        '',
        'AWS Solutions Architect · 2020 – 2023',
        '',
      ];
      const tail = [
        `## ${h.education[variant]}`,
        '',
        `${p.school} · 2012 – 2016`,
        '',
        `## ${h.skills[variant]}`,
        '',
        `- ${p.skills}`,
        '',
        ...extra,
      ];
      const headed = [
        '# Test Person',
        '',
        `## ${h.experience[variant]}`,
        '',
        `### ${p.employers[0]}`,
        `${p.titles[0]} · 03/2019 – ${h.now}`,
        '- a duty',
        '',
        `### ${p.employers[1]}`,
        `${p.titles[1]} · 2016 – 2019`,
        '',
        ...tail,
      ];
      const lined = [
        '# Test Person',
        '',
        `## ${h.experience[variant]}`,
        '',
        `${p.titles[0]}, ${p.employers[0]} · 03/2019 – ${h.now}`,
        '',
        `${p.titles[1]}, ${p.employers[1]} · 2016 – 2019`,
        '',
        ...tail,
      ];
      out.push({ name: `${lang} headed ${variant}`, text: headed.join('\n'), lang });
      out.push({ name: `${lang} lined ${variant}`, text: lined.join('\n'), lang });
    }
  }
  return out;
}

function factsOf(text: string): ProfileFacts {
  const passages = chunkDocument(
    {
      source: 'corpus/cv.md',
      lines: text.split('\n'),
      person: { id: 'corpus/cv.md', name: 'Test Person', aliases: [], nameSource: 'heading' },
    },
    { countTokens: estimateTokens, maxTokens: 256 },
  );
  return profileFacts(passages);
}

/** What the facts of one CV get wrong, as short strings (empty when all is right). */
function wrongFacts(c: Case): string[] {
  const facts = factsOf(c.text);
  const h = HEADINGS[c.lang];
  const p = PEOPLE[c.lang];
  const wrong: string[] = [];
  const heads = facts.roles.map((role) => role.head);
  for (const employer of p.employers)
    if (!heads.some((head) => head.includes(employer))) wrong.push(`role missing: ${employer}`);
  for (const head of heads) {
    if (!p.employers.some((employer) => head.includes(employer))) wrong.push(`false role: ${head}`);
    if ([...h.experience, ...h.education].some((heading) => head.includes(heading)))
      wrong.push(`section heading in a role: ${head}`);
  }
  if (!facts.schools.some((line) => line.text.includes(p.school))) wrong.push('school missing');
  if (facts.schools.some((line) => p.employers.some((employer) => line.text.includes(employer))))
    wrong.push('a role read as a school');
  if (!facts.skills.some((line) => line.text.includes(p.skills))) wrong.push('skills list missing');
  return wrong;
}

describe('profile facts under headings in five languages (invented CVs)', () => {
  const all = cases();

  it.each(all.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(wrongFacts(c)).toEqual([]);
  });

  it('a dated project or certificate line is no role, in any of the five languages', () => {
    const falseRoles = all.flatMap((c) =>
      factsOf(c.text)
        .roles.map((role) => role.head)
        .filter((head) => /Wetterstation|AWS Solutions/.test(head)),
    );
    expect(falseRoles).toEqual([]);
  });
});
