import type { DataFileError } from './errors.js';

/** The text of a data file, or where its bytes stop being UTF-8. */
export type DecodedDataFile =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly errors: readonly [DataFileError] };

const strict = new TextDecoder('utf-8', { fatal: true });

function isUtf8Prefix(bytes: Uint8Array, length: number): boolean {
  try {
    // `stream`: a character cut by the end of the prefix is not an error, only a wrong byte is.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return true;
  } catch {
    return false;
  }
}

function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Decodes a data file strictly as UTF-8 (a leading byte-order mark is dropped). A file saved in
 * Latin-1 or Windows-1252 would otherwise reach members as « Conseil de coop�ration »: it is
 * refused instead, located at the first wrong byte (line and column counted in the characters
 * before it), with a French hint to save it as UTF-8.
 *
 * @param bytes - The file's bytes.
 * @param filename - The name used in the error location.
 * @returns `{ ok: true, text }`, or `{ ok: false, errors: [error] }` at the first bad byte.
 * @example
 * decodeDataFile(new Uint8Array([0x61, 0x0a, 0x63, 0x6f, 0x6f, 0x70, 0xe9, 0x0a]), 'ptce.yaml')
 * //=> { ok: false, errors: [{ file: 'ptce.yaml', line: 2, col: 5, path: '', message: 'Encodage invalide : l’octet 0xE9 n’est pas de l’UTF-8 (attendu : un fichier texte en UTF-8). Ce fichier est sans doute en Latin-1 ou Windows-1252 : ouvrez-le et enregistrez-le en UTF-8.' }] }
 */
export function decodeDataFile(bytes: Uint8Array, filename: string): DecodedDataFile {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    // The longest prefix that is still UTF-8 (possibly ending inside a character): the byte after it is wrong.
    // A file that ends inside a character is wrong at that character.
    let good = isUtf8Prefix(bytes, bytes.length) ? bytes.length : 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const mid = Math.floor((good + bad) / 2);
      if (isUtf8Prefix(bytes, mid)) good = mid;
      else bad = mid;
    }
    // The characters before the faulty sequence (a character cut by the prefix's end is not one of them).
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, good), { stream: true });
    // The decoder drops a byte-order mark: its 3 bytes still come before the wrong one.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const start = bom + new TextEncoder().encode(before).length;
    const lineStart = before.lastIndexOf('\n') + 1;
    return {
      ok: false,
      errors: [
        {
          file: filename,
          line: before.split('\n').length,
          col: [...before.slice(lineStart)].length + 1,
          path: '',
          message: `Encodage invalide : l’octet ${hex(bytes[start])} n’est pas de l’UTF-8 (attendu : un fichier texte en UTF-8). Ce fichier est sans doute en Latin-1 ou Windows-1252 : ouvrez-le et enregistrez-le en UTF-8.`,
        },
      ],
    };
  }
}
