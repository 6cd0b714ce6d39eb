/**
 * Lines that look like roles but are none, written into invented CVs in five languages and six
 * formats (Markdown, text, DOCX, PDF, LaTeX, HTML): dated achievements, projects, clients, tech
 * stacks and awards inside a role; sections after the roles that head references, publications,
 * talks, projects, volunteering, memberships or hobbies (also under headings no list knows, or in
 * another language); one role written twice (a head wrapped onto a second line, a summary or a
 * timeline beside the roles); schools, certificates and courses under mixed headings; prose and
 * definition lists after undated role heads, and sections underlined Markdown's setext way. Each CV
 * states its real roles, which must stay, and nothing else may be read as one.
 */
import { bullet, makeDocx, paragraph, runs } from '../../scripts/synthetic/docxFixture.js';
import { makePdf, type PlacedText } from '../../scripts/synthetic/pdfFixture.js';
import type { StatedRole } from './roleMisses.js';
import { LANGUAGES, type TextLanguage as Lang } from '../../src/text/language.js';

export type { Lang };
export const LANGS: readonly Lang[] = LANGUAGES;
export type Format = 'md' | 'txt' | 'docx' | 'pdf' | 'tex' | 'html';
export const FORMATS: readonly Format[] = ['md', 'txt', 'docx', 'pdf', 'tex', 'html'];

export interface FalseRoleCv {
  readonly className: string;
  readonly variant: string;
  readonly lang: Lang;
  readonly format: Format;
  readonly file: string;
  readonly text: string | Buffer;
  readonly roles: readonly StatedRole[];
}

interface Role {
  readonly title: string;
  readonly employer: string;
  readonly start: number;
  readonly end?: number;
}

/** A CV as blocks each format writes its own way. */
type Block =
  | { readonly h: string }
  | { readonly role: Role }
  | { readonly sub: string }
  | { readonly p: string }
  | { readonly li: string }
  | { readonly gap: true };

interface Words {
  readonly name: string;
  readonly email: string;
  readonly present: string;
  readonly work: string;
  readonly education: string;
  readonly skills: string;
  readonly roles: readonly [Role, Role];
  readonly school: string;
  readonly skillList: string;
  /** Inside the second role (2015/16 – 2019/20). */
  readonly achievements: readonly [string, string];
  readonly project: string;
  readonly clients: string;
  readonly stack: string;
  readonly keyProjects: readonly [string, string, string];
  readonly award: string;
  readonly paragraph: string;
  /** Sections after the roles: [heading, lines]. */
  readonly after: readonly (readonly [string, readonly string[]])[];
  /** A summary heading over the roles listed once more. */
  readonly summary: string;
  readonly mixedHeading: string;
  readonly teaching: readonly [string, string, string];
  readonly certificate: string;
  readonly degreeLine: string;
}

