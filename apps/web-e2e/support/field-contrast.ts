import type { Page } from 'playwright-core';

export interface FieldContrast {
  field: string;
  ratio: number;
}

/**
 * For every visible, enabled form field on the page, the best contrast (WCAG 1.4.11, non-text) that its boundary
 * reaches against what lies behind it: any drawn border side (bootstrap-italia draws only the bottom one on text
 * fields), an inset or outset box-shadow, or the field's own fill; for the checkboxes and radios that
 * bootstrap-italia draws with their label's pseudo-elements, those. Disabled fields are exempt, as WCAG says.
 * Runs in the page, so it is written as one self-contained function.
 */
export function fieldContrasts(page: Page): Promise<FieldContrast[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | null => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const p = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
    };
    const luminance = (c: Rgba) => {
      const ch = [c[0], c[1], c[2]].map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
      });
      return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The colour behind an element: its ancestors' backgrounds composed over the white canvas. */
    const behind = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let e = el.parentElement; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg[3] > 0) layers.push(bg);
        if (bg && bg[3] === 1) break;
      }
      return layers.reverse().reduce<Rgba>((acc, layer) => over(layer, acc), [255, 255, 255, 1]);
    };
    const describe = (el: HTMLElement) => {
      const id = el.id ? `#${el.id}` : '';
      const name = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim() : null) ?? '';
      return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}${id}${name ? ` "${name}"` : ''}`;
    };
    const fields = Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea')).filter((el) => {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      if (['hidden', 'submit', 'button', 'reset', 'image'].includes(type)) return false;
      if ((el as HTMLInputElement).disabled) return false;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
    });
    /** The colours that can mark a boundary in one computed style: drawn border sides, line-like shadows, the fill. */
    const marks = (style: CSSStyleDeclaration, back: Rgba): Rgba[] => {
      const found: Rgba[] = [];
      for (const side of ['top', 'right', 'bottom', 'left']) {
        const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
        const drawn = style.getPropertyValue(`border-${side}-style`);
        const color = parse(style.getPropertyValue(`border-${side}-color`));
        if (width >= 1 && drawn !== 'none' && drawn !== 'hidden' && color) found.push(over(color, back));
      }
      // Box-shadows drawn as a line (no blur), e.g. `inset 0 -1px 0 #5d7083`.
      for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
        const color = parse(shadow);
        const lengths =
          shadow
            .replace(/rgba?\([^)]*\)/, '')
            .match(/-?[\d.]+px/g)
            ?.map(parseFloat) ?? [];
        const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
        if (color && blur === 0 && (Math.abs(x) >= 1 || Math.abs(y) >= 1 || spread >= 1)) found.push(over(color, back));
      }
      const fill = parse(style.backgroundColor);
      if (fill && fill[3] > 0) found.push(over(fill, back));
      return found;
    };
    return fields.map((el) => {
      const style = getComputedStyle(el);
      const back = behind(el);
      // bootstrap-italia hides the real checkbox or radio (opacity 0) and draws it with its label's ::before and
      // ::after: measure what is drawn.
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
      const drawnByLabel = parseFloat(style.opacity) === 0 && label !== null;
      const styles = drawnByLabel ? [getComputedStyle(label, '::before'), getComputedStyle(label, '::after')].filter((p) => p.content !== 'none') : [style];
      const candidates = styles.flatMap((st) => marks(st, back));
      const ratio = Math.max(1, ...candidates.map((c) => contrast(c, back)));
      return { field: describe(el), ratio: Math.round(ratio * 100) / 100 };
    });
  });
}
