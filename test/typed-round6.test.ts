/**
 * Sixth round of typed questions: the intents the unseen half of the typed set still misses — years
 * of a skill (one person's, the most, a threshold written in digits or words, a range, open roles),
 * compare (two or three people, with or without a skill), the right lines inside one profile (phone,
 * GitHub, address, languages, interests, thesis supervisor, publications, certifications) and school
 * and spoken-language questions in casual wording — in English, German, French, Spanish and
 * Portuguese, over ten invented CVs whose sections are headed in those five languages
 * (fixtures/typedRound6Cvs.ts). Each base question is asked as written, in lower case without its
 * question mark, after a filler of its language, and with one typo in a word that is no name; each
 * answer is judged as the typed development set is judged (the right person and the fact in the
 * answer or its first three quotes; the people cited, with the evidence quoted; a count as the first
 * number of the first line; "nobody" when nobody). The phrasings were written before the cue files
 * were read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer, Answerer } from '../src/answer/types.js';
import { answererOnCvs } from './support/answererOnCvs.js';
import { temporaryDirs } from './support/temporaryDirs.js';
import { ROUND6_TEAM } from './fixtures/typedRound6Cvs.js';
import { type Judge, type Lang, typo, verdict } from './support/typedRounds.js';

const fact = (person: string, ...any: string[]): Judge => ({ kind: 'fact', person: `${person}.md`, any });
const people = (evidence: Record<string, string[]>): Judge => ({
  kind: 'people',
  files: Object.keys(evidence).map((p) => `${p}.md`),
  mode: 'exact',
  evidence: Object.fromEntries(Object.entries(evidence).map(([p, e]) => [`${p}.md`, e])),
});
const all = (...names: string[]): Judge => ({ kind: 'people', files: names.map((n) => `${n}.md`), mode: 'includes' });
const count = (n: number, ...names: string[]): Judge => ({ kind: 'count', n, files: names.map((p) => `${p}.md`) });
const nobody = (personName?: string): Judge => ({ kind: 'nobody', personName });
const not = (intent: string): Judge => ({ kind: 'not', intent });

/** "N year" for a role open since year/month (first and last month counted), so the rows never go stale. */
function openYears(year: number, month: number): string {
  const now = new Date();
  const months = (now.getFullYear() - year) * 12 + (now.getMonth() + 1 - month) + 1;
  return `${Math.floor(months / 12)} year`;
}

// Years of a skill.
const FELIX_PERL = fact('felix', '5 years');
const CAMILLE_SAS = fact('camille', '4 years');
const INGRID_JAVA = fact('ingrid', '5 years');
const BEATRIZ_SQL = fact('beatriz', '3 years');
const LUCA_PHP = fact('luca', '2 years');
const OSKAR_OBJC = fact('oskar', '4 years');
const OSKAR_SWIFT = fact('oskar', openYears(2016, 6));
const MATEO_JAVA = fact('mateo', openYears(2012, 1));
const HANA_GO = fact('hana', openYears(2019, 1));
const SOPHIE_GO = fact('sophie', openYears(2018, 1));
const MOST_K8S = fact('ingrid', 'Kubernetes');
const MOST_GO = fact('sophie', 'Go');
const MOST_PYTHON = fact('luca', 'Python');
const JAVA5 = people({ mateo: ['Java'], ingrid: ['Java'] });
const JAVA10 = people({ mateo: ['Java'] });
const PHP4 = people({ sophie: ['PHP'] });
const PHP2TO3 = people({ luca: ['PHP'] });

// Compare.
const FELIX_INGRID = all('felix', 'ingrid');
const HANA_SOPHIE = all('hana', 'sophie');
const MATEO_INGRID = all('mateo', 'ingrid');
const BEATRIZ_LUCA = all('beatriz', 'luca');
const CAMILLE_BEATRIZ = all('camille', 'beatriz');
const THREE_K8S = all('felix', 'ingrid', 'hana');
const THREE = all('hana', 'sophie', 'oskar');

// Spoken languages.
const SPANISH = people({ felix: ['Spanisch'], beatriz: ['Espanhol'], mateo: ['Español'] });
const POLISH = people({ hana: ['Polish'] });
const ITALIAN = people({ luca: ['Italiano'] });
const FRENCH = people({ mateo: ['Francés'], ingrid: ['Französisch'], camille: ['Français'], sophie: ['Français'] });
const PORTUGUESE = people({ camille: ['Portugais'], beatriz: ['Português'], luca: ['Português'] });
const SWEDISH = people({ oskar: ['Swedish'] });
const TAMIL = people({ priya: ['Tamil', 'Hindi'] });
const GERMAN4 = count(4, 'hana', 'felix', 'ingrid', 'sophie');