const W: Record<Lang, Words> = {
  en: {
    name: 'Rowan Ashby',
    email: 'rowan.ashby@example.com',
    present: 'present',
    work: 'Experience',
    education: 'Education',
    skills: 'Skills',
    roles: [
      { title: 'Senior Data Engineer', employer: 'Harwick Labs', start: 2020 },
      { title: 'Backend Developer', employer: 'Quillon Systems', start: 2015, end: 2020 },
    ],
    school: 'BSc Computer Science, University of Eastbrook, 2011 - 2015',
    skillList: 'Python, SQL, Kafka',
    achievements: ['2019: shipped v2 of the billing service', 'Led the 2018 migration to Kubernetes'],
    project: 'Project: Payment gateway (2017 - 2018)',
    clients: 'Clients: Norbank, Velt Insurance, Aramo Retail',
    stack: 'Tech stack: TypeScript, PostgreSQL, Kafka',
    keyProjects: ['Key projects', 'Fleet dashboard (2018)', 'Route planner rewrite, 2019'],
    award: 'Award: Engineer of the Year 2019',
    paragraph: 'Customer Analytics Platform. Built the forecasting models used by forty stores.',
    after: [
      ['References', ['Mara Quill, Head of Data, Harwick Labs, 2021', 'Available on request']],
      ['Publications', ['Streaming joins at scale, Data Systems Journal, 2019']],
      ['Talks', ['Scaling queues, Harbour Conf, Lisbon, 2019']],
      ['Projects', ['Tidewatch, open-source flood map, 2020 - present']],
      ['Volunteering', ['Treasurer, Kestrel Rowing Club, 2016 - 2018']],
      ['Memberships', ['Member, Society of Data Engineers, 2017 - present']],
      ['Hobbies', ['Marathon runner since 2012']],
      ['Beyond the office', ['Mentor, Code Harbour, 2018 - 2021']],
      ['Vrijwilligerswerk', ['Coach, Kestrel Youth Chess, 2014 - 2016']],
    ],
    summary: 'Career Overview',
    mixedHeading: 'Experience & Education',
    teaching: ['Teaching', 'Introduction to Databases (Spring 2019)', 'Data Engineering Seminar, 2020 - 2021'],
    certificate: 'AWS Certified Solutions Architect, 2021',
    degreeLine: 'MSc Data Science, Kelso Institute of Technology, 2015 - 2016',
  },
  de: {
    name: 'Greta Lindqvist',
    email: 'greta.lindqvist@example.de',
    present: 'heute',
    work: 'Berufserfahrung',
    education: 'Ausbildung',
    skills: 'Kenntnisse',
    roles: [
      { title: 'Teamleiterin Vertrieb', employer: 'Hollmann Bau GmbH', start: 2020 },
      { title: 'Sachbearbeiterin', employer: 'Förde Reederei', start: 2015, end: 2020 },
    ],
    school: 'B.A. Betriebswirtschaft, Hochschule Trelling, 2011 - 2015',
    skillList: 'SAP, Excel, Verhandlung',
    achievements: ['2019: Version 2 des Abrechnungssystems eingeführt', 'Leitung der Umstellung 2018 auf SAP'],
    project: 'Projekt: Zahlungsplattform (2017 - 2018)',
    clients: 'Kunden: Norbank, Velt Versicherung, Aramo Handel',
    stack: 'Technologien: SAP, Excel, Salesforce',
    keyProjects: ['Wichtige Projekte', 'Flottenübersicht (2018)', 'Neuordnung der Tourenplanung, 2019'],
    award: 'Auszeichnung: Mitarbeiterin des Jahres 2019',
    paragraph: 'Vertriebsregion Nord. Aufbau eines Teams von acht Personen.',
    after: [
      ['Referenzen', ['Mara Quill, Vertriebsleiterin, Hollmann Bau GmbH, 2021', 'Auf Anfrage']],
      ['Publikationen', ['Vertrieb im Mittelstand, Handelsblatt Journal, 2019']],
      ['Vorträge', ['Gute Angebote, Fördetag, Kiel, 2019']],
      ['Projekte', ['Hafenlotse, App für Liegeplätze, 2020 - heute']],
      ['Ehrenamt', ['Kassenwartin, Ruderclub Kestrel, 2016 - 2018']],
      ['Mitgliedschaften', ['Mitglied, Verband der Vertriebsleute, 2017 - heute']],
      ['Hobbys', ['Marathonläuferin seit 2012']],
      ['Neben dem Beruf', ['Mentorin, Code Hafen, 2018 - 2021']],
      ['Volunteering', ['Trainerin, Schachjugend Kestrel, 2014 - 2016']],
    ],
    summary: 'Werdegang im Überblick',
    mixedHeading: 'Berufserfahrung und Ausbildung',
    teaching: ['Lehre', 'Einführung in die Buchhaltung (Sommersemester 2019)', 'Seminar Vertrieb, 2020 - 2021'],
    certificate: 'Zertifikat Projektmanagement (IPMA), 2021',
    degreeLine: 'M.A. Marketing, Hochschule Trelling, 2015 - 2016',
  },
  fr: {
    name: 'Claire Montbrun',
    email: 'claire.montbrun@example.fr',
    present: "aujourd'hui",
    work: 'Expérience professionnelle',
    education: 'Formation',
    skills: 'Compétences',
    roles: [
      { title: 'Cheffe de projet', employer: 'Atelier Verdane', start: 2020 },
      { title: 'Ingénieure logiciel', employer: 'Soluris SAS', start: 2015, end: 2020 },
    ],
    school: 'Master Informatique, Université de Valmont, 2011 - 2015',
    skillList: 'Java, SQL, Scrum',
    achievements: [
      '2019 : mise en production de la v2 du service de facturation',
      'Pilotage de la migration 2018 vers Kubernetes',
    ],
    project: 'Projet : Passerelle de paiement (2017 - 2018)',
    clients: 'Clients : Norbank, Velt Assurances, Aramo Distribution',
    stack: 'Environnement technique : Java, PostgreSQL, Kafka',
    keyProjects: ['Projets clés', 'Tableau de bord de flotte (2018)', 'Refonte du planificateur, 2019'],
    award: "Prix : Ingénieure de l'année 2019",
    paragraph: 'Plateforme Clients. Conception des modèles de prévision pour quarante magasins.',
    after: [
      ['Références', ['Mara Quill, Directrice des données, Atelier Verdane, 2021', 'Sur demande']],
      ['Publications', ['Jointures en flux, Revue des systèmes, 2019']],
      ['Conférences', ['Passer les files à l’échelle, Journées du Port, Lyon, 2019']],
      ['Projets', ['Marégraphe, carte des crues libre, 2020 - aujourd’hui']],
      ['Bénévolat', ['Trésorière, Club d’aviron Kestrel, 2016 - 2018']],
      ['Adhésions', ['Membre, Société des ingénieurs de données, 2017 - aujourd’hui']],
      ['Loisirs', ['Marathonienne depuis 2012']],
      ['En dehors du travail', ['Mentore, Code Port, 2018 - 2021']],
      ['Volontariato', ['Entraîneuse, Échecs Jeunes Kestrel, 2014 - 2016']],
    ],
    summary: 'Parcours en bref',
    mixedHeading: 'Expérience et formation',
    teaching: [
      'Enseignement',
      'Introduction aux bases de données (printemps 2019)',
      'Séminaire génie logiciel, 2020 - 2021',
    ],
    certificate: 'Certification PMP, 2021',
    degreeLine: 'Mastère spécialisé Big Data, Université de Valmont, 2015 - 2016',
  },
  es: {
    name: 'Lucía Ferrán',
    email: 'lucia.ferran@example.es',
    present: 'actualidad',
    work: 'Experiencia laboral',
    education: 'Formación',
    skills: 'Habilidades',
    roles: [
      { title: 'Jefa de producto', employer: 'Roblesur', start: 2020 },
      { title: 'Analista de datos', employer: 'Banco Ledesma', start: 2015, end: 2020 },
    ],
    school: 'Grado en Economía, Universidad de Alcora, 2011 - 2015',
    skillList: 'R, SQL, Tableau',
    achievements: [
      '2019: lanzamiento de la v2 del servicio de facturación',
      'Dirigí la migración de 2018 a Kubernetes',
    ],
    project: 'Proyecto: Pasarela de pagos (2017 - 2018)',
    clients: 'Clientes: Norbank, Velt Seguros, Aramo Retail',
    stack: 'Tecnologías: R, PostgreSQL, Tableau',
    keyProjects: ['Proyectos destacados', 'Panel de flota (2018)', 'Nuevo planificador de rutas, 2019'],
    award: 'Premio: Empleada del año 2019',
    paragraph: 'Plataforma de Clientes. Diseño de los modelos de previsión para cuarenta tiendas.',
    after: [
      ['Referencias', ['Mara Quill, Directora de datos, Roblesur, 2021', 'Disponibles a petición']],
      ['Publicaciones', ['Uniones en flujo, Revista de Sistemas, 2019']],
      ['Ponencias', ['Colas a escala, Jornadas del Puerto, Valencia, 2019']],
      ['Proyectos', ['Mareógrafo, mapa libre de inundaciones, 2020 - actualidad']],
      ['Voluntariado', ['Tesorera, Club de Remo Kestrel, 2016 - 2018']],
      ['Asociaciones', ['Socia, Asociación de Ingenieros de Datos, 2017 - actualidad']],
      ['Aficiones', ['Corredora de maratón desde 2012']],
      ['Más allá del trabajo', ['Mentora, Código Puerto, 2018 - 2021']],
      ['Bénévolat', ['Entrenadora, Ajedrez Juvenil Kestrel, 2014 - 2016']],
    ],
    summary: 'Resumen de trayectoria',
    mixedHeading: 'Experiencia y formación',
    teaching: [
      'Docencia',
      'Introducción a la estadística (primavera 2019)',
      'Seminario de análisis de datos, 2020 - 2021',
    ],
    certificate: 'Certificación Scrum Master, 2021',
    degreeLine: 'Máster en Ciencia de Datos, Universidad de Alcora, 2015 - 2016',
  },
  pt: {
    name: 'João Tavares',
    email: 'joao.tavares@example.pt',
    present: 'atual',
    work: 'Experiência profissional',
    education: 'Formação académica',
    skills: 'Competências',
    roles: [
      { title: 'Engenheiro de software', employer: 'Cooperativa Cerrado', start: 2020 },
      { title: 'Analista de sistemas', employer: 'Banco Serrano', start: 2015, end: 2020 },
    ],
    school: 'Licenciatura em Informática, Universidade de Lagoa, 2011 - 2015',
    skillList: 'Java, SQL, Docker',
    achievements: ['2019: lançamento da v2 do serviço de faturação', 'Liderei a migração de 2018 para Kubernetes'],
    project: 'Projeto: Gateway de pagamentos (2017 - 2018)',
    clients: 'Clientes: Norbank, Velt Seguros, Aramo Retalho',
    stack: 'Tecnologias: Java, PostgreSQL, Kafka',
    keyProjects: ['Projetos principais', 'Painel da frota (2018)', 'Novo planeador de rotas, 2019'],
    award: 'Prémio: Funcionário do ano 2019',
    paragraph: 'Plataforma de Clientes. Desenho dos modelos de previsão para quarenta lojas.',
    after: [
      ['Referências', ['Mara Quill, Diretora de dados, Cooperativa Cerrado, 2021', 'Disponíveis a pedido']],
      ['Publicações', ['Junções em fluxo, Revista de Sistemas, 2019']],
      ['Palestras', ['Filas em escala, Encontro do Porto, Lisboa, 2019']],
      ['Projetos', ['Marégrafo, mapa livre de cheias, 2020 - atual']],
      ['Voluntariado', ['Tesoureiro, Clube de Remo Kestrel, 2016 - 2018']],
      ['Associações', ['Membro, Associação de Engenheiros de Dados, 2017 - atual']],
      ['Passatempos', ['Maratonista desde 2012']],
      ['Para além do trabalho', ['Mentor, Código Porto, 2018 - 2021']],
      ['Vrijwilligerswerk', ['Treinador, Xadrez Jovem Kestrel, 2014 - 2016']],
    ],
    summary: 'Percurso resumido',
    mixedHeading: 'Experiência e formação',
    teaching: [
      'Docência',
      'Introdução às bases de dados (primavera 2019)',
      'Seminário de engenharia de dados, 2020 - 2021',
    ],
    certificate: 'Certificação ITIL Foundation, 2021',
    degreeLine: 'Mestrado em Ciência de Dados, Universidade de Lagoa, 2015 - 2016',
  },
};

