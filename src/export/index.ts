// The export layer's public surface.
export { exportRecords, exportFormats, type ExportFormat } from './export-records.js';
export { loadExportData, type ExportData, type ExportFilter, type ExportIncident } from './load-export-data.js';
export { toStixBundle, toStixTimestamp, incidentExtensionId, type StixBundle, type StixObject } from './to-stix-bundle.js';
export { importStixBundle, type StixImportSummary } from './import-stix-bundle.js';
export { toGtdCsv, gtdColumns } from './to-gtd-csv.js';
export { toAcledCsv, acledColumns, acledEventTypes } from './to-acled-csv.js';
export { toGeoJson, type IncidentFeatureCollection } from './to-geojson.js';
export { toJsonl } from './to-jsonl.js';
export { formatCsv, formatCsvCell, type CsvCell } from './format-csv.js';
export { uuidV5 } from './uuid-v5.js';
export * from './brief/index.js';