// Schools.
const PHD = people({ camille: ['Doctorat'] });

type Row = [string, string, Judge];
const BASES: Record<Lang, Row[]> = {
  en: [
    ['years', 'how long has Felix done Perl?', FELIX_PERL],
    ['years', "Felix's years with Perl?", FELIX_PERL],
    ['years', 'how many years of SAS does Camille have', CAMILLE_SAS],
    ['years', 'how many yrs of objective-c does oskar have', OSKAR_OBJC],
    ['years', 'how long has Oskar been doing Swift?', OSKAR_SWIFT],
    ['years', 'how long has Mateo used Java', MATEO_JAVA],
    ['years', "what's Hana's Go experience in years?", HANA_GO],
    ['years', 'who has the most Kubernetes experience?', MOST_K8S],
    ['years', 'who has the most Go experience', MOST_GO],
    ['years', 'anyone with 5+ yrs of Java?', JAVA5],
    ['years', 'who has five or more years of Java', JAVA5],
    ['years', 'who has over ten years of Java?', JAVA10],
    ['years', 'who has at least four years of PHP', PHP4],
    ['years', 'who has 3-5 years of PHP', PHP4],
    ['years', 'who has between 2 and 3 years of PHP?', PHP2TO3],
    ['years', 'anyone with 5+ years of PHP?', nobody()],
    ['compare', 'Felix vs Ingrid on Kubernetes', FELIX_INGRID],
    ['compare', "who's stronger in Go, Hana or Sophie?", HANA_SOPHIE],
    ['compare', 'compare Hana and Sophie', HANA_SOPHIE],
    ['compare', 'diff between Mateo and Ingrid', MATEO_INGRID],
    ['compare', 'who knows more Python, Beatriz or Luca?', BEATRIZ_LUCA],
    ['compare', 'compare Hana, Sophie and Oskar', THREE],
    ['compare', 'Felix, Ingrid or Hana for Kubernetes?', THREE_K8S],
    ['compare', 'how does Camille stack up against Beatriz on Python', CAMILLE_BEATRIZ],
    ['person', "what's Hana's phone", fact('hana', '+44 113 496 0172')],
    ['person', "Hana's github", fact('hana', 'github.com/hanakow')],
    ['person', 'where does Hana live?', fact('hana', 'Harrogate')],
    ['person', 'what languages does Hana speak', fact('hana', 'Polish')],
    ['person', "Hana's hobbies", fact('hana', 'Bouldering')],
    ['person', "who supervised Hana's thesis?", fact('hana', 'Grieve')],
    ['person', "Hana's publications", fact('hana', 'Backpressure')],
    ['person', "Hana's certs", fact('hana', 'Certified Kubernetes Administrator')],
    ['person', "who supervised Felix's thesis?", fact('felix', 'Wendel')],
    ['person', "what are Camille's interests", fact('camille', 'Photographie')],
    ['person', "Mateo's hobbies?", fact('mateo', 'Ajedrez')],
    ['person', 'where does Beatriz live?', fact('beatriz', 'Mangueiras')],
    ['person', "Luca's mobile number", fact('luca', '+351 913 555 207')],
    ['person', "Ingrid's certifications", fact('ingrid', 'Certified Kubernetes Administrator')],
    ['person', "Oskar's publications", nobody('Oskar Lindqvist')],
    ['person', "Priya's certs", nobody('Priya Raman')],
    ['person', "who supervised Priya's thesis?", nobody('Priya Raman')],
    ['person', "Sophie's github", nobody('Sophie Lemaire')],
    ['school', "where'd hana go to uni", fact('hana', 'Eastmarsh')],
    ['school', 'which uni did felix attend', fact('felix', 'Auenberg')],
    ['school', 'who studied at the university of eastmarsh', people({ hana: ['Eastmarsh'] })],
    ['school', 'anyone from universidad de almenara?', people({ mateo: ['Almenara'] })],
    ['school', "hana's degree?", fact('hana', 'MSc Computer Science')],
    ['school', 'who has a phd', PHD],
    ['school', 'anyone got a doctorate?', PHD],
    ['school', 'who went to kestrel polytechnic', people({ priya: ['Kestrel'] })],
    ['school', 'what did oskar study?', fact('oskar', 'Interaction Design')],
    ['school', 'who studied at oxford', nobody()],
    ['languages', 'who speaks spanish', SPANISH],
    ['languages', 'who speaks polish?', POLISH],
    ['languages', 'anyone speak italian?', ITALIAN],
    ['languages', 'who can speak french', FRENCH],
    ['languages', 'who speaks portuguese?', PORTUGUESE],
    ['languages', 'how many ppl speak german', GERMAN4],
    ['languages', 'does anybody here speak swedish', SWEDISH],
    ['languages', 'who speaks tamil or hindi', TAMIL],
    ['languages', 'what langs does oskar speak', fact('oskar', 'Norwegian')],
    ['languages', 'does priya speak hindi', fact('priya', 'Hindi')],
    ['languages', 'who speaks japanese', nobody()],
    ['negative', "who's from Lisbon?", not('school')],
    ['negative', 'anyone from Pellucid Freight?', not('school')],
    ['negative', 'who has 1 to 2 years of Angular?', people({ priya: ['Angular'] })],
    ['negative', 'who has 3 to 5 years of Angular?', nobody()],
    ['negative', 'who worked at Seewind Energie from 2017 to 2020?', not('timeline')],
  ],
  de: [
    ['years', 'wie lange arbeitet Felix schon mit Perl?', FELIX_PERL],
    ['years', 'wie viele Jahre Erfahrung hat Ingrid mit Java?', INGRID_JAVA],
    ['years', 'wie lange macht Hana schon Go?', HANA_GO],
    ['years', 'wer hat die meiste Erfahrung mit Kubernetes?', MOST_K8S],
    ['years', 'wer hat mehr als fünf Jahre Java-Erfahrung?', JAVA5],
    ['years', 'wer hat 10+ Jahre Java?', JAVA10],
    ['years', 'wer hat mindestens vier Jahre PHP?', PHP4],
    ['compare', 'wer kann mehr Kubernetes, Felix oder Ingrid?', FELIX_INGRID],
    ['compare', 'vergleich Hana und Sophie bei Go', HANA_SOPHIE],
    ['compare', 'Unterschied zwischen Mateo und Ingrid?', MATEO_INGRID],
    ['compare', 'vergleiche Felix, Ingrid und Hana', THREE_K8S],
    ['compare', 'wer ist besser in Python, Beatriz oder Luca?', BEATRIZ_LUCA],
    ['person', 'was ist die Telefonnummer von Felix?', fact('felix', '+49 761 5550 4821')],
    ['person', 'Felix sein GitHub?', fact('felix', 'github.com/fbrandauer')],
    ['person', 'wo wohnt Felix?', fact('felix', 'Freiburg')],
    ['person', 'welche Sprachen spricht Felix?', fact('felix', 'Spanisch')],
    ['person', "was sind Felix' Hobbys?", fact('felix', 'Segeln')],
    ['person', 'wer hat die Diplomarbeit von Felix betreut?', fact('felix', 'Wendel')],
    ['person', 'Veröffentlichungen von Felix?', fact('felix', 'Netzlast')],
    ['person', 'welche Zertifikate hat Felix?', fact('felix', 'AWS Certified')],
    ['person', 'welche Hobbys hat Hana?', fact('hana', 'Bouldering')],
    ['person', 'wer hat Ingrids Masterarbeit betreut?', fact('ingrid', 'Lorenz')],
    ['person', 'hat Priya Zertifikate?', nobody('Priya Raman')],
    ['school', 'wo hat Ingrid studiert?', fact('ingrid', 'Kaltenbrunn')],
    ['school', 'wer war an der Universität Kaltenbrunn?', people({ ingrid: ['Kaltenbrunn'] })],
    ['school', 'wer hat promoviert?', PHD],
    ['school', 'was hat Sophie studiert?', fact('sophie', 'Master Informatique')],
    ['languages', 'wer spricht Spanisch?', SPANISH],
    ['languages', 'wer kann Italienisch?', ITALIAN],
    ['languages', 'wie viele sprechen Deutsch?', GERMAN4],
    ['languages', 'spricht Oskar Norwegisch?', fact('oskar', 'Norwegian')],
    ['languages', 'wer spricht Polnisch?', POLISH],
    ['languages', 'wer spricht Japanisch?', nobody()],
    ['negative', 'wie viele von uns arbeiten mit Go?', count(2, 'hana', 'sophie')],
    ['negative', 'wer hat zwischen 3 und 5 Jahren Angular?', nobody()],
    ['negative', 'wer kommt aus München?', not('school')],
  ],
  fr: [
    ['years', "combien d'années de SAS a Camille ?", CAMILLE_SAS],
    ['years', 'depuis combien de temps Sophie fait du Go ?', SOPHIE_GO],
    ['years', "qui a le plus d'expérience en Go ?", MOST_GO],
    ['years', 'qui a plus de cinq ans de Java ?', JAVA5],
    ['years', "qui a au moins quatre ans d'expérience en PHP ?", PHP4],
    ['years', "combien d'années d'expérience Ingrid a en Java ?", INGRID_JAVA],
    ['compare', 'qui de Hana ou Sophie connaît le mieux Go ?', HANA_SOPHIE],
    ['compare', 'compare Camille et Beatriz en Python', CAMILLE_BEATRIZ],
    ['compare', 'Felix ou Ingrid pour Kubernetes ?', FELIX_INGRID],
    ['compare', 'quelle est la différence entre Mateo et Ingrid ?', MATEO_INGRID],
    ['compare', 'compare Felix, Ingrid et Hana sur Kubernetes', THREE_K8S],
    ['person', 'quel est le numéro de Camille ?', fact('camille', '+33 2 40 00 57 31')],
    ['person', 'le github de Camille ?', fact('camille', 'github.com/croussel')],
    ['person', 'où habite Camille ?', fact('camille', 'Tanneurs')],
    ['person', 'quelles langues parle Camille ?', fact('camille', 'Portugais')],
    ['person', "quels sont les centres d'intérêt de Camille ?", fact('camille', 'Photographie')],
    ['person', 'qui a dirigé la thèse de Camille ?', fact('camille', 'Marchetti')],
    ['person', 'les publications de Camille ?', fact('camille', 'Estimation non paramétrique')],
    ['person', 'quelles certifications a Camille ?', fact('camille', 'SAS Certified')],
    ['person', 'quels sont les loisirs de Sophie ?', fact('sophie', 'Escalade')],
    ['person', "les hobbies d'Oskar ?", fact('oskar', 'Woodworking')],
    ['person', 'Oskar a des publications ?', nobody('Oskar Lindqvist')],
    ['school', 'où Camille a fait ses études ?', fact('camille', 'Vaurenard')],
    ['school', "qui est allé à l'Université de Lorvaux ?", people({ sophie: ['Lorvaux'] })],
    ['school', 'qui a un doctorat ?', PHD],
    ['school', 'Mateo a étudié où ?', fact('mateo', 'Almenara')],
    ['languages', 'qui parle espagnol ?', SPANISH],
    ['languages', 'qui parle italien ?', ITALIAN],
    ['languages', 'combien de personnes parlent allemand ?', GERMAN4],
    ['languages', 'est-ce que Priya parle hindi ?', fact('priya', 'Hindi')],
    ['languages', 'qui parle suédois ?', SWEDISH],
    ['languages', 'qui parle japonais ?', nobody()],
    ['negative', "qui est diplômé de l'Université de Lorvaux ?", people({ sophie: ['Lorvaux'] })],
    ['negative', "qui a entre 1 et 2 ans d'Angular ?", people({ priya: ['Angular'] })],
  ],
  es: [
    ['years', '¿cuántos años de Java tiene Mateo?', MATEO_JAVA],
    ['years', '¿cuánto tiempo lleva Felix con Perl?', FELIX_PERL],
    ['years', '¿quién tiene más experiencia con Kubernetes?', MOST_K8S],
    ['years', '¿quién tiene más de cinco años de Java?', JAVA5],
    ['years', '¿alguien con 5 años o más de PHP?', nobody()],
    ['years', '¿cuántos años lleva Oskar con Objective-C?', OSKAR_OBJC],
    ['compare', '¿quién sabe más de Java, Mateo o Ingrid?', MATEO_INGRID],
    ['compare', 'compara a Hana con Sophie', HANA_SOPHIE],
    ['compare', 'diferencia entre Camille y Beatriz', CAMILLE_BEATRIZ],
    ['compare', 'compara a Felix, Ingrid y Hana en Kubernetes', THREE_K8S],
    ['compare', '¿Beatriz o Luca para Python?', BEATRIZ_LUCA],
    ['person', '¿cuál es el teléfono de Mateo?', fact('mateo', '+34 963 555 218')],
    ['person', 'el github de Mateo', fact('mateo', 'github.com/mgallardo')],
    ['person', '¿dónde vive Mateo?', fact('mateo', 'Rosal')],
    ['person', '¿qué idiomas habla Mateo?', fact('mateo', 'Francés')],
    ['person', '¿cuáles son las aficiones de Mateo?', fact('mateo', 'Ajedrez')],
    ['person', '¿quién dirigió el proyecto fin de carrera de Mateo?', fact('mateo', 'Esteva')],
    ['person', '¿quién dirigió la tesis de Mateo?', fact('mateo', 'Esteva')],
    ['person', '¿qué publicaciones tiene Mateo?', fact('mateo', 'Rutas óptimas')],
    ['person', '¿qué certificaciones tiene Mateo?', fact('mateo', 'Oracle Certified')],
    ['person', '¿cuáles son los hobbies de Priya?', fact('priya', 'Carnatic')],
    ['person', '¿Oskar tiene certificaciones?', nobody('Oskar Lindqvist')],
    ['school', '¿dónde estudió Mateo?', fact('mateo', 'Almenara')],
    ['school', '¿quién fue a la Universidad de Almenara?', people({ mateo: ['Almenara'] })],
    ['school', '¿quién tiene doctorado?', PHD],
    ['school', '¿qué estudió Luca?', fact('luca', 'Engenharia Informática')],
    ['languages', '¿quién habla español?', SPANISH],
    ['languages', '¿alguien habla italiano?', ITALIAN],
    ['languages', '¿cuántos hablan alemán?', GERMAN4],
    ['languages', '¿quién habla polaco?', POLISH],
    ['languages', '¿qué idiomas habla Oskar?', fact('oskar', 'Norwegian')],
    ['languages', '¿quién habla japonés?', nobody()],
    ['negative', '¿quién tiene entre 3 y 5 años de Angular?', nobody()],
    ['negative', '¿alguien de Cobalto Redes?', not('school')],
  ],
  pt: [
    ['years', 'quantos anos de SQL a Beatriz tem?', BEATRIZ_SQL],
    ['years', 'há quanto tempo o Luca trabalha com PHP?', LUCA_PHP],
    ['years', 'quem tem mais experiência com Python?', MOST_PYTHON],
    ['years', 'quem tem mais de cinco anos de Java?', JAVA5],
    ['years', 'alguém com 3 a 5 anos de PHP?', PHP4],
    ['years', 'quantos anos de Go a Hana tem?', HANA_GO],
    ['compare', 'quem tem mais experiência em Python, a Beatriz ou o Luca?', BEATRIZ_LUCA],
    ['compare', 'compara o Felix e a Ingrid', FELIX_INGRID],
    ['compare', 'Hana ou Sophie em Go?', HANA_SOPHIE],
    ['compare', 'qual é a diferença entre o Mateo e a Ingrid?', MATEO_INGRID],
    ['compare', 'compara a Hana, a Sophie e o Oskar', THREE],
    ['person', 'qual o telefone da Beatriz?', fact('beatriz', '+55 81 98765-4321')],
    ['person', 'o github da Beatriz', fact('beatriz', 'github.com/bianogueira')],
    ['person', 'onde mora a Beatriz?', fact('beatriz', 'Mangueiras')],
    ['person', 'que idiomas a Beatriz fala?', fact('beatriz', 'Espanhol')],
    ['person', 'quais os interesses da Beatriz?', fact('beatriz', 'Capoeira')],
    ['person', 'quem orientou a dissertação da Beatriz?', fact('beatriz', 'Vasconcelos')],
    ['person', 'quem foi o orientador da tese da Beatriz?', fact('beatriz', 'Vasconcelos')],
    ['person', 'publicações da Beatriz?', fact('beatriz', 'Anomalias em séries')],
    ['person', 'quais certificações a Beatriz tem?', fact('beatriz', 'Google Cloud')],
    ['person', 'quais são os passatempos do Luca?', fact('luca', 'Surf')],
    ['person', 'qual é o telemóvel do Luca?', fact('luca', '+351 913 555 207')],
    ['person', 'que línguas fala o Luca?', fact('luca', 'Italiano')],
    ['person', 'onde vive o Luca?', fact('luca', 'Rato')],
    ['person', 'o Luca tem certificações?', nobody('Luca Bernasconi')],
    ['school', 'onde a Beatriz estudou?', fact('beatriz', 'Aratuba')],
    ['school', 'quem estudou na Universidade Federal de Aratuba?', people({ beatriz: ['Aratuba'] })],
    ['school', 'quem tem doutorado?', PHD],
    ['school', 'em que faculdade o Luca estudou?', fact('luca', 'Montemor')],
    ['school', 'qual é a formação do Felix?', fact('felix', 'Diplom-Informatiker')],
    ['languages', 'quem fala espanhol?', SPANISH],
    ['languages', 'alguém fala italiano?', ITALIAN],
    ['languages', 'quantas pessoas falam alemão?', GERMAN4],
    ['languages', 'quem fala sueco?', SWEDISH],
    ['languages', 'a Priya fala hindi?', fact('priya', 'Hindi')],
    ['languages', 'quem fala japonês?', nobody()],
    ['negative', 'quem tem de 1 a 2 anos de Angular?', people({ priya: ['Angular'] })],
    ['negative', 'quem é de Recife?', not('school')],
  ],
};

