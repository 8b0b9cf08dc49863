// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSubsets, codePointsOf, FACES, isLatin, ORIGINALS_DIR, STYLESHEET, SUBSETS_DIR, unicodeRange } from './font-subsets.mts';

const committed = (name: string) => fs.readFileSync(path.join(SUBSETS_DIR, name));
const suffix = (face: (typeof FACES)[number]) => `${face.weight}${face.style === 'italic' ? '-italic' : ''}`;

describe('the Titillium Web subsets', () => {
  it('are committed exactly as the generator makes them from the package (UPDATE_FONTS=1 rewrites them)', async () => {
    const { files, css } = await buildSubsets();
    if (process.env.UPDATE_FONTS === '1') {
      fs.rmSync(SUBSETS_DIR, { recursive: true, force: true });
      fs.mkdirSync(SUBSETS_DIR, { recursive: true });
      for (const [name, data] of files) fs.writeFileSync(path.join(SUBSETS_DIR, name), data);
      fs.writeFileSync(STYLESHEET, css);
    }
    expect(fs.readdirSync(SUBSETS_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [name, data] of files) expect(committed(name).equals(data), name).toBe(true);
    expect(fs.readFileSync(STYLESHEET, 'utf8')).toBe(css);
  }, 60_000);

  it('lose no glyph: the Latin and Latin Extended files of each face together cover the original, without overlap', async () => {
    for (const face of FACES) {
      const original = await codePointsOf(fs.readFileSync(path.join(ORIGINALS_DIR, face.file)));
      const latin = await codePointsOf(committed(`titillium-web-${suffix(face)}-latin.woff2`));
      const extended = await codePointsOf(committed(`titillium-web-${suffix(face)}-latin-ext.woff2`));
      expect([...latin, ...extended].sort((a, b) => a - b)).toEqual(original);
      expect(latin.every(isLatin) && !extended.some(isLatin)).toBe(true);
    }
  }, 60_000);

  it('put in the Latin file all an Italian or English page writes: accents, guillemets, typographic quotes, dashes, euro', async () => {
    const latin = new Set(await codePointsOf(committed('titillium-web-400-latin.woff2')));
    const text = 'àèéìíòóùÀÈÉÌÒÙ «» “” ‘’ – — … € ° ª º § 0123456789 AaZz';
    expect([...text].filter((c) => !latin.has(c.codePointAt(0)!))).toEqual([]);
    // A Romanian or Polish name takes the second file, which the browser fetches only when the page holds one.
    expect(latin.has('ș'.codePointAt(0)!) || latin.has('ł'.codePointAt(0)!)).toBe(false);
  });

  it('are declared with ranges that name each code point once', () => {
    expect(unicodeRange([0x41, 0x42, 0x43, 0x45, 0x100, 0x101])).toBe('U+0041-0043, U+0045, U+0100-0101');
    expect(unicodeRange([0x20ac])).toBe('U+20AC');
  });
});
