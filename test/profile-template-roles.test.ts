/**
 * Role headings as CV generators and word processors lay them out once converted to text, in forms
 * the development CVs do not show: a table cell's duty sentence joined to its heading, a PDF's
 * narrow cell wrapping a name or a date onto the next line, LinkedIn's durations wrapped under
 * their dates, Europass labels wrapped in two, and internship titles. Every person, employer and
 * duty is invented; each class sits beside lines that must not become roles or parts of one.
 */
import { describe, expect, it } from 'vitest';
import { readLatex } from '../src/corpus/formats/latex.js';
import { readProfile } from '../src/profile/readProfile.js';
import { findDates } from '../src/text/dates.js';

const numbered = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const rolesOf = (text: string) =>
  readProfile({ lines: numbered(text) }).work.map((w) => [w.position, w.name, w.startDate, w.endDate ?? null]);

describe('a table cell whose duty sentence follows its heading', () => {
  it.each([
    [
      'Experience',
      'Senior Accountant, Moorfield Bank',
      'Prepared the group accounts.',
      'Senior Accountant',
      'Moorfield Bank',
    ],
    [
      'Berufserfahrung',
      'Projektleiterin, Hollmann Bau GmbH',
      'Leitete den Umbau des Lagers.',
      'Projektleiterin',
      'Hollmann Bau GmbH',
    ],
    ['Expérience', 'Comptable, Fiduciaire Alpine', 'Tenue des comptes de clients.', 'Comptable', 'Fiduciaire Alpine'],
    [
      'Experiencia',
      'Jefa de tráfico, Transportes Olivar',
      'Planificaba las rutas diarias.',
      'Jefa de tráfico',
      'Transportes Olivar',
    ],
    [
      'Experiência',
      'Analista de crédito, Cooperativa Cerrado',
      'Analisava o risco das empresas.',
      'Analista de crédito',
      'Cooperativa Cerrado',
    ],
  ])('reads "%s" rows of "dates | heading · duty" as the heading alone', (heading, cell, duty, position, name) => {
    const text = `# Ana Example\n# ${heading}\n2018 – 2021 | ${cell} · ${duty}\n2014 – 2018 | ${cell.replace(/^\S+/, 'Trainee')} · ${duty}\n`;
    expect(rolesOf(text)[0]).toEqual([position, name, '2018', '2021']);
    expect(rolesOf(text).map((r) => r[1])).not.toContain(duty);
  });

  it('keeps a second field that names the employer rather than saying what was done', () => {
    const text = '# Ana Example\n# Experience\n2019 – 2021 | Data Engineer · Harwick Labs Ltd.\n';
    expect(rolesOf(text)).toEqual([['Data Engineer', 'Harwick Labs Ltd.', '2019', '2021']]);
  });
});

describe("a PDF's narrow cell wrapping a role's heading", () => {
  const tabular = (heading: string, rows: string) => `# Lebenslauf\nAnja Example\n\n## ${heading}\n${rows}`;

  it.each([
    [
      'Berufserfahrung',
      '08.2016 – 12.2019   Buchhalterin bei Förde Reederei\nGmbH, Kiel',
      'Buchhalterin',
      'Förde Reederei GmbH',
    ],
    ['Experience', '2016 – 2019   Analyst at Redfern Holdings\nLtd, Leeds', 'Analyst', 'Redfern Holdings Ltd'],
    [
      'Expérience',
      '2016 – 2019   Comptable chez Fiduciaire Alpine\nSARL, Annecy',
      'Comptable',
      'Fiduciaire Alpine SARL',
    ],
    [
      'Berufserfahrung',
      '01.2020 – 12.2021   Steuerfachangestellte bei Kanzlei\nBrodersen & Partner, Flensburg',
      'Steuerfachangestellte',
      'Kanzlei Brodersen & Partner',
    ],
    [
      'Expérience',
      '2016 – 2019   Juriste chez Cabinet\nLemoine & Associés, Lyon',
      'Juriste',
      'Cabinet Lemoine & Associés',
    ],
  ])('joins the wrapped end of the employer in "%s"', (heading, rows, position, name) => {
    const text = tabular(heading, `${rows}\n\n2012 – 2015   Aushilfe bei Holsten Bäckerei, Husum\n`);
    const [first, second] = rolesOf(text);
    expect(first?.slice(0, 2)).toEqual([position, name]);
    expect(second?.slice(0, 2)).toEqual(['Aushilfe', 'Holsten Bäckerei']);
  });

  it.each([
    [
      'Estágios',
      'Estagiária de Laboratório | Universidade Federal do Sertão | Mar\n2021 – Dez 2021',
      '2021-03',
      '2021-12',
    ],
    ['Experience', 'Research Intern | Deccan Policy Lab | May\n2021 – Jul 2021', '2021-05', '2021-07'],
    ['Praktika', 'Praktikantin | Frankenbus AG | Feb.\n2020 – Apr. 2020', '2020-02', '2020-04'],
    ['Stages', 'Stagiaire | Airelle Biotech | juin\n2021 – août 2021', '2021-06', '2021-08'],
    ['Prácticas', 'Becaria | Instituto Marino del Norte | sept.\n2021 – jun. 2022', '2021-09', '2022-06'],
  ])('joins a date cut between its month and its year under "%s"', (heading, rows, start, end) => {
    const text = `# Mariana Example\n\n## ${heading}\nEngineer | Petroquímica Atlântico | Jan 2022 – Jun 2022\n\nDid the work.\n\n${rows}\n\nAnálises de solo.\n`;
    const roles = rolesOf(text);
    expect(roles).toHaveLength(2);
    expect(roles[1]?.slice(2)).toEqual([start, end]);
  });

  it('leaves a title on the next line apart, and a word before a year that is no month', () => {
    const nextTitle = tabular('Experience', '2016 – 2019   Engineer at Redfern\nSenior Engineer\n');
    expect(rolesOf(nextTitle).flat()).not.toContain('Redfern Senior Engineer');
    const team = tabular('Experience', 'Engineer | Harwick Labs | Team\n2021 – 2022\n');
    expect(rolesOf(team).flat()).not.toContain('Team 2021');
  });
});

