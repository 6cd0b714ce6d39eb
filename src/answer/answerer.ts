/**
 * One loaded index (and model) answering every kind of question. The CLI and the Discord bot both
 * open one of these; a rebuilt index means opening a new one, never mutating this.
 */
import type { Passage } from '../chunking/passage.js';
import type { Config } from '../config.js';
import { createError } from '../errors.js';
import type { Embedder } from '../embedding/embedder.js';
import { openModel, type ModelSession } from '../embedding/openModel.js';
import { indexExists, indexPath } from '../index/store/generation/generations.js';
import { loadIndex, type LoadedIndex } from '../index/read/loadIndex.js';
import { log } from '../log.js';
import { SkillRankings } from '../retrieval/rankPeople.js';
import { DEFAULT_RETRIEVAL, PassageSearcher, type RetrievalSettings } from '../retrieval/searchPassages.js';
import { loadVocabulary, type Vocabulary } from '../retrieval/termGroups.js';
import { DEFAULT_ASK_LIMITS, type AskLimits } from './ask.js';
import { PeopleFacts, unstoredFacts } from '../facts/storedFacts.js';
import { useStoredNames, type DirectoryEntry } from './namedPeople.js';
import type { QuestionContext } from './context.js';
import { answerQuestion } from './router.js';
import { findPerson, profileOverview } from './profile.js';
import type { Profile } from '../profile/types.js';
import type { Answer, Answerer, IndexSummary, PeoplePage, ProfileOverview, WhoKnowsResult } from './types.js';
import { skillsNamedIn, skillsSectionWords } from './skillsIn.js';
import { validateQuestion, validateSkill } from './validateInput.js';
import { whoKnows } from './whoKnows.js';

export interface OpenOptions {
  /** Reuse an already loaded model (the bot keeps one across index swaps). */
  readonly model?: ModelSession;
  readonly retrieval?: Partial<RetrievalSettings>;
  readonly askLimits?: Partial<AskLimits>;
  /** Build the index when there is none (default true). */
  readonly buildIfMissing?: boolean;
  readonly warn?: (message: string) => void;
  /** How many passages the index keeps decoded (default PASSAGES_KEPT); tests make it tiny to exercise eviction. */
  readonly passagesKept?: number;
}

/** The model the index was built with must be the configured one; a lexical-only index suits any. */
function checkModel(index: LoadedIndex, config: Config, embedder: Embedder | null): Embedder | null {
  const built = index.info.model;
  if (!built) return null;
  if (built.name !== config.modelName)
    throw createError('INDEX_MODEL_MISMATCH', index.dir, built.name, config.modelName);
  if (embedder && embedder.dimension !== built.dimension) {
    throw createError('INDEX_DIMENSION_MISMATCH', index.dir, built.dimension, embedder.modelId, embedder.dimension);
  }
  return embedder;
}

/** An Answerer over an index this process opened: `close` releases the index's files once it is replaced. */
export interface ClosableAnswerer extends Answerer {
  close(): void;
}

class IndexAnswerer implements ClosableAnswerer {
  private readonly skillRankings = new SkillRankings();
  private readonly directory: DirectoryEntry[];
  private facts: PeopleFacts | undefined;
  private readonly context: QuestionContext;

  constructor(
    private readonly config: Config,
    private readonly index: LoadedIndex,
    searcher: PassageSearcher,
    private readonly vocabulary: Vocabulary,
    askLimits: AskLimits,
    warn: (message: string) => void,
  ) {
    // Stored with each document by `npm run embed`; an index built before that has them read from its passages, once.
    const unstored = unstoredFacts(index.documents);
    if (unstored > 0)
      warn(
        `${unstored} of ${index.documents.length} profiles in the index have no stored roles and schools (an older index): read them from the passages; run \`npm run embed\` to store them.`,
      );
    this.directory = index.documents.map((doc) => ({
      personId: doc.person.id,
      name: doc.person.name,
      aliases: doc.person.aliases,
      source: doc.source,
      nameSource: doc.person.nameSource,
    }));
    const { storedNames } = index;
    if (storedNames) useStoredNames(this.directory, () => storedNames(this.directory));
    this.context = {
      directory: this.directory,
      index,
      passagesOf: (source) => this.passagesOf(source),
      passageHolding: (source, line) => this.passageHolding(source, line),
      passagesOfPerson: (personId) => this.passagesOfPerson(personId),
      facts: () => this.profileFacts(),
      searcher,
      lexical: index.lexical,
      skills: vocabulary.skills,
      skillRankings: this.skillRankings,
      limits: askLimits,
    };
  }

  private passagesOf(source: string): Passage[] {
    return this.index.labelsOf(source).map((label) => this.index.passage(label));
  }

