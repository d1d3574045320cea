import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { isStaffMember } from '../../../packages/bot/src/discord/preconditions/staff-only.js';

const STAFF_ROLE = '323456789012345678';
const PTCE_GUILD = '423456789012345678';
const OTHER_GUILD = '523456789012345678';
const member = (roleIds: string[], permissions = 0n, guildId = PTCE_GUILD) => ({
  guildId,
  roleIds,
  permissions,
});

describe('isStaffMember', () => {
  it('accepts a member with the staff role', () => {
    expect(isStaffMember(member(['1', STAFF_ROLE]), PTCE_GUILD, STAFF_ROLE)).toBe(true);
  });

  it('accepts a member who may manage the server, or an administrator, without the role', () => {
    expect(isStaffMember(member([], PermissionFlagsBits.ManageGuild), PTCE_GUILD, STAFF_ROLE)).toBe(true);
    expect(isStaffMember(member([], PermissionFlagsBits.Administrator), PTCE_GUILD, undefined)).toBe(true);
  });

  it('refuses other members, and everyone outside a server', () => {
    expect(isStaffMember(member(['1'], PermissionFlagsBits.SendMessages), PTCE_GUILD, STAFF_ROLE)).toBe(
      false,
    );
    expect(isStaffMember(member([STAFF_ROLE]), PTCE_GUILD, undefined)).toBe(false);
    expect(isStaffMember(undefined, PTCE_GUILD, STAFF_ROLE)).toBe(false);
  });

  it('counts no right held in another guild, administrator included, nor any when no guild has the PTCE', () => {
    const admin = PermissionFlagsBits.Administrator | PermissionFlagsBits.ManageGuild;
    expect([
      isStaffMember(member([], admin, OTHER_GUILD), PTCE_GUILD, STAFF_ROLE),
      isStaffMember(member([STAFF_ROLE], 0n, OTHER_GUILD), PTCE_GUILD, STAFF_ROLE),
      isStaffMember(member([], admin), undefined, STAFF_ROLE),
    ]).toEqual([false, false, false]);
  });
});
