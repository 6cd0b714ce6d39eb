/**
 * Roles written as stacks of short lines, in the orders CV writers use: title, employer and dates each
 * on a line of their own (title/employer/dates, employer/title/dates, dates/employer/title), the
 * employer and its dates on one line with the title below, the title and its dates flush right with
 * the employer below, a location line between, several titles stacked under one employer; with and
 * without bullets. Employers written with a descriptor or a place ("Hollmann Bau GmbH, Kiel",
 * "Quillon (fintech start-up, 40 people)", "Harwick Labs — Leeds, UK", "Redfern | Remote",
 * "Freelance", "Selbstständig", "Indépendante", "Autónoma", "Autônoma", "Self-employed"). Work headings
 * no list holds whole: a qualifier and a work noun in each language ("Engineering Experience",
 * "Beschäftigungsverlauf", "Expériences significatives", "Experiencia laboral relevante",
 * "Histórico profissional"), in capitals, with a colon, a number, an underline row or decorations.
 * Each CV is written as plain text, Markdown, DOCX, and PDF in one or two columns, with an education,
 * a projects and a volunteering section stacked the same way, whose entries must give no role.
 * Every person, employer and school is invented.
 */
import { bullet, makeDocx, paragraph, runs } from '../../scripts/synthetic/docxFixture.js';
import { makePdf, type PlacedText, textWidth } from '../../scripts/synthetic/pdfFixture.js';
import type { Role } from './syntheticMarkupRoles.js';
import type { StatedRole } from './roleMisses.js';
import { LANGUAGES, type TextLanguage as Lang } from '../../src/text/language.js';

export type { Lang };
export const LANGS: readonly Lang[] = LANGUAGES;
export type Format = 'txt' | 'md' | 'docx' | 'pdf' | 'pdf2';
export const FORMATS: readonly Format[] = ['txt', 'md', 'docx', 'pdf', 'pdf2'];

export interface StackedProbe {
  readonly className: string;
  readonly lang: Lang;
  readonly format: Format;
  readonly file: string;
  readonly text: string | Buffer;
  readonly roles: readonly StatedRole[];
  /** What varies inside the class (the heading as written), for the probe's printout. */
  readonly note?: string;
  /**
   * A town no list holds stands between a plain employer and a plain title ("Kettle Yard Coffee" /
   * "Halvard" / "Barista"): no word and no place tells the town from the title there.
   */
  readonly wordsNeeded?: boolean;
}

interface Person {
  readonly name: string;
  readonly email: string;
  readonly roles: readonly Role[];
  /** Employer lines written with a descriptor or a place, one per role (the employer stays as above). */
  readonly described: readonly string[];
  /** A second title held at the first employer before the first (a promotion). */
  readonly earlier: Role;
  readonly schools: readonly { degree: string; school: string; years: readonly [number, number] }[];
  readonly project: readonly [string, string, number];
  readonly volunteer: readonly [string, string, number, number];
}

