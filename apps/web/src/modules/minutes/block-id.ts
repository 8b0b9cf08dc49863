/** A fresh id for a decision or action block: what ties the block to its database row. */
export function newBlockId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

export const BLOCK_ID = /^[A-Za-z0-9_-]{6,64}$/;
