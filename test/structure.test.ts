import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../src/chunking/chunkDocument.js';
import { sectionLabel, type Passage } from '../src/chunking/passage.js';
import { visibleLines } from '../src/text/rendered.js';
import { PROJECT_ROOT } from '../src/config.js';
import type { ProfileDocument } from '../src/corpus/document.js';
import { readCorpus } from '../src/corpus/readCorpus.js';
import { estimateTokens } from '../src/embedding/tokenEstimate.js';
import { lineCoverage } from '../src/evaluation/coverage.js';

/** A stand-in for the model's tokenizer: about 1.3 tokens a word plus two special tokens. */
const countTokens = (text: string): number => Math.ceil(text.split(/\s+/).filter(Boolean).length * 1.3) + 2;

function chunk(lines: readonly string[], maxTokens = 256): Passage[] {
  return chunkDocument(
    {
      source: 'corpus/cv.txt',
      lines,
      person: { id: 'corpus/cv.txt', name: 'Jane Doe', aliases: [], nameSource: 'heading' },
    },
    { countTokens, maxTokens },
  );
}

/** [first line, last line, "Section › Path"] of each passage. */
const shape = (passages: readonly Passage[]) =>
  passages.map((p) => [p.startLine, p.endLine, sectionLabel(p.sectionPath)]);

/** Every line a reader sees is inside some passage. */
function expectNothingLost(lines: readonly string[], passages: readonly Passage[], label = ''): void {
  const visible = visibleLines(lines);
  const lost = lines.flatMap((_, i) =>
    visible[i] && !passages.some((p) => p.startLine <= i + 1 && i + 1 <= p.endLine) ? [i + 1] : [],
  );
  expect(lost, `${label} lines in no passage`).toEqual([]);
}

describe('plain-text structure', () => {
  it('reads upper-case headings over dotted and drawn rules as sections', () => {
    const lines = [
      'JANE DOE',
      '',
      'EXPERIENCE',
      '..........',
      'Acme Ltd, Senior Engineer, 2019 - 2021',
      '- Built the payments API',
      '',
      'EDUCATION',
      '__________',
      'University of Leeds, BSc Physics, 2015',
      '',
      'SKILLS',
      '══════',
      'Go, Rust',
    ];
    const passages = chunk(lines);
    expect(passages.map((p) => p.sectionPath[0])).toEqual([undefined, 'EXPERIENCE', 'EDUCATION', 'SKILLS']);
    expect(passages.find((p) => p.text.includes('payments API'))!.text).toContain('Acme Ltd, Senior Engineer');
    expectNothingLost(lines, passages);
  });

  it('reads Title Case section titles on their own line, and not a role title, as headings', () => {
    const lines = [
      'Jane Doe',
      '',
      'Technical Skills',
      '',
      'Languages: Go, Rust',
      '',
      'Work Experience',
      '',
      'Platform Engineer',
      '',
      'Acme Ltd – Leeds',
      '',
      'March 2020 – Present',
      '',
      'Built the payments platform on Kubernetes',
      '',
      'Ran the on-call rota for twelve engineers',
      '',
      'Education',
      '',
      'BSc Physics, University of Leeds',
    ];
    const passages = chunk(lines);
    expect(passages.map((p) => p.sectionPath[0])).toContain('Technical Skills');
    expect(passages.map((p) => p.sectionPath[0])).toContain('Education');
    expect(passages.some((p) => p.sectionPath.includes('Platform Engineer'))).toBe(false);
    expectNothingLost(lines, passages);
  });

  it('carries a role written as plain lines (title, employer, dates) in the path of each of its lines', () => {
    const lines = [
      'Work Experience',
      '',
      'Platform Engineer',
      '',
      'Acme Ltd – Leeds',
      '',
      'March 2020 – Present',
      '',
      'Built the payments platform on Kubernetes',
      '',
      'Ran the on-call rota for twelve engineers',
      '',
      'Site Reliability Engineer',
      '',
      'Globex – London',
      '',
      'June 2017 – February 2020',
      '',
      'Moved the monolith to AWS',
    ];
    const passages = chunk(lines);
    const aws = passages.find((p) => p.text.includes('Moved the monolith'))!;
    expect(aws.sectionPath).toEqual([
      'Work Experience',
      'Site Reliability Engineer · Globex – London · June 2017 – February 2020',
    ]);
    const rota = passages.filter((p) => p.text.includes('on-call rota'));
    expect(rota.length).toBeGreaterThan(0);
    for (const p of rota) expect(sectionLabel(p.sectionPath)).toContain('Acme Ltd – Leeds · March 2020 – Present');
    // Even when every line is its own passage, the bullet still says where it happened.
    for (const p of chunk(lines, 24).filter((q) => q.text.includes('on-call rota')))
      expect(sectionLabel(p.sectionPath)).toContain('Acme Ltd');
  });

  it('puts the dates under an employer heading into that heading’s part of the path', () => {
    const lines = [
      '## Experience',
      '',
      '### Engineer at Acme',
      '*September 2022 - Present*',
      '',
      '- Built the billing service',
      '- Ran Postgres',
    ];
    expect(shape(chunk(lines))).toEqual([[1, 7, 'Experience › Engineer at Acme · September 2022 - Present']]);
  });

  it('does not take a sentence with a year, or dates that close a paragraph, for a role', () => {
    const lines = [
      '## Education',
      '',
      '### Leeds University',
      'Hoping to finish by 2031',
      '',
      'Summer school at a lab in Lyon,',
      'France (June 2029 – July 2029)',
    ];
    expect(shape(chunk(lines))).toEqual([[1, 7, 'Education › Leeds University']]);
  });
});

