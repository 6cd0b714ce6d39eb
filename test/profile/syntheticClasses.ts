/** Every class of the synthetic layout bench, each with a few invented people written in it. */
import {
  DATE_FORMS,
  type DatePlace,
  dateFormCv,
  headingsCv,
  type Lang,
  person,
  ROLE_ORDERS,
  roleLayoutCv,
  type SyntheticCv,
} from './syntheticCvs.js';
import {
  bulletListCv,
  cventryCv,
  degreesCv,
  htmlDlCv,
  jsonResumeCv,
  languagesCv,
  liquidCv,
  markdownTableCv,
  resumeSubheadingCv,
  skillsCv,
  twoColumnCv,
} from './syntheticLayouts.js';
import {
  degreePhraseCv,
  contactFooterCv,
  datesColonCv,
  promotedCv,
  doubleSpacedCv,
  schoolDatesDegreeCv,
  headingVariantCv,
  languageVariantCv,
  nameCv,
  pdfColumnsCv,
  skillVariantCv,
} from './syntheticVariants.js';
import {
  bareSchoolCv,
  educationFormCv,
  germanTableCv,
  skillBarsCv,
  type EducationForm,
  iberianLanguagesCv,
  iconHeadingsCv,
  languagesInSkillsCv,
  stackedEducationCv,
  tagCloudCv,
} from './syntheticForms.js';
import {
  academicCv,
  jsonPromotionCv,
  labelledRoleCv,
  leftYearsCv,
  sharedTitleCv,
  sideSectionCv,
} from './syntheticSections.js';
import {
  githubReadmeCv,
  jekyllAcademicCv,
  languagePairsCv,
  listRolesCv,
  numberedHeadingsCv,
  pandocCv,
  periodTableCv,
  htmlListsCv,
  markdownTemplateCv,
  qualificationsCv,
  skillHeadsCv,
} from './syntheticReadmes.js';
import {
  docxHeaderCv,
  docxRowsCv,
  europassDocxCv,
  europasscvCv,
  europassPdfCv,
  htmlPageCv,
  latexTabularCv,
  moderncvEducationCv,
  pdfDateMarginCv,
  pdfSidebarCv,
} from './syntheticFiles.js';
import {
  type LatexEducation,
  latexEducationCv,
  latexTemplateCv,
  linkedinPdfCv,
  pdfOffsetDatesCv,
  pdfPagedCv,
  type PdfTemplate,
  pdfTemplateCv,
} from './syntheticTemplates.js';
import {
  degreeWordsCv,
  markdownHandCv,
  type NestedForm,
  nestedMarkdownCv,
  tradeTitlesCv,
  type WordRuns,
  wordRunsCv,
  wordTemplateCv,
} from './syntheticHandwritten.js';
import { introNameCv } from './syntheticIntros.js';
import { type MarginForm, marginHeadingsPdfCv } from './syntheticMargins.js';
import {
  bareBadgesCv,
  dashesAndTagsCv,
  footPhoneCv,
  headRunCv,
  iconRowCv,
  jsonNamesCv,
  skillIconsCv,
  type LanguageListForm,
  languageListCv,
  languageRowPdfCv,
  latexSkillsCv,
  linkedinPdfCv as linkedinListsPdfCv,
  mixedSectionCv,
  skillHeadingCv,
  skillTableCv,
} from './syntheticLists.js';
import { languageColonsCv, linkedinGroupedCv, type OrderSeparator, sectionOrderCv } from './syntheticOrders.js';
import { type HeadingStyle, unnamedDecoyCv, unnamedHeadingsCv, unnamedHtmlCv } from './syntheticUnnamed.js';
import {
  abbreviatedDegreesCv,
  cventryThesisCv,
  cvitemSkillsCv,
  frontMatterCv,
  labelledDegreeCv,
  rarerLanguagesCv,
  schoolCommasCv,
  skillsTableCv,
  stateCodeCv,
  thesisLinesCv,
} from './syntheticSchools.js';
import { workClasses } from './syntheticWork.js';
import {
  awesomeSkillsCv,
  bracketedSchoolCv,
  bulletContinuationCv,
  degreeSentenceCv,
  listNamedHeadingCv,
  schoolOverDegreeFieldCv,
  categoriesOnOneLineCv,
  fieldSkillsHeadingCv,
  honoursLinesCv,
  htmlBadgesCv,
  jakeLongDegreeCv,
  longSchoolLineCv,
  schoolTownCv,
  supervisorSentenceCv,
} from './syntheticUnseen.js';

