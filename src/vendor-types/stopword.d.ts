// The `stopword` package ships no types: its lists are arrays of words named by ISO 639-3 code.
declare module 'stopword' {
  const lists: Record<string, string[]>;
  export = lists;
}

// The package's ES module build, imported by path: node would otherwise load its CommonJS build, which it must scan
// for export names, at a cost to start-up.
declare module 'stopword/dist/stopword.esm.mjs' {
  const lists: Record<string, string[]>;
  export = lists;
}

// One language's list, as the package's sources export it (an ES module; loaded alone, it spares the other 61).
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: string[];
}