const PEOPLE: Record<Lang, Person> = {
  en: {
    name: 'Rowan Ashby',
    email: 'rowan.ashby@example.org',
    roles: [
      { title: 'Senior Data Engineer', employer: 'Harwick Labs', city: 'Leeds', start: [2021, 3] },
      { title: 'Backend Developer', employer: 'Quillon Systems Ltd', city: 'York', start: [2017, 9], end: [2021, 2] },
      { title: 'Support Analyst', employer: 'Redfern Holdings', city: 'Hull', start: [2015, 6], end: [2017, 8] },
    ],
    described: [
      'Harwick Labs — Leeds, UK',
      'Quillon Systems Ltd (fintech start-up, 40 people)',
      'Redfern Holdings | Remote',
    ],
    earlier: { title: 'Data Engineer', employer: 'Harwick Labs', city: 'Leeds', start: [2019, 1], end: [2021, 2] },
    schools: [{ degree: 'BSc Computer Science', school: 'University of Eastbrook', years: [2011, 2015] }],
    project: ['Tidewatch', 'Open-source flood map', 2020],
    volunteer: ['Mentor', 'Code Club Leeds', 2016, 2019],
  },
  de: {
    name: 'Greta Lindqvist',
    email: 'greta.lindqvist@example.de',
    roles: [
      { title: 'Teamleiterin Vertrieb', employer: 'Hollmann Bau GmbH', city: 'Kiel', start: [2019, 4] },
      { title: 'Sachbearbeiterin', employer: 'Förde Reederei', city: 'Flensburg', start: [2015, 1], end: [2019, 3] },
      { title: 'Projektassistentin', employer: 'Nordlicht Medien', city: 'Hamburg', start: [2012, 8], end: [2014, 12] },
    ],
    described: [
      'Hollmann Bau GmbH, Kiel',
      'Förde Reederei (Logistik, 120 Mitarbeitende)',
      'Nordlicht Medien — Hamburg, Deutschland',
    ],
    earlier: {
      title: 'Vertriebsmitarbeiterin',
      employer: 'Hollmann Bau GmbH',
      city: 'Kiel',
      start: [2017, 1],
      end: [2019, 3],
    },
    schools: [{ degree: 'B.A. Betriebswirtschaft', school: 'Hochschule Trelling', years: [2008, 2012] }],
    project: ['Hafenlotse', 'App für Liegeplätze', 2018],
    volunteer: ['Trainerin', 'TSV Kiel-Süd', 2013, 2016],
  },
  fr: {
    name: 'Claire Montbrun',
    email: 'claire.montbrun@example.fr',
    roles: [
      { title: 'Cheffe de projet', employer: 'Fiduciaire Alpine', city: 'Annecy', start: [2018, 9] },
      { title: 'Consultante', employer: 'Bleu Cobalt', city: 'Lille', start: [2014, 9], end: [2018, 8] },
      { title: 'Chargée de mission', employer: 'Atelier Moreau', city: 'Nantes', start: [2012, 1], end: [2014, 6] },
    ],
    described: [
      'Fiduciaire Alpine, Annecy',
      'Bleu Cobalt (cabinet de conseil, 30 personnes)',
      'Atelier Moreau — Nantes, France',
    ],
    earlier: {
      title: 'Chargée d’affaires',
      employer: 'Fiduciaire Alpine',
      city: 'Annecy',
      start: [2016, 1],
      end: [2018, 8],
    },
    schools: [{ degree: 'Master Finance', school: 'Université de Pontvieux', years: [2010, 2012] }],
    project: ['Carnet Vert', 'Site associatif', 2017],
    volunteer: ['Trésorière', 'Association Lire Ensemble', 2015, 2019],
  },
  es: {
    name: 'Lucía Barrancos',
    email: 'lucia.barrancos@example.es',
    roles: [
      { title: 'Jefa de tráfico', employer: 'Transportes Olivar', city: 'Sevilla', start: [2020, 2] },
      { title: 'Analista de datos', employer: 'Seguros Montera', city: 'Madrid', start: [2016, 5], end: [2020, 1] },
      { title: 'Técnica de soporte', employer: 'Grupo Alcores', city: 'Córdoba', start: [2013, 3], end: [2016, 4] },
    ],
    described: [
      'Transportes Olivar | Sevilla',
      'Seguros Montera (aseguradora, 200 empleados)',
      'Grupo Alcores — Córdoba, España',
    ],
    earlier: {
      title: 'Coordinadora de rutas',
      employer: 'Transportes Olivar',
      city: 'Sevilla',
      start: [2018, 6],
      end: [2020, 1],
    },
    schools: [{ degree: 'Grado en Estadística', school: 'Universidad de Quintal', years: [2009, 2013] }],
    project: ['Rutas Abiertas', 'Mapa de rutas', 2019],
    volunteer: ['Coordinadora', 'Banco de Alimentos del Sur', 2014, 2017],
  },
  pt: {
    name: 'Mariana Teixeira',
    email: 'mariana.teixeira@example.pt',
    roles: [
      { title: 'Engenheira de software', employer: 'Banco Ipê', city: 'Campinas', start: [2019, 1] },
      {
        title: 'Analista de sistemas',
        employer: 'Cooperativa Cerrado',
        city: 'Goiânia',
        start: [2015, 3],
        end: [2018, 12],
      },
      { title: 'Estagiária de TI', employer: 'Grupo Jatobá', city: 'Recife', start: [2013, 2], end: [2014, 12] },
    ],
    described: [
      'Banco Ipê, Campinas',
      'Cooperativa Cerrado (agronegócio, 80 pessoas)',
      'Grupo Jatobá — Recife, Brasil',
    ],
    earlier: {
      title: 'Desenvolvedora',
      employer: 'Banco Ipê',
      city: 'Campinas',
      start: [2017, 1],
      end: [2018, 12],
    },
    schools: [{ degree: 'Bacharelado em Computação', school: 'Universidade Federal do Sertão', years: [2009, 2013] }],
    project: ['Feira Livre', 'Aplicativo de feiras', 2018],
    volunteer: ['Voluntária', 'Associação Mãos Dadas', 2012, 2015],
  },
};

