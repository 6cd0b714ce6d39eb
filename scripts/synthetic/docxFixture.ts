/**
 * Writes small DOCX files for the format tests: a zip (stored, not compressed) of the few parts
 * Word needs, with the body XML given by the test. Functions below build the paragraphs, list items,
 * tables and text boxes the tests read back.
 */
import { crc32 } from 'node:zlib';

/** A zip archive of `files`, stored without compression. */
export function makeZip(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function paragraph(text: string, style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

export function bullet(text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A run of a paragraph: its text, bold or italic, or a tab (`<w:tab/>`) or a soft line break (`<w:br/>`). */
export type Run =
  | string
  | {
      readonly text?: string;
      readonly bold?: boolean;
      readonly italic?: boolean;
      readonly tab?: true;
      readonly br?: true;
    };

function runXml(run: Run): string {
  if (typeof run === 'string') return `<w:r><w:t xml:space="preserve">${escapeXml(run)}</w:t></w:r>`;
  if (run.tab) return '<w:r><w:tab/></w:r>';
  if (run.br) return '<w:r><w:br/></w:r>';
  const props = `${run.bold ? '<w:b/>' : ''}${run.italic ? '<w:i/>' : ''}`;
  const text = `<w:t xml:space="preserve">${escapeXml(run.text ?? '')}</w:t>`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${text}</w:r>`;
}

/**
 * A paragraph of several runs, as Word writes a line with bold, italic, tabs and soft breaks; `tabStop`
 * sets a right-aligned tab stop (the dates flush right), `style` a paragraph style.
 */
export function runs(parts: readonly Run[], options: { style?: string; tabStop?: boolean } = {}): string {
  const props = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.tabStop ? '<w:tabs><w:tab w:val="right" w:pos="9360"/></w:tabs>' : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${parts.map(runXml).join('')}</w:p>`;
}

/** An item of a numbered (decimal) list. */
export function numbered(text: string): string {
  const numbering = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>';
  return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/>${numbering}</w:pPr><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A table cell holding block XML (paragraphs, bullets); `span` merges it across columns, `merge` down rows. */
export interface Cell {
  readonly xml: string;
  readonly span?: number;
  readonly merge?: 'restart' | 'continue';
}

/** A table whose cells hold several paragraphs each, with merged cells where a cell says so. */
export function cellTable(rows: readonly (readonly Cell[])[], grid: readonly number[] = [2200, 7000]): string {
  const cell = ({ xml, span, merge }: Cell) => {
    const spanXml = span ? `<w:gridSpan w:val="${span}"/>` : '';
    const props = `${spanXml}${merge ? `<w:vMerge${merge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}`;
    return `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${props}</w:tcPr>${xml || '<w:p/>'}</w:tc>`;
  };
  const gridXml = `<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const rowsXml = rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${gridXml}${rowsXml}</w:tbl>`;
}

export function table(rows: readonly (readonly string[])[]): string {
  const cells = (row: readonly string[]) =>
    row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraph(cell)}</w:tc>`).join('');
  // No w:tblGrid, as some real CVs are written: readers must not depend on it.
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.map((row) => `<w:tr>${cells(row)}</w:tr>`).join('')}</w:tbl>`;
}

/** A floating text box, written as Word writes it: a drawing plus a VML fallback holding the same text. */
export function textBox(text: string | readonly string[]): string {
  const content = `<w:txbxContent>${(typeof text === 'string' ? [text] : text).map((t) => paragraph(t)).join('')}</w:txbxContent>`;
  return (
    '<w:p><w:r><mc:AlternateContent>' +
    `<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>1714500</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>-38735</wp:posOffset></wp:positionV><wp:extent cx="1000" cy="1000"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>${content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback>` +
    '</mc:AlternateContent></w:r></w:p>'
  );
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** Page header and footer parts: paragraphs (made with `paragraph`) that Word repeats on every page. */
export interface PageParts {
  readonly header?: string;
  readonly footer?: string;
}

/** A DOCX whose body is `bodyXml` (paragraphs, tables, text boxes made with the functions above). */
export function makeDocx(bodyXml: string, page: PageParts = {}): Buffer {
  const namespaces = [
    `xmlns:w="${W}"`,
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    'xmlns:v="urn:schemas-microsoft-com:vml"',
    'mc:Ignorable="wps"',
  ].join(' ');
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pageParts = (['header', 'footer'] as const).flatMap((kind) =>
    page[kind] ? [[kind, page[kind]!] as const] : [],
  );
  const pageRels = pageParts
    .map(([kind], i) => `<Relationship Id="rIdP${i}" Type="${rel}/${kind}" Target="${kind}1.xml"/>`)
    .join('');
  const sectPr = pageParts.length
    ? `<w:sectPr>${pageParts.map(([kind], i) => `<w:${kind}Reference w:type="default" r:id="rIdP${i}"/>`).join('')}</w:sectPr>`
    : '';
  return makeZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${rel}/numbering" Target="numbering.xml"/>${pageRels}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${namespaces}><w:body>${bodyXml}${sectPr}</w:body></w:document>`,
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING,
    ...Object.fromEntries(
      pageParts.map(([kind, xml]) => [
        `word/${kind}1.xml`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind === 'header' ? 'hdr' : 'ftr'} xmlns:w="${W}">${xml}</w:${kind === 'header' ? 'hdr' : 'ftr'}>`,
      ]),
    ),
  });
}