describe("LinkedIn's durations wrapped under their dates", () => {
  const linkedin = (heading: string, rows: string) =>
    `Contact\n\nx@example.org\n\nJo Example\n\n${heading}\n\n${rows}\n\nEducation\n\nWestmarch University\n`;

  it.each([
    [
      'Experience',
      'Quillon Labs\n4 years 3 months\nStaff Engineer\nJanuary 2021 - Present (1 year 2\nmonths)\nBristol, England, United Kingdom\nSenior Engineer\nDecember 2017 - December 2020 (3\nyears 1 month)\nBristol, England, United Kingdom',
      'Quillon Labs',
    ],
    [
      'Berufserfahrung',
      'Isarwerk Digital GmbH\n5 Jahre 1 Monat\nSenior Entwickler\nMärz 2016 - Dezember 2018 (2 Jahre 10\nMonate)\nMünchen\nEntwickler\nDezember 2013 - Februar 2016 (2 Jahre 3\nMonate)\nMünchen',
      'Isarwerk Digital GmbH',
    ],
    [
      'Expérience',
      'Bleu Cobalt\n4 ans 2 mois\nConsultante senior\njanvier 2017 - décembre 2018 (2 ans\n)\nLille\nConsultante\nseptembre 2014 - décembre 2016\n(2 ans 4 mois)\nLille',
      'Bleu Cobalt',
    ],
    [
      'Experiencia',
      'Seguros Montera\n4 años 1 mes\nAnalista sénior\nabril de 2017 - diciembre de 2018 (1\naño 9 meses)\nMadrid\nAnalista\ndiciembre de 2014 - marzo de 2017\n(2 años 4 meses)\nMadrid',
      'Seguros Montera',
    ],
    [
      'Experiência',
      'Banco Ipê\n3 anos 1 mês\nAnalista sênior\njaneiro de 2019 - dezembro de 2020 (2\nanos)\nCampinas\nAnalista\nfevereiro de 2017 - dezembro de 2018\n(1 ano 11 meses)\nCampinas',
      'Banco Ipê',
    ],
  ])('keeps the place under a wrapped duration out of the next role under "%s"', (heading, rows, employer) => {
    const roles = rolesOf(linkedin(heading, rows));
    expect(roles).toHaveLength(2);
    expect(roles.map((r) => r[1])).toEqual([employer, employer]);
  });
});