/**
 * The same languages with roles no word list knows: titles with no title word ("Barista",
 * "Sommelière", "Piloto"), employers with no organisation word. Only where the parts stand tells them.
 */
const PLAIN: Record<Lang, Person> = {
  en: {
    ...PEOPLE.en,
    name: 'Tamsin Greaves',
    email: 'tamsin.greaves@example.org',
    roles: [
      { title: 'Barista', employer: 'Kettle Yard Coffee', city: 'Halvard', start: [2021, 5] },
      { title: 'Delivery Driver', employer: 'Oakmere Freight', city: 'Brackwater', start: [2018, 2], end: [2021, 4] },
      { title: 'Quant', employer: 'Tallow & Finch', city: 'Ravensgate', start: [2016, 1], end: [2018, 1] },
    ],
    described: [
      'Kettle Yard Coffee, Halvard',
      'Oakmere Freight (family haulier, 25 people)',
      'Tallow & Finch | Remote',
    ],
    earlier: {
      title: 'Kitchen Porter',
      employer: 'Kettle Yard Coffee',
      city: 'Halvard',
      start: [2019, 3],
      end: [2021, 4],
    },
  },
  de: {
    ...PEOPLE.de,
    name: 'Jana Kessler',
    email: 'jana.kessler@example.de',
    roles: [
      { title: 'Disponentin', employer: 'Nordwind Spedition', city: 'Heide', start: [2020, 3] },
      { title: 'Kassiererin', employer: 'Marktkauf Brenner', city: 'Husum', start: [2016, 8], end: [2020, 2] },
    ],
    described: ['Nordwind Spedition — Heide, Deutschland', 'Marktkauf Brenner (Einzelhandel, 60 Mitarbeitende)'],
    earlier: { title: 'Lageristin', employer: 'Nordwind Spedition', city: 'Heide', start: [2018, 1], end: [2020, 2] },
  },
  fr: {
    ...PEOPLE.fr,
    name: 'Anaïs Vauquelin',
    email: 'anais.vauquelin@example.fr',
    roles: [
      { title: 'Sommelière', employer: 'Maison Lirette', city: 'Vannes', start: [2019, 6] },
      { title: 'Vendeuse', employer: 'Boulangerie Fauré', city: 'Quimperlé', start: [2015, 9], end: [2019, 5] },
    ],
    described: ['Maison Lirette | Vannes', 'Boulangerie Fauré (commerce familial, 8 personnes)'],
    earlier: { title: 'Caviste', employer: 'Maison Lirette', city: 'Vannes', start: [2017, 2], end: [2019, 5] },
  },
  es: {
    ...PEOPLE.es,
    name: 'Inés Carvajal',
    email: 'ines.carvajal@example.es',
    roles: [
      { title: 'Camarera', employer: 'Taberna El Olivo', city: 'Úbeda', start: [2020, 7] },
      { title: 'Repartidora', employer: 'Mensajería Marisma', city: 'Lepe', start: [2017, 1], end: [2020, 6] },
    ],
    described: ['Taberna El Olivo, Úbeda', 'Mensajería Marisma (reparto urbano, 15 personas)'],
    earlier: { title: 'Cocinera', employer: 'Taberna El Olivo', city: 'Úbeda', start: [2018, 4], end: [2020, 6] },
  },
  pt: {
    ...PEOPLE.pt,
    name: 'Joana Valadares',
    email: 'joana.valadares@example.pt',
    roles: [
      { title: 'Bibliotecária', employer: 'Acervo Ipiranga', city: 'Itaúna', start: [2019, 2] },
      { title: 'Piloto', employer: 'Aerotáxi Serra Azul', city: 'Lavras', start: [2014, 4], end: [2019, 1] },
    ],
    described: ['Acervo Ipiranga — Itaúna, Brasil', 'Aerotáxi Serra Azul (táxi aéreo, 30 pessoas)'],
    earlier: { title: 'Arquivista', employer: 'Acervo Ipiranga', city: 'Itaúna', start: [2017, 5], end: [2019, 1] },
  },
};

