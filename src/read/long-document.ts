// A long document, from this many blocks: its texts are copied out of it as it is split (`TextArena`, from as many
// lines, which every such document has), and the CLI judges it in columns (`BlockTable`).
export const LONG_DOCUMENT_BLOCKS = 10_000;