describe('a Europass form whose labels a PDF wrapped in two', () => {
  const europass = (heading: string, labels: readonly string[], [title, employer]: readonly string[]) =>
    `# Greta Example\n\n## ${heading}\n${labels[0]}   01/04/2017 - 31/03/2019\n\n${labels[1]}   ${title}\n\n` +
    `${labels[2]}   Leitung von Bauprojekten im\n${labels[3]}   Hochbau\n\n${labels[4]} ${employer}, Werftstraße\n` +
    `3, 24103 Kiel (Deutschland)\n\n${labels[5]}   Bauwesen\n\n${labels[0]}   01/09/2012 - 31/03/2017\n\n` +
    `${labels[1]}   Assistenz\n\n${labels[4]}   Stadtwerke Example, Moislinger\nAllee 9 (Deutschland)\n\n## Ausbildung\nDiplom, 2012\n`;

  it.each([
    [
      'Berufserfahrung',
      [
        'Zeitraum',
        'Beruf oder Funktion',
        'Wichtigste Tätigkeiten und',
        'Zuständigkeiten',
        'Name und Adresse des Arbeitgebers',
        'Tätigkeitsbereich oder Branche',
      ],
      ['Projektleiterin', 'Hollmann Bau GmbH'],
    ],
    [
      'Experiência profissional',
      [
        'Datas',
        'Função ou cargo ocupado',
        'Principais actividades e',
        'responsabilidades',
        'Nome e morada do empregador',
        'Tipo de empresa ou sector',
      ],
      ['Técnico de manutenção', 'Corticeira do Sado'],
    ],
    [
      'Work experience',
      [
        'Dates',
        'Occupation or position held',
        'Main activities and',
        'responsibilities',
        'Name and address of employer',
        'Type of business or sector',
      ],
      ['Software Developer', 'Kestrel Logistics'],
    ],
    [
      'Expérience professionnelle',
      [
        'Dates',
        'Fonction ou poste occupé',
        'Principales activités et',
        'responsabilités',
        "Nom et adresse de l'employeur",
        "Type ou secteur d'activité",
      ],
      ['Responsable qualité', 'Verdier Emballages'],
    ],
    [
      'Experiencia laboral',
      [
        'Fechas',
        'Profesión o cargo desempeñado',
        'Funciones y responsabilidades',
        'principales',
        'Nombre y dirección de la empresa o empleador',
        'Tipo de empresa o sector',
      ],
      ['Jefa de tráfico', 'Transportes Olivar'],
    ],
  ])('reads each "%s" entry from its labelled rows', (heading, labels, role) => {
    const roles = rolesOf(europass(heading, labels, role));
    expect(roles.map((r) => r.slice(0, 2))).toEqual([role, ['Assistenz', 'Stadtwerke Example']]);
    expect(roles[0]?.slice(2)).toEqual(['2017-04', '2019-03']);
  });

  it('does not read a section of prose with one labelled line as a form', () => {
    const text =
      '# Greta Example\n\n## Work experience\nSoftware Developer, Kestrel Logistics\n2016 – 2019\n' +
      'Dates of the releases were planned by me.\nMain activities and responsibilities were many.\nI wrote code.\n';
    expect(rolesOf(text)).toEqual([['Software Developer', 'Kestrel Logistics', '2016', '2019']]);
  });
});

describe('internship and shop-floor titles', () => {
  it.each([
    [
      'Stages',
      'Stage de fin d’études – Airelle Biotech, Grenoble',
      'Février 2022 – Juillet 2022',
      'Stage de fin d’études',
      'Airelle Biotech',
    ],
    [
      'Praktika',
      'Praktikum Marketing – Sonnental Brauerei, Bamberg',
      '07/2021 – 09/2021',
      'Praktikum Marketing',
      'Sonnental Brauerei',
    ],
    [
      'Estágios',
      'Estágio em Engenharia – Petroquímica Atlântico, Recife',
      'Jan 2022 – Jun 2022',
      'Estágio em Engenharia',
      'Petroquímica Atlântico',
    ],
    [
      'Experiencia',
      'Librería Turia, Valencia — Dependienta',
      'Junio 2015 – Febrero 2019',
      'Dependienta',
      'Librería Turia',
    ],
    ['Berufserfahrung', 'Holsten Bäckerei, Husum — Aushilfe', '2014 – 2016', 'Aushilfe', 'Holsten Bäckerei'],
  ])('reads the title and the employer under "%s"', (heading, head, dates, position, name) => {
    const text = `# Léa Example\n\n## ${heading}\n${head}\n${dates}\nDid the daily work of the team.\n`;
    expect(rolesOf(text)[0]?.slice(0, 2)).toEqual([position, name]);
  });
});