/**
 * A second batch, written after the first was counted and fixed: compare judged as the typed set's
 * "people" rows are (exactly the two people, each with the evidence quoted), compare on a shared
 * employer, on languages spoken, on work experience, on degrees and certifications; years as a job
 * title and of a two-word skill; native speakers.
 */
const exact = people;
const MORE: Record<Lang, Row[]> = {
  en: [
    ['compare', 'compare Felix and Ingrid on Kubernetes', exact({ felix: ['Kubernetes'], ingrid: ['Kubernetes'] })],
    [
      'compare',
      "compare Hana's and Priya's time at Quillfeather",
      exact({ hana: ['Quillfeather'], priya: ['Quillfeather'] }),
    ],
    ['compare', 'compare Felix and Mateo on languages spoken', exact({ felix: ['Spanisch'], mateo: ['Francés'] })],
    [
      'compare',
      'who has more work experience, Oskar or Priya?',
      exact({ oskar: ['iOS Developer', 'Mobile Developer'], priya: ['Frontend Engineer', 'UI Developer'] }),
    ],
    [
      'compare',
      'compare Beatriz and Camille on their degrees',
      exact({ beatriz: ['Mestrado'], camille: ['Doctorat'] }),
    ],
    [
      'compare',
      'Hana vs Ingrid: certifications?',
      exact({ hana: ['Certified Kubernetes'], ingrid: ['Certified Kubernetes'] }),
    ],
    ['compare', 'compare Sophie and Luca on PHP', exact({ sophie: ['PHP'], luca: ['PHP'] })],
    ['years', 'who has 4+ years as an iOS developer?', exact({ oskar: ['iOS Developer'] })],
    ['years', 'who has more than 2 years as a frontend engineer', exact({ priya: ['Frontend Engineer'] })],
    ['years', 'anyone with 3+ yrs of spring boot?', exact({ mateo: ['Spring Boot'] })],
    ['years', 'who has at least 4 years of objective-c', exact({ oskar: ['Objective-C'] })],
    ['languages', 'who here is a native polish speaker?', exact({ hana: ['Polish'] })],
    ['languages', 'who speaks spanish natively', exact({ mateo: ['Español'] })],
  ],
  de: [
    [
      'compare',
      'vergleiche Hana und Priya bei Quillfeather',
      exact({ hana: ['Quillfeather'], priya: ['Quillfeather'] }),
    ],
    [
      'compare',
      'wer hat mehr Berufserfahrung, Oskar oder Priya?',
      exact({ oskar: ['iOS Developer', 'Mobile Developer'], priya: ['Frontend Engineer', 'UI Developer'] }),
    ],
    ['years', 'wer hat mehr als 2 Jahre Erfahrung als Frontend Engineer?', exact({ priya: ['Frontend Engineer'] })],
    ['languages', 'wer spricht Deutsch als Muttersprache?', exact({ felix: ['Deutsch'], ingrid: ['Deutsch'] })],
  ],
  fr: [
    ['compare', 'compare les langues de Felix et Mateo', exact({ felix: ['Spanisch'], mateo: ['Francés'] })],
    ['compare', 'compare Sophie et Luca en PHP', exact({ sophie: ['PHP'], luca: ['PHP'] })],
    ['years', "qui a au moins 3 ans d'expérience avec Spring Boot ?", exact({ mateo: ['Spring Boot'] })],
    [
      'languages',
      'qui a le français comme langue maternelle ?',
      exact({ camille: ['Français'], sophie: ['Français'] }),
    ],
  ],
  es: [
    [
      'compare',
      '¿quién tiene más experiencia laboral, Oskar o Priya?',
      exact({ oskar: ['iOS Developer', 'Mobile Developer'], priya: ['Frontend Engineer', 'UI Developer'] }),
    ],
    ['compare', 'compara a Felix e Ingrid en Kubernetes', exact({ felix: ['Kubernetes'], ingrid: ['Kubernetes'] })],
    ['years', '¿quién tiene más de 4 años como iOS Developer?', exact({ oskar: ['iOS Developer'] })],
  ],
  pt: [
    [
      'compare',
      'compara a Hana e a Ingrid nas certificações',
      exact({ hana: ['Certified Kubernetes'], ingrid: ['Certified Kubernetes'] }),
    ],
    [
      'compare',
      'compara o tempo da Hana e da Priya na Quillfeather',
      exact({ hana: ['Quillfeather'], priya: ['Quillfeather'] }),
    ],
    ['years', 'quem tem 3+ anos de Spring Boot?', exact({ mateo: ['Spring Boot'] })],
    ['languages', 'quem fala italiano nativo?', exact({ luca: ['Italiano'] })],
  ],
};

