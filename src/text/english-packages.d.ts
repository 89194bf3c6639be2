// Type declarations for the two untyped packages that English text handling uses.

declare module 'wink-porter2-stemmer' {
  /** The Porter2 (Snowball English) stem of one lower-case word. */
  function stem(word: string): string;
  export = stem;
}

declare module 'stopword' {
  /** English stop words (lower case). */
  export const eng: string[];
}
