/**
 * How colleagues type each kind of question in a chat channel, written from how people write (not
 * from any question set): per intent family and language, templates with slots. `{X}` is the
 * person asked about, `{A}`/`{B}` two people compared, `{K}` a skill, `{O}` an organisation, `{S}` a
 * school, `{Y}` a year, `{L}` a spoken language (a slot may be filled per language: "Französisch").
 * Registers (case, filler, typos, emoji) are applied on top by questionVariants.ts.
 */
import type { Language } from '../../src/answer/cues.js';

export type Family =
  | 'who-knows'
  | 'count'
  | 'employer'
  | 'school-of'
  | 'studied-at'
  | 'latest'
  | 'in-year'
  | 'duration-at'
  | 'years'
  | 'about'
  | 'email'
  | 'phone'
  | 'reach'
  | 'languages'
  | 'speaks'
  | 'skills'
  | 'compare'
  | 'did-at'
  | 'interests'
  | 'awards'
  | 'certifications'
  | 'publications'
  | 'thesis'
  | 'volunteering'
  | 'speaks-one'
  | 'degree'
  | 'title-at'
  | 'joined'
  | 'count-speakers'
  | 'count-employees';

export type Templates = Readonly<Record<Language, readonly string[]>>;

export const TEMPLATES: Readonly<Record<Family, Templates>> = {
  'who-knows': {
    en: [
      'who knows {K}?',
      'anyone know {K}',
      'does anyone here use {K}?',
      'ppl with {K} experience?',
      'list everyone who knows {K}',
      'show me the people who use {K}',
      'give me everyone with {K}',
      'who has used {K}',
      'who can do {K}?',
      'is there anyone who knows {K}',
      'who u got for {K}',
      'who here is familiar with {K}?',
      'any {K} devs around?',
      'who should I ask about {K}',
    ],
    de: ['wer kann {K}?', 'wer kennt {K}?', 'kennt jemand {K}?', 'wer nutzt {K}', 'wer hat Erfahrung mit {K}?'],
    fr: ['qui connaît {K} ?', 'quelqu’un connaît {K} ?', 'qui utilise {K}', 'qui a de l’expérience en {K} ?'],
    es: ['¿quién sabe {K}?', 'quién conoce {K}', '¿alguien usa {K}?', '¿quién tiene experiencia con {K}?'],
    pt: ['quem conhece {K}?', 'quem sabe {K}', 'alguém usa {K}?', 'quem tem experiência com {K}?'],
  },
  count: {
    en: [
      'how many people know {K}?',
      'how many of us use {K}',
      'how many ppl know {K}',
      'how many {K} devs do we have?',
      'how many people have {K} experience',
      'number of people who know {K}?',
      'how many folks use {K}',
    ],
    de: ['wie viele Leute können {K}?', 'wie viele von uns kennen {K}', 'wie viele nutzen {K}?'],
    fr: ['combien de personnes connaissent {K} ?', 'combien d’entre nous utilisent {K}'],
    es: ['¿cuántas personas saben {K}?', 'cuántos usan {K}', '¿cuánta gente conoce {K}?'],
    pt: ['quantas pessoas sabem {K}?', 'quantos de nós usam {K}', 'quantas pessoas conhecem {K}?'],
  },
  employer: {
    en: [
      'who worked at {O}?',
      'who has worked at {O}',
      'anyone ever work at {O}?',
      'who used to work for {O}',
      'list everyone who worked at {O}',
      'has anybody here worked for {O}?',
      'who was employed at {O}',
    ],
    de: ['wer hat bei {O} gearbeitet?', 'wer war schon mal bei {O}?', 'hat jemand bei {O} gearbeitet'],
    fr: ['qui a travaillé chez {O} ?', 'quelqu’un a bossé chez {O} ?', 'qui a déjà travaillé pour {O}'],
    es: ['¿quién trabajó en {O}?', 'quién ha trabajado en {O}', '¿alguien trabajó para {O}?'],
    pt: ['quem trabalhou na {O}?', 'quem já trabalhou em {O}', 'alguém trabalhou na {O}?'],
  },
  'studied-at': {
    en: [
      'who studied at {S}?',
      'any {S} alumni?',
      'who went to {S}?',
      'who graduated from {S}',
      'list everyone who studied at {S}',
      'did anyone attend {S}?',
    ],
    de: ['wer hat an der {S} studiert?', 'wer hat seinen Abschluss an der {S} gemacht?'],
    fr: ['qui a étudié à {S} ?', 'qui est diplômé de {S}'],
    es: ['¿quién estudió en {S}?', 'quién se graduó en {S}'],
    pt: ['quem estudou na {S}?', 'quem se formou na {S}'],
  },
  'school-of': {
    en: [
      'where did {X} study?',
      "{X}'s university?",
      'what did {X} study',
      'where did {X} go to uni',
      "what's {X}'s degree?",
      "tell me {X}'s education",
      'which uni did {X} go to?',
      'show me where {X} studied',
    ],
    de: ['wo hat {X} studiert?', 'was hat {X} studiert', 'an welcher Uni war {X}?'],
    fr: ['où {X} a-t-il étudié ?', 'qu’a étudié {X} ?', '{X} a fait quelles études ?'],
    es: ['¿dónde estudió {X}?', 'qué estudió {X}', '¿en qué universidad estudió {X}?'],
    pt: ['onde {X} estudou?', 'o que {X} estudou?', 'em que universidade {X} estudou?'],
  },
  latest: {
    en: [
      'where does {X} work now?',
      "where's {X} working currently",
      "{X}'s current job?",
      "what's {X} doing these days",
      'who does {X} work for?',
      "what is {X}'s latest role",
      'where is {X} at the moment?',
      'tell me where {X} works',
    ],
    de: ['wo arbeitet {X} jetzt?', 'wo arbeitet {X} aktuell', 'was macht {X} gerade beruflich?'],
    fr: ['où travaille {X} actuellement ?', '{X} travaille où maintenant ?', 'quel est le poste actuel de {X} ?'],
    es: ['¿dónde trabaja {X} ahora?', 'dónde trabaja {X} actualmente', '¿cuál es el trabajo actual de {X}?'],
    pt: ['onde {X} trabalha agora?', 'onde o {X} trabalha atualmente', 'qual é o emprego atual de {X}?'],
  },
  'in-year': {
    en: [
      'where was {X} working in {Y}?',
      'where did {X} work back in {Y}',
      'who was {X} working for in {Y}?',
      "what was {X}'s job in {Y}",
      'where did {X} work in {Y}?',
      'in {Y} where was {X} working',
    ],
    de: ['wo hat {X} {Y} gearbeitet?', 'wo arbeitete {X} im Jahr {Y}?'],
    fr: ['où travaillait {X} en {Y} ?', '{X} bossait où en {Y} ?'],
    es: ['¿dónde trabajaba {X} en {Y}?', 'dónde trabajó {X} en {Y}'],
    pt: ['onde {X} trabalhava em {Y}?', 'onde o {X} trabalhou em {Y}'],
  },
  'duration-at': {
    en: [
      'how long was {X} at {O}?',
      'how long did {X} work at {O}',
      'how many years was {X} at {O}?',
      'how long did {X} stay at {O}',
    ],
    de: ['wie lange war {X} bei {O}?', 'wie lange hat {X} bei {O} gearbeitet'],
    fr: ['combien de temps {X} a travaillé chez {O} ?', 'combien de temps {X} est resté chez {O}'],
    es: ['¿cuánto tiempo trabajó {X} en {O}?', 'cuánto tiempo estuvo {X} en {O}'],
    pt: ['quanto tempo {X} trabalhou na {O}?', 'quanto tempo o {X} ficou na {O}'],
  },
  years: {
    en: [
      'how many years of {K} does {X} have?',
      'how long has {X} done {K}',
      "{X}'s years of {K}",
      'how much experience does {X} have with {K}?',
      'since when does {X} use {K}',
      'how long has {X} been using {K}?',
      'how many yrs of {K} has {X} got',
      "what's {X}'s {K} experience in years",
      'for how many years has {X} used {K}?',
      'how many years of experience does {X} have in {K}',
      'how long has {X} been working with {K}?',
      'when did {X} start using {K}',
    ],
    de: ['seit wann nutzt {X} {K}?', 'wie lange macht {X} schon {K}', 'wie viele Jahre Erfahrung hat {X} mit {K}?'],
    fr: [
      'depuis combien de temps {X} fait du {K} ?',
      'combien d’années d’expérience en {K} a {X} ?',
      'depuis quand {X} utilise {K}',
    ],
    es: ['¿cuántos años de {K} tiene {X}?', 'desde cuándo usa {X} {K}', '¿cuánto tiempo lleva {X} con {K}?'],
    pt: ['há quantos anos {X} usa {K}?', 'quantos anos de {K} o {X} tem', 'desde quando {X} usa {K}?'],
  },
  about: {
    en: [
      'who is {X}?',
      'tell me about {X}',
      'give me a quick summary of {X}',
      "who's {X}",
      'what do you know about {X}?',
      'describe {X}',
      'summarize {X}',
      'quick rundown on {X}?',
    ],
    de: ['wer ist {X}?', 'erzähl mir was über {X}', 'Zusammenfassung von {X}'],
    fr: ['qui est {X} ?', 'parle-moi de {X}', 'résumé de {X}'],
    es: ['¿quién es {X}?', 'háblame de {X}', 'resumen de {X}'],
    pt: ['quem é {X}?', 'me fala sobre {X}', 'resumo de {X}'],
  },
  email: {
    en: ["what's {X}'s email?", "{X}'s email", 'email of {X}?', "give me {X}'s email address", "{X}'s e-mail"],
    de: ['wie ist die E-Mail von {X}?', 'E-Mail-Adresse von {X}'],
    fr: ['quel est l’e-mail de {X} ?', 'le mail de {X}'],
    es: ['¿cuál es el correo de {X}?', 'correo electrónico de {X}'],
    pt: ['qual é o e-mail de {X}?', 'o email do {X}'],
  },
  phone: {
    en: ["what's {X}'s phone number?", "{X}'s number", "give me {X}'s phone", 'phone no of {X}'],
    de: ['Telefonnummer von {X}?', 'wie ist die Handynummer von {X}'],
    fr: ['quel est le numéro de téléphone de {X} ?', 'le téléphone de {X}'],
    es: ['¿cuál es el teléfono de {X}?', 'número de teléfono de {X}'],
    pt: ['qual é o telefone de {X}?', 'número de telefone do {X}'],
  },
  reach: {
    en: ['how do i reach {X}?', 'how can I contact {X}', 'contact info for {X}?', 'how to get in touch with {X}'],
    de: ['wie erreiche ich {X}?', 'Kontakt von {X}'],
    fr: ['comment joindre {X} ?', 'comment contacter {X}'],
    es: ['¿cómo contacto a {X}?', 'cómo me pongo en contacto con {X}'],
    pt: ['como falo com {X}?', 'como contatar o {X}'],
  },
  languages: {
    en: [
      'what languages does {X} speak?',
      'which languages does {X} speak',
      'what languages can {X} speak?',
      'does {X} speak any other languages',
      'what langs does {X} speak',
      'which spoken languages does {X} have?',
    ],
    de: ['welche Sprachen spricht {X}?', 'was für Sprachen spricht {X}'],
    fr: ['quelles langues parle {X} ?', '{X} parle quelles langues ?'],
    es: ['¿qué idiomas habla {X}?', 'qué lenguas habla {X}'],
    pt: ['que línguas {X} fala?', 'quais idiomas o {X} fala'],
  },
  speaks: {
    en: ['who speaks {L}?', 'anyone speak {L}', 'does anybody here speak {L}?', 'list everyone who speaks {L}'],
    de: ['wer spricht {L}?', 'spricht jemand {L}'],
    fr: ['qui parle {L} ?', 'quelqu’un parle {L} ?'],
    es: ['¿quién habla {L}?', 'alguien habla {L}'],
    pt: ['quem fala {L}?', 'alguém fala {L}'],
  },
  skills: {
    en: [
      "what are {X}'s skills?",
      "{X}'s tech stack",
      "list {X}'s skills",
      'what tech does {X} use?',
      "show me {X}'s skills",
      'what technologies does {X} know',
      'what tools does {X} use?',
    ],
    de: ['welche Skills hat {X}?', 'was sind die Kenntnisse von {X}'],
    fr: ['quelles sont les compétences de {X} ?', 'les compétences de {X}'],
    es: ['¿qué habilidades tiene {X}?', 'cuáles son las habilidades de {X}'],
    pt: ['quais são as habilidades de {X}?', 'quais as competências do {X}'],
  },
  compare: {
    en: [
      '{A} or {B} for {K}?',
      'who is stronger in {K}, {A} or {B}',
      '{A} vs {B} on {K}',
      'which of {A} and {B} has more years of {K}',
      'who has more {K} experience, {A} or {B}?',
      'compare {A} and {B} on {K}',
      '{A} or {B}: who knows {K} better?',
      'between {A} and {B} who is better at {K}',
      'does {A} know more {K} than {B}?',
      "who's done more {K}, {A} or {B}",
      'who has used {K} longer, {A} or {B}?',
      '{A} vs {B}: {K} experience?',
      'who would you pick for {K}, {A} or {B}',
    ],
    de: ['wer kann besser {K}, {A} oder {B}?', '{A} oder {B} für {K}?', 'vergleiche {A} und {B} bei {K}'],
    fr: ['qui est le plus fort en {K}, {A} ou {B} ?', '{A} ou {B} pour du {K} ?', 'compare {A} et {B} en {K}'],
    es: ['¿quién sabe más {K}, {A} o {B}?', '{A} o {B} para {K}?', 'compara a {A} y {B} en {K}'],
    pt: ['quem manda melhor em {K}, {A} ou {B}?', '{A} ou {B} para {K}?', 'compare {A} e {B} em {K}'],
  },
  'did-at': {
    en: [
      'what did {X} do at {O}?',
      'what was {X} doing at {O}',
      'what did {X} work on at {O}?',
      'tell me what {X} did at {O}',
    ],
    de: ['was hat {X} bei {O} gemacht?', 'was machte {X} bei {O}'],
    fr: ['qu’est-ce que {X} a fait chez {O} ?', '{X} faisait quoi chez {O} ?'],
    es: ['¿qué hizo {X} en {O}?', 'qué hacía {X} en {O}'],
    pt: ['o que {X} fez na {O}?', 'o que o {X} fazia na {O}'],
  },
  interests: {
    en: [
      "what are {X}'s hobbies?",
      'what does {X} do for fun',
      "{X}'s interests?",
      'what is {X} into outside work',
      'does {X} have any hobbies?',
    ],
    de: ['welche Hobbys hat {X}?', 'was macht {X} in der Freizeit?'],
    fr: ['quels sont les loisirs de {X} ?', 'que fait {X} pendant son temps libre ?'],
    es: ['¿qué aficiones tiene {X}?', 'qué hace {X} en su tiempo libre'],
    pt: ['quais são os passatempos de {X}?', 'o que {X} faz no tempo livre?'],
  },
  awards: {
    en: ['has {X} won any awards?', "{X}'s awards", 'did {X} win anything?', 'any prizes for {X}'],
    de: ['hat {X} Preise gewonnen?', 'Auszeichnungen von {X}'],
    fr: ['{X} a-t-il reçu des prix ?', 'les distinctions de {X}'],
    es: ['¿qué premios ha ganado {X}?', 'premios de {X}'],
    pt: ['que prêmios {X} ganhou?', 'prêmios de {X}'],
  },
  certifications: {
    en: [
      'what certs does {X} have?',
      'is {X} certified in anything',
      "{X}'s certifications",
      'does {X} hold any certificates?',
    ],
    de: ['welche Zertifikate hat {X}?', 'ist {X} zertifiziert?'],
    fr: ['quelles certifications a {X} ?', '{X} est-il certifié ?'],
    es: ['¿qué certificaciones tiene {X}?', 'certificados de {X}'],
    pt: ['quais certificações {X} tem?', 'certificados do {X}'],
  },
  publications: {
    en: ['has {X} published anything?', "{X}'s papers", 'what talks has {X} given', "list {X}'s publications"],
    de: ['hat {X} etwas veröffentlicht?', 'Publikationen von {X}'],
    fr: ['quelles sont les publications de {X} ?', '{X} a-t-il publié des articles ?'],
    es: ['¿qué ha publicado {X}?', 'publicaciones de {X}'],
    pt: ['o que {X} publicou?', 'publicações do {X}'],
  },
  thesis: {
    en: ["who supervised {X}'s thesis?", "who was {X}'s advisor", "what was {X}'s thesis on?"],
    de: ['wer hat die Abschlussarbeit von {X} betreut?', 'worüber hat {X} die Abschlussarbeit geschrieben?'],
    fr: ['qui a encadré la thèse de {X} ?', 'sur quoi portait la thèse de {X} ?'],
    es: ['¿quién dirigió la tesis de {X}?', 'de qué trataba la tesis de {X}'],
    pt: ['quem orientou a tese de {X}?', 'sobre o que foi a tese de {X}?'],
  },
  volunteering: {
    en: ['does {X} volunteer anywhere?', "{X}'s volunteer work", 'has {X} done any volunteering'],
    de: ['macht {X} ehrenamtliche Arbeit?', 'engagiert sich {X} ehrenamtlich?'],
    fr: ['{X} fait-il du bénévolat ?', 'le bénévolat de {X}'],
    es: ['¿{X} hace voluntariado?', 'voluntariado de {X}'],
    pt: ['{X} faz voluntariado?', 'trabalho voluntário do {X}'],
  },
  'speaks-one': {
    en: [
      'does {X} speak {L}?',
      'is {X} fluent in {L}',
      'can {X} speak {L}',
      "how good is {X}'s {L}?",
      'does {X} know {L}',
    ],
    // The language named as each language writes it: a German asks about "{L}".
    de: ['spricht {X} {L}?', 'spricht {X} fließend {L}', 'kann {X} {L}?'],
    fr: ['{X} parle-t-il {L} ?', 'est-ce que {X} parle {L}'],
    es: ['¿{X} habla {L}?', 'habla {X} {L}'],
    pt: ['{X} fala {L}?', 'o {X} fala {L}'],
  },
  degree: {
    en: ['what degree does {X} have?', "what's {X}'s degree", 'what did {X} major in?', 'where did {X} graduate from'],
    de: ['welchen Abschluss hat {X}?', 'was für einen Abschluss hat {X}'],
    fr: ['quel diplôme a {X} ?', 'quel est le diplôme de {X}'],
    es: ['¿qué título tiene {X}?', 'de dónde se graduó {X}'],
    pt: ['qual é a formação de {X}?', 'em que {X} se formou?'],
  },
  'title-at': {
    en: [
      "what was {X}'s title at {O}?",
      "{X}'s role at {O}",
      'what position did {X} have at {O}?',
      'what was {X} at {O}',
    ],
    de: ['welche Position hatte {X} bei {O}?', 'was war {X} bei {O}'],
    fr: ['quel était le poste de {X} chez {O} ?', '{X} était quoi chez {O}'],
    es: ['¿qué cargo tenía {X} en {O}?', 'cuál era el puesto de {X} en {O}'],
    pt: ['qual era o cargo de {X} na {O}?', 'que cargo o {X} tinha na {O}'],
  },
  joined: {
    en: [
      'when did {X} join {O}?',
      'when did {X} start at {O}',
      'since when is {X} at {O}?',
      'when did {X} begin at {O}',
    ],
    de: ['wann hat {X} bei {O} angefangen?', 'seit wann ist {X} bei {O}?'],
    fr: ['quand {X} a-t-il rejoint {O} ?', 'depuis quand {X} est chez {O}'],
    es: ['¿cuándo empezó {X} en {O}?', 'desde cuándo está {X} en {O}'],
    pt: ['quando {X} entrou na {O}?', 'desde quando o {X} está na {O}'],
  },
  'count-speakers': {
    en: ['how many people speak {L}?', 'how many of us speak {L}', 'number of {L} speakers?', 'how many ppl speak {L}'],
    de: ['wie viele Leute sprechen {L}?', 'wie viele von uns sprechen {L}'],
    fr: ['combien de personnes parlent {L} ?', 'combien d’entre nous parlent {L}'],
    es: ['¿cuántas personas hablan {L}?', 'cuántos hablan {L}'],
    pt: ['quantas pessoas falam {L}?', 'quantos de nós falam {L}'],
  },
  'count-employees': {
    en: ['how many people worked at {O}?', 'how many of us have worked for {O}', 'how many ppl were at {O}?'],
    de: ['wie viele haben bei {O} gearbeitet?', 'wie viele Leute waren bei {O}'],
    fr: ['combien de personnes ont travaillé chez {O} ?', 'combien ont bossé chez {O}'],
    es: ['¿cuántas personas trabajaron en {O}?', 'cuántos han trabajado en {O}'],
    pt: ['quantas pessoas trabalharam na {O}?', 'quantos já trabalharam na {O}'],
  },
};
