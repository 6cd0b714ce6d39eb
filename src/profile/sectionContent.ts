/**
 * A section's kind from what its lines hold, for a section whose heading the lists do not know
 * ("Where I've worked", "Workbench", "Stations", "Percurso", an emoji, the person's field): dated
 * entries with title words are experience, dated entries with degree and school words education,
 * short listed items skills, human-language names languages. A heading the lists know always
 * wins; this reads only what no heading names.
 */
import { findDates } from '../text/dates.js';
import { namesDegree, namesSchool } from './education.js';
import { gapRow, listItems } from './labels.js';
import { readLanguage } from './languages.js';
import { isBullet } from './lines.js';
import { itemsOnlyLine } from './markupItems.js';
import { roleScore } from './roleWords.js';
import { headingKind, type Section } from './sections.js';
import { labelled } from './skills.js';
import type { ProfileLine } from './types.js';
import { foldedWords, TITLE_WORDS, type SectionKind } from './wordLists.js';

/**
 * Publications, talks, awards, references and volunteering look like dated entries too: their own
 * words keep them out of experience whatever their heading.
 */
const NOT_ROLES = new RegExp(
  String.raw`(?<!\p{L})(?:et al|proceedings|journal|conference|pp\.|vol\.|doi|isbn|award|prize|winner|scholarship|` +
    String.raw`preis|prix|premio|pr[eé]mio|upon request|auf anfrage|sur demande|volunteer|freiwillig|` +
    String.raw`b[eé]n[eé]vole|voluntari[oa])(?!\p{L})`,
  'iu',
);

/** "Python", "CI/CD", "Node.js", "Machine Learning": a short item, not a sentence. */
const skillLike = (item: string) => item.split(/\s+/).length <= 4 && !/[.!?]$/.test(item) && !/\d{4}/.test(item);

/** A section's texts with words, and each line's list items (a category label before a colon goes). */
function itemsOf(lines: readonly ProfileLine[]): { texts: ProfileLine[]; items: string[][] } {
  const texts = lines.filter((l) => /[\p{L}\p{N}]/u.test(l.text));
  return { texts, items: texts.map((l) => listItems(labelled(gapRow(l)).rest)) };
}

function languagesByContent(items: readonly string[][]): boolean {
  const all = items.flat();
  const spoken = all.filter((item) => readLanguage(item) !== undefined).length;
  return spoken >= 2 && spoken >= all.length * 0.6;
}

