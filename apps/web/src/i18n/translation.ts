/** What a translation of Italian texts must be: every key of the Italian, nested alike, each a text, and no other key. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
