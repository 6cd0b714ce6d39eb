/**
 * An error made from one caught on the way keeps the caught one as `cause`, so LOG_LEVEL=debug can
 * show where a short message came from.
 */
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPeopleFile } from '../src/corpus/peopleFile.js';
import { temporaryDirs } from './support/temporaryDirs.js';
import { expectCode } from './support/expectCode.js';

const tempDir = temporaryDirs('whoknows-causes-');

describe('wrapped errors', () => {
  it('names an invalid people.json and keeps the JSON parser’s error as its cause', async () => {
    const corpus = await tempDir();
    await writeFile(path.join(corpus, 'people.json'), '{ "a.md": ');
    const error = await expectCode(readPeopleFile(corpus), 'PEOPLE_FILE_INVALID', 'people.json', 'not valid JSON');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it('keeps the file system’s error as the cause of a refused broken link to people.json', async () => {
    const corpus = await tempDir();
    await symlink(path.join(corpus, 'nowhere.json'), path.join(corpus, 'people.json'));
    const error = await expectCode(readPeopleFile(corpus), 'PEOPLE_FILE_INVALID', 'people.json');
    expect((error.cause as Error).name).toBe('RefusedLinkError');
    expect(((error.cause as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});
