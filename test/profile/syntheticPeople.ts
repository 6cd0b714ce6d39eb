/**
 * Invented people for the synthetic layout bench: names, employers, titles, schools, degrees,
 * skills and languages made up for these tests (no CV text), in five languages, picked by a seeded
 * generator so every run builds the same CVs.
 */

/** A year and an optional month. */
export interface When {
  readonly year: number;
  readonly month?: number;
}

export interface Role {
  readonly employer: string;
  readonly title: string;
  readonly city: string;
  readonly start: When;
  /** undefined: still held. */
  readonly end?: When;
}

export interface School {
  readonly institution: string;
  readonly degree: string;
  readonly start: When;
  readonly end: When;
}

export interface Person {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly roles: readonly Role[];
  readonly schools: readonly School[];
  readonly skills: readonly string[];
  /** English names, with a fluency each. */
  readonly languages: readonly { readonly language: string; readonly level: string }[];
}

import type { TextLanguage as Lang } from '../../src/text/language.js';

export type { Lang };

/** mulberry32: a small seeded generator, enough to vary the people. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Distinct picks, in the list's order of drawing. */
function picks<T>(random: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

const FIRST = ['Ilona', 'Tomasz', 'Maëlle', 'Joaquín', 'Benedita', 'Oskar', 'Rahel', 'Dario', 'Solveig', 'Kwame'];
const LAST = [
  'Varga',
  'Brennholt',
  'Quintavalle',
  'Ostrander',
  'Mirabeau',
  'Castellanos',
  'Ferreira Lobo',
  'Lindqvist',
];

const EMPLOYERS: Record<Lang, readonly string[]> = {
  en: ['Brightwater Analytics', 'Kettlestone Labs', 'Harbor & Finch', 'Northgate Robotics', 'Bluefen Software'],
  de: ['Nordlicht Systeme GmbH', 'Feldberg Datenwerk', 'Kranich Logistik AG', 'Isarblick Software', 'Tannhof Energie'],
  fr: ['Atelier Lumière', 'Groupe Vercors', 'Solvane Conseil', 'Ondine Numérique', 'Maison Bellerive'],
  es: ['Soluciones Andinas', 'Grupo Alborada', 'Mareas Digitales', 'Tecnologías Sierra Clara', 'Consultora Olmedo'],
  pt: ['Vale Verde Tecnologia', 'Grupo Maresia', 'Ipê Sistemas', 'Rio Claro Dados', 'Serra Azul Consultoria'],
};

const TITLES: Record<Lang, readonly string[]> = {
  en: ['Software Engineer', 'Data Analyst', 'Product Manager', 'Senior Backend Developer', 'Research Scientist'],
  de: ['Softwareentwickler', 'Datenanalystin', 'Projektleiter', 'Systemadministrator', 'Werkstudent'],
  fr: ['Ingénieur logiciel', 'Chef de projet', 'Développeuse web', 'Analyste de données', 'Consultant'],
  es: ['Ingeniero de datos', 'Desarrollador web', 'Jefe de proyecto', 'Analista de sistemas', 'Consultora'],
  pt: ['Engenheiro de Software', 'Analista de dados', 'Gerente de projetos', 'Desenvolvedora web', 'Consultor'],
};

const CITIES = ['Lisbon', 'Leipzig', 'Lyon', 'Valencia', 'Porto Alegre', 'Leeds', 'Graz', 'Remote'];

const SCHOOLS: Record<Lang, readonly string[]> = {
  en: ['University of Eastbrook', 'Northfield Institute of Technology', 'Westmarch College'],
  de: ['Technische Universität Halden', 'Universität Rabenau', 'Hochschule Talheim'],
  fr: ['Université de Valmont', 'École Centrale de Brissac', 'Institut National de Caudry'],
  es: ['Universidad de Arenales', 'Universidad Politécnica de Olmos', 'Instituto Tecnológico de Vallehermoso'],
  pt: ['Universidade de Serra Alta', 'Universidade Federal de Campo Largo', 'Instituto Superior de Vila Clara'],
};

/** Degrees as people write them in five languages, with the study level each names. */
export const DEGREES: readonly string[] = [
  'B.Sc. in Computer Science',
  'MSc Data Science',
  'M.Eng. Mechanical Engineering',
  'Licenciatura em Economia',
  'Diplom-Ingenieur Maschinenbau',
  'Mestrado em Engenharia Informática',
  'Doctorat en Chimie',
  'Laurea in Fisica',
  'Bachelor of Arts in History',
  'Dr. rer. nat. Physik',
];

const SKILLS = [
  'Python',
  'TypeScript',
  'PostgreSQL',
  'Kubernetes',
  'Terraform',
  'Rust',
  'Figma',
  'Apache Kafka',
  'React',
  'Go',
  'Tableau',
  'Docker',
];

const LANGUAGES = ['English', 'German', 'French', 'Spanish', 'Portuguese', 'Italian'];
const LEVELS = ['native', 'fluent', 'C1', 'B2', 'basic'];

/** Latest first, as CVs list roles: the first may still be held. */
function careerDates(random: () => number, count: number, openFirst: boolean): { start: When; end?: When }[] {
  const spans: { start: When; end?: When }[] = [];
  let year = 2024 - Math.floor(random() * 2);
  for (let i = 0; i < count; i++) {
    const endMonth = 1 + Math.floor(random() * 12);
    const length = 1 + Math.floor(random() * 3);
    const startMonth = 1 + Math.floor(random() * 12);
    const end = i === 0 && openFirst ? undefined : { year, month: endMonth };
    const start = { year: year - length, month: startMonth };
    spans.push({ start, ...(end ? { end } : {}) });
    year = start.year - 1;
  }
  return spans;
}

export function person(seed: number, lang: Lang = 'en'): Person {
  const random = seeded(seed);
  const first = pick(random, FIRST);
  const last = pick(random, LAST);
  const count = 2 + Math.floor(random() * 2);
  const employers = picks(random, EMPLOYERS[lang], count);
  const titles = picks(random, TITLES[lang], count);
  const roles = careerDates(random, count, random() < 0.6).map((dates, i) => ({
    employer: employers[i]!,
    title: titles[i]!,
    city: pick(random, CITIES),
    ...dates,
  }));
  const schoolYear = roles.at(-1)!.start.year - 1;
  const schools = picks(random, SCHOOLS[lang], 2).map((institution, i) => ({
    institution,
    degree: pick(random, DEGREES),
    start: { year: schoolYear - 3 - i * 4 },
    end: { year: schoolYear - i * 4 },
  }));
  const handle = `${first}.${last}`.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, '').toLowerCase();
  const languages = picks(random, LANGUAGES, 2 + Math.floor(random() * 2)).map((language, i) => ({
    language,
    level: i === 0 ? 'native' : pick(random, LEVELS.slice(1)),
  }));
  return {
    name: `${first} ${last}`,
    email: `${handle}@example.org`,
    phone: `+44 20 7946 0${String(100 + Math.floor(random() * 899))}`,
    roles,
    schools,
    skills: picks(random, SKILLS, 5 + Math.floor(random() * 4)),
    languages,
  };
}
