/** Someone who signed the attendance sheet. */
export interface SheetAttendee {
  /** A person id, or the id the bot knows them by. */
  readonly id: string;
  readonly name?: string;
  /** The member structure they came for, if any. */
  readonly structure?: string;
}

/**
 * The feuille d'émargement of a held meeting, as staff confirmed it: who was there and which
 * voices were represented by proxy. It is the meeting's participation figure.
 */
export interface AttendanceSheet {
  readonly meetingId: string;
  readonly present: readonly SheetAttendee[];
  /** Voices (structure or person ids) represented by proxy. */
  readonly represented: readonly string[];
  /** When staff confirmed it, in epoch milliseconds. */
  readonly confirmedAt: number;
}
