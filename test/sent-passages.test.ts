/**
 * Passages sent to the segment-writing thread without the embedded form their heading and text
 * repeat come back on the thread exactly as they were; any other passage is sent as it is.
 */
import { describe, expect, it } from 'vitest';
import { passageHeading, type Passage } from '../src/chunking/passage.js';
import { received, toSend } from '../src/index/store/segment/sentPassages.js';

function passage(sectionPath: readonly string[], text: string, embedText?: string): Passage {
  return {
    id: `corpus/ada.md#L3-L4`,
    source: 'corpus/ada.md',
    personId: 'ada',
    person: 'Ada Example',
    sectionPath,
    startLine: 3,
    endLine: 4,
    text,
    embedText: embedText ?? `${passageHeading('Ada Example', sectionPath)}\n${text}`,
  };
}

describe('passages sent to the segment thread', () => {
  const usual = [
    passage(['Experience', 'Acme › Platform'], 'Ran Terraform for the payments team.\nMentored two engineers.'),
    passage(['Front matter'], 'Ada Example · London'),
    passage([], 'A line with “quotes”, an é and a ›.'),
  ];
  const unusual = [
    // A model's short input: only a prefix of heading and text is embedded.
    passage(['Skills'], 'Go, Rust, Kafka', 'Ada Example › Skills\nGo, Ru'),
    // Text that merely ends the embedded form, under another heading.
    passage(['Skills'], 'Go', 'Someone else › Skills\nGo'),
  ];

  it('leave out the embedded form only where it is the heading line then the text', () => {
    const sent = toSend([...usual, ...unusual]);
    expect(sent.map((p) => p.embedText === undefined)).toEqual([true, true, true, false, false]);
    expect(sent.slice(3)).toEqual(unusual);
  });

  it('come back on the thread as they were, keys in the same order', () => {
    const back = received(structuredClone(toSend([...usual, ...unusual])));
    expect(back).toEqual([...usual, ...unusual]);
    back.forEach((p, i) => expect(Object.keys(p)).toEqual(Object.keys([...usual, ...unusual][i]!)));
  });
});
