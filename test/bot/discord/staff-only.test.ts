import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { isStaffMember } from '../../../packages/bot/src/discord/preconditions/staff-only.js';

const STAFF_ROLE = '323456789012345678';
const member = (roleIds: string[], permissions = 0n) => ({ roleIds, permissions });

describe('isStaffMember', () => {
  it('accepts a member with the staff role', () => {
    expect(isStaffMember(member(['1', STAFF_ROLE]), STAFF_ROLE)).toBe(true);
  });

  it('accepts a member who may manage the server, or an administrator, without the role', () => {
    expect(isStaffMember(member([], PermissionFlagsBits.ManageGuild), STAFF_ROLE)).toBe(true);
    expect(isStaffMember(member([], PermissionFlagsBits.Administrator), undefined)).toBe(true);
  });

  it('refuses other members, and everyone outside a server', () => {
    expect(isStaffMember(member(['1'], PermissionFlagsBits.SendMessages), STAFF_ROLE)).toBe(false);
    expect(isStaffMember(member([STAFF_ROLE]), undefined)).toBe(false);
    expect(isStaffMember(undefined, STAFF_ROLE)).toBe(false);
  });
});
