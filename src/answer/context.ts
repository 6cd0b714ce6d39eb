/** What answering a question may read: the directory of people, the index and its stored facts. */
import type { Passage } from '../chunking/passage.js';
import type { ProfileFacts } from '../facts/profileFacts.js';
import type { PeopleFacts } from '../facts/storedFacts.js';
import type { LexicalSearch } from '../index/read/indexReader.js';
import type { SkillRankings } from '../retrieval/rankPeople.js';
import type { PassageSearcher } from '../retrieval/searchPassages.js';
import type { SkillSource } from '../retrieval/skillRanking.js';
import type { TermGroups } from '../retrieval/termGroups.js';
import type { AskLimits } from './ask.js';
import type { DirectoryEntry } from './namedPeople.js';

export interface QuestionContext {
  readonly directory: readonly DirectoryEntry[];
  /** Passages by label and who-knows' stored postings: no answer reads every passage. */
  readonly index: SkillSource;
  /** One profile's passages (by source), in file order. */
  passagesOf(source: string): readonly Passage[];
  /**
   * The first of one profile's passages (by source, in file order) holding `line`, decoding none
   * after it: a cited line needs one passage, not the profile's dozens.
   */
  passageHolding(source: string, line: number): Passage | undefined;
  /** Every passage of one person (all their profiles), in label order. */
  passagesOfPerson(personId: string): readonly Passage[];
  /** Roles, schools, skills and contact lines of every profile, by person id, restored as asked for. */
  readonly facts: () => PeopleFacts;
  readonly searcher: PassageSearcher;
  readonly lexical: LexicalSearch;
  readonly skills: TermGroups;
  readonly skillRankings: SkillRankings;
  readonly limits: AskLimits;
}

/** A question about one named person. */
export interface PersonQuestion {
  readonly question: string;
  readonly person: DirectoryEntry;
  /** The question without the person's name: what is searched for in their profile. */
  readonly rest: string;
  /** Their roles, schools, skills and contact lines; undefined when the index holds none. */
  readonly facts: ProfileFacts | undefined;
  readonly ctx: QuestionContext;
}
