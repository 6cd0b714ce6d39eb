/**
 * Phrasing families by intent, written for these tests from how colleagues type in a chat channel
 * (not from any question set): per intent, English phrasings in the habits of chat (filler, "pls",
 * imperatives, possessives, no question mark, first names) and four or more in each of German,
 * French, Spanish and Portuguese. Each is typed three ways: as written with the full name, in lower
 * case with the first name, and with a one-letter typo in its longest cue word. `{X}` the person,
 * `{A}`/`{B}` two people, `{K}` a skill, `{O}` an organisation, `{S}` a school, `{Y}` a year, `{N}` a
 * number of years, `{L}` a spoken language.
 */
import type { Language } from '../../src/answer/cues.js';

export type PhrasingIntent =
  | 'who-knows'
  | 'count'
  | 'employer'
  | 'school'
  | 'timeline'
  | 'years'
  | 'about'
  | 'contact'
  | 'languages'
  | 'skills'
  | 'compare'
  | 'person';

type Phrasings = Readonly<Record<Language, readonly string[]>>;

export const PHRASINGS: Readonly<Record<PhrasingIntent, Phrasings>> = {
  'who-knows': {
    en: [
      'hey quick q, who here knows {K}',
      'anyone know {K}?',
      'anyone around who does {K}',
      'list everyone who knows {K}',
      'show me who has {K}',
      'give me the people who know {K}',
      'who in the team can write {K}',
      'does anybody have {K} skills',
      'who has hands on experience with {K}?',
      'need someone who knows {K} pls',
      'who is good with {K}',
      'which colleagues have worked with {K}',
      'who do we have for {K}',
      'looking for a {K} person',
      'any {K} people here?',
      'who would know {K}',
    ],
    de: ['wer kennt sich mit {K} aus?', 'kann jemand {K}?', 'wer von uns nutzt {K}', 'zeig mir alle mit {K}'],
    fr: ['qui connaît {K} ?', "quelqu'un fait du {K} ?", 'qui maîtrise {K}', 'liste les gens qui connaissent {K}'],
    es: ['¿quién sabe {K}?', 'alguien que use {K}', 'quién maneja {K}', 'dame la gente que sabe {K}'],
    pt: ['quem sabe {K}?', 'alguém usa {K}?', 'quem domina {K}', 'me mostra quem conhece {K}'],
  },
  count: {
    en: [
      'how many people know {K}',
      'how many of us use {K}?',
      'hey, how many folks here know {K}',
      'number of people who know {K}?',
      'how many ppl have {K}',
      'how many devs use {K} pls',
      'how many team members can write {K}',
      'count the people who know {K}',
      'how many colleagues know {K}?',
      'quick q how many people have used {K}',
      'how many people on the team know {K}',
      'how many engineers know {K}',
      'how many of them know {K}',
      'how many people here do {K}',
      'how many {K} people do we have',
      'how many people have {K} experience',
    ],
    de: [
      'wie viele kennen {K}?',
      'wie viele Leute können {K}',
      'wie viele von uns arbeiten mit {K}?',
      'anzahl der leute mit {K}',
    ],
    fr: [
      'combien de personnes connaissent {K} ?',
      'combien utilisent {K}',
      'combien de gens font du {K}',
      'combien d’entre nous connaissent {K} ?',
    ],
    es: ['¿cuántas personas saben {K}?', 'cuántos usan {K}', 'cuánta gente sabe {K}', 'cuántos de nosotros usan {K}?'],
    pt: ['quantas pessoas sabem {K}?', 'quantos usam {K}', 'quanta gente sabe {K}', 'quantos de nós usam {K}?'],
  },
  employer: {
    en: [
      'who worked at {O}',
      'anyone ever work at {O}?',
      'who has been at {O}',
      'list everyone who worked for {O}',
      'show me people from {O}',
      'hey quick q, who used to work at {O}',
      'who was employed by {O}?',
      'anybody ex-{O}?',
      'did anyone here work for {O}',
      'who has {O} on their cv',
      'who worked with {O} before pls',
      'which colleagues were at {O}',
      'who has a job at {O} in their history',
      'give me everyone who worked at {O}',
      'anyone know who was at {O}',
      'who was at {O}?',
    ],
    de: ['wer hat bei {O} gearbeitet?', 'war jemand bei {O}', 'wer war mal bei {O}?', 'zeig mir wer bei {O} war'],
    fr: [
      'qui a travaillé chez {O} ?',
      "quelqu'un a bossé chez {O}",
      'qui était chez {O} ?',
      'qui a été employé par {O}',
    ],
    es: ['¿quién trabajó en {O}?', 'alguien ha trabajado en {O}', 'quién estuvo en {O}', 'quién ha currado en {O}?'],
    pt: ['quem trabalhou na {O}?', 'alguém já trabalhou na {O}', 'quem esteve na {O}?', 'quem trabalhou em {O}'],
  },
  school: {
    en: [
      'where did {X} study',
      "what's {X}'s degree?",
      '{X} education?',
      'which uni did {X} go to',
      'where did {X} go to university?',
      "tell me about {X}'s education",
      'what did {X} study pls',
      "{X}'s university",
      'hey quick q where did {X} get their degree',
      'show me where {X} studied',
      'what school did {X} go to',
      'where did {X} graduate from',
      'what degree does {X} have',
      "what's {X}'s educational background",
      'which college did {X} attend?',
      'give me {X} education',
    ],
    de: ['wo hat {X} studiert?', 'was hat {X} studiert', 'welchen Abschluss hat {X}?', 'an welcher Uni war {X}?'],
    fr: ['où {X} a étudié ?', 'quel diplôme a {X}', 'quelle formation a {X} ?', 'qu’a étudié {X} ?'],
    es: ['¿dónde estudió {X}?', 'qué estudió {X}', 'qué título tiene {X}?', 'en qué universidad estudió {X}'],
    pt: ['onde {X} estudou?', 'o que {X} estudou', 'qual a formação de {X}?', 'em que universidade {X} estudou'],
  },
  timeline: {
    en: [
      'where was {X} working in {Y}',
      'where was {X} back in {Y}?',
      'what was {X} doing in {Y}',
      '{X} in {Y}?',
      'where did {X} work in {Y} pls',
      "what was {X}'s job in {Y}",
      'who was {X} working for in {Y}',
      'where did {X} work before joining {O}',
      'what did {X} do before {O}?',
      'where was {X} before {O}',
      "what's {X}'s current job",
      'where does {X} work now?',
      "what was {X}'s first job",
      'show me {X} work history',
      'list the jobs {X} had',
      'where has {X} worked?',
    ],
    de: [
      'wo hat {X} {Y} gearbeitet?',
      'wo war {X} vor {O}?',
      'wo arbeitet {X} gerade',
      'was war der erste Job von {X}?',
    ],
    fr: [
      'où travaillait {X} en {Y} ?',
      'où était {X} avant {O}',
      'où travaille {X} maintenant ?',
      'premier emploi de {X} ?',
    ],
    es: [
      '¿dónde trabajaba {X} en {Y}?',
      'dónde estaba {X} antes de {O}',
      'dónde trabaja {X} ahora',
      'cuál fue el primer trabajo de {X}?',
    ],
    pt: [
      'onde {X} trabalhava em {Y}?',
      'onde {X} estava antes da {O}',
      'onde {X} trabalha agora?',
      'qual foi o primeiro emprego de {X}',
    ],
  },
  years: {
    en: [
      'who has {N}+ years of {K}',
      'anyone with at least {N} years of {K}?',
      'who has more than {N} yrs of {K}',
      'list everyone with {N}+ years {K} experience',
      'who has over {N} years in {K}',
      'hey quick q, who has {N} or more years of {K}',
      'show me people with at least {N} years of {K} pls',
      'who has a decade of {K}',
      'anybody with {N}+ yrs {K}?',
      'which colleagues have {N} plus years of {K}',
      'give me everyone with more than {N} years of {K} experience',
      'who has been doing {K} for {N}+ years',
      'who has at least {N} years experience in {K}',
      'people with {N}+ years of {K}?',
      'who has more than {N} years with {K}',
      'who has {N} years or more of {K}',
    ],
    de: [
      'wer hat mehr als {N} Jahre {K}?',
      'wer hat mindestens {N} Jahre Erfahrung mit {K}',
      'wer hat über {N} Jahre {K}-Erfahrung?',
      'jemand mit {N}+ Jahren {K}?',
    ],
    fr: [
      'qui a plus de {N} ans de {K} ?',
      "qui a au moins {N} ans d'expérience en {K}",
      'qui a {N} ans ou plus de {K}',
      "quelqu'un avec {N}+ ans de {K} ?",
    ],
    es: [
      '¿quién tiene más de {N} años de {K}?',
      'quién tiene al menos {N} años de experiencia con {K}',
      'alguien con {N}+ años de {K}',
      'quién tiene {N} años o más de {K}?',
    ],
    pt: [
      'quem tem mais de {N} anos de {K}?',
      'quem tem pelo menos {N} anos de experiência com {K}',
      'alguém com {N}+ anos de {K}',
      'quem tem {N} anos ou mais de {K}?',
    ],
  },
  about: {
    en: [
      'tell me about {X}',
      "who's {X}",
      'who is {X}?',
      'hey quick q who is {X}',
      'give me a rundown of {X}',
      'summary of {X} pls',
      'what do we know about {X}',
      'info on {X}?',
      'show me {X}',
      "{X}'s profile",
      'describe {X}',
      'anything on {X}?',
      'background on {X}',
      'who the heck is {X}',
      'can you tell me about {X}',
      'overview of {X}',
    ],
    de: ['wer ist {X}?', 'erzähl mir was über {X}', 'infos zu {X}', 'was weißt du über {X}?'],
    fr: ['qui est {X} ?', 'parle-moi de {X}', 'infos sur {X}', 'présente-moi {X}'],
    es: ['¿quién es {X}?', 'háblame de {X}', 'info sobre {X}', 'cuéntame sobre {X}'],
    pt: ['quem é {X}?', 'fala-me sobre {X}', 'info sobre {X}', 'me conta sobre {X}'],
  },
  contact: {
    en: [
      "what's {X}'s email",
      '{X} email?',
      'how do i reach {X}',
      'how can I contact {X}?',
      "give me {X}'s phone number",
      'phone number for {X} pls',
      'email address of {X}',
      'hey quick q whats {X} email',
      'contact details for {X}?',
      'how to get in touch with {X}',
      'show me {X} contact info',
      "{X}'s phone?",
      'can i get {X} email',
      'what number can I call {X} on',
      'how do I get hold of {X}',
      'mail of {X}?',
    ],
    de: ['wie erreiche ich {X}?', 'E-Mail von {X}?', 'Telefonnummer von {X}', 'kontakt zu {X}'],
    fr: ['comment contacter {X} ?', 'email de {X}', 'numéro de téléphone de {X} ?', 'les coordonnées de {X}'],
    es: ['¿cómo contacto a {X}?', 'correo de {X}', 'teléfono de {X}?', 'datos de contacto de {X}'],
    pt: ['como falo com {X}?', 'email do {X}', 'telefone do {X}?', 'contato de {X}'],
  },
  languages: {
    en: [
      'what languages does {X} speak',
      'which languages does {X} speak?',
      'does {X} speak {L}',
      "{X}'s spoken languages",
      'what languages can {X} speak pls',
      'hey quick q does {X} speak {L}?',
      'can {X} speak {L}',
      'is {X} fluent in {L}',
      "how's {X}'s {L}",
      'how good is {X} at {L}',
      'languages {X} speaks?',
      'what is {X} native language',
      "what's {X}'s mother tongue",
      'list the languages {X} speaks',
      'show me what languages {X} speaks',
      'does {X} know any {L}',
    ],
    de: ['welche Sprachen spricht {X}?', 'spricht {X} {L}', 'kann {X} {L}?', 'Sprachkenntnisse von {X}'],
    fr: ['quelles langues parle {X} ?', '{X} parle {L} ?', 'est-ce que {X} parle {L}', 'langues parlées par {X}'],
    es: ['¿qué idiomas habla {X}?', '¿habla {X} {L}?', 'idiomas de {X}', '{X} habla {L}?'],
    pt: ['que línguas {X} fala?', '{X} fala {L}?', 'idiomas do {X}', 'quais idiomas {X} fala'],
  },
  skills: {
    en: [
      "what's {X}'s stack",
      'what tech does {X} know',
      "{X}'s skills?",
      'list {X} skills',
      'what can {X} do',
      'what is {X} good at?',
      'hey quick q what does {X} know',
      'show me {X} skills pls',
      'which technologies does {X} use',
      "what's in {X}'s toolbox",
      'what programming languages does {X} know?',
      'skills of {X}',
      'what tools does {X} use',
      "give me {X}'s tech skills",
      'what is {X} skilled in',
      "{X}'s tech stack?",
    ],
    de: ['was kann {X}?', 'welche Skills hat {X}', 'Kenntnisse von {X}?', 'welche Technologien kennt {X}'],
    fr: [
      'quelles sont les compétences de {X} ?',
      'que sait faire {X}',
      'compétences de {X}',
      'quelles technos connaît {X} ?',
    ],
    es: ['¿qué habilidades tiene {X}?', 'qué sabe hacer {X}', 'habilidades de {X}', 'qué tecnologías usa {X}?'],
    pt: ['quais as competências de {X}?', 'o que {X} sabe fazer', 'competências do {X}', 'que tecnologias {X} usa?'],
  },
  compare: {
    en: [
      '{A} vs {B} on {K}',
      "who's stronger in {K}, {A} or {B}",
      '{A} or {B} for {K}',
      'compare {A} and {B} on {K}',
      'who knows more {K}, {A} or {B}?',
      'is {A} or {B} better at {K}',
      'hey quick q {A} vs {B} for {K}?',
      'who has more {K} experience {A} or {B}',
      'who is better at {K}: {A} or {B} pls',
      '{A} versus {B} in {K}',
      'who is more experienced in {K}, {A} or {B}?',
      'compare {A} with {B} for {K}',
      'between {A} and {B}, who knows {K} best',
      'who has done more {K}, {A} or {B}',
      "{A}'s {K} vs {B}'s",
      'who is the stronger {K} dev, {A} or {B}',
    ],
    de: [
      'wer ist besser in {K}, {A} oder {B}?',
      '{A} oder {B} bei {K}?',
      'vergleich {A} und {B} bei {K}',
      'wer kann mehr {K}, {A} oder {B}',
    ],
    fr: [
      'qui est le meilleur en {K}, {A} ou {B} ?',
      '{A} ou {B} pour {K} ?',
      'compare {A} et {B} sur {K}',
      'qui connaît mieux {K}, {A} ou {B}',
    ],
    es: [
      '¿quién es mejor en {K}, {A} o {B}?',
      '{A} o {B} para {K}',
      'compara a {A} y {B} en {K}',
      'quién sabe más {K}, {A} o {B}',
    ],
    pt: [
      'quem é melhor em {K}, {A} ou {B}?',
      '{A} ou {B} para {K}',
      'compara {A} e {B} em {K}',
      'quem sabe mais {K}, {A} ou {B}',
    ],
  },
  person: {
    en: [
      'what did {X} do at {O}',
      "what was {X}'s role at {O}?",
      'what did {X} work on at {O}',
      'tell me what {X} did at {O}',
      'hey quick q what did {X} do at {O}',
      "{X}'s work at {O}?",
      'what was {X} doing at {O} pls',
      'show me what {X} did at {O}',
      'what were {X} responsibilities at {O}',
      '{X} at {O}?',
      'what did {X} build at {O}',
      'give me {X} work at {O}',
      "describe {X}'s job at {O}",
      'what was {X} responsible for at {O}',
      "what's {X} done at {O}",
      'what did {X} do while at {O}?',
    ],
    de: [
      'was hat {X} bei {O} gemacht?',
      'was war die Rolle von {X} bei {O}',
      'was machte {X} bei {O}?',
      'Aufgaben von {X} bei {O}',
    ],
    fr: [
      'qu’a fait {X} chez {O} ?',
      'quel était le rôle de {X} chez {O}',
      'que faisait {X} chez {O} ?',
      'le poste de {X} chez {O}',
    ],
    es: ['¿qué hizo {X} en {O}?', 'qué hacía {X} en {O}', 'cuál era el cargo de {X} en {O}?', 'el rol de {X} en {O}'],
    pt: ['o que {X} fez na {O}?', 'o que {X} fazia na {O}', 'qual era o cargo de {X} na {O}?', 'o papel de {X} na {O}'],
  },
};

