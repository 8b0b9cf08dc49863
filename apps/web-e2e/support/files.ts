import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '../../..');

/** Reads word/document.xml out of a DOCX with Node's own zlib, and returns its text, a line per paragraph. */
const UNZIP_SCRIPT = `
const fs = require('node:fs'); const zlib = require('node:zlib');
const buf = fs.readFileSync(process.argv[1]);
let eocd = buf.length - 22; while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
let p = buf.readUInt32LE(eocd + 16); const n = buf.readUInt16LE(eocd + 10);
for (let i = 0; i < n; i++) {
  const method = buf.readUInt16LE(p + 10), size = buf.readUInt32LE(p + 20), nameLen = buf.readUInt16LE(p + 28), extra = buf.readUInt16LE(p + 30), comment = buf.readUInt16LE(p + 32), local = buf.readUInt32LE(p + 42);
  const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
  if (name === 'word/document.xml') {
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    process.stdout.write(method === 8 ? zlib.inflateRawSync(data) : data);
  }
  p += 46 + nameLen + extra + comment;
}`;

export function docxText(file: string): string {
  const xml = execFileSync(process.execPath, ['-e', UNZIP_SCRIPT, file], { encoding: 'utf8' });
  return xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

/** pdf-parse is ESM with dynamic imports that Jest's VM refuses: extract in a child process. */
const PDF_SCRIPT = `
import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';
const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync(process.argv[1])) });
const { text } = await parser.getText(); await parser.destroy();
process.stdout.write(text);`;

export function pdfText(file: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', PDF_SCRIPT, file], { encoding: 'utf8', cwd: root, maxBuffer: 20 * 1024 * 1024 });
}