/** Working for oneself, as each language writes it in the employer's place, with a title beside it. */
const SELF: Record<Lang, readonly { employer: string; title: string }[]> = {
  en: [
    { employer: 'Freelance', title: 'Web Developer' },
    { employer: 'Self-employed', title: 'Bookkeeper' },
  ],
  de: [{ employer: 'Selbstständig', title: 'Grafikdesignerin' }],
  fr: [{ employer: 'Indépendante', title: 'Traductrice' }],
  es: [{ employer: 'Autónoma', title: 'Diseñadora gráfica' }],
  pt: [{ employer: 'Autônoma', title: 'Fotógrafa' }],
};

const HEADINGS: Record<Lang, { work: string; education: string; projects: string; volunteer: string }> = {
  en: { work: 'Experience', education: 'Education', projects: 'Projects', volunteer: 'Volunteering' },
  de: { work: 'Berufserfahrung', education: 'Ausbildung', projects: 'Projekte', volunteer: 'Ehrenamt' },
  fr: { work: 'Expérience professionnelle', education: 'Formation', projects: 'Projets', volunteer: 'Bénévolat' },
  es: { work: 'Experiencia laboral', education: 'Formación', projects: 'Proyectos', volunteer: 'Voluntariado' },
  pt: { work: 'Experiência profissional', education: 'Formação', projects: 'Projetos', volunteer: 'Voluntariado' },
};

/**
 * Work headings no list holds whole: a qualifier and a work noun, in each language (the noun last in
 * English and German compounds, first in French, Spanish and Portuguese).
 */
export const NEW_WORK_HEADINGS: Record<Lang, readonly string[]> = {
  en: [
    'Technical Experience',
    'Engineering Experience',
    'Relevant Professional Experience',
    'Industry Experience',
    'Career History',
    'Employment Record',
    'Work History',
    'Software Engineering Experience',
    'Management Experience',
    'Full-Time Employment',
    'Prior Employment',
  ],
  de: [
    'Beschäftigungsverlauf',
    'Beruflicher Werdegang',
    'Bisherige Tätigkeiten',
    'Berufliche Erfahrungen und Positionen',
    'Relevante Berufserfahrung',
    'Beruflicher Hintergrund und Stationen',
    'Berufserfahrung im IT-Bereich',
    'Bisherige Arbeitgeber',
  ],
  fr: [
    'Parcours professionnel',
    'Expériences significatives',
    'Expériences professionnelles récentes',
    'Expérience professionnelle pertinente',
    'Principales expériences',
    'Expériences en entreprise',
    'Historique professionnel',
    'Emplois précédents',
  ],
  es: [
    'Experiencia laboral relevante',
    'Experiencia profesional destacada',
    'Trayectoria laboral',
    'Experiencia en el sector',
    'Historial de empleo',
    'Empleos anteriores',
    'Experiencia técnica',
    'Experiencia profesional reciente',
  ],
  pt: [
    'Histórico profissional',
    'Experiência profissional relevante',
    'Experiências anteriores',
    'Trajetória profissional',
    'Experiência na área',
    'Empregos anteriores',
    'Experiência técnica',
    'Histórico de empregos',
  ],
};

/**
 * Headings a qualifier puts beside a work noun that still head no job: volunteering, associations,
 * projects, courses. Their role-shaped entries must give no role.
 */
export const NOT_WORK_HEADINGS: Record<Lang, readonly string[]> = {
  en: ['Volunteer Experience', 'Project Experience', 'Leadership and Volunteering', 'Relevant Coursework'],
  de: ['Ehrenamtliche Tätigkeiten', 'Ehrenamtliche Erfahrung', 'Projekterfahrung'],
  fr: ['Expériences associatives', 'Expérience bénévole', 'Projets académiques'],
  es: ['Experiencia de voluntariado', 'Experiencia en voluntariado', 'Proyectos académicos'],
  pt: ['Experiência de voluntariado', 'Experiência voluntária', 'Projetos académicos'],
};