/**
 * A third batch, written after the second was fixed: how long someone was at an employer or in a
 * title, total years, years as a title said in another language than the CV's, compare by
 * seniority, more of one person's lines, school and spoken languages asked casually. Left open (in
 * the shares below, not fixed): "BI" named only in "Analista de BI" and "Power BI" (a short skill
 * after "de"), "data science" for a "Data Scientist" title (a derived word), a typo in a title.
 */
const THIRD: Record<Lang, Row[]> = {
  en: [
    ['years', 'how long was Felix at Stadtwerke Talheim?', fact('felix', '5 years')],
    ['years', 'how many years has Oskar worked as an iOS developer?', fact('oskar', '4 years')],
    ['years', 'how many years of experience does Sophie have in total?', fact('sophie', openYears(2013, 9))],
    ['years', 'who has more than 2 years of BI experience', exact({ beatriz: ['Analista de BI'] })],
    ['years', 'anyone with 4+ years of data science?', exact({ camille: ['Data Scientist'] })],
    ['compare', 'who has been coding longer, Hana or Sophie?', HANA_SOPHIE],
    ['compare', 'is Sophie more senior than Hana?', HANA_SOPHIE],
    ['compare', 'Hana or Sophie - who knows Go better?', HANA_SOPHIE],
    ['person', "what's Felix's email?", fact('felix', 'felix.brandauer@example.de')],
    ['person', "Camille's linkedin", nobody('Camille Roussel')],
    ['person', 'what did Hana write her thesis on?', fact('hana', 'Adaptive batching')],
    ['person', "Beatriz's dissertation topic?", fact('beatriz', 'Detecção de anomalias')],
    ['person', "what's Ingrid's address", fact('ingrid', 'Lindwurmstraße')],
    ['school', 'where did ingrid do her masters', fact('ingrid', 'Kaltenbrunn')],
    ['school', 'what uni did priya go to', fact('priya', 'Kestrel')],
    ['school', 'which school did luca attend?', fact('luca', 'Montemor')],
    ['languages', 'does mateo speak english', fact('mateo', 'Inglés')],
    ['languages', 'can ingrid speak french?', fact('ingrid', 'Französisch')],
    ['languages', 'is hana fluent in german?', fact('hana', 'German')],
    ['languages', 'how many languages does beatriz speak', fact('beatriz', 'Espanhol')],
  ],
  de: [
    ['years', 'wie lange war Felix bei Stadtwerke Talheim?', fact('felix', '5 years')],
    ['years', 'wie viele Jahre Berufserfahrung hat Sophie?', fact('sophie', openYears(2013, 9))],
    ['compare', 'wer ist erfahrener, Felix oder Ingrid?', FELIX_INGRID],
    ['person', 'welche Interessen hat Camille?', fact('camille', 'Photographie')],
    ['languages', 'wie gut spricht Luca Englisch?', fact('luca', 'Inglês')],
  ],
  fr: [
    ['years', 'combien de temps Camille a passé chez Mutuelle des Ardoises ?', fact('camille', '4 years')],
    ['years', "qui a plus de 3 ans d'expérience comme data scientist ?", exact({ camille: ['Data Scientist'] })],
    ['compare', 'qui est le plus expérimenté entre Felix et Ingrid ?', FELIX_INGRID],
    ['person', 'quels sont les hobbies de Felix ?', fact('felix', 'Segeln')],
    ['person', 'Sophie a un GitHub ?', nobody('Sophie Lemaire')],
    ['languages', "quel est le niveau d'anglais de Mateo ?", fact('mateo', 'Inglés')],
  ],
  es: [
    ['years', '¿cuánto tiempo estuvo Mateo en Tornasol Seguros?', fact('mateo', '6 years')],
    ['compare', '¿quién lleva más tiempo con Java, Mateo o Ingrid?', MATEO_INGRID],
    ['person', '¿dónde vive Ingrid?', fact('ingrid', 'Lindwurmstraße')],
    ['school', '¿en qué universidad estudió Priya?', fact('priya', 'Kestrel')],
  ],
  pt: [
    ['years', 'quanto tempo a Beatriz ficou na Cooperativa Ipê Roxo?', fact('beatriz', '3 years')],
    ['years', 'quantos anos de experiência profissional o Luca tem?', fact('luca', openYears(2016, 1))],
    ['compare', 'quem é mais sênior, o Felix ou a Ingrid?', FELIX_INGRID],
    ['person', 'qual é o endereço do Mateo?', fact('mateo', 'Rosal')],
    ['school', 'onde o Oskar fez a faculdade?', fact('oskar', 'Vänersborg')],
  ],
};