describe('a range a narrow column cut after its dash or its joining word', () => {
  it.each([
    ['Academic Positions', 'Research Associate, Ferndale University, 2016–\n2017', '2016', '2017'],
    ['Experiencia', 'Gerente de ventas | Farmacéutica del Pacífico | Marzo 2016 hasta la\nactualidad', '2016-03', null],
    ['Berufserfahrung', 'Einkäufer | Albtal Metall GmbH | 01/2015 bis\n02/2019', '2015-01', '2019-02'],
    ['Expérience', 'Comptable | Fiduciaire Alpine | 2015 –\naujourd’hui', '2015', null],
    ['Experiência', 'Analista | Banco Ipê | 2014 até\n2019', '2014', '2019'],
  ])('reads both ends under "%s"', (heading, rows, start, end) => {
    const text = `# Sam Example\n\n## ${heading}\n${rows}\n\nLecturer, Halberton College, 2012–2014\n`;
    expect(rolesOf(text)[0]?.slice(2)).toEqual([start, end]);
  });

  it('leaves a line of its own dates apart from a range that is already whole', () => {
    const text = '# Sam Example\n\n## Experience\nLecturer, Halberton College, 2012–2014\n2015\n';
    expect(rolesOf(text)[0]?.slice(2)).toEqual(['2012', '2014']);
  });
});

describe('a converted LaTeX entry whose description ends in a capitalised noun', () => {
  it.each([
    [
      'Berufserfahrung',
      '01/2014 – 02/2019 · Systemadministrator · Stadtwerke Oldenstedt · Oldenstedt · Betreuung von 400 Arbeitsplätzen.',
      'Systemadministrator',
      'Stadtwerke Oldenstedt',
    ],
    [
      'Berufserfahrung',
      '2015 – 2019 · Entwicklerin · Kessler Antriebe GmbH · Stuttgart · Wartung der gesamten Prüfstände und Messtechnik.',
      'Entwicklerin',
      'Kessler Antriebe GmbH',
    ],
    [
      'Experience',
      '2013 – 2016 · Research Assistant · Pennine Health Trust · Leeds · Cleaned and linked the Records of the Trust.',
      'Research Assistant',
      'Pennine Health Trust',
    ],
  ])('cuts the description from "%s" rows and reads both entries', (heading, row, position, name) => {
    const text = `# Henrik Example\n\n## ${heading}\nseit 03/2019 · Teamleiter IT · Wendland Logistik GmbH · Bremen · Betrieb der Lagerverwaltung.\n${row}\n`;
    const roles = rolesOf(text);
    expect(roles).toHaveLength(2);
    expect(roles[1]?.slice(0, 2)).toEqual([position, name]);
  });
});

describe('a short duty line right under a role whose heading is already whole', () => {
  it.each([
    [
      'Stages',
      'Stage d’assistante ingénieure – Laboratoires Chartreuse, Voiron',
      'Juin 2021 – Août 2021',
      'Contrôle qualité.',
    ],
    ['Experience', 'Lab Technician – Chartwell Diagnostics, Leeds', 'June 2021 – August 2021', 'Quality control.'],
    [
      'Praktika',
      'Praktikantin – Sonnental Brauerei, Bamberg',
      'Juni 2021 – August 2021',
      'Qualitätskontrolle im Labor.',
    ],
  ])('keeps "%s" duties out of the employer', (heading, head, dates, duty) => {
    const text = `# Léa Example\n\n## ${heading}\nIngénieure – Airelle Biotech, Grenoble\nFévrier 2022 – Juillet 2022\nPurification de protéines.\n${head}\n${dates}\n${duty}\n`;
    const roles = rolesOf(text);
    expect(roles).toHaveLength(2);
    expect(roles.map((r) => r[1])).not.toContain(duty);
  });
});

describe('a self-employed title beside its city', () => {
  it.each([
    ['Expérience', 'Photographe indépendant, Marseille', 'Photographe indépendant'],
    ['Experience', 'Freelance Photographer, Bristol', 'Freelance Photographer'],
    ['Berufserfahrung', 'Selbstständige Fotografin, Leipzig', 'Selbstständige Fotografin'],
    ['Experiencia', 'Fotógrafo autónomo, Sevilla', 'Fotógrafo autónomo'],
    ['Experiência', 'Fotógrafa autônoma, Recife', 'Fotógrafa autônoma'],
  ])('reads no employer under "%s"', (heading, head, position) => {
    const text = `# Nico Example\n\n## ${heading}\n2016 – 2020    ${head}\n2012 – 2016    Assistant photographe, Studio Calanque, Marseille\n`;
    const [own, employed] = rolesOf(text);
    expect(own?.slice(0, 2)).toEqual([position, undefined]);
    expect(employed?.[1]).toBe('Studio Calanque');
  });

  it('still names a one-word employer beside a title that is not self-employed', () => {
    const text = '# Nico Example\n\n## Experience\n2016 – 2020    Photographer, Fotonic\n';
    expect(rolesOf(text)[0]?.slice(0, 2)).toEqual(['Photographer', 'Fotonic']);
  });
});

