/** What a click on the feuille d'émargement's components asks. */
export type SheetAction = 'present' | 'absent' | 'excused' | 'giver' | 'page' | 'confirm';

/** A decoded component of the sheet message. */
export type SheetCustomId =
  | { readonly kind: SheetAction; readonly page: number; readonly meetingId: string }
  | { readonly kind: 'holder'; readonly page: number; readonly giver: number; readonly meetingId: string };

/** `emarg:<action>:<page>:<meeting id>`: a select or button of the sheet (ids are slugs). */
export function sheetCustomId(action: SheetAction, page: number, meetingId: string): string {
  return `emarg:${action}:${page}:${meetingId}`;
}

/** `emarg:holder:<page>:<giver's row>:<meeting id>`: the select of who carries a proxy. */
export function sheetHolderId(page: number, giver: number, meetingId: string): string {
  return `emarg:holder:${page}:${giver}:${meetingId}`;
}

/** Decodes a custom id of the sheet, or `undefined` for anything else. */
export function parseSheetCustomId(customId: string): SheetCustomId | undefined {
  const action = /^emarg:(present|absent|excused|giver|page|confirm):(\d{1,4}):([a-z0-9-]+)$/.exec(customId);
  if (action) {
    return { kind: action[1] as SheetAction, page: Number(action[2]), meetingId: action[3] as string };
  }
  const holder = /^emarg:holder:(\d{1,4}):(\d{1,5}):([a-z0-9-]+)$/.exec(customId);
  return holder
    ? {
        kind: 'holder',
        page: Number(holder[1]),
        giver: Number(holder[2]),
        meetingId: holder[3] as string,
      }
    : undefined;
}
