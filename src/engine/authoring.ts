/**
 * The engine's authoring surface: reading scenario YAML, checking it, and the JSON Schema of the
 * format. Used at build time, by the command line, and by the in-game file checker (loaded on
 * demand only).
 */
export * from './index.ts';
export { loadScenario, loadScenarioBytes, MAX_FILE_BYTES, type LoadOptions, type LoadResult } from './scenario/load.ts';
export { scenarioJsonSchema } from './scenario/schema.ts';
export { loadLibrary, idFromFileName, type LibraryEntry, type SourceFile } from './scenario/library.ts';
export { createLibraryChecker, type LibraryChecker } from './scenario/library-checker.ts';
export { textUnits, sourceHash, unitState, recordedHashes, type TextUnit } from './scenario/strings.ts';
export { exportXliff, exportXliffFromYaml, type XliffExport } from './scenario/xliff-write.ts';
export { readXliff, type XliffDocument, type XliffUnit } from './scenario/xliff-read.ts';
export { applyTranslations, type TranslationUpdate } from './scenario/translate-yaml.ts';
export { voicePath } from './scenario/voice-path.ts';
export { message as diagnosticMessage, renderDiagnostic, MESSAGE_CATALOGS } from './scenario/messages/render.ts';
export { MAX_DEPTH, MAX_DIAGNOSTICS, MAX_NODES, MAX_REPAIR_TOKENS, MAX_YAML_NODES, MAX_YAML_TOKENS } from './scenario/limits.ts';