export type Register = 'as written' | 'lower first name' | 'typo';
export const REGISTERS: readonly Register[] = ['as written', 'lower first name', 'typo'];

export interface PhrasingVariant {
  readonly intent: PhrasingIntent;
  readonly language: Language;
  readonly register: Register;
  readonly template: string;
  readonly question: string;
}

export type Slots = Readonly<Record<string, string | Readonly<Record<Language, string>>>>;

const PERSON_SLOTS = new Set(['A', 'B', 'X']);

/**
 * The longest word of six letters or more that no slot filled, with one edit in its middle: two
 * neighbours swapped in a six-letter word, a letter dropped from a longer one ("experince").
 */
export function oneTypo(question: string, filled: readonly string[]): string {
  const slotWords = new Set(filled.flatMap((value) => value.toLowerCase().split(/[\s-]+/)));
  const whole = question.match(/(?<![\p{L}'’])\p{L}{6,}(?![\p{L}'’])/gu) ?? [];
  const longest = whole.filter((word) => !slotWords.has(word.toLowerCase())).sort((a, b) => b.length - a.length)[0];
  if (!longest) return question;
  const at = Math.floor(longest.length / 2);
  const mistyped =
    longest.length === 6
      ? longest.slice(0, at - 1) + longest[at] + longest[at - 1] + longest.slice(at + 1)
      : longest.slice(0, at) + longest.slice(at + 1);
  return question.replace(longest, mistyped);
}

