/**
 * A profile in the two shapes `npm run export` writes: a JSON Resume document (the stored profile
 * without the line ranges and the extra contact lists the schema has no place for), and the team's
 * skill matrix as CSV (one row per person, one column per skill, each cell the years of roles
 * naming the skill, or ✓ when the CV lists it without such a role).
 */
import type { Profile, WorkEntry } from './types.js';

type Plain = Record<string, unknown>;

function withoutLines<T extends { readonly lines?: unknown }>(entry: T): Omit<T, 'lines'> {
  const { lines: _lines, ...rest } = entry;
  return rest;
}

/** The schema wants a URI: "github.com/jane" gets its scheme; what is not an address at all is left out. */
export function absoluteUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  try {
    return new URL(withScheme).href;
  } catch {
    return undefined;
  }
}

export function jsonResumeOf(profile: Profile): Plain {
  const { lines: _lines, emails: _emails, phones: _phones, url, ...rest } = profile.basics;
  const href = absoluteUrl(url);
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: { ...rest, ...(href ? { url: href } : {}) },
    work: profile.work.map(withoutLines),
    education: profile.education.map(withoutLines),
    skills: profile.skills.map(withoutLines),
    languages: profile.languages.map(withoutLines),
    certificates: profile.certificates.map(withoutLines),
  };
}

const yearNumber = (iso: string | undefined): number | undefined => {
  if (!iso) return undefined;
  const [year, month] = iso.split('-').map(Number);
  return year! + ((month ?? 6) - 1) / 12;
};

/** Years of the roles whose title or employer names the skill; 0 when none does. */
export function skillYears(skill: string, work: readonly WorkEntry[], now = new Date()): number {
  const wanted = new RegExp(
    `(?<![\\p{L}\\p{N}])${skill.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  let years = 0;
  for (const role of work) {
    if (!wanted.test(`${role.position ?? ''} ${role.name ?? ''}`)) continue;
    const start = yearNumber(role.startDate);
    const end = yearNumber(role.endDate) ?? now.getFullYear() + now.getMonth() / 12;
    if (start !== undefined && end >= start) years += end - start;
  }
  return Math.round(years * 2) / 2;
}

/** A CSV cell: quoted when it must be, and never read as a formula by a spreadsheet. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function skillMatrix(people: readonly { readonly person: string; readonly profile: Profile }[]): string {
  const counts = new Map<string, { name: string; count: number }>();
  const skillsOf = (profile: Profile) => [
    ...new Set(
      profile.skills
        .flatMap((s) => (s.keywords.length ? s.keywords : [s.name]))
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ];
  for (const { profile } of people) {
    for (const skill of skillsOf(profile)) {
      const key = skill.toLowerCase();
      const seen = counts.get(key) ?? { name: skill, count: 0 };
      seen.count++;
      counts.set(key, seen);
    }
  }
  const columns = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
  const rows = [['person', ...columns.map(([, c]) => c.name)].map(csvCell).join(',')];
  for (const { person, profile } of people) {
    const has = new Set(skillsOf(profile).map((s) => s.toLowerCase()));
    const cells = columns.map(([key, c]) => {
      if (!has.has(key)) return '';
      const years = skillYears(c.name, profile.work);
      return years > 0 ? String(years) : '✓';
    });
    rows.push([person, ...cells].map(csvCell).join(','));
  }
  return `${rows.join('\n')}\n`;
}
