import { execFile } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';

/** The files of a zip, read with zlib through the central directory, which is all a DOCX needs. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(eocd + 10);
  const files = new Map<string, Buffer>();
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of `word/document.xml`: each Word paragraph and cell becomes a line, so neighbouring blocks do not run together. */
export function docxText(docx: Buffer): string {
  const xml = unzip(docx).get('word/document.xml')?.toString('utf8') ?? '';
  return decodeXml(xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')).replace(/[ \t]+/g, ' ');
}

// Lines wrapped by the layout come back as line breaks, so all whitespace is folded into single spaces.
// pdf.js inside pdf-parse loads its worker with a dynamic import, which Jest's CommonJS sandbox refuses
// (and it cannot be transformed from here): the text is read by pdf-parse in a plain Node process instead.
const PDF_TEXT_SCRIPT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  try { process.stdout.write((await parser.getText()).text); } finally { await parser.destroy(); }
});`;

export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['-e', PDF_TEXT_SCRIPT, require.resolve('pdf-parse')];
    const child = execFile(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout.replace(/\s+/g, ' ')),
    );
    child.stdin?.end(pdf);
  });
}
