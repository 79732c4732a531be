export { DIAGNOSTIC_CODES, DIAGNOSTIC_CODE_LIST, severityOf } from './codes';
export type { DiagnosticCode, DiagnosticCodeInfo, DiagnosticSeverity } from './codes';
export { ArticleParseError } from './article-parse-error';
export { formatDiagnostic, type FormatDiagnosticOptions } from './format-diagnostic';
