import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answererOnCvs } from './answererOnCvs.js';
import { TEAM } from '../fixtures/typedFamilyCvs.js';
const base = mkdtempSync(path.join(os.tmpdir(), 'ask-typed-probe-'));
let n = 0;
const a = await answererOnCvs(TEAM, async (l) => {
  const d = path.join(base, `${l}-${n++}`);
  (await import('node:fs')).mkdirSync(d);
  return d;
});
for (const q of process.argv.slice(2)) {
  const r = await a.ask(q);
  console.log(
    `Q ${q}\n  [${r.intent}${r.noAnswer ? ' noAnswer' : ''}] ${r.answer.split('\n').slice(0, 4).join('\n    ')}\n  cites ${r.citations
      .slice(0, 4)
      .map((c) => c.person + ':' + c.text.split('\n')[0])
      .join(' | ')}`,
  );
}
process.exit(0);