const MONTHS: Record<Lang, readonly string[]> = {
  en: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' '),
  de: 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split(' '),
  fr: 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(' '),
  es: 'ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.'.split(' '),
  pt: 'jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.'.split(' '),
};
const PRESENT: Record<Lang, string> = { en: 'Present', de: 'heute', fr: "aujourd'hui", es: 'actualidad', pt: 'atual' };
const DUTIES: Record<Lang, readonly string[]> = {
  en: ['Built and ran the team’s reporting.', 'Cut the monthly close from ten days to four.'],
  de: ['Aufbau und Betrieb des Berichtswesens.', 'Verkürzung des Monatsabschlusses auf vier Tage.'],
  fr: ['Mise en place du reporting de l’équipe.', 'Réduction de la clôture mensuelle à quatre jours.'],
  es: ['Puesta en marcha de los informes del equipo.', 'Reducción del cierre mensual a cuatro días.'],
  pt: ['Implantação dos relatórios da equipe.', 'Redução do fechamento mensal para quatro dias.'],
};

const iso = ([y, m]: readonly [number, number]) => `${y}-${String(m).padStart(2, '0')}`;
const statedOf = (r: Role): StatedRole => ({
  employer: r.employer,
  title: r.title,
  start: iso(r.start),
  ...(r.end ? { end: iso(r.end) } : {}),
});
/** A role's dates in one of three forms: "Mar 2021 – Present", "03/2021 - 12/2022", "2021 – 2022". */
const datesOf = (r: Role, lang: Lang, form = 0) => {
  const point = ([y, m]: readonly [number, number]) =>
    form === 1 ? `${String(m).padStart(2, '0')}/${y}` : form === 2 ? String(y) : `${MONTHS[lang][m - 1]} ${y}`;
  return `${point(r.start)} ${form === 1 ? '-' : '–'} ${r.end ? point(r.end) : PRESENT[lang]}`;
};

/**
 * One line of an entry: plain, or two parts set apart on one line (the second flush right in a
 * PDF or a Word tab stop, three spaces in text).
 */
type Line = string | readonly [string, string];
/** An entry: its head lines, then its body (bullets). */
interface Entry {
  readonly head: readonly Line[];
  readonly bullets: readonly string[];
  /** The body written as plain sentences, with no bullet marks. */
  readonly prose?: boolean;
}

/** A role's head lines in one of the stacked orders. */
type Stack = (r: Role, employer: string, dates: string) => Line[];
const STACKS: Record<string, Stack> = {
  'title / employer / dates': (r, e, d) => [r.title, e, d],
  'employer / title / dates': (r, e, d) => [e, r.title, d],
  'dates / employer / title': (r, e, d) => [d, e, r.title],
  'employer and dates on one line, title below': (r, e, d) => [[e, d], r.title],
  'title and dates flush right, employer below': (r, e, d) => [[r.title, d], e],
  'title / employer / location / dates': (r, e, d) => [r.title, e, r.city, d],
  'employer / location / title / dates': (r, e, d) => [e, r.city, r.title, d],
};

/** A CV in one format: the head, then sections of entries. */
interface CvSections {
  readonly lang: Lang;
  readonly person: Person;
  readonly sections: readonly { heading: string; entries: readonly Entry[] }[];
  /** How the work heading is written in plain text and PDF (an underline row, a number…). */
  readonly workHeadingLines?: readonly string[];
}

const flat = (l: Line, gap = '   ') => (typeof l === 'string' ? l : `${l[0]}${gap}${l[1]}`);

function plainText(cv: CvSections, markdown: boolean): string {
  const p = cv.person;
  const out = markdown ? [`# ${p.name}`, '', p.email, ''] : [p.name, p.email, ''];
  cv.sections.forEach((s, k) => {
    if (k === 0 && cv.workHeadingLines) out.push(...cv.workHeadingLines, '');
    else out.push(markdown ? `## ${s.heading}` : s.heading.toUpperCase(), '');
    for (const e of s.entries) {
      e.head.forEach((l, i) => out.push(markdown && i === 0 ? `**${flat(l)}**` : flat(l, markdown ? ' · ' : '   ')));
      out.push(...e.bullets.map((b) => (e.prose ? b : markdown ? `- ${b}` : `• ${b}`)), '');
    }
  });
  return out.join('\n');
}