/** People per class: enough to vary names, dates and open roles. */
const PEOPLE = 4;
const seeds = (salt: number) => Array.from({ length: PEOPLE }, (_, i) => salt * 100 + i + 1);

export function syntheticClasses(): SyntheticCv[] {
  const cvs: SyntheticCv[] = [];
  let salt = 1;
  const places: DatePlace[] = ['line after', 'line before', 'end of head', 'start of head'];
  const styles = ['md', 'bold', 'txt', 'md'] as const;
  for (const order of Object.keys(ROLE_ORDERS)) {
    for (const place of places) {
      salt++;
      for (const [i, seed] of seeds(salt).entries()) cvs.push(roleLayoutCv(person(seed), order, place, styles[i]!));
    }
  }
  for (const form of Object.keys(DATE_FORMS)) {
    salt++;
    for (const seed of seeds(salt)) cvs.push(dateFormCv(person(seed), form));
  }
  for (const lang of ['en', 'de', 'fr', 'es', 'pt'] as Lang[]) {
    for (const markdown of [true, false]) {
      salt++;
      for (const seed of seeds(salt)) cvs.push(headingsCv(person(seed, lang), lang, markdown));
    }
  }
  const layouts = [
    markdownTableCv,
    bulletListCv,
    liquidCv,
    twoColumnCv,
    htmlDlCv,
    cventryCv,
    resumeSubheadingCv,
    jsonResumeCv,
  ];
  for (const layout of layouts) {
    salt++;
    for (const seed of seeds(salt)) cvs.push(layout(person(seed)));
  }
  for (const layout of ['degree, school', 'school / degree', 'pipes'] as const) {
    salt++;
    for (const seed of seeds(salt)) cvs.push(degreesCv(person(seed), seed, layout));
  }
  for (const form of ['comma list', 'German lines', 'French lines', 'table', 'by level'] as const) {
    salt++;
    for (const seed of seeds(salt)) cvs.push(languagesCv(person(seed), form));
  }
  for (const form of ['Skills: line', 'Languages & Tools', 'table', 'Technologies per role', 'bullets'] as const) {
    salt++;
    for (const seed of seeds(salt)) cvs.push(skillsCv(person(seed), form));
  }
  salt++;
  variantClasses(cvs, salt);
  cvs.push(...sectionClasses());
  return cvs;
}

/** What a section says as a whole (syntheticOrders.ts): six people a class, five languages. */
export function sectionClasses(): SyntheticCv[] {
  const langs = ['en', 'de', 'fr', 'es', 'pt'] as const;
  const cvs: SyntheticCv[] = [];
  let salt = 99_300;
  const each = (make: (seed: number, lang: Lang, i: number) => SyntheticCv) => {
    salt += 10;
    for (let i = 0; i < 6; i++) cvs.push(make(salt + i, langs[i % 5]!, i));
  };
  each((seed, lang, i) => linkedinGroupedCv(person(seed, lang), lang, i));
  const separators: OrderSeparator[] = [' — ', ' | ', ', ', ' at '];
  for (const separator of separators)
    for (const employerFirst of separator === ' at ' ? [false] : [false, true])
      each((seed, lang) => sectionOrderCv(person(seed, lang), lang, separator, employerFirst));
  each((seed, lang, i) => languageColonsCv(person(seed, lang), lang, i));
  return cvs;
}

