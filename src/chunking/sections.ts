/**
 * Sections of a document: the blocks walked with the heading stack, each change of section path
 * starting a new section. Headings open sections (a deeper heading nests, a same-or-higher one
 * pops); a wholly emphasised line (`*More recently in this role:*`), a role written as plain lines
 * or a one-cell table header adds a deepest level for what follows it. Passages never cross a
 * section boundary.
 */
import { type Block, parseBlocks } from './blocks.js';
import { FRONT_MATTER_SECTION } from './passage.js';
import { isMajorSection, isPlainSectionTitle, isSkillsSection } from './plainStructure.js';
import { isLeadIn, itemUnit, leaf, proseUnit, type Section } from './units.js';

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;

export function buildSections(lines: readonly string[]): Section[] {
  return new SectionBuilder(lines).build();
}

class SectionBuilder {
  private readonly sections: Section[] = [];
  /** `role`: the heading names a role (dates were found under it), so a plain role after it is its sibling. */
  private readonly headings: { level: number; title: string; role?: boolean }[] = [];
  private label: string | undefined;
  /** The label is a role header, not an emphasised line: the next role replaces it, never extends it. */
  private labelIsRole = false;
  private current: Section | undefined;

  constructor(private readonly lines: readonly string[]) {}

  build(): Section[] {
    const blocks = parseBlocks(this.lines);
    blocks.forEach((block, index) => this.add(block, blocks[index + 1]));
    return this.sections.filter((s) => s.units.length > 0);
  }

  private headingPath(): string[] {
    return this.headings.map((h) => h.title).filter((title) => title !== '');
  }

  private open(path: readonly string[]): Section {
    this.current = { path, units: [] };
    this.sections.push(this.current);
    return this.current;
  }

  private section(): Section {
    return (
      this.current ?? this.open(this.label === undefined ? this.headingPath() : [...this.headingPath(), this.label])
    );
  }

  /**
   * Opens the section for `path`, bringing along the heading lines of the section before when it
   * has nothing else and `path` is nested inside it: "# Jane Doe" / "## Experience" / "### Acme"
   * become the opening lines of Acme's first passage, so no heading line is left out of every passage.
   */
  private openBelow(path: readonly string[]): Section {
    const previous = this.sections.at(-1);
    const nested =
      previous !== undefined &&
      previous.path.length < path.length &&
      previous.path.every((title, i) => title === path[i]);
    const bodiless = previous !== undefined && previous.units.length > 0 && previous.units.every((unit) => unit.label);
    const carried = nested && bodiless && previous.path[0] !== FRONT_MATTER_SECTION ? previous.units.splice(0) : [];
    const opened = this.open(path);
    opened.units.push(...carried);
    return opened;
  }

  private add(block: Block, next: Block | undefined): void {
    const lines = this.lines;
    switch (block.kind) {
      case 'frontMatter':
        // Kept whole (it names the person's title) unless it cannot fit the model at all.
        this.open([FRONT_MATTER_SECTION]).units.push({ ...proseUnit(block.start, block.end, lines), limit: 'max' });
        this.current = undefined;
        return;
      case 'heading':
        this.addHeading(block);
        return;
      case 'label':
        this.label = block.title;
        this.labelIsRole = false;
        this.openBelow([...this.headingPath(), this.label]).units.push(
          leaf(block.start, block.end, { keepWithNext: true, label: true }),
        );
        return;
      case 'role':
        this.addRole(block);
        return;
      case 'rule':
        // A rule ends a label's reach; the heading path carries on.
        if (this.label !== undefined) {
          this.label = undefined;
          this.current = undefined;
        }
        return;
      case 'shortcode':
        // Not content: included only when it falls between content lines of one passage.
        return;
      case 'paragraph':
        this.section().units.push(proseUnit(block.start, block.end, lines, isLeadIn(block, next, lines)));
        return;
      case 'code':
        this.section().units.push(proseUnit(block.start, block.end, lines));
        return;
      case 'definition':
      case 'listItem':
        this.section().units.push(itemUnit(block, lines));
        return;
      case 'table':
        this.addTable(block);
        return;
    }
  }

  private addHeading(block: BlockOf<'heading'>): void {
    let level = block.level;
    // A top-level section under another one is a sibling whose heading came out smaller (a PDF's
    // font sizes, a CV mixing # and ##): "Projects › Education" is never meant.
    const parent = this.headings.filter((h) => h.level < level).at(-1);
    if (parent) {
      const parentTop = isMajorSection(parent.title);
      const sibling = isMajorSection(block.title)
        ? parentTop || isSkillsSection(parent.title)
        : isSkillsSection(block.title) && parentTop;
      if (sibling) level = parent.level;
    }
    while (this.headings.length > 0 && this.headings[this.headings.length - 1]!.level >= level) this.headings.pop();
    this.headings.push({ level, title: block.title });
    this.label = undefined;
    this.openBelow(this.headingPath()).units.push(leaf(block.start, block.end, { keepWithNext: true, label: true }));
  }

  private addRole(block: BlockOf<'role'>): void {
    const unit = leaf(block.start, block.end, { keepWithNext: true, label: true });
    const current = this.current;
    const justOpened =
      current !== undefined &&
      current === this.sections.at(-1) &&
      current.units.length > 0 &&
      current.units.every((u) => u.label);
    // Under a section title ("Work Experience") a role is a level of its own; under a label or
    // an employer heading ("### Acme") it completes that title.
    const deepest = this.headings.at(-1);
    const ownsTitle =
      this.label !== undefined
        ? !this.labelIsRole
        : deepest !== undefined && !deepest.role && !isPlainSectionTitle(deepest.title);
    if (justOpened && current!.path[0] !== FRONT_MATTER_SECTION && ownsTitle) {
      // Dates (and employer lines) right under a heading or label belong to its title, so every
      // passage of the role carries them: "Acme – Engineer · 2019 – Present".
      if (this.label !== undefined) {
        this.label = `${this.label} · ${block.title}`;
        this.labelIsRole = true;
      } else {
        deepest!.title = `${deepest!.title} · ${block.title}`;
        deepest!.role = true;
      }
      const carried = current!.units.splice(0);
      this.open(this.label === undefined ? this.headingPath() : [...this.headingPath(), this.label]).units.push(
        ...carried,
        unit,
      );
      return;
    }
    // A role after other content is the deepest level of the path until the next heading or role;
    // after a heading that itself names a role, it is that role's sibling, not its child.
    this.label = block.title;
    this.labelIsRole = true;
    const parents = deepest?.role ? this.headingPath().slice(0, -1) : this.headingPath();
    this.openBelow([...parents, this.label]).units.push(unit);
  }

  private addTable(block: BlockOf<'table'>): void {
    const outer = this.section();
    // A captioned table ("| Previous Relevant Employment |") is a section of its own under the
    // top-level heading, not part of whatever role happens to precede it.
    const target = block.caption === undefined ? outer : this.openBelow([...outer.path.slice(0, 1), block.caption]);
    let row = block.start;
    if (block.headerEnd !== undefined) {
      target.units.push(leaf(block.start, block.headerEnd, { keepWithNext: true, label: true }));
      row = block.headerEnd + 1;
    }
    for (; row <= block.end; row++) target.units.push(leaf(row, row));
    // After a captioned table, what follows belongs to the surrounding section again.
    if (target !== outer) this.current = undefined;
  }
}
