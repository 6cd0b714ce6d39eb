/**
 * `npx tsx scripts/compareDateGrammars.ts [docs folder]`: the project's date grammar
 * (src/text/dates.ts) against chrono-node, a general natural-language date parser, on the date
 * ranges CVs write. Prints, for each parser:
 *   - on labelled synthetic lines (below, written for this script): how many ranges come out exactly
 *     right (start and end, year and month, an open end as open), and how many lines that hold no
 *     range are left alone;
 *   - on real CVs (../shared/realcv/docs by default, read in place, skipped when absent): how many
 *     lines each finds a date range on, how often the two agree, and the time each takes.
 * chrono-node is a dev dependency only for this comparison; the bot uses the hand-written grammar.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { PROJECT_ROOT } from '../src/config.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { dateRanges, type YearMonth } from '../src/text/dates.js';

/** A range as both parsers are scored: start, and end (`open` when still going). */
interface Found {
  readonly start: YearMonth;
  readonly end: YearMonth | 'open';
}

/** [line, expected first range or null for none]. Years with no month have month undefined. */
type Case = readonly [string, Found | null];

const ym = (year: number, month?: number): YearMonth => ({ year, month });
const REFERENCE = new Date(2025, 5, 15);

const CASES: readonly Case[] = [
  ['October 2019 – Present', { start: ym(2019, 10), end: 'open' }],
  ['(May 2018 – August 2018)', { start: ym(2018, 5), end: ym(2018, 8) }],
  ["Engineer • Aug. '19 –", { start: ym(2019, 8), end: 'open' }],
  ["Oct. '14 – Jan. '15", { start: ym(2014, 10), end: ym(2015, 1) }],
  ['2015-2017', { start: ym(2015), end: ym(2017) }],
  ['01/2019 - 03/2020', { start: ym(2019, 1), end: ym(2020, 3) }],
  ['Front End Supervisor (Leeds) 05/11 - 03/13', { start: ym(2011, 5), end: ym(2013, 3) }],
  ['Acme Corp | Jan 2015 - Present | New York, NY', { start: ym(2015, 1), end: 'open' }],
  ['03/2019 – present', { start: ym(2019, 3), end: 'open' }],
  ['Jan. 2020 - heute', { start: ym(2020, 1), end: 'open' }],
  ['2018–2021', { start: ym(2018), end: ym(2021) }],
  ['Sept 2017 to date', { start: ym(2017, 9), end: 'open' }],
  ['depuis 2019', { start: ym(2019), end: 'open' }],
  ['desde marzo de 2020', { start: ym(2020, 3), end: 'open' }],
  ['ago. 2021 - atual', { start: ym(2021, 8), end: 'open' }],
  ['März 2016 – Dezember 2018', { start: ym(2016, 3), end: ym(2018, 12) }],
  ['septembre 2012 - juin 2014', { start: ym(2012, 9), end: ym(2014, 6) }],
  ['GPA: 3.88 / 4.00', null],
  ['Python 3.10 - 3.12, Node 20', null],
  ['Kept the runbooks up to date for the team', null],
  ['Published in 2019 in Nature', null],
  ['Call +1 555 2019 2020', null],
];

type Parser = (line: string) => Found[];

const handWritten: Parser = (line) =>
  dateRanges(line, REFERENCE.getFullYear()).map((range) => ({ start: range.start, end: range.end ?? 'open' }));

function fromChrono(results: readonly chrono.ParsedResult[]): Found[] {
  const point = (component: chrono.ParsedComponents): YearMonth =>
    ym(component.get('year')!, component.isCertain('month') ? component.get('month')! : undefined);
  // chrono reads a single date, not an open range: a result with no end is counted as "still going",
  // the most favourable reading for it on CV lines.
  return results
    .filter((result) => result.start.isCertain('year'))
    .map((result) => ({ start: point(result.start), end: result.end ? point(result.end) : 'open' }));
}

const chronoEnglish: Parser = (line) => fromChrono(chrono.parse(line, REFERENCE));
const LOCALES = [chrono, chrono.de, chrono.fr, chrono.es, chrono.pt] as const;
const chronoLocales: Parser = (line) => {
  for (const locale of LOCALES) {
    const found = fromChrono(locale.parse(line, REFERENCE));
    if (found.length > 0) return found;
  }
  return [];
};

const PARSERS: readonly (readonly [string, Parser])[] = [
  ['hand-written (src/text/dates.ts)', handWritten],
  ['chrono-node, English', chronoEnglish],
  ['chrono-node, en+de+fr+es+pt', chronoLocales],
];

const samePoint = (a: YearMonth, b: YearMonth): boolean => a.year === b.year && a.month === b.month;
const same = (a: Found | undefined, b: Found | null): boolean =>
  a === undefined || b === null
    ? a === undefined && b === null
    : samePoint(a.start, b.start) && (a.end === 'open' || b.end === 'open' ? a.end === b.end : samePoint(a.end, b.end));

function scoreSynthetic(): void {
  const ranges = CASES.filter(([, expected]) => expected !== null).length;
  console.log(`Synthetic lines: ${ranges} ranges, ${CASES.length - ranges} lines without one`);
  for (const [name, parse] of PARSERS) {
    let right = 0;
    let leftAlone = 0;
    const wrong: string[] = [];
    for (const [line, expected] of CASES) {
      const ok = same(parse(line)[0], expected);
      if (ok && expected === null) leftAlone++;
      else if (ok) right++;
      else wrong.push(line);
    }
    console.log(
      `  ${name}: ${right}/${ranges} ranges exactly right, ${leftAlone}/${CASES.length - ranges} non-ranges left alone`,
    );
    if (wrong.length > 0) console.log(`    wrong: ${wrong.map((line) => JSON.stringify(line)).join(', ')}`);
  }
}

async function scoreRealCvs(folder: string): Promise<void> {
  if (!existsSync(folder)) {
    console.log(`Real CVs: ${folder} is absent, skipped.`);
    return;
  }
  const { documents } = await readCorpus(folder, PROJECT_ROOT);
  const lines = documents.flatMap((doc) => doc.lines.filter((line) => /\d/.test(line)));
  console.log(`Real CVs: ${documents.length} documents, ${lines.length} lines holding a digit`);
  const results = PARSERS.map(([name, parse]) => {
    const started = performance.now();
    const found = lines.map((line) => parse(line)[0]);
    return { name, found, ms: performance.now() - started };
  });
  const hand = results[0]!.found;
  for (const { name, found, ms } of results) {
    const dated = found.filter(Boolean).length;
    const bothDated = found.filter((range, i) => range && hand[i]).length;
    const agree = found.filter((range, i) => range && hand[i] && same(range, hand[i]!)).length;
    const onlyHere = found.filter((range, i) => range && !hand[i]).length;
    console.log(
      `  ${name}: ${dated} lines with a range, ${(ms / lines.length).toFixed(3)} ms a line; ` +
        `agrees with hand-written on ${agree}/${bothDated} lines both date; ${onlyHere} lines only it dates`,
    );
  }
}

scoreSynthetic();
await scoreRealCvs(process.argv[2] ?? path.join(PROJECT_ROOT, '..', 'shared', 'realcv', 'docs'));