function variantClasses(cvs: SyntheticCv[], start: number): void {
  let salt = start;
  const each = (make: (seed: number, i: number) => SyntheticCv) => {
    salt++;
    for (const [i, seed] of seeds(salt).entries()) cvs.push(make(seed, i));
  };
  for (const style of ['## X', 'CAPITALS', 'X:', '**X**', 'underlined'] as const) {
    // Each person of the class gets other heading words, so the class covers every variant.
    for (let round = 0; round < 4; round++)
      each((seed, i) => headingVariantCv(person(seed), round * PEOPLE + i, style));
  }
  for (const order of ['employer first', 'title first'] as const) each((seed) => pdfColumnsCv(person(seed), order));
  for (const entries of [1, 2] as const) each((seed) => doubleSpacedCv(person(seed), entries));
  const footers = ['© 2021 NAME', 'Powered by Jekyll. Last updated March 2022', 'Copyright (c) 2020 NAME'];
  each((seed, i) => schoolDatesDegreeCv(person(seed), footers[i % footers.length]!));
  for (const bullet of [false, true]) each((seed) => datesColonCv(person(seed), bullet));
  each((seed) => promotedCv(person(seed)));
  const separators = [' • ', ' | ', ', '] as const;
  each((seed, i) => contactFooterCv(person(seed), separators[i % separators.length]!));
  const languageForms = [
    'A – C2 | B – B1',
    'bullets "X: level"',
    'plain-text table',
    'Mother tongue: X',
    'German words in brackets',
    'Languages: line in Personal',
  ] as const;
  for (const form of languageForms) each((seed) => languageVariantCv(person(seed), form));
  const skillForms = [
    'labelled lines',
    'one per bullet',
    'dots and pipes',
    'nested list',
    'plain text, gap label',
    'sentences',
    'with levels',
  ] as const;
  for (const form of skillForms) each((seed) => skillVariantCv(person(seed), form));
  for (const layout of ['school, city — degree, year', 'year | degree | school'] as const) {
    for (let round = 0; round < 2; round++) each((seed) => degreePhraseCv(person(seed), seed + round, layout));
  }
  for (const form of ['Dr. title', 'capitals', 'Name: line', 'letter-spaced', 'name, PhD'] as const) {
    each((seed) => nameCv(person(seed), form));
  }
  each((seed, i) => academicCv(person(seed), i));
  each((seed) => leftYearsCv(person(seed)));
  each((seed, i) => sideSectionCv(person(seed), i));
  each((seed, i) => sharedTitleCv(person(seed), i));
  each((seed) => jsonPromotionCv(person(seed)));
  each((seed, i) => labelledRoleCv(person(seed), i));
  const educationForms: EducationForm[] = [
    'Degree, Field — School, City (Year)',
    'School — Degree in Field',
    'Degree in Field, School, Year',
    'Year: Degree in Field / School',
  ];
  for (const form of educationForms) each((seed) => educationFormCv(person(seed), seed, form));
  for (const lang of ['es', 'pt'] as const) each((seed) => iberianLanguagesCv(person(seed), lang));
  each((seed, i) => languagesInSkillsCv(person(seed), i));
  each((seed, i) => stackedEducationCv(person(seed), seed, i));
  each((seed, i) => tagCloudCv(person(seed), i));
  each((seed, i) => bareSchoolCv(person(seed), seed, i));
  each((seed, i) => skillBarsCv(person(seed), i));
  each((seed, i) => germanTableCv(person(seed, 'de'), i));
  for (const icons of ['emoji', 'icon font'] as const) each((seed, i) => iconHeadingsCv(person(seed), icons, i));
  publishedClasses(cvs, salt);
}

/** Layouts as people publish CVs (READMEs, Jekyll and Pandoc pages, Word and PDF exports): more people a class. */
function publishedClasses(cvs: SyntheticCv[], start: number): void {
  let salt = start;
  const each = (make: (seed: number, i: number) => SyntheticCv, people = 6) => {
    salt++;
    for (let i = 0; i < people; i++) cvs.push(make(salt * 100 + i + 1, i));
  };
  const markdown = [
    githubReadmeCv,
    pandocCv,
    listRolesCv,
    numberedHeadingsCv,
    jekyllAcademicCv,
    periodTableCv,
    skillHeadsCv,
    languagePairsCv,
    markdownTemplateCv,
    htmlListsCv,
  ];
  for (const make of markdown)
    each((seed, i) => make(person(seed), i), make === skillHeadsCv || make === markdownTemplateCv ? 8 : 6);
  each((seed, i) => qualificationsCv(person(seed), i), 7);
  const files = [
    htmlPageCv,
    pdfSidebarCv,
    pdfDateMarginCv,
    europassPdfCv,
    docxRowsCv,
    docxHeaderCv,
    moderncvEducationCv,
    europasscvCv,
    latexTabularCv,
  ];
  for (const make of files) each((seed, i) => make(person(seed), i));
  // Europass in five languages: each with the language's own people.
  const europassLangs = ['en', 'de', 'fr', 'es', 'pt'] as const;
  each((seed, i) => europassDocxCv(person(seed, europassLangs[i % 5]), i), 10);
  unnamedClasses(cvs, salt);
  templateClasses(cvs, salt + 100);
}