function docx(cv: CvSections): Buffer {
  const p = cv.person;
  const body = [paragraph(p.name, 'Title'), paragraph(p.email)];
  cv.sections.forEach((s, k) => {
    if (k === 0 && cv.workHeadingLines) body.push(...cv.workHeadingLines.map((l) => paragraph(l)));
    else body.push(paragraph(s.heading, 'Heading1'));
    for (const e of s.entries) {
      for (const [i, l] of e.head.entries()) {
        if (typeof l === 'string') body.push(i === 0 ? runs([{ text: l, bold: true }]) : paragraph(l));
        else body.push(runs([{ text: l[0], bold: i === 0 }, { tab: true }, l[1]], { tabStop: true }));
      }
      body.push(...e.bullets.map((b) => (e.prose ? paragraph(b) : bullet(b))));
      body.push(paragraph(''));
    }
  });
  return makeDocx(body.join(''));
}

/** A PDF page: the sections down a main column (from x `left`), a sidebar with the contact when `sidebar`. */
function pdf(cv: CvSections, sidebar: boolean): Buffer {
  const p = cv.person;
  const left = sidebar ? 200 : 56;
  const right = 560;
  const texts: PlacedText[] = [];
  let y = 760;
  const put = (text: string, size = 10, x = left) => texts.push({ x, y, size, text });
  const flush = (text: string, size = 10) => texts.push({ x: right - textWidth(text, size), y, size, text });
  put(p.name, 18);
  y -= 22;
  if (!sidebar) {
    put(p.email, 9);
    y -= 24;
  } else {
    const side = ['CONTACT', p.email, '', 'SKILLS', 'Excel', 'SQL', 'Power BI', '', 'LANGUAGES', 'English'];
    side.forEach((t, i) => texts.push({ x: 36, y: 700 - i * 13, size: 8, text: t.slice(0, 30) }));
  }
  cv.sections.forEach((s, k) => {
    const heads = k === 0 && cv.workHeadingLines ? cv.workHeadingLines : [s.heading.toUpperCase()];
    for (const h of heads) {
      put(h, 12);
      y -= 16;
    }
    y -= 4;
    for (const e of s.entries) {
      for (const l of e.head) {
        if (typeof l === 'string') put(l);
        else {
          put(l[0]);
          flush(l[1]);
        }
        y -= 13;
      }
      for (const b of e.bullets) {
        put(e.prose ? b : `• ${b}`, 9, e.prose ? left : left + 8);
        y -= 12;
      }
      y -= 8;
    }
    y -= 6;
  });
  // Helvetica writes Latin-1; an icon before a heading is a glyph no text layer keeps.
  const latin = (t: string) => t.replace(/■ /g, '').replace(/[^\x00-\xff–—•’‘“”€]/g, '?');
  return makePdf([{ texts: texts.map((t) => ({ ...t, text: latin(t.text) })) }]);
}

function written(cv: CvSections, format: Format): { file: string; text: string | Buffer } {
  switch (format) {
    case 'txt':
      return { file: 'cv.txt', text: plainText(cv, false) };
    case 'md':
      return { file: 'cv.md', text: plainText(cv, true) };
    case 'docx':
      return { file: 'cv.docx', text: docx(cv) };
    case 'pdf':
      return { file: 'cv.pdf', text: pdf(cv, false) };
    case 'pdf2':
      return { file: 'cv.pdf', text: pdf(cv, true) };
  }
}

/** The sections after the work: education, projects and volunteering, stacked as the roles are. */
function otherSections(p: Person, lang: Lang, stack: Stack, bullets: boolean): CvSections['sections'] {
  const h = HEADINGS[lang];
  const asRole = (title: string, employer: string, start: number, end: number): Role => ({
    title,
    employer,
    city: '',
    start: [start, 9],
    end: [end, 6],
  });
  const y = (a: number, b: number) => `${a} – ${b}`;
  const drop = (lines: Line[]) => lines.filter((l) => l !== '');
  return [
    {
      heading: h.education,
      entries: p.schools.map((s) => ({
        head: drop(stack(asRole(s.degree, s.school, ...s.years), s.school, y(...s.years))),
        bullets: [],
      })),
    },
    {
      heading: h.projects,
      entries: [
        {
          head: [p.project[0], `${p.project[1]} (${p.project[2]})`],
          bullets: bullets ? [DUTIES[lang][0]!] : [],
        },
      ],
    },
    {
      heading: h.volunteer,
      entries: [
        {
          head: drop(
            stack(
              asRole(p.volunteer[0], p.volunteer[1], p.volunteer[2], p.volunteer[3]),
              p.volunteer[1],
              y(p.volunteer[2], p.volunteer[3]),
            ),
          ),
          bullets: [],
        },
      ],
    },
  ];
}

