import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';

/** The text of a DOCX's main part (word/document.xml), one line per paragraph. */
export function docxText(docx: Buffer): string {
  let eocd = docx.length - 22;
  while (docx.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let at = docx.readUInt32LE(eocd + 16);
  for (let i = 0; i < docx.readUInt16LE(eocd + 10); i++) {
    const method = docx.readUInt16LE(at + 10);
    const size = docx.readUInt32LE(at + 20);
    const nameLength = docx.readUInt16LE(at + 28);
    const local = docx.readUInt32LE(at + 42);
    if (docx.toString('utf8', at + 46, at + 46 + nameLength) === 'word/document.xml') {
      const start = local + 30 + docx.readUInt16LE(local + 26) + docx.readUInt16LE(local + 28);
      const data = docx.subarray(start, start + size);
      const xml = (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
      return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
    }
    at += 46 + nameLength + docx.readUInt16LE(at + 30) + docx.readUInt16LE(at + 32);
  }
  throw new Error('word/document.xml not found');
}

/** pdf-parse runs as ESM with dynamic imports that Jest's VM refuses: the text is extracted in a child process. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('node', ['--input-type=module', '-e', PDF_SCRIPT], { input: pdf, encoding: 'utf8', cwd: process.cwd(), maxBuffer: 20 * 1024 * 1024 });
}

const PDF_SCRIPT = `
import { PDFParse } from 'pdf-parse';
const chunks = []; for await (const c of process.stdin) chunks.push(c);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
const { text } = await parser.getText(); await parser.destroy();
process.stdout.write(text);`;
