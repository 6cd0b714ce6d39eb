/**
 * Word and Google Docs features a CV saved as .docx carries beyond its layout, written as WordprocessingML
 * by hand (no word processor needed, so CI builds the same files): the name and contact details in
 * the page header (a first-page header, `w:titlePg`) and footer; a sidebar in a text box (`wps` with
 * its VML fallback, or `wps` alone); content controls (`w:sdt`) around every field, in table cells
 * and around rows, with an unfilled template placeholder; merged and nested table cells; right tab
 * stops and alignment tabs (`w:ptab`); line breaks, soft and non-breaking hyphens, symbol bullets;
 * fields (`w:fldSimple`, a `HYPERLINK` field's display text), smart tags; tracked changes and
 * comments; lists and headings by style (localised style ids) or by direct formatting; Google Docs'
 * export (a style on every run, words split over runs, zero-width characters, bookmarks).
 *
 * Each class is written for one invented person (syntheticPeople.ts) in each of five languages, with
 * the profile it states (`gold`), the text it must not show (deleted text, comments, placeholders)
 * and the text it must show exactly once (a text box's lines, written twice in the file).
 */
import { makeZip } from '../../scripts/synthetic/docxFixture.js';
import type { Gold } from '../fixtures/office/officeCvs.js';
import { docxDates } from './syntheticDocx.js';
import { HEADINGS, type Lang, languageIn, type Person, person, type Role, type School } from './syntheticCvs.js';

export const WORD_LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'pt'];

