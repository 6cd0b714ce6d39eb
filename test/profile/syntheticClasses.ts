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
  return cvs;
}
