import { readFileSync, statSync } from 'node:fs';
import { decodeDataFile } from '@ptce/core';
import { DataLoadError } from './data-load-error.js';

const megabytes = (bytes: number) => `${String(Math.round(bytes / 100_000) / 10).replace('.', ',')} Mo`;

/**
 * The text of a data file, refused before being read when larger than `maxBytes`, and strictly
 * UTF-8.
 * @throws DataLoadError when the file is missing, a folder, too large or not UTF-8.
 */
export function readDataText(file: string, filename: string, maxBytes: number): string {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > maxBytes) {
      throw new DataLoadError(
        `Le fichier « ${filename} » fait ${megabytes(size)} : c’est plus que la limite de ${megabytes(maxBytes)} (un fichier de PTCE en fait environ 0,1). Vérifiez que c’est le bon fichier, ou relevez la limite avec --max-size ${Math.ceil(size / 1_000_000)}.`,
        [],
      );
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'c’est un dossier' : String(code);
    throw new DataLoadError(`Impossible de lire « ${file} » : ${why}.`, []);
  }
  // Strictly UTF-8: a Latin-1 file must be refused, not shown to members with « � » in it.
  const decoded = decodeDataFile(bytes, filename);
  if (!decoded.ok) throw new DataLoadError(`Le fichier « ${filename} » n’est pas en UTF-8.`, decoded.errors);
  return decoded.text;
}
