import type { AttendanceAnswer } from '@ptce/core';

const ANSWERS: readonly AttendanceAnswer[] = ['present', 'excused', 'absent', 'proxy'];

/** A decoded button or select of the attendance components. */
export type AttendanceCustomId =
  | { readonly kind: 'answer'; readonly answer: AttendanceAnswer; readonly meetingId: string }
  | { readonly kind: 'holder'; readonly meetingId: string };

/** The custom id of an answer button: `presence:<answer>:<meeting id>` (ids are slugs, ≤ 100 chars). */
export function answerButtonId(answer: AttendanceAnswer, meetingId: string): string {
  return `presence:${answer}:${meetingId}`;
}

/** The custom id of the user select that picks a proxy holder. */
export function holderSelectId(meetingId: string): string {
  return `pouvoir:${meetingId}`;
}

/** Decodes a custom id of ours, or `undefined` for anything else. */
export function parseAttendanceCustomId(customId: string): AttendanceCustomId | undefined {
  const answer = /^presence:(present|excused|absent|proxy):([a-z0-9-]+)$/.exec(customId);
  if (answer && ANSWERS.includes(answer[1] as AttendanceAnswer)) {
    return { kind: 'answer', answer: answer[1] as AttendanceAnswer, meetingId: answer[2] as string };
  }
  const holder = /^pouvoir:([a-z0-9-]+)$/.exec(customId);
  return holder ? { kind: 'holder', meetingId: holder[1] as string } : undefined;
}
