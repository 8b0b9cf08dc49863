import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { corePropertiesXml, stampZipEntries } from '../../minutes/docx-package';

/*
 * A plan document is first a list of plain blocks (what it says), then a Word file (how it looks): the renderers of
 * the Piano di Zona section and of the monitoring report only produce blocks, and this file alone knows docx.
 */

export type PlanDocBlock =
  | { kind: 'title'; lines: string[] }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean }
  /** A two-column sheet of labelled values (an objective's card). */
  | { kind: 'fields'; rows: [string, string][] }
  /** Widths in percent of the text width, one per column. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[]; totalRow?: string[] }
  | { kind: 'image'; png: Buffer; width: number; height: number; alt: string; title: string }
  | { kind: 'pageBreak' };

// A4 with 2 cm margins, in twentieths of a point as Word measures pages.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The text width in pixels at 96 dpi, the unit docx's image sizes are given in. */
const CONTENT_WIDTH_PX = Math.floor((CONTENT_WIDTH / 1440) * 96);
const HEADER_FILL = 'DCE9F5';

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, ...options });

/*
 * A 30-objective plan prints thousands of cells: each carries only its text, the table carries the margins and the
 * column widths and a paragraph style the font size. Per-cell widths, margins and run sizes made packing three times
 * slower (bench/plan/docx.mjs).
 */
const CELL_STYLE = 'PlanTableText';

function cell(value: string, options: { bold?: boolean; header?: boolean } = {}): TableCell {
  return new TableCell({
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
    // A line per paragraph, so that a multi-line value (partners) keeps its breaks.
    children: (value === '' ? [''] : value.split('\n')).map(
      (line) => new Paragraph({ style: CELL_STYLE, children: [options.bold ? new TextRun({ text: line, bold: true }) : new TextRun(line)] }),
    ),
  });
}

function table(header: string[], rows: string[][], widths: number[], totalRow?: string[]): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round((CONTENT_WIDTH * w) / 100)),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { bold: true, header: true })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value) => cell(value)) })),
      ...(totalRow ? [new TableRow({ children: totalRow.map((value) => cell(value, { bold: true })) })] : []),
    ],
  });
}

function toDocx(block: PlanDocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return block.lines.map(
        (line, i) =>
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: i === 0 ? 2400 : 240, after: 120 },
            children: [run(line, { bold: i === 0, size: i === 0 ? 40 : 26 })],
          }),
      );
    case 'heading': {
      const heading = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }[block.level];
      return [new Paragraph({ heading, spacing: { before: 240, after: 120 }, keepNext: true, children: [run(block.text)] })];
    }
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 100 }, children: [run(block.text, { bold: block.bold, italics: block.italic })] })];
    case 'fields':
      return [table(['Voce', 'Contenuto'], block.rows, [30, 70]), new Paragraph({})];
    case 'table':
      // Word glues consecutive tables together: the empty paragraph keeps each one separate.
      return [table(block.header, block.rows, block.widths, block.totalRow), new Paragraph({})];
    case 'image': {
      const width = Math.min(CONTENT_WIDTH_PX, block.width);
      const height = Math.round((block.height * width) / block.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: block.png,
              transformation: { width, height },
              altText: { name: block.title, title: block.title, description: block.alt },
            }),
          ],
        }),
      ];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const pageFooter = (text: string) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 16, children: [`${text} – Pagina `, PageNumber.CURRENT, ' di ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });

export interface PlanDocProperties {
  title: string;
  creator: string;
  description: string;
  /** The document's own date: its core properties and zip entries carry it, not the clock at packing time. */
  date: Date;
  footer: string;
}

/** The blocks as a Word document (A4, Italian, Calibri). */
export async function packPlanDocx(blocks: PlanDocBlock[], p: PlanDocProperties): Promise<Buffer> {
  const doc = new Document({
    title: p.title,
    creator: p.creator,
    description: p.description,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'it-IT' } } } },
      paragraphStyles: [{ id: CELL_STYLE, name: 'Plan table text', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { after: 0 } } }],
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
        },
        footers: { default: pageFooter(p.footer) },
        children: blocks.flatMap(toDocx),
      },
    ],
  });
  const packed = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: corePropertiesXml(p) }]);
  return stampZipEntries(packed, p.date);
}