export interface WordCv {
  readonly className: string;
  readonly lang: Lang;
  readonly file: string;
  readonly docx: Buffer;
  readonly gold: Gold;
  /** Text the reader must not show: deleted text, a comment, a template's unfilled placeholder. */
  readonly absent: readonly string[];
  /** Text the reader must show exactly once (a text box is written twice: drawing and VML fallback). */
  readonly once: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// WordprocessingML pieces

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const quote = (text: string) => esc(text).replace(/"/g, '&quot;');

/** A run: its text, with run properties (`<w:b/>`…) when given. */
export const r = (text: string, rPr = '') =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const bold = (text: string) => r(text, '<w:b/>');
const italic = (text: string) => r(text, '<w:i/>');
/** A paragraph of run XML, with paragraph properties when given. */
export const p = (runs: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const styled = (text: string, style: string) => p(r(text), `<w:pStyle w:val="${style}"/>`);
const plain = (text: string) => p(r(text));
const RIGHT_TAB = '<w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs>';
const tab = '<w:r><w:tab/></w:r>';
/** An alignment tab: the text after it flush right of the margin, whatever the tab stops. */
const ptab = (alignment = 'right') =>
  `<w:r><w:ptab w:relativeTo="margin" w:alignment="${alignment}" w:leader="none"/></w:r>`;
const br = '<w:r><w:br/></w:r>';
const cr = '<w:r><w:cr/></w:r>';
const bulletPr = (numId = 1) =>
  `<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
const bullet = (text: string, numId = 1) => p(r(text), bulletPr(numId));

/** A block, row, cell or run content control, as Word templates and Google Docs' forms write them. */
let sdtId = 100;
const sdt = (content: string, tag = 'field', placeholder = false) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/><w:id w:val="${sdtId++}"/>${
    placeholder ? '<w:showingPlcHdr/>' : ''
  }<w:text/></w:sdtPr><w:sdtEndPr/><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

/** A table cell holding block XML; `span` merges it across columns, `merge` down rows. */
interface Cell {
  readonly xml: string;
  readonly span?: number;
  readonly merge?: 'restart' | 'continue';
  readonly width?: number;
}
const tc = ({ xml, span, merge, width = 2400 }: Cell) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span ? `<w:gridSpan w:val="${span}"/>` : ''}${
    merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''
  }</w:tcPr>${xml || '<w:p/>'}</w:tc>`;
const tr = (cells: readonly (Cell | string)[]) =>
  `<w:tr>${cells.map((c) => (typeof c === 'string' ? c : tc(c))).join('')}</w:tr>`;
const tbl = (rows: readonly string[], grid: readonly number[]) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${grid
    .map((w) => `<w:gridCol w:w="${w}"/>`)
    .join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;

/**
 * A floating text box holding `blocks`: `both` as Word writes it (the drawing, and a VML fallback
 * holding the same text), `drawing` as a drawing alone (what some generators write), `vml` the old
 * VML shape alone.
 */
export function textBox(blocks: string, form: 'both' | 'drawing' | 'vml' = 'both', anchorText = ''): string {
  const content = `<w:txbxContent>${blocks}</w:txbxContent>`;
  const drawing = `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>228600</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>228600</wp:posOffset></wp:positionV><wp:extent cx="2057400" cy="9601200"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="${sdtId++}" name="Text Box 2"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2057400" cy="9601200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const vml = `<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:18pt;margin-top:18pt;width:162pt;height:756pt;z-index:251659264;mso-position-horizontal-relative:page;mso-position-vertical-relative:page" stroked="f"><v:textbox>${content}</v:textbox></v:shape></w:pict>`;
  const run =
    form === 'both'
      ? `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`
      : form === 'drawing'
        ? `<w:r>${drawing}</w:r>`
        : `<w:r>${vml}</w:r>`;
  return p(`${anchorText ? r(anchorText) : ''}${run}`);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NAMESPACES = [
  `xmlns:w="${W}"`,
  `xmlns:r="${REL}"`,
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"',
  'mc:Ignorable="w14 w15 wps"',
].join(' ');

/** A paragraph style: its id (Word localises it: `berschrift1`, `Titre1`), its name, and what it looks like. */
export interface StyleDef {
  readonly id: string;
  readonly name: string;
  readonly rPr?: string;
  readonly pPr?: string;
}

const DEFAULT_STYLES: readonly StyleDef[] = [
  { id: 'Normal', name: 'Normal' },
  { id: 'Title', name: 'Title', rPr: '<w:sz w:val="56"/>' },
  { id: 'Subtitle', name: 'Subtitle' },
  { id: 'Heading1', name: 'heading 1', rPr: '<w:b/><w:sz w:val="32"/>', pPr: '<w:outlineLvl w:val="0"/>' },
  { id: 'Heading2', name: 'heading 2', rPr: '<w:b/><w:sz w:val="26"/>', pPr: '<w:outlineLvl w:val="1"/>' },
  { id: 'ListParagraph', name: 'List Paragraph', pPr: '<w:ind w:left="720"/>' },
];

function stylesXml(styles: readonly StyleDef[]): string {
  const style = (s: StyleDef) =>
    `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${quote(s.name)}"/>${
      s.id === 'Normal' ? '' : '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
    }${s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : ''}${s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : ''}</w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>${styles
    .map(style)
    .join('')}<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>`;
}

/** Bullets (1: "•" in Symbol, 2: "●" as Google Docs writes it) and a numbered list (3). */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

/** A header or footer part: `first` shows on page 1 only when the section sets `w:titlePg`. */
export interface PagePart {
  readonly kind: 'header' | 'footer';
  readonly type: 'default' | 'first' | 'even';
  readonly xml: string;
}

export interface WordDoc {
  readonly body: string;
  readonly parts?: readonly PagePart[];
  readonly styles?: readonly StyleDef[];
  /** Comment texts, by id (`w:commentReference w:id`). */
  readonly comments?: readonly string[];
  /** External links, by relationship id. */
  readonly links?: Readonly<Record<string, string>>;
  /** The glossary's building blocks (name and text): the placeholders content controls show. */
  readonly glossary?: readonly (readonly [string, string])[];
}

/** The .docx of `doc`: a zip of the parts Word writes, stored without compression. */
export function makeWordDocx(doc: WordDoc): Buffer {
  const parts = doc.parts ?? [];
  const rels = [
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`,
    `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>`,
    ...parts.map(
      (part, i) => `<Relationship Id="rIdPart${i}" Type="${REL}/${part.kind}" Target="${part.kind}${i + 1}.xml"/>`,
    ),
    ...(doc.comments ? [`<Relationship Id="rIdComments" Type="${REL}/comments" Target="comments.xml"/>`] : []),
    ...(doc.glossary
      ? [`<Relationship Id="rIdGlossary" Type="${REL}/glossaryDocument" Target="glossary/document.xml"/>`]
      : []),
    ...Object.entries(doc.links ?? {}).map(
      ([id, target]) =>
        `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${quote(target)}" TargetMode="External"/>`,
    ),
  ].join('');
  const titlePg = parts.some((part) => part.type === 'first') ? '<w:titlePg/>' : '';
  const sectPr = `<w:sectPr>${parts
    .map((part, i) => `<w:${part.kind}Reference w:type="${part.type}" r:id="rIdPart${i}"/>`)
    .join(
      '',
    )}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>${titlePg}</w:sectPr>`;
  const overrides = [
    ['/word/document.xml', 'document.main'],
    ['/word/styles.xml', 'styles'],
    ['/word/numbering.xml', 'numbering'],
    ['/word/settings.xml', 'settings'],
    ...parts.map((part, i) => [`/word/${part.kind}${i + 1}.xml`, part.kind]),
    ...(doc.comments ? [['/word/comments.xml', 'comments']] : []),
    ...(doc.glossary ? [['/word/glossary/document.xml', 'document.glossary']] : []),
  ]
    .map(
      ([name, type]) =>
        `<Override PartName="${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type}+xml"/>`,
    )
    .join('');
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  return makeZip({
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
    '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    'word/document.xml': `${xml}<w:document ${NAMESPACES}><w:body>${doc.body}${sectPr}</w:body></w:document>`,
    'word/styles.xml': stylesXml(doc.styles ?? DEFAULT_STYLES),
    'word/numbering.xml': NUMBERING,
    'word/settings.xml': `${xml}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="708"/></w:settings>`,
    ...Object.fromEntries(
      parts.map((part, i) => {
        const root = part.kind === 'header' ? 'w:hdr' : 'w:ftr';
        return [`word/${part.kind}${i + 1}.xml`, `${xml}<${root} ${NAMESPACES}>${part.xml}</${root}>`];
      }),
    ),
    ...(doc.glossary
      ? {
          'word/glossary/document.xml': `${xml}<w:glossaryDocument ${NAMESPACES}><w:docParts>${doc.glossary
            .map(
              ([name, text], i) =>
                `<w:docPart><w:docPartPr><w:name w:val="${name}"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category><w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{00000000-0000-0000-0000-00000000000${i}}"/></w:docPartPr><w:docPartBody><w:p>${r(text, '<w:rStyle w:val="PlaceholderText"/>')}</w:p></w:docPartBody></w:docPart>`,
            )
            .join('')}</w:docParts></w:glossaryDocument>`,
        }
      : {}),
    ...(doc.comments
      ? {
          'word/comments.xml': `${xml}<w:comments xmlns:w="${W}">${doc.comments
            .map(
              (text, id) =>
                `<w:comment w:id="${id}" w:author="Reviewer" w:date="2024-03-01T10:00:00Z" w:initials="R"><w:p>${r(text)}</w:p></w:comment>`,
            )
            .join('')}</w:comments>`,
        }
      : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// What each CV states

const goldOf = (pe: Person, lang: Lang, k: number): Gold => ({
  name: pe.name,
  email: pe.email,
  phone: pe.phone,
  work: pe.roles.map((role) => {
    const w = docxDates(role, lang, k);
    return { employer: role.employer, title: role.title, start: w.start!, ...(w.end ? { end: w.end } : {}) };
  }),
  education: pe.schools.map((s) => ({
    institution: s.institution,
    degree: s.degree,
    start: String(s.start.year),
    end: String(s.end.year),
  })),
  skills: pe.skills,
  languages: pe.languages.map((l) => l.language),
});

const dates = (role: Role, lang: Lang, k: number) => docxDates(role, lang, k).text;
const years = (s: School) => `${s.start.year} – ${s.end.year}`;
const spoken = (pe: Person, lang: Lang) => pe.languages.map((l) => `${languageIn(lang, l.language)} (${l.level})`);
const h1 = (text: string) => styled(text, 'Heading1');
const place = (role: Role) => (role.city === 'Remote' ? 'Graz' : role.city);

/** Localised words a class needs beyond the section headings. */
const WORDS: Record<Lang, { page: string; of: string; contact: string; profile: string; placeholder: string[] }> = {
  en: {
    page: 'Page',
    of: 'of',
    contact: 'Contact',
    profile: 'Profile',
    placeholder: ['[Job Title]', '[Company]', '[Dates From] – [To]'],
  },
  de: {
    page: 'Seite',
    of: 'von',
    contact: 'Kontakt',
    profile: 'Profil',
    placeholder: ['[Position]', '[Unternehmen]', '[Von] – [Bis]'],
  },
  fr: {
    page: 'Page',
    of: 'sur',
    contact: 'Contact',
    profile: 'Profil',
    placeholder: ['[Poste]', '[Entreprise]', '[Date de début] – [Fin]'],
  },
  es: {
    page: 'Página',
    of: 'de',
    contact: 'Contacto',
    profile: 'Perfil',
    placeholder: ['[Puesto]', '[Empresa]', '[Desde] – [Hasta]'],
  },
  pt: {
    page: 'Página',
    of: 'de',
    contact: 'Contacto',
    profile: 'Perfil',
    placeholder: ['[Cargo]', '[Empresa]', '[De] – [Até]'],
  },
};

/** Word's prompt in an empty content control, as its glossary holds it. */
const PROMPT: Record<Lang, string> = {
  en: 'Click or tap here to enter text.',
  de: 'Klicken oder tippen Sie hier, um Text einzugeben.',
  fr: 'Cliquez ou appuyez ici pour entrer du texte.',
  es: 'Haga clic o pulse aquí para escribir texto.',
  pt: 'Clique ou toque aqui para introduzir texto.',
};

/** The education, skills and languages sections in plain Word paragraphs. */
function restBody(pe: Person, lang: Lang, heading = h1): string {
  return [
    heading(HEADINGS[lang].education),
    ...pe.schools.map((s) => p(bold(s.degree) + tab + r(years(s)), RIGHT_TAB) + plain(s.institution)),
    heading(HEADINGS[lang].skills),
    plain(pe.skills.join(', ')),
    heading(HEADINGS[lang].languages),
    plain(spoken(pe, lang).join(', ')),
  ].join('');
}

/** A role as most Word templates set it: the title (bold) and dates at a right tab stop, the employer under it. */
const tabRole = (role: Role, lang: Lang, k: number) =>
  p(bold(role.title) + tab + r(dates(role, lang, k)), RIGHT_TAB) +
  p(italic(role.employer) + tab + r(place(role)), RIGHT_TAB) +
  bullet('Ran the weekly planning meeting and kept the release notes.');

const workBody = (pe: Person, lang: Lang, k: number, heading = h1) =>
  heading(HEADINGS[lang].work) + pe.roles.map((role) => tabRole(role, lang, k)).join('');

interface Made {
  readonly doc: WordDoc;
  readonly absent?: readonly string[];
  readonly once?: readonly string[];
}
type Maker = (pe: Person, lang: Lang, k: number) => Made;

// ---------------------------------------------------------------------------------------------
// The classes

/**
 * The name and contact details in the page header, none in the body: a first-page header (`w:titlePg`)
 * with the name, then e-mail and phone at an alignment tab (`w:ptab`); the default header (later
 * pages) repeats the name; the footer holds the phone or a page number field.
 */
const headerContact: Maker = (pe, lang, k) => {
  const first =
    k % 2
      ? styled(pe.name, 'Title') + p(r(pe.email) + ptab('center') + r(pe.phone) + ptab() + r(place(pe.roles[0]!)))
      : p(bold(pe.name.toUpperCase()) + ptab() + r(pe.email)) + p(r(place(pe.roles[0]!)) + ptab() + r(pe.phone));
  const footer =
    k % 2
      ? p(
          `${r(`${WORDS[lang].page} `)}<w:fldSimple w:instr=" PAGE   \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>${r(` ${WORDS[lang].of} 2`)}`,
        )
      : p(r(pe.email) + ptab('center') + r(pe.phone));
  return {
    doc: {
      body: workBody(pe, lang, k) + restBody(pe, lang),
      parts: [
        { kind: 'header', type: 'first', xml: first },
        { kind: 'header', type: 'default', xml: p(r(pe.name) + ptab() + r(pe.email)) },
        { kind: 'footer', type: 'default', xml: footer },
      ],
    },
  };
};

/**
 * A sidebar in a text box anchored to the first paragraph: contact, skills and languages. Written as
 * Word writes it (a drawing and its VML fallback, the same text twice in the file), as a drawing
 * alone, or as a VML shape alone.
 */
const sidebarBox: Maker = (pe, lang, k) => {
  const side = [
    h1(WORDS[lang].contact),
    plain(pe.email),
    plain(pe.phone),
    h1(HEADINGS[lang].skills),
    ...pe.skills.map((s) => bullet(s)),
    h1(HEADINGS[lang].languages),
    ...spoken(pe, lang).map(plain),
  ].join('');
  const form = (['both', 'drawing', 'both', 'vml', 'both'] as const)[k]!;
  const education = [
    h1(HEADINGS[lang].education),
    ...pe.schools.map((s) => p(bold(s.degree) + tab + r(years(s)), RIGHT_TAB) + plain(s.institution)),
  ].join('');
  return {
    doc: { body: textBox(side, form) + styled(pe.name, 'Title') + workBody(pe, lang, k) + education },
    once: [pe.email, ...pe.skills.slice(0, 2)],
  };
};

/**
 * A Word template's content controls: every field its own run-level control, each role a block
 * control (a repeating section), the schools a table whose cells and rows are controls, and a third
 * role left as the template's placeholder (`w:showingPlcHdr`), which says nothing about the person.
 */
const contentControls: Maker = (pe, lang, k) => {
  const field = (text: string, tag: string, rPr = '') =>
    sdt(`<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`, tag);
  const roles = pe.roles
    .map((role) =>
      sdt(
        p(field(role.title, 'Job Title', '<w:b/>') + r(' | ') + field(role.employer, 'Company'), RIGHT_TAB) +
          p(field(dates(role, lang, k), 'Dates')) +
          sdt(bullet('Wrote the quarterly capacity plan.'), 'Description'),
        'Experience',
      ),
    )
    .join('');
  // A template's prompts: bracketed ("[Company]"), or its glossary's "Click or tap here…" text.
  const [title, company, from] = k % 2 ? [PROMPT[lang], PROMPT[lang], PROMPT[lang]] : WORDS[lang].placeholder;
  const unfilled = sdt(
    p(
      sdt(r(title!, '<w:rStyle w:val="PlaceholderText"/>'), 'Job Title', true) +
        r(' | ') +
        sdt(r(company!), 'Company', true),
    ) + p(sdt(r(from!), 'Dates', true)),
    'Experience',
  );
  const schoolRows = pe.schools.map((s) =>
    k % 2
      ? sdt(
          tr([
            { xml: p(field(years(s), 'Years')) },
            { xml: p(field(s.degree, 'Degree', '<w:b/>')) + p(field(s.institution, 'School')) },
          ]),
          'Education',
        )
      : tr([
          sdt(tc({ xml: plain(years(s)) }), 'Years'),
          sdt(tc({ xml: plain(s.degree) + plain(s.institution) }), 'School'),
        ]),
  );
  const body = [
    sdt(styled(pe.name, 'Title'), 'Author'),
    p(field(pe.email, 'Email') + r(' · ') + field(pe.phone, 'Phone')),
    // A template's heading, kept as its placeholder shows it.
    p(sdt(r(HEADINGS[lang].work), 'Heading', true), '<w:pStyle w:val="Heading1"/>'),
    sdt(roles + unfilled, 'Experience list'),
    h1(HEADINGS[lang].education),
    tbl(schoolRows, [2400, 7200]),
    h1(HEADINGS[lang].skills),
    sdt(pe.skills.map((s) => bullet(s)).join(''), 'Skills'),
    h1(HEADINGS[lang].languages),
    // Typed over a placeholder in an editor that kept its flag (LibreOffice does): the person's text.
    p(sdt(r(spoken(pe, lang).join(', ')), 'Languages', true)),
  ].join('');
  const glossary: [string, string][] = [
    ['DefaultPlaceholder_-1854013440', PROMPT[lang]],
    ['8F3A0C2E1B7D4F6A9C5E2D1B0A3F7E6C', HEADINGS[lang].work],
  ];
  return { doc: { body, glossary }, absent: [title!, company!] };
};

/**
 * Tables as Word CVs build them: a layout table whose left column holds the dates and right column
 * the entry; a section's heading row spanning both columns (`w:gridSpan`); the dates merged down the
 * rows of the role (`w:vMerge`); a table nested in the entry's cell (title | place, employer under it).
 */
const mergedTables: Maker = (pe, lang, k) => {
  const span = (text: string) => tr([{ xml: h1(text), span: 2, width: 9600 }]);
  const rows = [span(HEADINGS[lang].work)];
  for (const role of pe.roles) {
    if (k % 2 === 0) {
      rows.push(
        tr([
          { xml: plain(dates(role, lang, k)), merge: 'restart' },
          { xml: p(bold(role.title)), width: 7200 },
        ]),
        tr([
          { xml: '', merge: 'continue' },
          { xml: plain(role.employer), width: 7200 },
        ]),
        tr([
          { xml: '', merge: 'continue' },
          { xml: bullet('Kept the supplier contracts in order.'), width: 7200 },
        ]),
      );
    } else {
      const nested = tbl(
        [tr([{ xml: p(bold(role.title)) }, { xml: p(r(place(role)), '<w:jc w:val="right"/>') }])],
        [4800, 2400],
      );
      rows.push(
        tr([
          { xml: plain(dates(role, lang, k)) },
          { xml: `${nested}${plain(role.employer)}${bullet('Kept the supplier contracts in order.')}`, width: 7200 },
        ]),
      );
    }
  }
  rows.push(span(HEADINGS[lang].education));
  for (const s of pe.schools)
    rows.push(tr([{ xml: plain(years(s)) }, { xml: p(bold(s.degree)) + plain(s.institution), width: 7200 }]));
  rows.push(
    tr([{ xml: p(bold(HEADINGS[lang].skills)) }, { xml: plain(pe.skills.join(', ')), width: 7200 }]),
    tr([{ xml: p(bold(HEADINGS[lang].languages)) }, { xml: plain(spoken(pe, lang).join(', ')), width: 7200 }]),
  );
  const body = styled(pe.name, 'Title') + plain(`${pe.email} | ${pe.phone}`) + tbl(rows, [2400, 7200]);
  return { doc: { body } };
};

/**
 * Fields flush right at an alignment tab (`w:ptab`, which needs no tab stop) or at a right tab stop
 * with a dotted leader: the title and its dates, the employer and its place, a school and its years.
 */
const alignmentTabs: Maker = (pe, lang, k) => {
  const gap = k % 2 ? ptab() : tab;
  const pPr = k % 2 ? '' : '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9638"/></w:tabs>';
  const roles = pe.roles
    .map(
      (role) =>
        p(bold(role.employer) + gap + r(place(role)), pPr) +
        p(italic(role.title) + gap + r(dates(role, lang, k)), pPr) +
        bullet('Moved the team to weekly releases.'),
    )
    .join('');
  const schools = pe.schools.map((s) => p(bold(s.institution) + gap + r(years(s)), pPr) + plain(s.degree)).join('');
  const body = [
    styled(pe.name, 'Title'),
    p(r(pe.email) + ptab() + r(pe.phone)),
    h1(HEADINGS[lang].work),
    roles,
    h1(HEADINGS[lang].education),
    schools,
    h1(HEADINGS[lang].skills),
    plain(pe.skills.join(', ')),
    h1(HEADINGS[lang].languages),
    plain(spoken(pe, lang).join(', ')),
  ].join('');
  return { doc: { body } };
};

/** A soft hyphen (`w:softHyphen`) inside the longest word of `text`, where Word's hyphenation would put one. */
function softHyphenated(text: string): string {
  const words = text.split(' ');
  const at = words.reduce((best, w, i) => (w.length > words[best]!.length ? i : best), 0);
  const word = words[at]!;
  if (word.length < 8) return r(text);
  const cut = Math.floor(word.length / 2);
  const before = [...words.slice(0, at), word.slice(0, cut)].join(' ');
  const after = [word.slice(cut), ...words.slice(at + 1)].join(' ');
  return `${r(before)}<w:r><w:softHyphen/></w:r>${r(after)}`;
}

/** A phone number whose spaces are non-breaking hyphens (`w:noBreakHyphen`), as typed to keep it on one line. */
const unbrokenPhone = (phone: string) =>
  phone
    .split(' ')
    .map((part) => r(part))
    .join('<w:r><w:noBreakHyphen/></w:r>');

/**
 * Marks inside a paragraph: title, employer and dates parted by a line break (`w:br`) or a carriage
 * return (`w:cr`); soft hyphens inside long words; a phone number held together by non-breaking
 * hyphens; duties and skills after a symbol-font bullet (`w:sym`) and a tab, as typed, not a list.
 */
const inlineMarks: Maker = (pe, lang, k) => {
  const sym =
    k % 2
      ? '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>'
      : '<w:r><w:sym w:font="Wingdings" w:char="F0A7"/></w:r>';
  const breakRun = k % 2 ? cr : br;
  const roles = pe.roles
    .map(
      (role) =>
        p(
          `<w:r><w:rPr><w:b/></w:rPr><w:t>${esc(role.title)}</w:t></w:r>${breakRun}${softHyphenated(role.employer)}${breakRun}${italic(dates(role, lang, k))}`,
        ) + p(sym + tab + r('Kept the build under ten minutes.')),
    )
    .join('');
  const schools = pe.schools
    .map((s) => p(`${bold(s.degree)}${breakRun}${softHyphenated(s.institution)}${breakRun}${r(years(s))}`))
    .join('');
  const skills = pe.skills.map((s) => p(sym + tab + r(s))).join('');
  const body = [
    styled(pe.name, 'Title'),
    p(r(`${pe.email} · `) + unbrokenPhone(pe.phone)),
    h1(HEADINGS[lang].work),
    roles,
    h1(HEADINGS[lang].education),
    schools,
    h1(HEADINGS[lang].skills),
    skills,
    h1(HEADINGS[lang].languages),
    plain(spoken(pe, lang).join(', ')),
  ].join('');
  return { doc: { body } };
};

/**
 * Fields and tags: the e-mail address a `HYPERLINK` field (simple, `w:fldSimple`, or complex,
 * `w:instrText` between `w:fldChar`s) or a hyperlink relationship, showing its display text; the
 * employer and city in smart tags and custom XML; a `DATE`-free page field in the footer.
 */
const fieldsAndTags: Maker = (pe, lang, k) => {
  const mail = `mailto:${pe.email}`;
  const email =
    k % 3 === 0
      ? `<w:fldSimple w:instr=" HYPERLINK &quot;${quote(mail)}&quot; "><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>${esc(pe.email)}</w:t></w:r></w:fldSimple>`
      : k % 3 === 1
        ? `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "${quote(mail)}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>${esc(pe.email)}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
        : `<w:hyperlink r:id="rIdMail" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>${esc(pe.email)}</w:t></w:r></w:hyperlink>`;
  const phone = `<w:fldSimple w:instr=" HYPERLINK &quot;tel:${quote(pe.phone.replace(/ /g, ''))}&quot; "><w:r><w:t>${esc(pe.phone)}</w:t></w:r></w:fldSimple>`;
  const tagged = (text: string, element: string) =>
    `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="${element}">${r(text)}</w:smartTag>`;
  const roles = pe.roles
    .map(
      (role) =>
        p(bold(role.title) + tab + r(dates(role, lang, k)), RIGHT_TAB) +
        p(
          (k % 2
            ? tagged(role.employer, 'PersonName')
            : `<w:customXml w:element="employer">${r(role.employer)}</w:customXml>`) +
            r(', ') +
            tagged(place(role), 'City'),
        ),
    )
    .join('');
  const schools = pe.schools
    .map(
      (s) =>
        p(
          `<w:fldSimple w:instr=" MERGEFIELD Degree "><w:r><w:rPr><w:b/></w:rPr><w:t>${esc(s.degree)}</w:t></w:r></w:fldSimple>${tab}${r(years(s))}`,
          RIGHT_TAB,
        ) + p(tagged(s.institution, 'place')),
    )
    .join('');
  const body = [
    styled(pe.name, 'Title'),
    p(email + r(' | ') + phone),
    h1(HEADINGS[lang].work),
    roles,
    h1(HEADINGS[lang].education),
    schools,
    h1(HEADINGS[lang].skills),
    p(
      pe.skills
        .map((s, i) => (i % 2 ? `<w:fldSimple w:instr=" QUOTE &quot;${quote(s)}&quot; ">${r(s)}</w:fldSimple>` : r(s)))
        .join(r(', ')),
    ),
    h1(HEADINGS[lang].languages),
    plain(spoken(pe, lang).join(', ')),
  ].join('');
  return { doc: { body, links: { rIdMail: mail } } };
};

/**
 * Tracked changes and comments left in: an inserted title (`w:ins`) counts; a deleted former title
 * and a whole deleted role (`w:del`, the paragraph mark deleted too) and a moved-from bullet do not;
 * comments on a role are not the CV's text.
 */
const revisions: Maker = (pe, lang, k) => {
  const stamp = 'w:author="Reviewer" w:date="2024-03-01T10:00:00Z"';
  let id = 1;
  const ins = (runs: string) => `<w:ins w:id="${id++}" ${stamp}>${runs}</w:ins>`;
  const del = (text: string) =>
    `<w:del w:id="${id++}" ${stamp}><w:r><w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`;
  const oldTitle = {
    en: 'Junior Clerk',
    de: 'Aushilfe Lager',
    fr: 'Stagiaire comptable',
    es: 'Becario de almacén',
    pt: 'Estagiário de armazém',
  }[lang];
  const oldEmployer = {
    en: 'Pellworth Stores',
    de: 'Brunnhagen Markt',
    fr: 'Boulangerie Ravel',
    es: 'Almacenes Truchas',
    pt: 'Mercearia Tavira',
  }[lang];
  const comment = {
    en: 'Check these dates',
    de: 'Daten prüfen',
    fr: 'Vérifier les dates',
    es: 'Revisar fechas',
    pt: 'Verificar datas',
  }[lang];
  const roles = pe.roles
    .map((role, i) => {
      const title = i === 0 ? del(`${oldTitle} `) + ins(bold(role.title)) : bold(role.title);
      const when =
        i === 0
          ? `<w:commentRangeStart w:id="0"/>${r(dates(role, lang, k))}<w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>`
          : r(dates(role, lang, k));
      const moved =
        i === 0
          ? `<w:p><w:pPr>${bulletPr()}<w:rPr><w:moveFrom w:id="${id++}" ${stamp}/></w:rPr></w:pPr><w:moveFrom w:id="${id++}" ${stamp}><w:r><w:t>${esc(oldEmployer)} – ${esc(oldTitle)}</w:t></w:r></w:moveFrom></w:p>`
          : '';
      return (
        p(title + tab + when, RIGHT_TAB) + p(italic(role.employer)) + moved + bullet('Planned the spring stocktake.')
      );
    })
    .join('');
  const deletedRole = [`${oldTitle}`, `${oldEmployer}`, '2009 – 2010']
    .map((text) => p(del(text), `<w:rPr><w:del w:id="${id++}" ${stamp}/></w:rPr>`))
    .join('');
  const body = [
    styled(pe.name, 'Title'),
    plain(`${pe.email} | ${pe.phone}`),
    h1(HEADINGS[lang].work),
    roles,
    deletedRole,
    restBody(pe, lang),
  ].join('');
  return { doc: { body, comments: [comment] }, absent: [oldTitle, oldEmployer, comment] };
};

/** The heading style ids Word writes in each language's UI, and the localised name some files give them. */
const LOCAL_HEADING: Record<Lang, readonly [string, string, string]> = {
  en: ['Heading1', 'Heading2', 'Heading 1'],
  de: ['berschrift1', 'berschrift2', 'Überschrift 1'],
  fr: ['Titre1', 'Titre2', 'Titre 1'],
  es: ['Ttulo1', 'Ttulo2', 'Título 1'],
  pt: ['Ttulo1', 'Ttulo2', 'Título 1'],
};

/**
 * Headings by a localised style: Word names its built-in styles in English (`heading 1`) but gives
 * them the UI language's id (`berschrift1`, `Titre1`, `Ttulo1`); some files name them in that
 * language too (`Überschrift 1`). Each role a `heading 2` "Title, Employer", its duties a list.
 */
const localHeadings: Maker = (pe, lang, k) => {
  const [id1, id2, local] = LOCAL_HEADING[lang];
  const englishName = k % 2 === 0;
  const styles: StyleDef[] = [
    { id: 'Normal', name: 'Normal' },
    {
      id: lang === 'en' ? 'Title' : { de: 'Titel', fr: 'Titre', es: 'Ttulo', pt: 'Ttulo' }[lang],
      name: 'Title',
      rPr: '<w:sz w:val="56"/>',
    },
    {
      id: id1,
      name: englishName ? 'heading 1' : local,
      rPr: '<w:b/><w:sz w:val="32"/>',
      pPr: '<w:outlineLvl w:val="0"/>',
    },
    {
      id: id2,
      name: englishName ? 'heading 2' : local.replace('1', '2'),
      rPr: '<w:b/>',
      pPr: '<w:outlineLvl w:val="1"/>',
    },
    { id: 'ListParagraph', name: 'List Paragraph' },
  ];
  const title = styles[1]!.id;
  const heading = (text: string) => styled(text, id1);
  const roles = pe.roles
    .map(
      (role) =>
        styled(`${role.title}, ${role.employer}`, id2) +
        plain(dates(role, lang, k)) +
        bullet('Brought the support backlog down by half.', 3),
    )
    .join('');
  const schools = pe.schools.map((s) => styled(`${s.degree}, ${s.institution}`, id2) + plain(years(s))).join('');
  const body = [
    styled(pe.name, title),
    plain(`${pe.email} · ${pe.phone}`),
    heading(HEADINGS[lang].work),
    roles,
    heading(HEADINGS[lang].education),
    schools,
    heading(HEADINGS[lang].skills),
    ...pe.skills.map((s) => bullet(s)),
    heading(HEADINGS[lang].languages),
    ...spoken(pe, lang).map((s) => bullet(s)),
  ].join('');
  return { doc: { body, styles } };
};

/**
 * Headings by direct formatting, no heading style: bold runs in all capitals, set by the `w:caps`
 * property over text typed in mixed case, in a larger size; roles as a numbered list.
 */
const directHeadings: Maker = (pe, lang, k) => {
  const caps = (text: string) => p(r(text, '<w:b/><w:caps/><w:sz w:val="28"/>'), '<w:spacing w:before="240"/>');
  const roles = pe.roles
    .map(
      (role) =>
        p(
          r(k % 2 ? `${role.title}, ${role.employer} (${dates(role, lang, k)})` : `${role.employer} — ${role.title}`),
          bulletPr(3),
        ) + (k % 2 ? '' : plain(dates(role, lang, k))),
    )
    .join('');
  const schools = pe.schools.map((s) => p(r(`${s.degree}, ${s.institution}, ${years(s)}`), bulletPr(3))).join('');
  const body = [
    p(r(pe.name, '<w:b/><w:sz w:val="48"/>'), '<w:jc w:val="center"/>'),
    p(r(`${pe.email} | ${pe.phone}`), '<w:jc w:val="center"/>'),
    caps(HEADINGS[lang].work),
    roles,
    caps(HEADINGS[lang].education),
    schools,
    caps(HEADINGS[lang].skills),
    ...pe.skills.map((s) => bullet(s)),
    caps(HEADINGS[lang].languages),
    plain(spoken(pe, lang).join(', ')),
  ].join('');
  return { doc: { body } };
};

/** Text split over runs mid-word, each run carrying the fonts Google Docs writes on every run. */
function gRuns(text: string, cut = 0.4, extra = ''): string {
  const rPr = `<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>${extra}<w:sz w:val="22"/><w:szCs w:val="22"/>`;
  const at = Math.max(1, Math.floor(text.length * cut));
  return r(text.slice(0, at), rPr) + r(text.slice(at), rPr);
}
/** A Google Docs paragraph: spacing, indent and run properties written on every one. */
const gp = (runs: string, style = '', extra = '') =>
  p(
    runs,
    `${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:keepNext w:val="0"/><w:keepLines w:val="0"/>${extra}<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/><w:ind w:left="0" w:firstLine="0"/><w:rPr/>`,
  );

/**
 * Google Docs' export: every paragraph and run with its own direct formatting, words split over
 * runs, zero-width spaces (U+200B) and a byte-order mark left from pasting, bookmarks on headings,
 * `w:lastRenderedPageBreak` inside a run, `●` bullets, the name as Title and the latest role as Subtitle.
 */
const googleDocs: Maker = (pe, lang, k) => {
  let mark = 0;
  const heading = (text: string) =>
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:spacing w:before="400" w:after="120"/></w:pPr><w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="_heading=h.${(mark++).toString(36)}gjdgxs" w:id="${mark}"/><w:bookmarkEnd w:id="${mark}"/>${gRuns(text, 0.5, '<w:b/>')}</w:p>`;
  const zw = '\u200b';
  const roles = pe.roles
    .map(
      (role, i) =>
        gp(
          gRuns(`${role.employer}${k % 2 ? zw : ''}, ${place(role)}`, 0.3, '<w:b/>') +
            (i === 1 ? '<w:r><w:lastRenderedPageBreak/></w:r>' : '') +
            r(` — ${role.title}`),
        ) +
        gp(gRuns(`${zw}${dates(role, lang, k)}`, 0.5, '<w:i/>')) +
        gp(
          gRuns('Wrote the onboarding guide for new staff.'),
          '',
          '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>',
        ),
    )
    .join('');
  const schools = pe.schools
    .map((s) => gp(gRuns(`${s.institution} — ${s.degree}`, 0.6, '<w:b/>')) + gp(gRuns(`${years(s)}${zw}`)))
    .join('');
  const body = [
    gp(gRuns(pe.name, 0.5), 'Title'),
    gp(gRuns(`${pe.roles[0]!.title}`), 'Subtitle'),
    gp(gRuns(`\ufeff${pe.email} • ${pe.phone}`, 0.7)),
    heading(HEADINGS[lang].work),
    roles,
    heading(HEADINGS[lang].education),
    schools,
    heading(HEADINGS[lang].skills),
    gp(gRuns(pe.skills.join(`, ${k % 2 ? zw : ''}`), 0.5)),
    heading(HEADINGS[lang].languages),
    gp(gRuns(spoken(pe, lang).join(', '))),
  ].join('');
  return { doc: { body } };
};

/**
 * Everything at once, as a real template carries it: the name and contact in a first-page header,
 * a sidebar text box of skills and languages, roles in content controls with alignment tabs, an
 * inserted title and a deleted one, a comment, the e-mail a field, a Google-split run.
 */
const combined: Maker = (pe, lang, k) => {
  const side = [
    h1(HEADINGS[lang].skills),
    ...pe.skills.map((s) => bullet(s)),
    h1(HEADINGS[lang].languages),
    ...spoken(pe, lang).map(plain),
  ].join('');
  const oldTitle = { en: 'Intern', de: 'Praktikant', fr: 'Stagiaire', es: 'Becario', pt: 'Estagiário' }[lang];
  const roles = pe.roles
    .map((role, i) =>
      sdt(
        p(
          (i === 0
            ? `<w:del w:id="90" w:author="R" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>${esc(oldTitle)} </w:delText></w:r></w:del><w:ins w:id="91" w:author="R" w:date="2024-01-01T00:00:00Z">${bold(role.title)}</w:ins>`
            : bold(role.title)) +
            ptab() +
            r(dates(role, lang, k)),
        ) + p(gRuns(role.employer, 0.5, '<w:i/>')),
        'Experience',
      ),
    )
    .join('');
  const schools = pe.schools
    .map((s) => sdt(p(bold(s.degree) + ptab() + r(years(s))) + p(softHyphenated(s.institution)), 'Education'))
    .join('');
  const header =
    styled(pe.name, 'Title') +
    p(
      `<w:fldSimple w:instr=" HYPERLINK &quot;mailto:${quote(pe.email)}&quot; "><w:r><w:t>${esc(pe.email)}</w:t></w:r></w:fldSimple>${ptab()}${unbrokenPhone(pe.phone)}`,
    );
  const body = [
    textBox(side, k % 2 ? 'drawing' : 'both'),
    h1(HEADINGS[lang].work),
    roles,
    h1(HEADINGS[lang].education),
    schools,
    p('<w:commentRangeStart w:id="0"/><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
  ].join('');
  const note = {
    en: 'Add references?',
    de: 'Referenzen ergänzen?',
    fr: 'Ajouter des références ?',
    es: '¿Añadir referencias?',
    pt: 'Adicionar referências?',
  }[lang];
  return {
    doc: {
      body,
      comments: [note],
      parts: [
        { kind: 'header', type: 'first', xml: header },
        { kind: 'header', type: 'default', xml: p(r(pe.name)) },
      ],
    },
    absent: [oldTitle, note],
    once: [pe.skills[0]!],
  };
};

/** Duties as short lines that could pass for a heading when no bullet marks them. */
const DUTIES: Record<Lang, readonly string[]> = {
  en: ['Payroll Migration', 'Vendor Audits', 'Team Onboarding'],
  de: ['Lohnabrechnung Umstellung', 'Lieferantenprüfung', 'Einarbeitung Neuer Kollegen'],
  fr: ['Migration de la paie', 'Audits fournisseurs', 'Accueil des nouveaux'],
  es: ['Migración de nóminas', 'Auditorías de proveedores', 'Incorporación de equipo'],
  pt: ['Migração da folha', 'Auditorias de fornecedores', 'Integração da equipe'],
};

/**
 * Lists by paragraph style, as Word's "List Bullet" and "List Number" styles make them: the
 * numbering is the style's (`w:numPr` in styles.xml), the paragraphs name only the style; with
 * no bullet read, a short duty would pass for a role's heading.
 */
const styleLists: Maker = (pe, lang, k) => {
  const styles: StyleDef[] = [
    ...DEFAULT_STYLES,
    {
      id: 'ListBullet',
      name: 'List Bullet',
      pPr: '<w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:left="360" w:hanging="360"/>',
    },
    { id: 'ListNumber', name: 'List Number', pPr: '<w:numPr><w:numId w:val="3"/></w:numPr>' },
  ];
  const item = (text: string) => styled(text, k % 2 ? 'ListNumber' : 'ListBullet');
  const roles = pe.roles
    .map(
      (role) =>
        p(bold(role.title) + r(', ') + r(role.employer)) +
        plain(dates(role, lang, k)) +
        DUTIES[lang].map(item).join(''),
    )
    .join('');
  const body = [
    styled(pe.name, 'Title'),
    plain(`${pe.email} | ${pe.phone}`),
    h1(HEADINGS[lang].work),
    roles,
    h1(HEADINGS[lang].education),
    ...pe.schools.map((s) => p(bold(s.degree) + r(', ') + r(s.institution)) + plain(years(s))),
    h1(HEADINGS[lang].skills),
    ...pe.skills.map((s) => styled(s, 'ListBullet')),
    h1(HEADINGS[lang].languages),
    plain(spoken(pe, lang).join(', ')),
  ].join('');
  return { doc: { body, styles } };
};

/** Every class, in the order the probe lists them. */
export const WORD_FEATURE_CLASSES: Readonly<Record<string, Maker>> = {
  'header-contact': headerContact,
  'sidebar-textbox': sidebarBox,
  'content-controls': contentControls,
  'merged-nested-tables': mergedTables,
  'alignment-tabs': alignmentTabs,
  'inline-marks': inlineMarks,
  'fields-tags': fieldsAndTags,
  'tracked-changes': revisions,
  'localized-headings': localHeadings,
  'direct-headings': directHeadings,
  'google-docs': googleDocs,
  'style-lists': styleLists,
  combined,
};

/** One CV per language for each class; the seeds keep every run's people the same. */
export function wordFeatureCvs(): WordCv[] {
  sdtId = 100;
  return Object.entries(WORD_FEATURE_CLASSES).flatMap(([className, make], c) =>
    WORD_LANGS.map((lang, k) => {
      const pe = person(9700 + c * 10 + k, lang);
      const made = make(pe, lang, k);
      return {
        className,
        lang,
        file: `${className}-${lang}.docx`,
        docx: makeWordDocx(made.doc),
        gold: goldOf(pe, lang, k),
        absent: made.absent ?? [],
        once: made.once ?? [],
      };
    }),
  );
}

export { goldOf as wordGoldOf };