const dates = (w: Words, r: Role) => `${r.start} - ${r.end ?? w.present}`;

/** The head, the roles with `inside` after each one's head (the second role's only, when `secondOnly`), then `after`. */
function cv(w: Words, inside: (r: Role, i: number) => Block[], after: Block[] = [], before: Block[] = []): Block[] {
  const blocks: Block[] = [{ p: w.name }, { p: w.email }, ...before, { h: w.work }];
  w.roles.forEach((r, i) => blocks.push({ role: r }, ...inside(r, i), { gap: true }));
  blocks.push(...after, { h: w.education }, { p: w.school }, { h: w.skills }, { p: w.skillList });
  return blocks;
}

const stated = (w: Words): StatedRole[] =>
  w.roles.map((r) => ({
    employer: r.employer,
    title: r.title,
    start: String(r.start),
    ...(r.end ? { end: String(r.end) } : {}),
  }));

interface Variant {
  readonly className: string;
  readonly variant: string;
  readonly blocks: (w: Words) => Block[];
  readonly roles?: (w: Words) => StatedRole[];
  readonly formats?: readonly Format[];
}

const INSIDE = 'inside a role: dated achievements, projects, clients, stacks, awards';
const AFTER = 'sections after the roles: references, talks, projects, volunteering…';
const TWICE = 'one role read twice';
const MIXED = 'mixed headings: schools, certificates, courses';
const PROSE = 'prose, definition lists and setext headings after undated roles';

