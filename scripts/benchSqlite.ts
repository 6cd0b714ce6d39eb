/**
 * The SQLite FTS5 comparison behind docs/performance.md's decision (not part of `npm run bench`,
 * and better-sqlite3 is not a dependency of the project). To run it:
 *   npm install --no-save better-sqlite3@12        (12.x: 13.x needs Node 22; or WHOKNOWS_SQLITE_MODULE=/path/to/it)
 *   CORPUS_DIR=… DATA_DIR=… npx tsx scripts/benchSqlite.ts build DB        the built index's passages into DB
 *   npx tsx scripts/benchSqlite.ts first DB QUESTION                      process start → first answer
 *   npx tsx scripts/benchSqlite.ts questions DB QUESTIONS.tsv             every question and skill once
 * QUESTIONS.tsv is what `npm run bench -- --profiles N --corpus DIR` writes (DIR/questions.tsv).
 * What it times is retrieval alone: an ask is FTS5's BM25 top 40 with their texts; a skill is the
 * people whose passages match it, counted, with the text of one passage for each of the first 25
 * (the part of who-knows a store would do). The project's own figures are whole answers.
 */
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { summary } from './benchStats.js';

interface Statement {
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
}
interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  transaction<T extends unknown[]>(run: (...args: T) => void): (...args: T) => void;
  close(): void;
}
type Open = new (file: string, options?: { readonly?: boolean }) => Database;

const load1 = () => Number(os.loadavg()[0]!.toFixed(2));
/** Named through a variable: the project does not depend on better-sqlite3, so the type-check must not look for it. */
const SQLITE_MODULE = process.env.WHOKNOWS_SQLITE_MODULE ?? 'better-sqlite3';
const open = async (): Promise<Open> => ((await import(SQLITE_MODULE)) as { default: Open }).default;

async function build(db: string) {
  const Sqlite = await open();
  const started = performance.now();
  const index = await loadIndex(loadConfig().dataDir);
  const database = new Sqlite(db);
  database.exec(`PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
    CREATE TABLE passages (id INTEGER PRIMARY KEY, person TEXT, source TEXT,
      start_line INTEGER, end_line INTEGER, text TEXT);
    CREATE VIRTUAL TABLE fts USING fts5(text, content='passages', content_rowid='id');`);
  const insert = database.prepare('INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?)');
  const all = database.transaction(() => {
    let id = 0;
    for (const passage of index.scanPassages())
      insert.run(id++, passage.personId, passage.source, passage.startLine, passage.endLine, passage.text);
  });
  all();
  const inserted = performance.now();
  database.exec("INSERT INTO fts(fts) VALUES ('rebuild'); INSERT INTO fts(fts) VALUES ('optimize'); VACUUM;");
  database.close();
  const seconds = (ms: number) => Number((ms / 1000).toFixed(1));
  return {
    passages: index.passageCount,
    insertSeconds: seconds(inserted - started),
    ftsSeconds: seconds(performance.now() - inserted),
    bytes: statSync(db).size,
    load1: load1(),
  };
}

/** FTS5's query for free text: every word, quoted, any of them. */
const anyWord = (text: string) =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `"${word}"`).join(' OR ');
/** FTS5's query for a skill: its words as one phrase. */
const phrase = (skill: string) => `"${(skill.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')}"`;

function questionsOf(database: Database) {
  const top = database.prepare('SELECT rowid, bm25(fts) AS score FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 40');
  const text = database.prepare('SELECT text FROM passages WHERE id = ?');
  const people = database.prepare(
    'SELECT person, min(id) AS first, count(*) AS n FROM passages' +
      ' WHERE id IN (SELECT rowid FROM fts WHERE fts MATCH ?) GROUP BY person ORDER BY n DESC, person',
  );
  return {
    ask: (question: string) => {
      for (const hit of top.all(anyWord(question)) as { rowid: number }[]) text.all(hit.rowid);
    },
    whoKnows: (skill: string) => {
      const found = people.all(phrase(skill)) as { first: number }[];
      for (const person of found.slice(0, 25)) text.all(person.first);
      return found.length;
    },
  };
}

async function first(db: string, question: string) {
  const Sqlite = await open();
  const database = new Sqlite(db, { readonly: true });
  const openedMs = performance.now();
  questionsOf(database).ask(question);
  return {
    sinceProcessStart: { openedMs: Math.round(openedMs), firstAnswerMs: Math.round(performance.now()) },
    rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    load1: load1(),
  };
}

async function questions(db: string, file: string) {
  const Sqlite = await open();
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const database = new Sqlite(db, { readonly: true });
  const run = questionsOf(database);
  const loadAtStart = load1();
  run.ask('who has led a migration to the cloud?');
  const askMs: number[] = [];
  const skills: { skill: string; ms: number; people: number }[] = [];
  for (const line of lines) {
    const [kind, text] = line.split('\t') as [string, string];
    const started = performance.now();
    if (kind === 'ask') {
      run.ask(text);
      askMs.push(performance.now() - started);
    } else {
      const people = run.whoKnows(text);
      skills.push({ skill: text, ms: performance.now() - started, people });
    }
  }
  const common = new Set(
    [...skills]
      .sort((a, b) => b.people - a.people)
      .slice(0, Math.round(skills.length / 10))
      .map((s) => s.skill),
  );
  const short = (skill: string) => skill.replace(/[^\p{L}\p{N}]/gu, '').length <= 2;
  const of = (keep: (skill: string) => boolean) => summary(skills.filter((s) => keep(s.skill)).map((s) => s.ms));
  return {
    ask: summary(askMs),
    whoKnows: summary(skills.map((s) => s.ms)),
    whoKnowsByClass: {
      short: of(short),
      common: of((s) => !short(s) && common.has(s)),
      other: of((s) => !short(s) && !common.has(s)),
    },
    rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    load1: { atStart: loadAtStart, atEnd: load1() },
  };
}

const [phase, db, argument] = process.argv.slice(2);
const phases: Record<string, () => Promise<unknown>> = {
  build: () => build(db!),
  first: () => first(db!, argument!),
  questions: () => questions(db!, argument!),
};
const run = phases[phase ?? ''];
if (!run || !db) throw new Error('usage: benchSqlite.ts build DB | first DB QUESTION | questions DB QUESTIONS.tsv');
process.stdout.write(`${JSON.stringify(await run())}\n`);
