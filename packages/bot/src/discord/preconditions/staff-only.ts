import { type ChatInputCommandInteraction, PermissionFlagsBits } from 'discord.js';
import { reply } from '../../conversation/reply.js';
import type { Precondition } from '../slash-command.js';

/** What deciding "staff or not" needs to know about a member. */
export interface MemberFacts {
  readonly roleIds: readonly string[];
  /** The member's permissions in the guild (Administrator included). */
  readonly permissions: bigint;
}

/** Staff: the member has the staff role, or may manage the server (administrators may). */
export function isStaffMember(member: MemberFacts | undefined, staffRoleId: string | undefined): boolean {
  if (!member) return false;
  const { permissions } = member;
  if ((permissions & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n)
    return true;
  return staffRoleId !== undefined && member.roleIds.includes(staffRoleId);
}

/** The facts about the member behind an interaction; none in a DM. */
export function memberFacts(interaction: ChatInputCommandInteraction): MemberFacts | undefined {
  const member = interaction.member;
  if (!member || !interaction.inGuild()) return undefined;
  const roleIds = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return { roleIds, permissions: interaction.memberPermissions?.bitfield ?? 0n };
}

/** Staff-only commands: everyone else gets a French refusal, only for them. */
export const staffOnly: Precondition = (interaction, services) =>
  isStaffMember(memberFacts(interaction), services.staffRoleId)
    ? undefined
    : reply('refused', 'Commande réservée à l’équipe', {
        lines: [
          'Cette commande est réservée à l’équipe d’animation du PTCE (rôle équipe ou permission « Gérer le serveur »).',
        ],
        error: true,
      });