/** Published templates: LaTeX classes as source and compiled to PDF, LinkedIn's export, Word and Google Docs. */
function templateClasses(cvs: SyntheticCv[], start: number): void {
  let salt = start;
  const each = (make: (seed: number, i: number) => SyntheticCv) => {
    salt++;
    for (let i = 0; i < 6; i++) cvs.push(make(salt * 100 + i + 1, i));
  };
  const latex = ['Awesome-CV', 'AltaCV', 'Friggeri', 'twentysecondcv', 'Deedy', 'article \\hfill'] as const;
  for (const template of latex) each((seed) => latexTemplateCv(person(seed), template));
  const pdf: PdfTemplate[] = [
    'employer/place, title/dates',
    'title/dates, employer/place',
    'dates column, one line',
    'Deedy',
  ];
  for (const template of pdf) each((seed) => pdfTemplateCv(person(seed), template));
  each((seed, i) => linkedinPdfCv(person(seed), i));
  const latexEntries: LatexEducation[] = [
    'moderncv \\cvitem',
    '\\item[years] list',
    'bold capitals heading, \\hfill',
    'tabular three columns',
  ];
  for (const form of latexEntries) each((seed) => latexEducationCv(person(seed), form));
  for (const google of [false, true]) each((seed) => wordTemplateCv(person(seed), google));
  for (const form of [0, 1, 2, 3] as const) each((seed) => markdownHandCv(person(seed), form));
  for (const layout of ['list', 'school over degree'] as const)
    each((seed) => degreeWordsCv(person(seed), seed, layout));
  const orders = ['Title, Employer', 'Title at Employer', 'unlisted Title @ Employer'] as const;
  for (const order of orders) each((seed) => tradeTitlesCv(person(seed), seed, order));
  const nested: NestedForm[] = ['employer ##, titles ###', 'field per heading level', 'HTML blocks in Markdown'];
  for (const form of nested) each((seed) => nestedMarkdownCv(person(seed), form));
  const runs: WordRuns[] = [
    'tab element before dates',
    'line breaks in one paragraph',
    'bold employer, italic title runs',
  ];
  for (const form of runs) each((seed) => wordRunsCv(person(seed), form));
  for (const offset of [6, 9]) each((seed) => pdfOffsetDatesCv(person(seed), offset));
  each((seed, i) => pdfPagedCv(person(seed), i));
  cvs.push(...listClasses());
  cvs.push(...schoolClasses());
  cvs.push(...introClasses());
  cvs.push(...marginClasses());
  cvs.push(...workClasses());
  cvs.push(...unseenClasses());
}

/** People outside software (syntheticUnseen.ts): academics, surgeons, economists, historians; six a class. */
export function unseenClasses(): SyntheticCv[] {
  const langs = ['en', 'de', 'fr', 'es', 'pt'] as const;
  const cvs: SyntheticCv[] = [];
  let salt = 99_700;
  const each = (make: (seed: number, lang: Lang, i: number) => SyntheticCv) => {
    salt += 10;
    for (let i = 0; i < 6; i++) cvs.push(make(salt + i, langs[i % 5]!, i));
  };
  each((seed, lang, i) => bracketedSchoolCv(person(seed, lang), seed, lang, i));
  each((seed, lang) => supervisorSentenceCv(person(seed, lang), seed, lang));
  each((seed, _lang, i) => honoursLinesCv(person(seed), seed, i));
  each((seed, _lang, i) => schoolTownCv(person(seed), seed, i));
  each((seed, _lang, i) => jakeLongDegreeCv(person(seed), seed, i));
  each((seed, _lang, i) => longSchoolLineCv(person(seed), seed, i));
  each((seed, lang, i) => fieldSkillsHeadingCv(person(seed, lang), seed, lang, i));
  each((seed) => awesomeSkillsCv(person(seed), seed));
  each((seed, _lang, i) => categoriesOnOneLineCv(person(seed), seed, i));
  each((seed, _lang, i) => htmlBadgesCv(person(seed), seed, i));
  each((seed, _lang, i) => bulletContinuationCv(person(seed), seed, i));
  each((seed, _lang, i) => schoolOverDegreeFieldCv(person(seed), seed, i));
  each((seed, _lang, i) => listNamedHeadingCv(person(seed), seed, i));
  each((seed, _lang, i) => degreeSentenceCv(person(seed), seed, i));
  return cvs;
}

