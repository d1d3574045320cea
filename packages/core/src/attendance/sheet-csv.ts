import { type SheetRow, type SheetStatus, sheetVoiceLabel } from './sheet-rows.js';

/** The status of a row in French, as the sheet prints it. */
export const SHEET_STATUS_FR: Readonly<Record<SheetStatus, string>> = {
  present: 'présent·e',
  represented: 'représenté·e',
  excused: 'excusé·e',
  absent: 'absent·e',
};

const BOM = '\uFEFF';
const HEADER = ['Structure', 'Nom', 'Statut', 'Représenté·e par'];

/**
 * One field quoted as RFC 4180 asks (within double quotes, its quotes doubled) when it holds the
 * separator, a quote or a line break. A field a spreadsheet would read as a formula (`=`, `+`,
 * `-`, `@`, a tab) gets a leading apostrophe, so a name never runs as one.
 */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The sheet as a CSV file for a spreadsheet: a UTF-8 byte order mark (so Excel reads the accents),
 * a header line, then one line per voice, CRLF line ends. Fields are separated by semicolons, as a
 * French Excel expects, and quoted as RFC 4180 asks.
 *
 * @param rows - The sheet.
 * @returns The CSV text, BOM included.
 * @example
 * sheetCsv([
 *   { id: 'espoir', kind: 'structure', structure: { id: 'espoir', name: 'Espoir' }, name: 'Audrey Mouly', status: 'present' },
 *   { id: 'staj', kind: 'structure', structure: { id: 'staj', name: 'STAJ; Lille' }, status: 'represented', holder: 'espoir' },
 * ])
 * //=> '\uFEFFStructure;Nom;Statut;Représenté·e par\r\nEspoir;Audrey Mouly;présent·e;\r\n"STAJ; Lille";;représenté·e;Espoir\r\n'
 */
export function sheetCsv(rows: readonly SheetRow[]): string {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lines = [
    HEADER,
    ...rows.map((row) => {
      const holder = row.holder === undefined ? undefined : byId.get(row.holder);
      return [
        row.structure?.name ?? '',
        row.name ?? '',
        SHEET_STATUS_FR[row.status],
        holder ? sheetVoiceLabel(holder) : (row.holder ?? ''),
      ];
    }),
  ];
  return `${BOM}${lines.map((fields) => fields.map(csvField).join(';')).join('\r\n')}\r\n`;
}