const FILLER: Record<Lang, readonly string[]> = {
  en: ['hey quick q,', 'does anyone know'],
  de: ['sag mal,', 'weiß jemand'],
  fr: ['petite question :', "quelqu'un sait"],
  es: ['oye una pregunta,', 'alguien sabe'],
  pt: ['galera,', 'alguém sabe'],
};

/** A question opening with a question word, the only kind "does anyone know" is put before. */
const OPENS_QUESTION: Record<Lang, RegExp> = {
  en: /^(who|what|what's|where|where'd|which|how|does)\b/u,
  de: /^(wer|was|wo|welche\p{L}*|wie)(?!\p{L})/u,
  fr: /^(qui|quel\p{L}*|où|combien|depuis)(?!\p{L})/u,
  es: /^(quién\p{L}*|qué|dónde|cuál\p{L}*|cuánt\p{L}*)(?!\p{L})/u,
  pt: /^(quem|que|onde|qua(l|is)|quant\p{L}*|há|em que)(?!\p{L})/u,
};

/** Words never typo'd: names of people, organisations, schools, skills, places, languages and contact words. */
const KEEP =
  /^(hana|felix|camille|mateo|beatriz|oskar|priya|luca|ingrid|sophie|perl|java|python|kubernetes|objective-c|swift|github|eastmarsh|almenara|kestrel|polytechnic|oxford|kaltenbrunn|universität|lorvaux|université|universidad|universidade|federal|aratuba|doctorate|doctorat|doctorado|doutorado|promoviert|hobbies|hobbys|certs|spanish|polish|italian|french|portuguese|german|swedish|tamil|hindi|japanese|spanisch|italienisch|deutsch|norwegisch|polnisch|japanisch|espagnol|italien|allemand|suédois|japonais|español|italiano|alemán|polaco|japonés|espanhol|alemão|sueco|japonês|quillfeather|angular|frontend|spring|boot|français|kubernetes|certifications|certificações|stadtwerke|talheim|mutuelle|ardoises|tornasol|seguros|cooperativa|english|französisch|linkedin|masters)$/iu;