function fill(template: string, slots: Slots, language: Language, register: Register): [string, string[]] {
  const filled: string[] = [];
  const text = template.replace(/\{(\w)\}/g, (_, slot: string) => {
    const given = slots[slot];
    if (given === undefined) throw new Error(`no value for slot {${slot}} in "${template}"`);
    let value = typeof given === 'string' ? given : given[language];
    if (PERSON_SLOTS.has(slot) && register !== 'as written') value = value.split(/\s+/)[0]!;
    filled.push(value);
    return value;
  });
  return [text, filled];
}

/** Every phrasing of `intent` in every language, typed in each register, its slots filled. */
export function phrasingVariants(intent: PhrasingIntent, slots: Slots): PhrasingVariant[] {
  const variants: PhrasingVariant[] = [];
  for (const [language, templates] of Object.entries(PHRASINGS[intent]) as [Language, readonly string[]][]) {
    for (const template of templates) {
      for (const register of REGISTERS) {
        const [text, filled] = fill(template, slots, language, register);
        const question =
          register === 'lower first name' ? text.toLowerCase() : register === 'typo' ? oneTypo(text, filled) : text;
        variants.push({ intent, language, register, template, question });
      }
    }
  }
  return [...new Map(variants.map((v) => [v.question, v])).values()];
}
