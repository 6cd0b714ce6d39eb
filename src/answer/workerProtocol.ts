/** Messages between the main thread and the answering thread (`answerWorker.ts`). */
import type { ErrorCode } from '../errors.js';
import type { PeoplePage } from './types.js';

export type Call =
  | { readonly op: 'ask'; readonly question: string }
  | { readonly op: 'whoKnows'; readonly skill: string; readonly page: PeoplePage | undefined }
  | { readonly op: 'profile'; readonly person: string }
  | { readonly op: 'skillsIn'; readonly text: string };

export type Open = { readonly op: 'open'; readonly config: unknown };

/** `open` loads the index on disk as `generation`; every other request answers from one generation. */
export type Request = { readonly id: number; readonly generation: number } & (Call | Open);

export type Reply =
  | { readonly kind: 'result'; readonly id: number; readonly value: unknown }
  | { readonly kind: 'error'; readonly id: number; readonly code: ErrorCode; readonly message: string }
  /** A warning of the answerer (model missing, index without vectors), to log on the main thread. */
  | { readonly kind: 'warn'; readonly message: string };
