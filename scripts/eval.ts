/**
 * `npm run eval`: runs the question sets and prints per-kind metrics, for each retrieval mode asked.
 *   npm run eval                          hybrid, on a fresh index of the corpus built with the
 *                                         configured model in a temporary folder (never a stale one)
 *   npm run eval -- --mode all            hybrid, lexical and dense side by side
 *   npm run eval -- --standin             index with the test suite's ONNX stand-in model (not a
 *                                         semantic model) in a temporary folder, to exercise fusion
 *   npm run eval -- --set my.jsonl --failures --json
 *   npm run eval -- --realcv ../shared/realcv   real CVs with their own questions (the default
 *                                         folder is used when present; --realcv none skips it)
 *   npm run eval -- --feedback            the questions users voted "not helpful" in Discord
 *                                         (DATA_DIR/feedback.jsonl), to turn into evaluation questions
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openAnswerer } from '../src/answer/answerer.js';
import { loadConfig } from '../src/config.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { openModel } from '../src/embedding/openModel.js';
import { evaluate, type EvaluationReport } from '../src/evaluation/evaluate.js';
import { readQuestionSet, resolveKeys } from '../src/evaluation/questionSet.js';
import { evaluateRealcv, readRealcvQuestions, type RealcvReport } from '../src/evaluation/realcv.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lineCoverage, type CoverageReport } from '../src/evaluation/coverage.js';
import { scoreProfiles } from '../src/evaluation/profileScores.js';
import { judgeTyped, share, type Tally, type TypedReport } from '../src/evaluation/typedQuestions.js';
import { loadIndex } from '../src/index/read/loadIndex.js';
import { buildIndex } from '../src/index/build/buildIndex.js';
import type { RetrievalMode } from '../src/config.js';
import { scriptArgs, usageError } from './scriptArgs.js';

const USAGE =
  'usage: npm run eval -- [--set FILE.jsonl …] [--mode hybrid|lexical|dense|all] [--standin] [--failures] [--json] [--realcv DIR|none] [--feedback]';
const { values } = scriptArgs(
  {
    set: { type: 'string', multiple: true },
    keys: { type: 'string', default: 'test/eval/keys.json' },
    mode: { type: 'string', default: 'hybrid' },
    standin: { type: 'boolean', default: false },
    failures: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    realcv: { type: 'string' },
    feedback: { type: 'boolean', default: false },
    // Tuning knobs, to measure a setting before changing its default.
    'min-coverage': { type: 'string' },
    'relative-strength': { type: 'string' },
    'dense-weight': { type: 'string' },
    'dense-min-similarity': { type: 'string' },
  },
  USAGE,
);

if (values.feedback) {
  const { printNotHelpful } = await import('../src/evaluation/feedbackReport.js');
  process.exit(await printNotHelpful(loadConfig(), { json: values.json }));
}

if (!['hybrid', 'lexical', 'dense', 'all'].includes(values.mode ?? ''))
  usageError(`--mode is one of hybrid, lexical, dense, all (got ${values.mode})`, USAGE);
const modes = (values.mode === 'all' ? ['hybrid', 'lexical', 'dense'] : [values.mode]) as RetrievalMode[];
const sets = values.set ?? [
  'test/eval/dev.jsonl',
  'test/eval/extended.jsonl',
  'test/eval/holdout.jsonl',
  'test/eval/intents.jsonl',
];

let env: NodeJS.ProcessEnv = process.env;
let temporary: string | undefined;
let removeStandin: (() => Promise<void>) | undefined;
if (values.standin) {
  const { buildStandinModel, removeStandinModels } = await import('./synthetic/standinModel.js');
  removeStandin = removeStandinModels;
  const standin = await buildStandinModel();
  temporary = await mkdtemp(path.join(os.tmpdir(), 'whoknows-eval-'));
  env = { ...process.env, MODELS_DIR: standin.modelsDir, MODEL_NAME: standin.modelName, DATA_DIR: temporary };
}
if (!values.standin) {
  // The index under evaluation is built now from the current code, so a stale data/index never gives stale numbers.
  temporary = await mkdtemp(path.join(os.tmpdir(), 'whoknows-eval-'));
  env = { ...process.env, DATA_DIR: temporary };
}
const config = loadConfig(env);
const model = await openModel(config);
if (model.warning) process.stderr.write(`warn: ${model.warning}\n`);
await buildIndex(config, { embedder: model.embedder, tokens: model.tokens });

const { documents } = await readCorpus(config.corpusDir, config.projectRoot);
const keys = resolveKeys((await import(path.resolve(values.keys), { with: { type: 'json' } })).default, documents);
const pct = (value: number) => (Number.isNaN(value) ? '  n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);

const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const tuned = <T extends object>(entries: Record<string, number | undefined>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as Partial<T>;
const retrievalOverrides = tuned({
  minCoverage: number(values['min-coverage']),
  denseWeight: number(values['dense-weight']),
  denseMinSimilarity: number(values['dense-min-similarity']),
});
const askOverrides = tuned({ relativeStrength: number(values['relative-strength']) });

const results: Record<string, Record<string, EvaluationReport>> = {};
for (const set of sets) {
  const questions = readQuestionSet(set);
  results[set] = {};
  for (const mode of modes) {
    const answerer = await openAnswerer(config, {
      model,
      retrieval: { ...retrievalOverrides, mode },
      askLimits: askOverrides,
      buildIfMissing: true,
    });
    const report = await evaluate(answerer, questions, keys);
    results[set]![mode] = report;
    if (values.json) continue;
    const { ask, whoKnows } = report;
    console.log(
      `${set} · ${mode}${model.embedder ? ` · ${model.embedder.modelId}` : ' · no model'}: ${report.passed}/${report.outcomes.length} questions pass`,
    );
    console.log(
      `  ask (${ask.answerable} answerable, ${ask.outOfScope} out of scope): top-1 ${pct(ask.top1)}  recall@3 ${pct(ask.recallAt3)}  MRR ${ask.mrr.toFixed(3)}  exact people ${pct(ask.exactSet)}  out-of-scope → nobody ${pct(ask.outOfScopeNobody)}`,
    );
    console.log(
      `  who-knows (${whoKnows.answerable} answerable, ${whoKnows.outOfScope} nobody): exact set ${pct(whoKnows.exactSet)}  mean F1 ${whoKnows.meanF1.toFixed(3)}  nobody → nobody ${pct(whoKnows.outOfScopeNobody)}`,
    );
    if (values.failures) {
      for (const outcome of report.outcomes.filter((o) => !o.pass)) {
        const text = outcome.question.kind === 'ask' ? outcome.question.q : `who-knows ${outcome.question.skill}`;
        console.log(`    ✗ ${text}  expected [${outcome.expected.join(',')}] got [${outcome.found.join(',')}]`);
      }
    }
  }
}
// Invented CVs in five languages with their own questions: an index of that corpus alone, in a temporary folder.
const multilingualDir = path.resolve(config.projectRoot, 'test/eval/multilingual');
if (!values.set && existsSync(path.join(multilingualDir, 'questions.jsonl'))) {
  const set = 'test/eval/multilingual/questions.jsonl';
  const data = await mkdtemp(path.join(os.tmpdir(), 'whoknows-multilingual-'));
  const ownConfig = loadConfig({ ...env, CORPUS_DIR: path.join(multilingualDir, 'corpus'), DATA_DIR: data });
  await buildIndex(ownConfig, { embedder: model.embedder, tokens: model.tokens });
  const { documents: own } = await readCorpus(ownConfig.corpusDir, ownConfig.projectRoot);
  const ownKeys = resolveKeys(JSON.parse(readFileSync(path.join(multilingualDir, 'keys.json'), 'utf8')), own);
  const byMode: Record<string, EvaluationReport> = {};
  results[set] = byMode;
  for (const mode of modes) {
    const retrieval = { ...retrievalOverrides, mode };
    const answerer = await openAnswerer(ownConfig, { model, retrieval, askLimits: askOverrides });
    const report = await evaluate(answerer, readQuestionSet(path.join(config.projectRoot, set)), ownKeys);
    byMode[mode] = report;
    if (values.json) continue;
    console.log(
      `${set} · ${mode}: ${report.passed}/${report.outcomes.length} questions pass  ·  ask top-1 ${pct(report.ask.top1)}  out-of-scope → nobody ${pct(report.ask.outOfScopeNobody)}  who-knows exact ${pct(report.whoKnows.exactSet)}`,
    );
  }
  await rm(data, { recursive: true, force: true });
}
// Real CVs: an index of their docs/ folder alone (the negatives assume no other profiles), built in a temporary folder.
const realcvDir = path.resolve(config.projectRoot, values.realcv ?? '../shared/realcv');
const realcvResults: Record<string, RealcvReport> = {};
const typedResults: Partial<Record<'dev' | 'holdout', TypedReport>> = {};
let realcvExtras:
  | { coverage: Omit<CoverageReport, 'lost'> & { lost: number }; unreadable: readonly string[] }
  | undefined;
if (values.realcv !== 'none' && existsSync(path.join(realcvDir, 'questions.jsonl'))) {
  const realcvData = await mkdtemp(path.join(os.tmpdir(), 'whoknows-realcv-'));
  const realcvConfig = loadConfig({ ...env, CORPUS_DIR: path.join(realcvDir, 'docs'), DATA_DIR: realcvData });
  await buildIndex(realcvConfig, { embedder: model.embedder, tokens: model.tokens });
  const questions = readRealcvQuestions(path.join(realcvDir, 'questions.jsonl'));
  const index = await loadIndex(realcvConfig.dataDir);
  const readLines = (file: string): string[] | undefined => {
    try {
      return readFileSync(path.resolve(realcvConfig.projectRoot, file), 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\n')
        .map((line) => line.replace(/\r$/, ''));
    } catch {
      return undefined;
    }
  };
  const coverage = lineCoverage(index.passages(), (passage) =>
    readLines((passage as { textSource?: string }).textSource ?? passage.source),
  );
  const indexed = new Set(index.documents.map((doc) => path.basename(doc.source)));
  const unreadable = readdirSync(path.join(realcvDir, 'docs')).filter((file) => !indexed.has(file));
  const unreadableByFormat: Record<string, number> = {};
  for (const file of unreadable) {
    const format = path.extname(file).slice(1) || 'none';
    unreadableByFormat[format] = (unreadableByFormat[format] ?? 0) + 1;
  }
  const byFormat = Object.entries(unreadableByFormat)
    .map(([format, count]) => `${format} ${count}`)
    .join(', ');
  realcvExtras = { coverage: { ...coverage, lost: coverage.lost.length }, unreadable };
  if (!values.json) {
    console.log(
      `realcv: ${indexed.size} files read, ${unreadable.length} unreadable${unreadable.length > 0 ? ` (${byFormat})` : ''}; lines covered ${coverage.covered}/${coverage.visible} (${pct(coverage.visible === 0 ? NaN : coverage.covered / coverage.visible).trim()})`,
    );
    if (values.failures) for (const lost of coverage.lost) console.log(`    ✗ line in no passage: ${lost}`);
    if (existsSync(path.join(realcvDir, 'profiles.jsonl')) && existsSync(path.join(realcvDir, 'score-profiles.mjs'))) {
      const people = index.documents.map((doc) => ({
        person: doc.person.name,
        source: doc.source,
        profile: doc.facts?.profile,
      }));
      const halves = scoreProfiles(realcvDir, people);
      for (const half of ['dev', 'holdout'] as const)
        console.log(`realcv profiles · ${half}: ${halves[half].replace(/^profiles: /, '')}`);
    }
  }
  for (const mode of modes) {
    const answerer = await openAnswerer(realcvConfig, {
      model,
      retrieval: { ...retrievalOverrides, mode },
      askLimits: askOverrides,
    });
    const report = await evaluateRealcv(answerer, questions, readLines);
    realcvResults[mode] = report;
    if (values.json) continue;
    const { ask, whoKnows } = report;
    console.log(
      `realcv · ${mode}: ${report.outcomes.filter((o) => o.pass).length}/${report.outcomes.length} pass (${report.skipped} questions about unreadable files left out)`,
    );
    console.log(
      `  ask (${ask.answerable} answerable, ${ask.outOfScope} out of scope): top-1 ${pct(ask.top1)}  exact people ${pct(ask.exactSet)}  out-of-scope → nobody ${pct(ask.outOfScopeNobody)}`,
    );
    console.log(
      `  who-knows (${whoKnows.questions}): exact set ${pct(whoKnows.exactSet)}  mean F1 ${whoKnows.meanF1.toFixed(3)}  ·  nobody → nobody (ask + who-knows, ${report.negatives}) ${pct(report.nobody)}`,
    );
    console.log(
      `  person rows (${report.personRows}) ${pct(report.person)}  ·  names (${report.nameRows}) ${pct(report.name)}`,
    );
    if (values.failures) {
      for (const outcome of report.outcomes.filter((o) => !o.pass)) {
        const q = outcome.question;
        const text = q.kind === 'who-knows' ? `who-knows ${q.skill}` : q.kind === 'name' ? `name of ${q.file}` : q.q;
        const expected =
          q.kind === 'name'
            ? q.name
            : q.kind === 'person'
              ? `${q.person} ${JSON.stringify(q.expect_lines ?? q.expect_text)}`
              : q.expect.join(',');
        console.log(`    ✗ ${text}  expected [${expected}] got [${outcome.found.join(', ')}]`);
      }
    }
  }
  if (
    existsSync(path.join(realcvDir, 'questions-typed.jsonl')) &&
    existsSync(path.join(realcvDir, 'judge-answers.mjs'))
  ) {
    const judgeEnv = { ...env, CORPUS_DIR: realcvConfig.corpusDir, DATA_DIR: realcvData, LLM_BASE_URL: '' };
    for (const split of ['dev', 'holdout'] as const) {
      const typed = judgeTyped(realcvDir, config.projectRoot, split, judgeEnv);
      typedResults[split] = typed;
      if (values.json) continue;
      const list = (tallies: Readonly<Record<string, Tally>>) =>
        Object.entries(tallies)
          .map(([key, t]) => `${key} ${t.passed}/${t.total}`)
          .join(', ');
      const english = typed.byLanguage.en;
      const others = Object.entries(typed.byLanguage)
        .filter(([lang]) => lang !== 'en')
        .map(([, t]) => t);
      const other = {
        passed: others.reduce((n, t) => n + t.passed, 0),
        total: others.reduce((n, t) => n + t.total, 0),
      };
      const twins =
        english && english.total > 0 && other.total > 0
          ? other.passed / other.total / (english.passed / english.total)
          : NaN;
      console.log(
        `realcv typed questions · ${split}: ${share(typed.overall)}  ·  de/fr/es/pt ${share(other)}, ${Number.isNaN(twins) ? 'n/a' : twins.toFixed(2)} of English`,
      );
      console.log(`  by intent: ${list(typed.byIntent)}`);
      console.log(`  by language: ${list(typed.byLanguage)}`);
      console.log(`  judge: ${typed.summary}`);
    }
  }
  await rm(realcvData, { recursive: true, force: true });
}
if (values.json) {
  const slim = Object.fromEntries(
    Object.entries(results).map(([set, byMode]) => [
      set,
      Object.fromEntries(
        Object.entries(byMode).map(([mode, r]) => [
          mode,
          { ask: r.ask, whoKnows: r.whoKnows, passed: r.passed, total: r.outcomes.length },
        ]),
      ),
    ]),
  );
  const realcv = Object.fromEntries(
    Object.entries(realcvResults).map(([mode, r]) => [mode, { ...r, outcomes: undefined }]),
  );
  console.log(JSON.stringify({ ...slim, realcv: { ...realcv, ...realcvExtras, typed: typedResults } }));
}
if (temporary) await rm(temporary, { recursive: true, force: true });
await removeStandin?.();