  /** The first passage of `source` holding `line`, as `passagesOf(source).find` would give it. */
  private passageHolding(source: string, line: number): Passage | undefined {
    for (const label of this.index.labelsOf(source)) {
      const passage = this.index.passage(label);
      if (passage.startLine <= line && passage.endLine >= line) return passage;
    }
    return undefined;
  }

  /** Only the person's own passages are decoded (an overview read every passage of the index). */
  private passagesOfPerson(personId: string): Passage[] {
    return this.index.documents
      .filter((doc) => doc.person.id === personId)
      .flatMap((doc) => this.passagesOf(doc.source));
  }

  /** Each person's facts, restored one by one when an answer needs them (decoding only the passages their lines are in). */
  private profileFacts(): PeopleFacts {
    this.facts ??= new PeopleFacts(this.index.documents, this.index, undefined, this.index.storedRoleTerms);
    return this.facts;
  }

  async ask(question: string): Promise<Answer> {
    return answerQuestion(validateQuestion(question, this.config.maxQuestionChars), this.context);
  }

  async whoKnows(skill: string, page?: PeoplePage): Promise<WhoKnowsResult> {
    return whoKnows(validateSkill(skill), this.index, this.vocabulary.skills, this.skillRankings, page);
  }

  async profile(person: string): Promise<ProfileOverview | undefined> {
    const entry = findPerson(person, this.directory);
    if (!entry) return undefined;
    const stored = this.index.documents.find((doc) => doc.source === entry.source)?.facts?.profile as
      | Profile
      | undefined;
    return profileOverview(entry, this.passagesOfPerson(entry.personId), stored);
  }

  people(): readonly string[] {
    return this.directory.map((entry) => entry.name);
  }

  private sectionWords: Set<string> | undefined;

  async skillsIn(text: string): Promise<readonly string[]> {
    // One pass, keeping no passage: every passage of a large index held at once does not fit in memory.
    this.sectionWords ??= skillsSectionWords(this.index.scanPassages());
    return skillsNamedIn(text, this.vocabulary.skills, this.sectionWords);
  }

  /** Releases the index's open files: call it once no answer is reading this index (it was replaced). */
  close(): void {
    this.index.close();
  }

  summary(): IndexSummary {
    const { documents, info } = this.index;
    return {
      documents: documents.length,
      people: documents.map((doc) => ({
        name: doc.person.name,
        source: doc.source,
        passages: doc.passageCount,
        unnamed: doc.person.nameSource === 'file-name',
      })),
      passages: this.index.passageCount,
      model: info.model?.name ?? null,
      builtAt: info.builtAt,
    };
  }
}

export async function openAnswerer(config: Config, options: OpenOptions = {}): Promise<ClosableAnswerer> {
  const warn = options.warn ?? log.warn;
  const model = options.model ?? (await openModel(config));
  if (model.warning && !options.model) warn(model.warning);

  if (!indexExists(config.dataDir) && (options.buildIfMissing ?? true)) {
    log.info(
      `No index at ${indexPath(config.dataDir)} yet: building it now (later, run \`npm run embed\` after changing profiles).`,
    );
    // Loaded only here: the build pipeline (every document format's parser) is most of what a question would load.
    const { buildIndex } = await import('../index/build/buildIndex.js');
    const report = await buildIndex(config, { embedder: model.embedder, tokens: model.tokens, warn });
    log.info(`Indexed ${report.documents} documents as ${report.passages} passages.`);
  }
  const index = await loadIndex(config.dataDir, { passagesKept: options.passagesKept });
  const embedder = checkModel(index, config, model.embedder);
  if (!index.info.model && model.embedder)
    warn('the index has no vectors (it was built without a model); run `npm run embed` to add them.');
  const vocabulary = loadVocabulary(config.corpusDir, warn, { wordnet: config.retrieval.wordnet });
  const searcher = new PassageSearcher(index, embedder, vocabulary, {
    ...DEFAULT_RETRIEVAL,
    ...config.retrieval,
    ...options.retrieval,
  });
  return new IndexAnswerer(config, index, searcher, vocabulary, { ...DEFAULT_ASK_LIMITS, ...options.askLimits }, warn);
}

/**
 * Opens answerers that share one model load: the bot reopens on every index swap, and reloading
 * the model each time would cost seconds and memory for nothing.
 */
export function answererOpener(
  warn: (message: string) => void = log.warn,
): (config: Config) => Promise<ClosableAnswerer> {
  let model: Promise<ModelSession> | undefined;
  return async (config) => {
    if (!model) {
      model = openModel(config);
      const session = await model;
      if (session.warning) warn(session.warning);
    }
    return openAnswerer(config, { model: await model, warn });
  };
}
