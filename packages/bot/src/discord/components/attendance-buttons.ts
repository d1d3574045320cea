import type { MeetingAttendanceRules } from '@ptce/core';
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { answerButtonId, holderSelectId } from './attendance-custom-id.js';

/**
 * The row of answer buttons for a meeting: Présent·e, Excusé·e, Absent·e, and Donner pouvoir where
 * the body allows proxies.
 */
export function attendanceButtons(
  rules: MeetingAttendanceRules,
  /** Added to each label ("Présent·e (2)") when several meetings' buttons are shown together. */
  suffix = '',
): APIActionRowComponent<APIComponentInMessageActionRow> {
  const button = (answer: 'present' | 'excused' | 'absent' | 'proxy', label: string, style: ButtonStyle) => ({
    type: ComponentType.Button as const,
    custom_id: answerButtonId(answer, rules.meetingId),
    label: `${label}${suffix}`,
    style,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button('present', 'Présent·e', ButtonStyle.Success),
      button('excused', 'Excusé·e', ButtonStyle.Secondary),
      button('absent', 'Absent·e', ButtonStyle.Secondary),
      ...(rules.rules.proxies ? [button('proxy', 'Donner pouvoir', ButtonStyle.Primary)] : []),
    ],
  } as APIActionRowComponent<APIComponentInMessageActionRow>;
}

/** The user select that picks who carries the proxy (shown to the giver only). */
export function holderSelect(meetingId: string): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.UserSelect,
        custom_id: holderSelectId(meetingId),
        placeholder: 'À qui donnez-vous pouvoir ?',
        min_values: 1,
        max_values: 1,
      },
    ],
  } as APIActionRowComponent<APIComponentInMessageActionRow>;
}