const insideSecond = (make: (w: Words) => Block[]) => (w: Words) =>
  cv(w, (_r, i) => [{ li: 'Built and ran the services of the team' }, ...(i === 1 ? make(w) : [])]);

const VARIANTS: Variant[] = [
  {
    className: INSIDE,
    variant: 'achievement bullets with years',
    blocks: insideSecond((w) => w.achievements.map((a) => ({ li: a }))),
  },
  {
    className: INSIDE,
    variant: 'achievement lines with years',
    blocks: insideSecond((w) => w.achievements.map((a) => ({ p: a }))),
  },
  {
    className: INSIDE,
    variant: 'project sub-entry',
    blocks: insideSecond((w) => [{ p: w.project }, { li: 'Designed the settlement flow' }]),
  },
  { className: INSIDE, variant: 'client list', blocks: insideSecond((w) => [{ p: w.clients }]) },
  { className: INSIDE, variant: 'tech stack line', blocks: insideSecond((w) => [{ p: w.stack }]) },
  {
    className: INSIDE,
    variant: 'key projects sub-heading',
    blocks: insideSecond((w) => [{ sub: w.keyProjects[0] }, { li: w.keyProjects[1] }, { li: w.keyProjects[2] }]),
  },
  {
    className: INSIDE,
    variant: 'key projects sub-heading, lines',
    blocks: insideSecond((w) => [{ sub: w.keyProjects[0] }, { p: w.keyProjects[1] }, { p: w.keyProjects[2] }]),
  },
  { className: INSIDE, variant: 'award inside a role', blocks: insideSecond((w) => [{ p: w.award }]) },
  {
    className: INSIDE,
    variant: 'second paragraph',
    blocks: insideSecond((w) => [{ gap: true }, { p: w.paragraph }]),
  },
  ...W.en.after.map(
    (_, k): Variant => ({
      className: AFTER,
      variant: `section ${k + 1} (${W.en.after[k]![0]})`,
      blocks: (w) => cv(w, () => [], [{ h: w.after[k]![0] }, ...w.after[k]![1].map((p) => ({ p }))]),
    }),
  ),
  {
    className: TWICE,
    variant: 'head wrapped onto a second line',
    formats: ['txt', 'pdf', 'docx'],
    blocks: (w) => {
      const [a, b] = w.roles;
      return [
        { p: w.name },
        { p: w.email },
        { h: w.work },
        { p: `${a.title}, ${a.employer}, Data Platform and` },
        { p: `Infrastructure Group, ${dates(w, a)}` },
        { li: 'Built and ran the services of the team' },
        { gap: true },
        { role: b },
        { gap: true },
        { h: w.education },
        { p: w.school },
      ];
    },
  },
  {
    className: TWICE,
    variant: 'summary above the roles',
    blocks: (w) =>
      cv(
        w,
        () => [],
        [],
        [{ h: w.summary }, ...w.roles.map((r) => ({ li: `${dates(w, r)}: ${r.title}, ${r.employer}` }))],
      ),
  },
  {
    className: TWICE,
    variant: 'timeline after the roles',
    blocks: (w) => cv(w, () => [], [{ h: 'Timeline' }, ...w.roles.map((r) => ({ p: `${dates(w, r)} ${r.employer}` }))]),
  },
  {
    className: MIXED,
    variant: 'experience and education under one heading',
    blocks: (w) => {
      const [a, b] = w.roles;
      return [
        { p: w.name },
        { p: w.email },
        { h: w.mixedHeading },
        { role: a },
        { gap: true },
        { role: b },
        { gap: true },
        { p: w.degreeLine },
        { gap: true },
        { p: w.school },
        { h: w.skills },
        { p: w.skillList },
      ];
    },
  },
  {
    className: MIXED,
    variant: 'teaching section',
    blocks: (w) => cv(w, () => [], [{ h: w.teaching[0] }, { p: w.teaching[1] }, { p: w.teaching[2] }]),
  },
  {
    className: MIXED,
    variant: 'certificate among the roles',
    blocks: (w) => cv(w, () => [], [{ gap: true }, { p: w.certificate }]),
  },
  {
    className: PROSE,
    variant: 'undated roles with prose',
    formats: ['md'],
    blocks: (w) => [
      { p: w.name },
      { p: w.email },
      { h: w.work },
      ...w.roles.flatMap((r): Block[] => [
        { p: `**${r.title}, ${r.employer}**` },
        { gap: true },
        { p: 'Short text on the work done, the results obtained,' },
        { p: 'the lessons learned and other remarks; it may also' },
        { p: 'hold lists and links:' },
        { gap: true },
        { li: 'First item' },
        { gap: true },
      ]),
      { h: w.education },
      { p: w.school },
    ],
    roles: (w) => w.roles.map((r) => ({ employer: r.employer, title: r.title, start: '' })),
  },
];

