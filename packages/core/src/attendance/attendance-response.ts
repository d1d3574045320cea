/** A member's answer to a convocation: coming, excused, absent, or giving a proxy (pouvoir). */
export type AttendanceAnswer = 'present' | 'excused' | 'absent' | 'proxy';

/** One answer as recorded. A respondent's latest answer before the meeting starts counts. */
export interface AttendanceResponse {
  /** Who answered: a person id, or a structure id when the structure answers as such. */
  readonly respondent: string;
  readonly answer: AttendanceAnswer;
  /** For `proxy`: the person or structure that carries the voice. */
  readonly holder?: string;
  /** When it was answered, in epoch milliseconds. */
  readonly at: number;
}