const probe = (
  className: string,
  lang: Lang,
  format: Format,
  cv: CvSections,
  roles: readonly StatedRole[],
): StackedProbe => ({ className, lang, format, ...written(cv, format), roles });

/** Class 1: every stacked order, with and without bullets, and one employer over two stacked titles. */
function stacked(): StackedProbe[] {
  const out: StackedProbe[] = [];
  LANGS.forEach((lang, li) => {
    [PEOPLE[lang], PLAIN[lang]].forEach((p, pi) => {
      Object.entries(STACKS).forEach(([order, stack], si) => {
        FORMATS.forEach((format, fi) => {
          const body = (li + si + fi + pi) % 3;
          const form = (si + fi + 2 * pi) % 3;
          const entries = p.roles.map((r) => ({
            head: stack(r, r.employer, datesOf(r, lang, form)),
            bullets: body === 2 ? [] : DUTIES[lang],
            prose: body === 1,
          }));
          const cv: CvSections = {
            lang,
            person: p,
            sections: [{ heading: HEADINGS[lang].work, entries }, ...otherSections(p, lang, stack, body !== 2)],
          };
          const note = `${pi ? 'plain ' : ''}${['bullets', 'prose', 'no body'][body]} dates ${form}`;
          const wordsNeeded = pi === 1 && order === 'employer / location / title / dates';
          out.push({ ...probe(`stacked: ${order}`, lang, format, cv, p.roles.map(statedOf)), note, wordsNeeded });
        });
      });
      // One employer over two stacked titles, each with its dates (the employer's line first).
      FORMATS.forEach((format, fi) => {
        const [first, ...rest] = p.roles;
        const body = (li + fi + pi) % 3;
        const b = body === 2 ? [] : DUTIES[lang];
        const withDates = fi % 2 === 0;
        const entries: Entry[] = [
          { head: [first!.employer, first!.title, datesOf(first!, lang)], bullets: b, prose: body === 1 },
          {
            head: withDates
              ? [[p.earlier.title, datesOf(p.earlier, lang)]]
              : [p.earlier.title, datesOf(p.earlier, lang)],
            bullets: b,
            prose: body === 1,
          },
          ...rest.map((r) => ({ head: [r.employer, r.title, datesOf(r, lang)], bullets: b, prose: body === 1 })),
        ];
        const cv: CvSections = {
          lang,
          person: p,
          sections: [
            { heading: HEADINGS[lang].work, entries },
            ...otherSections(p, lang, STACKS['employer / title / dates']!, body !== 2),
          ],
        };
        const roles = [first!, p.earlier, ...rest].map(statedOf);
        const note = `${pi ? 'plain ' : ''}${['bullets', 'prose', 'no body'][body]}`;
        out.push({ ...probe('stacked: one employer over several titles', lang, format, cv, roles), note });
      });
    });
  });
  return out;
}

/** Class 2: employers with a descriptor or a place after them, and working for oneself. */
function described(): StackedProbe[] {
  const out: StackedProbe[] = [];
  const orders = [
    'title / employer / dates',
    'employer / title / dates',
    'title and dates flush right, employer below',
    'employer and dates on one line, title below',
  ];
  LANGS.forEach((lang, li) => {
    for (const [pi, p] of [PEOPLE[lang], PLAIN[lang]].entries()) {
      const self = SELF[lang].map(
        (s, i): Role => ({
          title: s.title,
          employer: s.employer,
          city: '',
          start: [2010 - 2 * i, 1],
          end: [2011 - 2 * i, 12],
        }),
      );
      orders.forEach((order, oi) => {
        const stack = STACKS[order]!;
        FORMATS.forEach((format, fi) => {
          const bullets = (li + oi + fi + pi) % 2 === 1;
          const entries = [
            ...p.roles.map((r, i) => ({
              head: stack(r, p.described[i]!, datesOf(r, lang)),
              bullets: bullets ? DUTIES[lang] : [],
              prose: pi === 1,
            })),
            ...self.map((r) => ({ head: stack(r, r.employer, datesOf(r, lang)), bullets: [] })),
          ];
          const cv: CvSections = {
            lang,
            person: p,
            sections: [{ heading: HEADINGS[lang].work, entries }, ...otherSections(p, lang, stack, bullets)],
          };
          const roles = [...p.roles, ...self].map(statedOf);
          const note = `${pi ? 'plain ' : ''}${bullets ? 'bullets' : ''}`;
          const townBetween = p.described.some((d) => /\| (?!Remote)/.test(d)) && order.startsWith('employer');
          out.push({
            ...probe(`employer with a descriptor: ${order}`, lang, format, cv, roles),
            note,
            wordsNeeded: pi === 1 && townBetween,
          });
        });
      });
    }
  });
  return out;
}