/** Setext headings (`Heading` over `-----`): the roles, then sections no list names, their items a definition list. */
function setextCv(w: Words, k: number): string {
  const h = (t: string, u = '-') => [t, u.repeat(t.length), ''];
  const lines = [w.name, '='.repeat(w.name.length), '', w.email, '', ...h(w.work)];
  for (const r of w.roles)
    lines.push(`**${r.title}, ${r.employer}** (${dates(w, r)})`, '', 'Worked on the services of the team.', '');
  const unknown = ['Technical Background', 'Side Work', 'Things I Built'][k % 3]!;
  lines.push(...h(unknown));
  lines.push(
    'Harbour Tracker',
    ':   An app for tracking boats in the harbour, written over',
    '    two winters in 2019 and 2020.',
    '',
  );
  lines.push('Open Source', ':   Patches to a web server, a queue and a parser.', '');
  lines.push(...h(w.education), w.school, '');
  return lines.join('\n');
}

// ---------- writing the blocks in each format ----------

const ROLE_FORMS = 3;

function roleLines(w: Words, r: Role, k: number): [string, string?] {
  const d = dates(w, r);
  if (k % ROLE_FORMS === 0) return [`${r.title}, ${r.employer}`, d];
  if (k % ROLE_FORMS === 1) return [`${r.title} | ${r.employer} | ${d}`];
  return [r.employer, `${r.title}, ${d}`];
}

