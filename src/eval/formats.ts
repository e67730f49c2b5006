/** The report formats of `declutter eval`: a module of its own, so that the CLI can offer them without loading the report code. */
export const REPORT_FORMATS = ['table', 'json', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
