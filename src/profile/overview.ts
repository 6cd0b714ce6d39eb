/**
 * A profile as the lines a person reads first, in the order a recruiter looks: what they do now
 * (title and employer), their roles with dates, schools, languages and main skills. Each line keeps
 * the line range it was read from, so the CLI and the bot can cite it. Pure: the front ends format.
 */
import type { LineRange, Profile, WorkEntry } from './types.js';

export type OverviewLabel = 'Now' | 'Latest' | 'Role' | 'Education' | 'Language' | 'Skills';

export interface OverviewLine {
  readonly label: OverviewLabel;
  readonly text: string;
  readonly lines: LineRange;
}

/** How many of each a front end shows by default: enough to know the person, short enough for one screen. */
export const OVERVIEW_LIMITS = { roles: 6, education: 4, languages: 6, skills: 4, keywords: 8 } as const;

/** "2019-03 – present", "2015 – 2018", "2012", or nothing when the CV gives no date. */
export function dateRange(startDate?: string, endDate?: string, open = false): string {
  if (!startDate) return endDate ?? '';
  if (endDate) return endDate === startDate ? startDate : `${startDate} – ${endDate}`;
  return open ? `${startDate} – present` : startDate;
}

/** "Senior Engineer at Acme", "Senior Engineer", "Acme". */
function titleAtEmployer(role: WorkEntry): string {
  if (role.position && role.name) return `${role.position} at ${role.name}`;
  return role.position ?? role.name ?? '';
}

/** A role is open when it has a start date and no end date (JSON Resume's way of saying "present"). */
const isOpen = (role: WorkEntry) => role.startDate !== undefined && role.endDate === undefined;

/** Sorts ISO partial dates as text: "2019" < "2019-03" < "2020". */
const latestFirst = (a: string | undefined, b: string | undefined) => (b ?? '').localeCompare(a ?? '');

/**
 * The role a person holds now: the open one that started last. With none open, the one that ended
 * (or started) last, labelled "Latest" so nobody reads a past job as a present one.
 */
export function currentRole(work: readonly WorkEntry[]): { role: WorkEntry; label: 'Now' | 'Latest' } | undefined {
  const named = work.filter((role) => titleAtEmployer(role) !== '');
  const open = named.filter(isOpen).sort((a, b) => latestFirst(a.startDate, b.startDate));
  if (open[0]) return { role: open[0], label: 'Now' };
  const lastDate = (role: WorkEntry) => role.endDate ?? role.startDate;
  const dated = named.filter(lastDate).sort((a, b) => latestFirst(lastDate(a), lastDate(b)));
  const latest = dated[0] ?? named[0];
  return latest ? { role: latest, label: 'Latest' } : undefined;
}

function roleLine(role: WorkEntry): string {
  const what = [role.position, role.name].filter(Boolean).join(' — ');
  const when = dateRange(role.startDate, role.endDate, true);
  return when ? `${what} (${when})` : what;
}

export function overviewOf(profile: Profile): OverviewLine[] {
  const lines: OverviewLine[] = [];
  const current = currentRole(profile.work);
  if (current) lines.push({ label: current.label, text: titleAtEmployer(current.role), lines: current.role.lines });
  for (const role of profile.work.slice(0, OVERVIEW_LIMITS.roles)) {
    const text = roleLine(role);
    if (text) lines.push({ label: 'Role', text, lines: role.lines });
  }
  for (const school of profile.education.slice(0, OVERVIEW_LIMITS.education)) {
    const degree = [school.studyType, school.area].filter(Boolean).join(', ');
    const what = [degree, school.institution].filter(Boolean).join(' — ');
    const when = dateRange(school.startDate, school.endDate);
    if (what) lines.push({ label: 'Education', text: when ? `${what} (${when})` : what, lines: school.lines });
  }
  for (const language of profile.languages.slice(0, OVERVIEW_LIMITS.languages)) {
    const text = language.fluency ? `${language.language} (${language.fluency})` : language.language;
    lines.push({ label: 'Language', text, lines: language.lines });
  }
  for (const skill of profile.skills.slice(0, OVERVIEW_LIMITS.skills)) {
    const keywords = skill.keywords.slice(0, OVERVIEW_LIMITS.keywords);
    const more = skill.keywords.length > keywords.length ? ', …' : '';
    const list = keywords.join(', ') + more;
    const text = list && list !== skill.name ? (skill.name ? `${skill.name}: ${list}` : list) : skill.name;
    if (text) lines.push({ label: 'Skills', text, lines: skill.lines });
  }
  return lines;
}

/** "L12" or "L12-L14": the form the CLI prints after a source path. */
export function lineRangeLabel([first, last]: LineRange): string {
  return first === last ? `L${first}` : `L${first}-L${last}`;
}