/** How a heading is set apart: capitals, a colon, a number, an underline row, decorations. */
const DECOR: readonly ((h: string) => string[])[] = [
  (h) => [h.toUpperCase()],
  (h) => [`${h}:`],
  (h) => [`2. ${h}`],
  (h) => [h, '='.repeat(h.length)],
  (h) => [h.toUpperCase(), '-'.repeat(h.length)],
  (h) => [`— ${h} —`],
  (h) => [`■ ${h.toUpperCase()}`],
  (h) => [`II. ${h.toUpperCase()}`],
];

/** Class 3: work headings no list holds whole, in each style; then headings beside a work noun that head no job. */
function headings(): StackedProbe[] {
  const out: StackedProbe[] = [];
  LANGS.forEach((lang) => {
    const p = PEOPLE[lang];
    const stack = STACKS['title / employer / dates']!;
    NEW_WORK_HEADINGS[lang].forEach((heading, hi) => {
      FORMATS.forEach((format, fi) => {
        const decor = DECOR[(hi + fi) % DECOR.length]!;
        const entries = p.roles.map((r) => ({ head: stack(r, r.employer, datesOf(r, lang)), bullets: DUTIES[lang] }));
        const cv: CvSections = {
          lang,
          person: p,
          workHeadingLines: format === 'md' ? [`## ${heading}`] : decor(heading),
          sections: [{ heading, entries }, ...otherSections(p, lang, stack, true)],
        };
        const note = (cv.workHeadingLines ?? []).join(' / ');
        out.push({ ...probe('work heading: qualifier and work noun', lang, format, cv, p.roles.map(statedOf)), note });
      });
    });
    NOT_WORK_HEADINGS[lang].forEach((heading, hi) => {
      FORMATS.forEach((format, fi) => {
        const decor = DECOR[(hi + fi) % DECOR.length]!;
        const [first, ...rest] = p.roles;
        const v: Role = {
          title: p.volunteer[0],
          employer: p.volunteer[1],
          city: '',
          start: [p.volunteer[2], 3],
          end: [p.volunteer[3], 6],
        };
        const cv: CvSections = {
          lang,
          person: p,
          sections: [
            {
              heading: HEADINGS[lang].work,
              entries: [first!].map((r) => ({ head: stack(r, r.employer, datesOf(r, lang)), bullets: DUTIES[lang] })),
            },
            {
              heading,
              entries: [...rest.slice(0, 1).map((r) => ({ ...r, employer: v.employer, title: v.title })), v].map(
                (r) => ({ head: stack(r, r.employer, datesOf(r, lang)), bullets: [DUTIES[lang][0]!] }),
              ),
            },
            { heading: HEADINGS[lang].education, entries: otherSections(p, lang, stack, false)[0]!.entries },
          ],
        };
        // The heading under test is the second section's: written in the style, the rest plainly.
        const styled = { ...cv, workHeadingLines: undefined };
        const text = written(styled, format);
        const withStyle =
          format === 'txt'
            ? { ...text, text: (text.text as string).replace(heading.toUpperCase(), decor(heading).join('\n')) }
            : text;
        out.push({
          className: 'not a work heading: volunteering, projects, coursework',
          lang,
          format,
          ...withStyle,
          roles: [first!].map(statedOf),
          note: heading,
        });
      });
    });
  });
  return out;
}

export function stackedRoleProbes(): StackedProbe[] {
  return [...stacked(), ...described(), ...headings()];
}
