import PDFDocument from 'pdfkit';
import type { Verbale } from '@cantiere/domain';
import { verbaleBlocks, verbaleFileTitle, type VerbaleBlock } from './verbale-text';

type Pdf = PDFKit.PDFDocument;

const MARGIN = 56;
const BODY_SIZE = 10;
const CELL_PADDING = 3;

const bottomOf = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;
const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page when the next `height` points would not fit, so rows and signatures are never split. */
function ensureRoom(doc: Pdf, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

function drawRow(doc: Pdf, cells: string[], widths: number[], bold: boolean): void {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(BODY_SIZE - 1);
  const heights = cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 2 * CELL_PADDING }));
  const height = Math.max(...heights) + 2 * CELL_PADDING;
  ensureRoom(doc, height);
  const top = doc.y;
  let x = doc.page.margins.left;
  cells.forEach((c, i) => {
    doc.text(c, x + CELL_PADDING, top + CELL_PADDING, { width: widths[i] - 2 * CELL_PADDING });
    x += widths[i];
  });
  const right = doc.page.margins.left + widths.reduce((a, b) => a + b, 0);
  doc
    .moveTo(doc.page.margins.left, top + height)
    .lineTo(right, top + height)
    .lineWidth(bold ? 0.8 : 0.3)
    .strokeColor('#888888')
    .stroke();
  // Cells are placed absolutely: put the cursor back under the row, at the left margin, for what follows.
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}

function drawTable(doc: Pdf, block: Extract<VerbaleBlock, { kind: 'table' }>): void {
  const widths = block.widths.map((w) => (contentWidth(doc) * w) / 100);
  drawRow(doc, block.header, widths, true);
  block.rows.forEach((row) => drawRow(doc, row, widths, false));
  doc.moveDown(0.6);
}

function drawSignatures(doc: Pdf, block: Extract<VerbaleBlock, { kind: 'signatures' }>): void {
  doc.moveDown(1.5);
  ensureRoom(doc, 80);
  const width = contentWidth(doc) / block.entries.length;
  const top = doc.y;
  block.entries.forEach((e, i) => {
    const x = doc.page.margins.left + i * width;
    doc.font('Helvetica-Bold').fontSize(BODY_SIZE).text(e.role, x, top, { width, align: 'center' });
    doc.font('Helvetica').text(e.name || ' ', x, doc.y + 2, { width, align: 'center' });
    doc.text('______________________________', x, top + 55, { width, align: 'center' });
  });
  doc.x = doc.page.margins.left;
  doc.y = top + 80;
}

function drawBlock(doc: Pdf, block: VerbaleBlock): void {
  const left = doc.page.margins.left;
  switch (block.kind) {
    case 'title':
      block.lines.forEach((line, i) =>
        doc
          .font(i === 0 ? 'Helvetica-Bold' : 'Helvetica')
          .fontSize(i === 0 ? 13 : 11)
          .text(line, { align: 'center' }),
      );
      doc.moveDown(1);
      return;
    case 'heading':
      doc.moveDown(block.level === 1 ? 0.4 : 0.8);
      ensureRoom(doc, 40);
      doc
        .font('Helvetica-Bold')
        .fontSize(block.level === 1 ? 15 : 12)
        .text(block.text, left);
      doc.moveDown(0.4);
      return;
    case 'paragraph':
      if (block.bold) doc.moveDown(0.3);
      doc
        .font(block.bold ? 'Helvetica-Bold' : block.italic ? 'Helvetica-Oblique' : 'Helvetica')
        .fontSize(BODY_SIZE)
        .text(block.text, left, doc.y, { paragraphGap: 4, lineGap: 1 });
      return;
    case 'list':
      doc.font('Helvetica').fontSize(BODY_SIZE);
      block.items.forEach((item) => doc.text(item, left + 14, doc.y, { width: contentWidth(doc) - 14, paragraphGap: 3 }));
      doc.x = left;
      doc.moveDown(0.4);
      return;
    case 'table':
      drawTable(doc, block);
      return;
    case 'signatures':
      drawSignatures(doc, block);
      return;
  }
}

// Page count is only known at the end: with buffered pages every footer is written once the content is laid out.
function drawPageNumbers(doc: Pdf): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit open a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#555555')
      .text(`Pagina ${i - start + 1} di ${count}`, doc.page.margins.left, doc.page.height - bottom / 2 - 4, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The verbale as a PDF, the format that is published. pdfkit derives the file identifier from the document info, so
 * fixing its dates to the verbale's own (`generatedAt`, the sealing time once approved) makes the bytes repeatable.
 */
export async function renderVerbalePdf(v: Verbale): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      lang: 'it-IT',
      info: {
        Title: `${verbaleFileTitle(v)} – ${v.meeting.title}`,
        Author: v.body,
        Subject: v.spaceName,
        CreationDate: new Date(v.generatedAt),
        ModDate: new Date(v.generatedAt),
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      verbaleBlocks(v).forEach((block) => drawBlock(doc, block));
      drawPageNumbers(doc);
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
