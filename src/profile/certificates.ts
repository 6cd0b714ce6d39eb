/** Certificates: each entry of a certifications section, its dates cut out, its date the last one given. */
import { findDates, withoutDates } from '../text/dates.js';
import type { Section } from './sections.js';
import type { CertificateEntry } from './types.js';

export function readCertificates(sections: readonly Section[]): CertificateEntry[] {
  const found: CertificateEntry[] = [];
  for (const section of sections) {
    if (section.kind !== 'certificates') continue;
    for (const line of section.lines) {
      const name = withoutDates(line.text)
        .replace(/^[\s,;:|–—-]+|[\s,;:|(–—-]+$/g, '')
        .trim();
      if (!name || name.length > 150) continue;
      const dates = findDates(line.text).at(-1);
      const date = dates?.end ?? dates?.start;
      found.push({ name, ...(date ? { date } : {}), lines: [line.line, line.line] });
    }
  }
  return found;
}
