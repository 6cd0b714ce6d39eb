/**
 * LaTeX source CVs in the templates people use (test/profile/syntheticLatexSources.ts), read from
 * the `.tex` file through the LaTeX reader and the profile readers, judged as realcv's judge judges
 * roles and schools. `LATEX_PROBE=1` prints what each template gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { readLatex } from '../src/corpus/formats/latex.js';
import { readProfile } from '../src/profile/readProfile.js';
import type { Profile } from '../src/profile/types.js';
import { judgeSchools, type SchoolMisses } from './profile/judgeSchools.js';
import { type RoleMisses, roleMisses, wrongCount } from './profile/roleMisses.js';
import { type LatexSourceCv, latexSourceCvs } from './profile/syntheticLatexSources.js';

function profileOf(cv: LatexSourceCv): { profile: Profile; lines: string[] } {
  const read = readLatex(cv.text);
  const lines = read.kind === 'read' ? read.text.lines : [];
  return { profile: readProfile({ lines: lines.map((text, i) => ({ line: i + 1, text })) }), lines };
}

const schoolWrong = (m: SchoolMisses) => m.missing.length + m.extra.length + m.wrongDegree.length;

const cvs = latexSourceCvs();
const judged = new Map<LatexSourceCv, { roles: RoleMisses; schools: SchoolMisses; lines: string[] }>();
for (const cv of cvs) {
  const { profile, lines } = profileOf(cv);
  judged.set(cv, {
    roles: roleMisses(cv.roles, profile.work),
    schools: judgeSchools(cv.schools, profile.education),
    lines,
  });
}
const templates = [...new Set(cvs.map((cv) => cv.template))];
const countOf = (template: string) => {
  const mine = cvs.filter((cv) => cv.template === template);
  return {
    roles: mine.reduce((sum, cv) => sum + wrongCount(judged.get(cv)!.roles), 0),
    schools: mine.reduce((sum, cv) => sum + schoolWrong(judged.get(cv)!.schools), 0),
  };
};

if (process.env.LATEX_PROBE) {
  let total = 0;
  for (const template of templates) {
    const { roles, schools } = countOf(template);
    total += roles + schools;
    console.log(`${String(roles).padStart(3)} roles ${String(schools).padStart(3)} schools  ${template}`);
    for (const cv of cvs.filter((c) => c.template === template)) {
      const j = judged.get(cv)!;
      if (wrongCount(j.roles) || schoolWrong(j.schools)) {
        console.log(`      ${cv.file} ${JSON.stringify(j.roles)} ${JSON.stringify(j.schools)}`);
        if (process.env.LATEX_PROBE === 'lines')
          console.log(
            j.lines
              .filter(Boolean)
              .map((l) => `        ${l}`)
              .join('\n'),
          );
      }
    }
  }
  console.log(`total wrong: ${total}`);
}

describe('LaTeX source CVs in the templates people use', () => {
  it('holds every template in five languages', () => {
    expect(cvs.length).toBe(templates.length * 10);
  });
});