/** "Github: @kura", "Web: kura.gg": a list of links or handles is contact details, not skills. */
const LINKS = /@|https?:|www\.|\]\(|\.(?:com|org|net|io|gg|dev|me)\b/iu;

function skillsByContent(texts: readonly ProfileLine[], items: readonly string[][]): boolean {
  // A row of linked icons or badges links each item to its project: a list of skills, not of contacts.
  if (texts.some((l) => LINKS.test(l.raw) && itemsOnlyLine(l.raw) === undefined)) return false;
  const listed = items.filter(
    (line, i) => (line.length >= 2 || isBullet(texts[i]!.raw)) && line.length > 0 && line.every(skillLike),
  );
  const all = items.flat();
  return all.length >= 4 && listed.length >= texts.length * 0.7 && texts.every((l) => findDates(l.text).length === 0);
}

/** Dated entries: work when their heads hold title words, education when degree and school words. */
function entriesByContent(texts: readonly ProfileLine[]): SectionKind | undefined {
  if (texts.some((l) => NOT_ROLES.test(l.text))) return undefined;
  const ranges = texts.filter((l) => findDates(l.text).some((d) => d.end !== undefined || d.open)).length;
  if (ranges === 0) return undefined;
  const heads = texts.filter((l) => !isBullet(l.raw) && l.text.split(/\s+/).length <= 14);
  const degrees = heads.filter((l) => namesDegree(l.text)).length;
  const schools = heads.filter((l) => namesSchool(l.text)).length;
  const titles = heads.filter((l) => roleScore(l.text, TITLE_WORDS) > 0).length;
  if (degrees > 0 && schools > 0 && degrees >= titles) return 'education';
  // At least one title for every two ranges: one title word in a list of dated items is not a role list.
  return titles > 0 && titles * 2 >= ranges ? 'work' : undefined;
}

/**
 * "Akademischer Werdegang", "Parcours", "Trayectoria": a heading the lists give to experience that
 * some CVs put over their studies. Its entries are schools when every heading line names a degree
 * or a school, at least two name each, and none names a role.
 */
function schoolsOnly(lines: readonly ProfileLine[]): boolean {
  // Most experience sections name a degree on no line or one: the first count ends them cheaply.
  const words = lines.filter((l) => /\p{L}{3}/u.test(l.text) && !isBullet(l.raw) && l.text.split(/\s+/).length <= 14);
  const degrees = words.filter((l) => namesDegree(l.text));
  if (degrees.length < 2 || degrees.length * 2 < words.length * 0.8) return false;
  const schools = words.filter((l) => namesSchool(l.text)).length;
  const either = words.filter((l) => namesDegree(l.text) || namesSchool(l.text)).length;
  if (schools < 2 || either * 10 < words.length * 8) return false;
  return (
    !words.some((l) => roleScore(l.text, TITLE_WORDS) > 0) &&
    lines.some((l) => !isBullet(l.raw) && findDates(l.text).length > 0)
  );
}

/** The kind a section's lines hold, or undefined when they hold no one kind. */
export function contentKind(lines: readonly ProfileLine[]): SectionKind | undefined {
  const { texts, items } = itemsOf(lines);
  if (texts.length === 0) return undefined;
  if (languagesByContent(items)) return 'languages';
  if (skillsByContent(texts, items)) return 'skills';
  return entriesByContent(texts);
}

/** A section's lines cut at each blank line (a skip in the line numbers where passages leave them out). */
function blocksOf(lines: readonly ProfileLine[]): ProfileLine[][] {
  const blocks: ProfileLine[][] = [[]];
  for (const [i, line] of lines.entries()) {
    const gap = !line.text || (i > 0 && lines[i - 1]!.line < line.line - 1);
    if (gap && blocks.at(-1)!.length > 0) blocks.push([]);
    if (line.text) blocks.at(-1)!.push(line);
  }
  return blocks.filter((b) => b.length > 0);
}

/**
 * A CV with no heading at all: its head's blocks read one by one, each run of blocks of one kind a
 * section. Prose is never read so: only blocks of short lines, as entries and lists are written.
 */
function headlessSections(top: Section): Section[] {
  const out: Section[] = [{ kind: 'top', lines: [] }];
  for (const block of blocksOf(top.lines)) {
    const short = block.every((l) => isBullet(l.raw) || l.text.split(/\s+/).length <= 14);
    const kind = short ? contentKind(block) : undefined;
    const last = out.at(-1)!;
    if (kind && kind !== last.kind) out.push({ kind, lines: [...block] });
    else out[out.length - 1] = { ...last, lines: [...last.lines, ...block] };
  }
  return out.every((s) => s.kind === 'top') ? [top] : out;
}

/**
 * "RESEARCH GRANTS AND FELLOWSHIPS", "CONFERENCE PRESENTATIONS" in capitals after the schools: a line
 * that only might be a heading, whose words name a section read as no kind, ends an education section;
 * its grants and talks at universities are no schools. A school's own name in capitals ("INSTITUTE
 * FOR ADVANCED RESEARCH") names a school and heads an entry of it.
 */
function endsSchools(section: Section, previous: Section, namesOther: boolean): boolean {
  const heading = section.heading?.text ?? '';
  return namesOther && previous.kind === 'education' && !namesSchool(heading) && !namesDegree(heading);
}

/**
 * Sections under headings no list knows, read by their content. A tentative one (a line that only
 * might be a heading) that holds no one kind, or the kind of the section before it, goes back into
 * that section, as if never cut.
 */
export function sectionsByContent(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  // Whether a work section under a heading the lists know came before.
  let namedWork = false;
  for (const section of sections) {
    if (!section.unnamed) {
      namedWork ||= section.kind === 'work';
      out.push(section.kind === 'work' && schoolsOnly(section.lines) ? { ...section, kind: 'education' } : section);
      continue;
    }
    // "Outside Interests", "Selected Talks": a word of the heading names a section read as no kind.
    const namesOther = foldedWords(section.heading?.text ?? '').some((w) => headingKind(w) === 'other');
    const read = namesOther ? undefined : contentKind(section.lines);
    // "## Beyond the office", "## Vrijwilligerswerk" after the roles of a named "Experience": a CV
    // that heads its roles so heads every role so; dated posts under a heading it names otherwise
    // (mentoring, clubs, memberships) are no jobs. A line that only might be a heading is left to
    // rejoin the roles ("ACME GMBH" in capitals heads one of them).
    const kind = read === 'work' && !section.tentative && namedWork ? undefined : read;
    const previous = out.at(-1);
    // "ACME GMBH" in capitals inside an experience section heads an entry of it, not a section.
    if (
      section.tentative &&
      previous &&
      (!kind || kind === previous.kind) &&
      !endsSchools(section, previous, namesOther)
    ) {
      const heading = section.heading ? [section.heading] : [];
      out[out.length - 1] = { ...previous, lines: [...previous.lines, ...heading, ...section.lines] };
      continue;
    }
    const { unnamed: _u, tentative: _t, ...rest } = section;
    out.push({ ...rest, kind: kind ?? section.kind });
  }
  return out.length === 1 && out[0]!.kind === 'top' ? headlessSections(out[0]!) : out;
}
