const COLORS = ['#0066cc', '#b30059', '#00796b', '#8a4b00', '#5c2d91', '#c62828', '#2e7d32', '#455a64'];

/** Colours that pass contrast on white, picked from the user id so that each person keeps theirs. */
export function colorFor(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return COLORS[h % COLORS.length];
}
