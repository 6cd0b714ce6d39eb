import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/corpus/formats/html.js';

/** The non-empty lines a page reads as. */
function shown(body: string, lang = 'en'): string[] {
  const outcome = readHtml(`<!DOCTYPE html>\n<html lang="${lang}">\n<body>\n${body}\n</body>\n</html>\n`);
  if (outcome.kind !== 'read') throw new Error(outcome.reason);
  return outcome.text.lines.filter((line) => line.trim() !== '');
}

describe('inline elements a page shows as separate fields', () => {
  it('parts neighbours written with nothing between them', () => {
    expect(shown('<div><span>Kelmscott Tools Inc.</span><span>Portland, OR</span></div>')).toEqual([
      'Kelmscott Tools Inc. · Portland, OR',
    ]);
    expect(shown('<p><span class="a">Platform Engineer</span><span class="b">2020 – Present</span></p>')).toEqual([
      'Platform Engineer · 2020 – Present',
    ]);
    expect(shown('<h4><span>Ostler &amp; Crane</span><time>Juli 2015 — heute</time></h4>', 'de')).toEqual([
      '#### Ostler & Crane · Juli 2015 — heute',
    ]);
  });

  it('parts a field a résumé theme marks by class, in any language', () => {
    expect(shown('<h3>Verrall Freight <span class="position">Dispatcher</span></h3>')).toEqual([
      '### Verrall Freight · Dispatcher',
    ]);
    expect(
      shown('<p><span class="org">Navios Lusitanos</span><span class="period">desde 2020</span></p>', 'pt'),
    ).toEqual(['Navios Lusitanos · desde 2020']);
    expect(
      shown('<p><span class="company">Maison Ferrand</span> <span class="date">depuis 2019</span></p>', 'fr'),
    ).toEqual(['Maison Ferrand · depuis 2019']);
  });

  it("joins a microformat's start and end into one range", () => {
    expect(
      shown(
        '<div class="p-experience h-card"><span class="p-job-title">Tradutora</span><span class="p-org">Ponte Léxica</span>' +
          '<time class="dt-start">2018</time><time class="dt-end">2024</time></div>',
        'pt',
      ),
    ).toEqual(['Tradutora · Ponte Léxica · 2018 – 2024']);
  });

  it('keeps a word split between styled runs, a date range and a degree whole', () => {
    expect(shown('<p><span class="c1">Engin</span><span class="c2">eering</span></p>')).toEqual(['Engineering']);
    expect(shown('<p><span class="startDate">Feb 2021</span><span class="endDate"> - Current</span></p>')).toEqual([
      'Feb 2021 - Current',
    ]);
    expect(shown('<p><span class="studyType">BA</span> <span class="area">Interaction Design</span></p>')).toEqual([
      'BA Interaction Design',
    ]);
    expect(shown('<p>Bachelor <span class="area">Industrial Engineering</span></p>')).toEqual([
      'Bachelor Industrial Engineering',
    ]);
  });

  it('reads "title at employer" in spans as one sentence, not a row of tags', () => {
    expect(
      shown(
        '<h3><span class="position">Product Designer</span><span> at </span><span class="company">Ridgeway</span></h3>',
      ),
    ).toEqual(['### Product Designer at Ridgeway']);
    expect(shown('<p><span>Python</span><span>Rust</span><span>SQL</span></p>')).toEqual(['Python · Rust · SQL']);
  });
});

describe('a page that puts several entries on one line of the file', () => {
  it('reads a definition list written on one line a term per line', () => {
    const lines = shown(
      '<h2>Berufserfahrung</h2>\n<dl><dt>Kranfeld GmbH</dt><dd>Projektleiter · seit 2019</dd>' +
        '<dt>Ortwin AG</dt><dd>Planer · 2014–2019</dd></dl>',
      'de',
    );
    expect(lines).toContain('Ortwin AG');
    expect(lines.some((line) => line.includes('Kranfeld') && line.includes('Ortwin'))).toBe(false);
  });

  it('reads a one-line export (Google Docs, Notion) a block per line', () => {
    const lines = shown(
      '<p class="c4 title"><span>Perla Osei</span></p><h1>Experiencia</h1><p><span class="c1">Tajo Datos</span>' +
        '<span> – Analista</span></p><p>desde 2021</p><h1>Formación</h1><p>Universidad de Orbea</p>',
      'es',
    );
    expect(lines).toEqual([
      'Perla Osei',
      '# Experiencia',
      'Tajo Datos – Analista',
      'desde 2021',
      '# Formación',
      'Universidad de Orbea',
    ]);
  });

  it("takes a Google Docs export's Title paragraph as its owner's name", () => {
    const outcome = readHtml(
      '<html><body><p class="c3 title"><span class="c5">Perla Osei</span></p><p>Lisboa</p></body></html>',
    );
    expect(outcome.kind === 'read' && outcome.text.nameHint).toBe('Perla Osei');
  });

  it('keeps a page written a block per line on the file’s own lines', () => {
    const outcome = readHtml(
      '<html>\n<body>\n<h2>Experience</h2>\n<p>Harlow Mills</p>\n' +
        '<dl><dt>2019</dt><dd>Weaver</dd></dl>\n</body>\n</html>\n',
    );
    if (outcome.kind !== 'read') throw new Error(outcome.reason);
    expect(outcome.text.lines[2]).toBe('## Experience');
    expect(outcome.text.lines[4]).toBe('2019 · Weaver');
  });
});

describe('list items laid out as cards', () => {
  it('reads a list item of two blocks or more as its blocks, not as a bullet', () => {
    expect(
      shown(
        '<ul><li class="card"><div class="content"><p><strong>Web Designer</strong>, Slate Mill</p>' +
          '<p><small><span>Sep 2013 - Mar 2017</span></small></p></div></li></ul>',
      ),
    ).toEqual(['Web Designer, Slate Mill · Sep 2013 - Mar 2017']);
    const lines = shown(
      '<ul>\n<li>\n<h4>Analista de Sistemas</h4>\n<p>Cooperativa Serra Alta · desde 2017</p>\n</li>\n</ul>',
      'pt',
    );
    expect(lines).toEqual(['#### Analista de Sistemas', 'Cooperativa Serra Alta · desde 2017']);
  });

  it('keeps a bullet for an item of one paragraph or an item with a list under it', () => {
    expect(shown('<ul>\n<li><p>Cut build times by half</p></li>\n</ul>')).toEqual(['- Cut build times by half']);
    expect(shown('<ul>\n<li>Tools\n<ul>\n<li>Git</li>\n<li>Vim</li>\n</ul>\n</li>\n</ul>')).toEqual([
      '- Tools',
      '- Git',
      '- Vim',
    ]);
  });
});