describe("LaTeX résumé classes' own environments and section commands", () => {
  const latexRoles = (body: string) => {
    const read = readLatex(
      `\\documentclass{article}\n\\begin{document}\n\\name{Kim Example}\n${body}\n\\end{document}\n`,
    );
    const lines = read.kind === 'read' ? read.text.lines : [];
    return readProfile({ lines: lines.map((text, i) => ({ line: i + 1, text })) }).work.map((w) => [
      w.position,
      w.name,
      w.startDate,
      w.endDate ?? null,
    ]);
  };
  const rSection = (heading: string, subs: readonly string[][]) =>
    `\\begin{rSection}{${heading}}\n${subs
      .map((f) => `\\begin{rSubsection}{${f.join('}{')}}\n\\item Did the work.\n\\end{rSubsection}`)
      .join('\n')}\n\\end{rSection}`;

  it.each([
    ['Experience', ['Marlow Analytics', 'June 2019 - Present', 'Senior Data Analyst', 'Denver, CO'], '2019-06', null],
    [
      'Berufserfahrung',
      ['Donautal Systeme GmbH', '03/2016 -- 02/2020', 'Softwareentwickler', 'Regensburg'],
      '2016-03',
      '2020-02',
    ],
    ['Expérience', ['Mistral Assurances', '2018 -- auj.', 'Data scientist', 'Paris'], '2018', null],
    ['Experiencia', ['Banco Giralda', 'Sept 2015 -- Feb 2019', 'Analista de negocio', 'Sevilla'], '2015-09', '2019-02'],
    ['Experiência', ['Cooperativa Vale Verde', '2015 -- 2019', 'Analista de sistemas', 'Rio Verde'], '2015', '2019'],
  ])('reads an rSubsection under "%s" as one role', (heading, fields, start, end) => {
    const roles = latexRoles(
      rSection(heading, [fields, ['Front Range Bank', '2012 - 2014', 'Data Analyst', 'Boulder']]),
    );
    expect(roles[0]).toEqual([fields[2], fields[0], start, end]);
    expect(roles[1]?.slice(0, 2)).toEqual(['Data Analyst', 'Front Range Bank']);
  });

  it('keeps the arguments of a standard environment out of the text', () => {
    const roles = latexRoles(
      '\\section{Experience}\n\\begin{tabular}{ll}\n2019 -- 2021 & Engineer, Harwick Labs \\\\\n\\end{tabular}',
    );
    expect(roles.flat()).not.toContain('ll');
  });

  it.each([
    ['Experience', 'Liffey Robotics, Dublin', '2020 -- Present', 'Robotics Engineer', 'Motion planning', '2020', null],
    [
      'Berufserfahrung',
      'Donautal Systeme GmbH, Regensburg',
      '2016 -- 2020',
      'Softwareentwickler',
      'Backend und Betrieb',
      '2016',
      '2020',
    ],
  ])(
    'reads a \\datedsubsection under "%s" with its dates and its role',
    (heading, org, dates, title, what, start, end) => {
      const body =
        `\\section{${heading}}\n\\datedsubsection{\\textbf{${org.split(',')[0]}},${org.split(',')[1]}}{${dates}}\n` +
        `\\role{${title}}{${what}}\n\\begin{itemize}\n\\item Did the work.\n\\end{itemize}`;
      expect(latexRoles(body)).toEqual([[title, org.split(',')[0], start, end]]);
    },
  );
});

describe('words in small letters beside a role name no employer', () => {
  it.each([
    ['Shannon Aero, Limerick', 'Controls Engineer', 'Flight software', 'Shannon Aero'],
    ['Harwick Labs, Leeds', 'Data Engineer', 'Platform team', 'Harwick Labs'],
    ['Ribeira Seguros, Porto', 'Analista', 'Equipa de riscos', 'Ribeira Seguros'],
  ])('reads "%s" as the employer beside "%s" and "%s"', (org, title, what, name) => {
    const text = `# Kim Example\n\n## Experience\n\n### ${org} · 2017 – 2020\n${title} · ${what}\n\n- Did the work.\n`;
    expect(rolesOf(text)[0]?.slice(0, 2)).toEqual([title, name]);
  });

  it('still reads an institution named in small letters after its kind of organisation', () => {
    const text =
      '# Kim Example\n\n## Postes\n\nChercheuse postdoctorale, Institut de recherche marine, Brest, 2016 – 2019\n';
    expect(rolesOf(text)[0]?.slice(0, 2)).toEqual(['Chercheuse postdoctorale', 'Institut de recherche marine']);
  });
});