function markdown(w: Words, blocks: Block[], k: number): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('h' in b) out.push('', `## ${b.h}`, '');
    else if ('role' in b) {
      const [head, next] = roleLines(w, b.role, k);
      out.push(`### ${head}`);
      if (next) out.push(`*${next}*`);
    } else if ('sub' in b) out.push(`**${b.sub}**`);
    else if ('p' in b) out.push(b.p);
    else if ('li' in b) out.push(`- ${b.li}`);
    else out.push('');
  }
  return out.join('\n');
}

function text(w: Words, blocks: Block[], k: number): string {
  const out: string[] = [];
  for (const b of blocks) {
    if ('h' in b) out.push('', b.h.toUpperCase(), '');
    else if ('role' in b) out.push(...(roleLines(w, b.role, k).filter(Boolean) as string[]));
    else if ('sub' in b) out.push(`${b.sub}:`);
    else if ('p' in b) out.push(b.p);
    else if ('li' in b) out.push(`• ${b.li}`);
    else out.push('');
  }
  return out.join('\n');
}

function docx(w: Words, blocks: Block[], k: number): Buffer {
  const body: string[] = [];
  for (const b of blocks) {
    if ('h' in b) body.push(paragraph(b.h, 'Heading1'));
    else if ('role' in b) {
      const [head, next] = roleLines(w, b.role, k);
      body.push(runs([{ text: head, bold: true }]));
      if (next) body.push(runs([{ text: next, italic: true }]));
    } else if ('sub' in b) body.push(runs([{ text: b.sub, bold: true }]));
    else if ('p' in b) body.push(paragraph(b.p));
    else if ('li' in b) body.push(bullet(b.li));
    else body.push(paragraph(''));
  }
  return makeDocx(body.join(''));
}

const latin = (t: string) => t.replace(/[–—]/g, '-').replace(/[’]/g, "'");

