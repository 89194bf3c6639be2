import type { BundleSection } from './bundle.schema';

/** A record as the report names it: its section and index, and its id when it has one. */
export interface Positioned {
  section: BundleSection;
  index: number;
  record?: Record<string, unknown>;
}

/** Where a record sits in the input, as every line of the import report gives it. */
export interface RecordPosition {
  section: BundleSection;
  /** `section[index]` */
  position: string;
  /** The file's line, for CSV and XLSX imports. */
  line?: number;
  id?: string;
}

export type PositionOf = (c: Positioned) => RecordPosition;

/** The positions of an input's records, with their file lines when `lineOf` knows them. */
export function positionsIn(lineOf: (section: BundleSection, index: number) => number | undefined): PositionOf {
  return (c) => {
    const line = lineOf(c.section, c.index);
    const id = typeof c.record?.['id'] === 'string' ? (c.record['id'] as string) : undefined;
    return {
      section: c.section,
      position: `${c.section}[${c.index}]`,
      ...(line ? { line } : {}),
      ...(id ? { id } : {}),
    };
  };
}
