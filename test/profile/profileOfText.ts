/** A CV's profile read from its text alone, each line numbered from 1: what the rule tests read. */
import { readProfile } from '../../src/profile/readProfile.js';

export const profileOfText = (text: string) =>
  readProfile({ lines: text.split('\n').map((line, i) => ({ line: i + 1, text: line })) });
