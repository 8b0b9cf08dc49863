// The font tools used by font-subsets.mts ship no type declarations: what that module calls of them.
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt'; noHinting?: boolean }): Promise<Buffer>;
}
declare module 'fontverter' {
  const fontverter: { convert(font: Buffer, format: 'woff2' | 'woff' | 'sfnt'): Promise<Buffer> };
  export default fontverter;
}