describe('roles and sections in text read from a PDF', () => {
  it('makes each role under a section its own level, never the child of the role before it', () => {
    const lines = [
      '## EXPERIENCE',
      'ACME | ENGINEER',
      'Feb 2021 - Present | Leeds',
      '',
      'GLOBEX | INTERN',
      'Oct 2019 – Jan 2020 | Bristol, UK & Cork, IE',
      '• Built the billing service and its',
      'Postgres Schema Migrations',
      '',
      'INITECH | INTERN',
      'Apr 2018 – Jul 2018 | London',
      '• Wrote tests',
    ];
    expect(shape(chunk(lines)).map(([, , path]) => path)).toEqual([
      'EXPERIENCE › ACME | ENGINEER · Feb 2021 - Present | Leeds',
      'EXPERIENCE › GLOBEX | INTERN · Oct 2019 – Jan 2020 | Bristol, UK & Cork, IE',
      'EXPERIENCE › INITECH | INTERN · Apr 2018 – Jul 2018 | London',
    ]);
  });

  it('makes a role after a heading that names a role its sibling', () => {
    const lines = [
      '## RESEARCH',
      '### OCEAN DATA GROUP | ANALYST',
      'Sep 2020 – Aug 2021 | Hull, UK',
      'Modelled tides.',
      '',
      'SOIL LAB | ASSISTANT',
      'Jan 2019 – Jun 2020 | Hull, UK',
      'Sampled fields.',
    ];
    expect(shape(chunk(lines)).map(([, , path]) => path)).toEqual([
      'RESEARCH › OCEAN DATA GROUP | ANALYST · Sep 2020 – Aug 2021 | Hull, UK',
      'RESEARCH › SOIL LAB | ASSISTANT · Jan 2019 – Jun 2020 | Hull, UK',
    ]);
  });

  it('never nests one top-level section in another when its heading came out smaller', () => {
    const lines = [
      '# Projects',
      'A parser.',
      '## Education',
      'BSc Physics',
      '## Skills',
      '### Languages',
      'Go',
      '## Honors & Awards',
      'Prize',
    ];
    expect(shape(chunk(lines)).map(([, , path]) => path)).toEqual([
      'Projects',
      'Education',
      'Skills › Languages',
      'Honors & Awards',
    ]);
  });
});