interface Variant {
  readonly batch: 'one' | 'two' | 'three';
  readonly lang: Lang;
  readonly intent: string;
  readonly q: string;
  readonly judge: Judge;
  readonly register: string;
}

function variants(): Variant[] {
  const out: Variant[] = [];
  for (const lang of Object.keys(BASES) as Lang[]) {
    for (const [batch, rows] of [
      ['one', BASES[lang]],
      ['two', MORE[lang]],
      ['three', THIRD[lang]],
    ] as const)
      for (const [intent, q, judge] of rows) {
        const base = { lang, intent, judge, batch };
        const lower = q.toLocaleLowerCase().replace(/[¿?]/g, '').trim();
        out.push({ ...base, q, register: 'as written' });
        if (lower !== q) out.push({ ...base, q: lower, register: 'lower case' });
        out.push({ ...base, q: `${FILLER[lang][0]} ${lower}`, register: 'filler' });
        if (OPENS_QUESTION[lang].test(lower))
          out.push({ ...base, q: `${FILLER[lang][1]} ${lower}`, register: 'filler' });
        const typed = typo(q, KEEP);
        if (typed) out.push({ ...base, q: typed, register: 'typo' });
      }
  }
  return out;
}

const tempDir = temporaryDirs('whoknows-typed-round6-');
let answerer: Answerer;
const results: { v: Variant; why: string | undefined; answer: Answer }[] = [];

