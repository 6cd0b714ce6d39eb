import { readCues } from '../src/answer/cues.js';
import { questionLanguage } from '../src/text/questionLanguage.js';
import { everyoneByCues } from '../src/answer/recognise.js';
for (const q of process.argv.slice(2)) {
  const c = readCues(q);
  console.log(q, '|', questionLanguage(q), JSON.stringify(c.hits.map((h) => [h.concept, h.text])), JSON.stringify(c.segments), JSON.stringify(everyoneByCues(q)));
}
