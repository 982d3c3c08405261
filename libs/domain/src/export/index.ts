export { toCsv, type CsvColumn, type CsvValue } from './csv';
