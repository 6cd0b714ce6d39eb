/**
 * Where a CV's owner lives, as CV heads write it, found by probing with invented CVs: a US or
 * Canadian state's code ("Boston, MA" is no Master of Arts), an address without a label, a
 * table row's label, a town alone among the e-mail and phone parts, a PDF's wide gaps, and a
 * res.cls `\address` set over several lines. Each class over several invented towns, with the
 * look-alikes that are no place.
 */
import { describe, expect, it } from 'vitest';
import { readLatex } from '../src/corpus/formats/latex.js';
import { readProfile } from '../src/profile/readProfile.js';

const placeOf = (text: string, personName?: string) =>
  readProfile({
    lines: text.split('\n').map((line, i) => ({ line: i + 1, text: line })),
    ...(personName ? { personName } : {}),
  }).basics.location?.address;

const TOWNS = [
  ['Lyon', '69003', '12 rue des Lilas'],
  ['Dresden', '01069', 'Hochschulstraße 3'],
  ['Amsterdam', '1015', 'Keizersgracht 100'],
  ['Warszawa', '00-238', 'ul. Długa 12'],
] as const;

describe('the place in the head of a CV', () => {
  it('reads a US or Canadian state after the town as part of the place', () => {
    for (const [town, state] of [
      ['Boston', 'MA'],
      ['Calgary', 'AB'],
      ['Austin', 'TX'],
    ])
      expect(placeOf(`Ottilie Brandhorst\nAnalyst\n${town}, ${state} | (617) 555-0148 | ob@example.com`)).toBe(
        `${town}, ${state}`,
      );
  });

  it('keeps the town of an address written without a label, or behind a table row label', () => {
    for (const [town, code, street] of TOWNS) {
      expect(placeOf(`Rémi Castagnède\n${street}, ${code} ${town}\nrc@example.fr`)).toBe(town);
      const contacts = `${street}, ${code} ${town} · Tel. 0351 463 12 34 · rc@example.fr`;
      expect(placeOf(`Rémi Castagnède\n${contacts}`)).toBe(town);
      expect(placeOf(`Rémi Castagnède\n\nAnschrift | ${street}, ${code} ${town}\nTelefon | 0341 9876543`)).toBe(town);
      expect(placeOf(`# Lebenslauf\n\n| Telefon | 0341 9876543 |\n| Wohnort | ${town} |`)).toBe(town);
    }
    expect(placeOf('Rémi Castagnède\nRua das Flores, 200 — São Paulo, SP\nrc@example.com')).toBe('São Paulo, SP');
  });

  it('reads a town alone among the contact parts, set apart by separators or a PDF gap', () => {
    for (const town of ['Bordeaux', 'Rennes', 'Singapore', 'Den Helder']) {
      expect(placeOf(`Leocadia Sandoval\nDesigner\n${town} · 07 98 76 54 32 · ls@example.fr`)).toBe(town);
      expect(placeOf(`Leocadia Sandoval\nDesigner\n${town}  Tel.: 912 345 678  ls@example.pt`)).toBe(town);
      expect(placeOf(`## Contact\nleocadia.sandoval@example.pl · +48 512 345 678 · ${town}`)).toBe(town);
    }
  });

  it('takes no name, title, link or label among the contact parts for a place', () => {
    expect(placeOf('Müller, Hans-Jürgen\nArchitekt\nhj@example.de', 'Hans-Jürgen Müller')).toBeUndefined();
    expect(placeOf('Leocadia Sandoval\nLinkedIn · GitHub · ls@example.com')).toBeUndefined();
    expect(placeOf('Leocadia Sandoval\nSoftware Engineer · ls@example.com')).toBeUndefined();
    expect(placeOf('Leocadia Sandoval\nE-Mail · ls@example.com')).toBeUndefined();
    expect(placeOf('Leocadia Sandoval\nSandovalia.com | ls@example.com | +1 (415) 555-0100')).toBeUndefined();
    expect(
      placeOf('Leocadia Sandoval\n1209 Page Street No. 7 San Francisco, Ca 94117\nls@example.com'),
    ).toBeUndefined();
  });

  it('reads each line of a res.cls address as a part of it', () => {
    const outcome = readLatex(
      '\\documentclass{res}\n\\name{Ottilie Brandhorst}\n' +
        '\\address{14 Jacaranda Avenue \\\\ Pretoria 0002 \\\\ South Africa}\n' +
        '\\begin{document}\n\\section{Experience}\nNetwork Engineer\n\\end{document}\n',
    );
    if (outcome.kind !== 'read') throw new Error(outcome.reason);
    expect(outcome.text.lines).toContain('14 Jacaranda Avenue, Pretoria 0002, South Africa');
    expect(placeOf(outcome.text.lines.join('\n'), 'Ottilie Brandhorst')).toBe('Pretoria, South Africa');
  });
});