/** PDFs with section headings in a left margin (syntheticMargins.ts), six people a form, five languages. */
export function marginClasses(): SyntheticCv[] {
  const langs = ['en', 'de', 'fr', 'es', 'pt'] as const;
  const forms: MarginForm[] = ['heading beside first row', 'dates in the margin'];
  return forms.flatMap((form, f) =>
    Array.from({ length: 6 }, (_, i) => {
      const lang = langs[i % 5]!;
      return marginHeadingsPdfCv(person(99_200 + f * 10 + i, lang), form, lang);
    }),
  );
}

/** READMEs that name their owner only in a greeting (syntheticIntros.ts), one language each of five people. */
export function introClasses(): SyntheticCv[] {
  const langs = ['en', 'de', 'fr', 'es', 'pt'] as const;
  return Array.from({ length: 10 }, (_, i) => {
    const lang = langs[i % 5]!;
    return introNameCv(person(99_100 + i, lang), lang, i);
  });
}

/** Skills and spoken-language lists as people write them (syntheticLists.ts), six people a class. */
export function listClasses(): SyntheticCv[] {
  const cvs: SyntheticCv[] = [];
  let salt = 900;
  const each = (make: (seed: number, i: number) => SyntheticCv, people = 6) => {
    salt++;
    for (let i = 0; i < people; i++) cvs.push(make(salt * 100 + i + 1, i));
  };
  const lists = [iconRowCv, bareBadgesCv, skillTableCv, headRunCv, languageRowPdfCv, linkedinListsPdfCv, footPhoneCv];
  lists.push(dashesAndTagsCv, mixedSectionCv, jsonNamesCv);
  for (const make of lists) each((seed, i) => make(person(seed), i));
  each((seed, i) => skillHeadingCv(person(seed), i), 8);
  each((seed, i) => latexSkillsCv(person(seed), i));
  const forms: LanguageListForm[] = ['one line, names and levels', 'slashes and qualifiers', 'own names', 'flags'];
  forms.push('sentences', 'native language label');
  for (const form of forms) each((seed) => languageListCv(person(seed), form));
  each((seed, i) => skillIconsCv(person(seed), i));
  return cvs;
}

/** Schools, skills tables and rarer languages (syntheticSchools.ts): six people a class, five languages. */
export function schoolClasses(): SyntheticCv[] {
  const langs = ['en', 'de', 'fr', 'es', 'pt'] as const;
  const cvs: SyntheticCv[] = [];
  let salt = 99_500;
  const each = (make: (seed: number, lang: Lang, i: number) => SyntheticCv) => {
    salt += 10;
    for (let i = 0; i < 6; i++) cvs.push(make(salt + i, langs[i % 5]!, i));
  };
  each((seed, lang, i) => thesisLinesCv(person(seed, lang), lang, i));
  each((seed, lang) => cventryThesisCv(person(seed, lang), lang));
  each((seed, lang, i) => labelledDegreeCv(person(seed, lang), lang, i));
  each((seed, _lang, i) => stateCodeCv(person(seed), i));
  each((seed, _lang, i) => abbreviatedDegreesCv(person(seed), i));
  each((seed, lang, i) => frontMatterCv(person(seed, lang), i));
  each((seed, lang, i) => skillsTableCv(person(seed, lang), lang, i));
  each((seed, lang) => cvitemSkillsCv(person(seed, lang), lang));
  each((seed, _lang, i) => rarerLanguagesCv(person(seed), i));
  each((seed, lang, i) => schoolCommasCv(person(seed, lang), lang, i));
  return cvs;
}

/** Headings no list knows (invented phrases, emoji, the person's field): sections read by their content. */
function unnamedClasses(cvs: SyntheticCv[], start: number): void {
  let salt = start;
  const each = (make: (seed: number, i: number) => SyntheticCv) => {
    salt++;
    for (let i = 0; i < 6; i++) cvs.push(make(salt * 100 + i + 1, i));
  };
  const styles: [HeadingStyle, Lang[]][] = [
    ['markdown', ['en', 'de', 'fr', 'es', 'pt']],
    ['capitals', ['en', 'de', 'fr', 'es', 'pt']],
    ['emoji', ['en', 'de']],
    ['field', ['en', 'fr']],
    ['none', ['en', 'es']],
  ];
  for (const [style, langs] of styles)
    for (const lang of langs) each((seed, i) => unnamedHeadingsCv(person(seed, lang), lang, style, i));
  each((seed, i) => unnamedHtmlCv(person(seed), i));
  for (const decoy of ['publications', 'references', 'awards'] as const)
    each((seed, i) => unnamedDecoyCv(person(seed), decoy, i));
}