describe('a range after "from" or "since" that names its end', () => {
  it.each([
    ['from June 2015 to February 2019', '2015-06', '2019-02'],
    ['desde 2015 hasta 2019', '2015', '2019'],
    ['seit 2016 bis 2020', '2016', '2020'],
    ['a partir de 2012 até 2016', '2012', '2016'],
  ])('reads "%s" as closed when it ends', (text, start, end) => {
    const [found] = findDates(text);
    expect([found?.start, found?.end, found?.open]).toEqual([start, end, false]);
  });

  it('still leaves "since 2019" and "desde 2019" open', () => {
    expect(findDates('since 2019')[0]?.open).toBe(true);
    expect(findDates('desde marzo de 2019')[0]?.open).toBe(true);
  });

  it('reads a prose bullet of a job from one month to another', () => {
    const text =
      '# Sanjay Example\n\n## Work Experience\n\n- Worked as Software Engineer at Nilgiri Tech Pvt Ltd from June 2015 to February 2019.\n';
    expect(rolesOf(text)[0]?.slice(2)).toEqual(['2015-06', '2019-02']);
  });
});

describe("moderncv's rendered layout: dates in the left column, the role's fields on the right", () => {
  it.each([
    [
      'Experience',
      '2016–2019   Data Scientist, Lumen Retail,\nManchester\n\nBuilt demand forecasts for 300\nstores.',
      'Data Scientist',
      'Lumen Retail',
    ],
    [
      'Berufserfahrung',
      'seit 03/2019   Teamleiter IT, Wendland Logistik GmbH,\nBremen\n\nBetrieb der Lagerverwaltung mit\nzwölf Mitarbeitenden.',
      'Teamleiter IT',
      'Wendland Logistik GmbH',
    ],
    [
      'Expérience',
      '2015–2019   Développeuse web, Agence Cormoran,\nNantes\n\nSites pour les collectivités de\nla région.',
      'Développeuse web',
      'Agence Cormoran',
    ],
    [
      'Experiencia',
      '2012–2017   Auxiliar contable, Ferretería El Tornillo,\nTunja\n\nConciliaciones bancarias de\nla empresa.',
      'Auxiliar contable',
      'Ferretería El Tornillo',
    ],
    [
      'Experiência',
      '2015–2019   Analista de sistemas, Cooperativa Vale Verde,\nRio Verde\n\nImplantação do ERP em\ntodas as lojas.',
      'Analista de sistemas',
      'Cooperativa Vale Verde',
    ],
  ])('keeps the wrapped description out of the role under "%s"', (heading, rows, position, name) => {
    const text = `# Imogen Example\n\n## ${heading}\n${rows}\n\n2010–2012   Trainee, Pennine Health Trust,\nLeeds\n\nCleaned and linked patient records.\n`;
    expect(rolesOf(text).map((r) => r.slice(0, 2))).toEqual([
      [position, name],
      ['Trainee', 'Pennine Health Trust'],
    ]);
  });

  it('still reads a bare dates line over its title and its employer, each on a line of its own', () => {
    const text =
      '# Ana Example\n\n## Experience\n2019 – present\nSenior Researcher\nHalden Studio, Prague\n\n2015 – 2019\nResearcher\nKarlin Labs, Brno\n';
    expect(rolesOf(text).map((r) => r.slice(0, 2))).toEqual([
      ['Senior Researcher', 'Halden Studio'],
      ['Researcher', 'Karlin Labs'],
    ]);
  });

  it.each([
    ['Implantação do ERP.', 'Analista de sistemas', 'Cooperativa Vale Verde'],
    ['Audit der SAP-Systeme.', 'Prüferin', 'Hanse Revision GmbH'],
  ])('cuts a duty "%s" ending in capitals from a table cell', (duty, position, name) => {
    const text = `# Ana Example\n# Experience\n2015 – 2019 | ${position}, ${name}, Rio Verde · ${duty}\n`;
    expect(rolesOf(text)[0]?.slice(0, 2)).toEqual([position, name]);
  });
});