function pdf(w: Words, blocks: Block[], k: number): Buffer {
  const pages: PlacedText[][] = [[]];
  let y = 760;
  const put = (x: number, t: string, size = 10, gap = 14) => {
    if (y < 60) {
      pages.push([]);
      y = 760;
    }
    pages.at(-1)!.push({ x, y, size, text: latin(t) });
    y -= gap;
  };
  for (const b of blocks) {
    if ('h' in b) {
      y -= 6;
      put(50, b.h.toUpperCase(), 12, 18);
    } else if ('role' in b) {
      const [head, next] = roleLines(w, b.role, k);
      put(50, head);
      if (next) put(50, next);
    } else if ('sub' in b) put(50, b.sub);
    else if ('p' in b) put(50, b.p);
    else if ('li' in b) put(60, `- ${b.li}`);
    else y -= 8;
  }
  return makePdf(pages.map((texts) => ({ texts })));
}

const texEscape = (t: string) => t.replace(/&/g, '\\&').replace(/%/g, '\\%').replace(/_/g, '\\_');

function latex(w: Words, blocks: Block[], k: number): string {
  const out = ['\\documentclass{article}', '\\begin{document}'];
  let list = false;
  const endList = () => {
    if (list) out.push('\\end{itemize}');
    list = false;
  };
  for (const b of blocks) {
    if (!('li' in b)) endList();
    if ('h' in b) out.push(`\\section*{${texEscape(b.h)}}`);
    else if ('role' in b) {
      const [head, next] = roleLines(w, b.role, k);
      out.push(`\\textbf{${texEscape(head)}}${next ? ` \\hfill ${texEscape(next)}` : ''}\\\\`);
    } else if ('sub' in b) out.push(`\\textit{${texEscape(b.sub)}}\\\\`);
    else if ('p' in b) out.push(`${texEscape(b.p)}\\\\`);
    else if ('li' in b) {
      if (!list) out.push('\\begin{itemize}');
      list = true;
      out.push(`\\item ${texEscape(b.li)}`);
    } else out.push('');
  }
  endList();
  out.push('\\end{document}');
  return out.join('\n');
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function html(w: Words, blocks: Block[], k: number): string {
  const out = ['<!doctype html>', '<html><body>'];
  let list = false;
  for (const b of blocks) {
    if (!('li' in b) && list) {
      out.push('</ul>');
      list = false;
    }
    if ('h' in b) out.push(`<h2>${esc(b.h)}</h2>`);
    else if ('role' in b) {
      const [head, next] = roleLines(w, b.role, k);
      out.push(`<h3>${esc(head)}</h3>`);
      if (next) out.push(`<p class="date">${esc(next)}</p>`);
    } else if ('sub' in b) out.push(`<h4>${esc(b.sub)}</h4>`);
    else if ('p' in b) out.push(`<p>${esc(b.p.replace(/\*\*/g, ''))}</p>`);
    else if ('li' in b) {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${esc(b.li)}</li>`);
    }
  }
  if (list) out.push('</ul>');
  out.push('</body></html>');
  return out.join('\n');
}

const WRITERS: Record<Format, (w: Words, blocks: Block[], k: number) => string | Buffer> = {
  md: markdown,
  txt: text,
  docx,
  pdf,
  tex: latex,
  html,
};

export function falseRoleCvs(): FalseRoleCv[] {
  const out: FalseRoleCv[] = [];
  VARIANTS.forEach((v, vi) => {
    LANGS.forEach((lang, li) => {
      const w = W[lang];
      for (const [fi, format] of (v.formats ?? FORMATS).entries()) {
        const k = vi + li + fi;
        out.push({
          className: v.className,
          variant: v.variant,
          lang,
          format,
          file: `cv.${format}`,
          text: WRITERS[format](w, v.blocks(w), k),
          roles: (v.roles ?? stated)(w),
        });
      }
    });
  });
  LANGS.forEach((lang, k) =>
    out.push({
      className: PROSE,
      variant: 'setext sections no list names',
      lang,
      format: 'md',
      file: 'cv.md',
      text: setextCv(W[lang], k),
      roles: stated(W[lang]),
    }),
  );
  return out;
}