beforeAll(async () => {
  answerer = await answererOnCvs(ROUND6_TEAM, tempDir);
  for (const v of variants()) {
    const answer = await answerer.ask(v.q);
    results.push({ v, why: verdict(answer, v.judge), answer });
  }
}, 180_000);

const share = (rows: typeof results): number => rows.filter((r) => !r.why).length / Math.max(1, rows.length);

describe('typed questions, round six', () => {
  it('answers every batch (years, compare, person, school, languages) right in each language', () => {
    if (process.env.ROUND6_REPORT) {
      const by = (key: (v: Variant) => string) => {
        const m = new Map<string, typeof results>();
        for (const r of results) m.set(key(r.v), [...(m.get(key(r.v)) ?? []), r]);
        return [...m].map(([k, rows]) => `${k} ${rows.filter((r) => !r.why).length}/${rows.length}`).join(' · ');
      };
      console.log(`all ${results.filter((r) => !r.why).length}/${results.length}`);
      console.log(by((v) => `batch ${v.batch}`));
      console.log(by((v) => v.intent));
      console.log(by((v) => v.lang));
      console.log(by((v) => `${v.intent}:${v.lang}`));
      console.log(by((v) => v.register));
      for (const r of results)
        if (r.why) console.log(`${r.v.lang} ${r.v.intent} [${r.v.register}] ${r.v.q} → ${r.why}`);
    }
    expect(results.length).toBeGreaterThan(850);
    expect(share(results)).toBeGreaterThanOrEqual(0.95);
    for (const intent of new Set(results.map((r) => r.v.intent)))
      for (const lang of Object.keys(BASES))
        expect(share(results.filter((r) => r.v.intent === intent && r.v.lang === lang))).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps every "nobody" row nobody in every language and register', () => {
    const traps = results.filter((r) => r.v.judge.kind === 'nobody');
    expect(traps.length).toBeGreaterThanOrEqual(60);
    expect(traps.filter((r) => r.why).map((r) => `${r.v.q} → ${r.why}`)).toEqual([]);
  });
});