describe('Markdown structure', () => {
  it('keeps a heading without a body: it opens its subsection’s first passage, or stands alone', () => {
    const lines = ['# Jane Doe', '## Experience', '### Acme', 'Built rockets.', '## Awards', '## Skills', 'Go'];
    expect(shape(chunk(lines))).toEqual([
      [1, 4, 'Jane Doe › Experience › Acme'],
      [5, 5, 'Jane Doe › Awards'],
      [6, 7, 'Jane Doe › Skills'],
    ]);
  });

  it('keeps a definition-list entry whole: term, definitions and indented continuation', () => {
    const lines = [
      'Education',
      '---------',
      '',
      '2016-2020',
      ':   **DPhil, Marine Biology**; Harbour University',
      '',
      '    *Thesis: Kelp forests under warming seas*',
      '',
      '2012-2016',
      ':   **BA, Geography**; Hill College',
    ];
    const passages = chunk(lines, 30);
    const phd = passages.find((p) => p.text.includes('DPhil'))!;
    expect(phd.text).toContain('2016-2020');
    expect(phd.text).toContain('Thesis');
    expectNothingLost(lines, passages);
  });

  it('reads a CV kept inside one plain fenced block as the document', () => {
    const lines = [
      '# My CV',
      '',
      '```',
      'JANE DOE',
      '',
      'EXPERIENCE',
      '----------',
      'Acme Ltd, Engineer, 2019 - 2021',
      '- Built things',
      '',
      'SKILLS',
      '------',
      'Go, Rust',
      '```',
    ];
    const passages = chunk(lines);
    expect(passages.map((p) => p.sectionPath.at(-1))).toEqual(expect.arrayContaining(['SKILLS']));
    expect(passages.find((p) => p.text.includes('Built things'))!.sectionPath).toContain('EXPERIENCE');
    expectNothingLost(lines, passages);
  });

  it('keeps code in a fence that is not the whole CV as a block of its own', () => {
    const lines = [
      '## Projects',
      '',
      'A parser.',
      '',
      '```go',
      '## not a heading',
      'func main() {}',
      '```',
      '',
      'More text here.',
      '',
      'And more.',
    ];
    expect(chunk(lines).every((p) => !p.sectionPath.includes('not a heading'))).toBe(true);
  });

  it('treats template tags that show text as content and includes as markup', () => {
    const lines = [
      '## Talks',
      '',
      '{{< talk title="Scaling Postgres at Acme" >}}',
      '{% include footer.html %}',
      '{{< figure src="/img/x.png" >}}',
    ];
    const visible = visibleLines(lines);
    expect(visible).toEqual([true, false, true, false, false]);
    const passages = chunk(lines);
    expect(passages.some((p) => p.text.includes('Scaling Postgres'))).toBe(true);
    expectNothingLost(lines, passages);
  });

  it('keeps a LaTeX entry whose braces span several lines whole, with its employer', () => {
    const entry = [
      '\\cventry{2019--2021}{Senior Engineer}{Acme Ltd}{Leeds}{}{',
      '  Built the payments API in Go and ran it on Kubernetes for three years with a team of five',
      '  Led the migration of billing to the new platform on time with zero downtime for customers',
      '}',
    ];
    const lines = [
      '\\section{Experience}',
      ...entry,
      '\\cventry{2015--2019}{Engineer}{Globex}{London}{}{Moved services to AWS}',
    ];
    const passages = chunk(lines, 70);
    const billing = passages.filter((p) => p.text.includes('migration of billing'));
    expect(billing.length).toBeGreaterThan(0);
    for (const p of billing) expect(p.text).toContain('Acme Ltd');
    expectNothingLost(lines, passages);
  });

  it('does not lose the top lines of a CV that opens with a rule, when they are not key/value front matter', () => {
    const lines = ['---', 'Jane Doe', 'Platform engineer in Leeds', '', '---', '', '## Skills', '', 'Go'];
    const passages = chunk(lines);
    expect(passages.some((p) => p.sectionPath[0] === 'Front matter')).toBe(false);
    expectNothingLost(lines, passages);
    expect(passages.some((p) => p.text.includes('Jane Doe'))).toBe(true);
  });

  it('hides HTML comments and style blocks, even across lines, but not the text around them', () => {
    expect(
      visibleLines(['Text <!-- a', 'b --> more', '<style>', 'p { color: red }', '</style>', '---', '<br>']),
    ).toEqual([true, true, false, false, false, false, false]);
  });
});

/** Chunks every readable document with the estimate tokenizer, as a build without a model does. */
function chunkAll(documents: readonly ProfileDocument[]): Map<ProfileDocument, Passage[]> {
  return new Map(documents.map((doc) => [doc, chunkDocument(doc, { countTokens: estimateTokens, maxTokens: 512 })]));
}

describe('no content lost', () => {
  it('covers every visible line of every profile in corpus/', async () => {
    const { documents } = await readCorpus(path.join(PROJECT_ROOT, 'corpus'), PROJECT_ROOT);
    expect(documents.length).toBeGreaterThan(0);
    for (const [doc, passages] of chunkAll(documents)) expectNothingLost(doc.lines, passages, doc.source);
  });

  const realcv = path.resolve(PROJECT_ROOT, '..', 'shared', 'realcv', 'docs');
  it.skipIf(!existsSync(realcv))(
    'covers every visible line of every real CV the reader can read (../shared/realcv, read in place)',
    async () => {
      const { documents } = await readCorpus(realcv, PROJECT_ROOT);
      expect(documents.length).toBeGreaterThanOrEqual(11);
      for (const [doc, passages] of chunkAll(documents)) expectNothingLost(doc.lines, passages, doc.source);
      // Reading the PDFs alone is about 4 s of CPU: a content check, given room on a shared machine.
    },
    60_000,
  );

  it('is measured by lineCoverage over an index’s passages', () => {
    const lines = ['# Jane', '', 'Go', '<!-- hidden -->', '## More', 'Rust'];
    const passages = chunk(lines).filter((p) => !p.text.includes('Rust'));
    const report = lineCoverage(passages, () => lines);
    expect(report).toMatchObject({ documents: 1, visible: 4, covered: 2 });
    expect(report.lost).toEqual(['corpus/cv.txt:5', 'corpus/cv.txt:6']);
  });
});
