import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Verbale } from '@cantiere/domain';
import { corePropertiesXml, stampZipEntries } from './docx-package';
import { verbaleBlocks, verbaleFileTitle, type VerbaleBlock } from './verbale-text';

// A4 with ~2 cm margins, in twentieths of a point as Word measures pages.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text: value, ...options });

function cell(value: string, widthPercent: number, bold = false): TableCell {
  return new TableCell({
    width: { size: Math.round((CONTENT_WIDTH * widthPercent) / 100), type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ children: [text(value, { bold })] })],
  });
}

function table(block: Extract<VerbaleBlock, { kind: 'table' }>): Table {
  const widths = block.widths.map((w) => Math.round((CONTENT_WIDTH * w) / 100));
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h, i) => cell(h, block.widths[i], true)) }),
      ...block.rows.map((row) => new TableRow({ children: row.map((value, i) => cell(value, block.widths[i])) })),
    ],
  });
}

// Signatures sit side by side above a blank line to sign on, as on the paper verbale; no borders, so it is not read as data.
function signatures(block: Extract<VerbaleBlock, { kind: 'signatures' }>): Table {
  const width = 100 / block.entries.length;
  const column = (role: string, name: string) =>
    new TableCell({
      width: { size: Math.round((CONTENT_WIDTH * width) / 100), type: WidthType.DXA },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [text(role, { bold: true })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [text(name)] }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, children: [text('______________________________')] }),
      ],
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: block.entries.map((e) => column(e.role, e.name)) })],
  });
}

function toDocx(block: VerbaleBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return block.lines.map(
        (line, i) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, bold: i === 0, size: i === 0 ? 28 : 24 })] }),
      );
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          spacing: { before: 240, after: 120 },
          children: [text(block.text)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({ spacing: { before: block.bold ? 120 : 0, after: 80 }, children: [text(block.text, { bold: block.bold, italics: block.italic })] }),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ indent: { left: 360 }, spacing: { after: 60 }, children: [text(item)] }));
    case 'table':
      // Word glues consecutive tables together: the empty paragraph keeps each one separate.
      return [table(block), new Paragraph({})];
    case 'signatures':
      return [signatures(block), new Paragraph({})];
  }
}

const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 18, children: ['Pagina ', PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });

/**
 * The verbale as a Word document, for the secretariat to file or amend before it is approved. Its dates are the
 * verbale's own (`generatedAt`, the sealing time once approved), so the same verbale gives the same bytes.
 */
export async function renderVerbaleDocx(v: Verbale): Promise<Buffer> {
  const properties = { title: `${verbaleFileTitle(v)} – ${v.meeting.title}`, creator: v.body, description: `Verbale della seduta di ${v.spaceName}` };
  const date = new Date(v.generatedAt);
  const doc = new Document({
    ...properties,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'it-IT' } } } } },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
        },
        footers: { default: pageFooter() },
        children: verbaleBlocks(v).flatMap(toDocx),
      },
    ],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: corePropertiesXml({ ...properties, date }) }]);
  return stampZipEntries(packed, date);
}
