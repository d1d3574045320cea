import { MAX_DATA_FILE_BYTES } from './accept-dataset.js';

/** A downloaded attachment's text, or why it could not be had. */
export type DownloadOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

/** Limits of a download (defaults: 1 MB, 15 s). */
export interface DownloadLimits {
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
}

/**
 * Downloads an attachment from the `url` Discord resolved in the interaction. Any host is
 * accepted (tests serve attachments from 127.0.0.1), but the size and the time are capped: the
 * body is read in chunks and abandoned past `maxBytes`, so a huge file never sits in memory.
 *
 * @param url - The attachment's URL.
 * @param limits - Size and time caps.
 * @returns The UTF-8 text, or a French reason.
 */
export async function downloadAttachment(url: string, limits: DownloadLimits = {}): Promise<DownloadOutcome> {
  const maxBytes = limits.maxBytes ?? MAX_DATA_FILE_BYTES;
  const timeoutMs = limits.timeoutMs ?? 15_000;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    return { ok: false, message: failure(error, timeoutMs) };
  }
  if (!response.ok) {
    return { ok: false, message: `Le téléchargement de la pièce jointe a échoué (HTTP ${response.status}).` };
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { ok: false, message: tooLarge(maxBytes) };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        await response.body?.cancel().catch(() => {});
        return { ok: false, message: tooLarge(maxBytes) };
      }
      chunks.push(chunk);
    }
  } catch (error) {
    return { ok: false, message: failure(error, timeoutMs) };
  }
  const bytes = Buffer.concat(chunks);
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    return {
      ok: false,
      message: 'La pièce jointe n’est pas un fichier texte UTF-8 : un fichier de données YAML est attendu.',
    };
  }
  return { ok: true, text };
}

function tooLarge(maxBytes: number): string {
  return `La pièce jointe dépasse ${maxBytes === MAX_DATA_FILE_BYTES ? '1 Mo' : `${maxBytes} octets`} : un fichier de données plus petit est attendu.`;
}

function failure(error: unknown, timeoutMs: number): string {
  const name = (error as Error | undefined)?.name;
  return name === 'TimeoutError' || name === 'AbortError'
    ? `La pièce jointe n’a pas été téléchargée en ${Math.round(timeoutMs / 1000)} s : réessayez.`
    : `La pièce jointe n’a pas pu être téléchargée (${(error as Error | undefined)?.message ?? String(error)}).`;
}
