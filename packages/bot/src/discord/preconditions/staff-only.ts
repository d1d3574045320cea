import {
  type ChatInputCommandInteraction,
  type MessageComponentInteraction,
  PermissionFlagsBits,
} from 'discord.js';
import type { Reply } from '../../conversation/reply.js';
import { reply } from '../../conversation/reply.js';
import type { BotServices } from '../bot-services.js';
import type { Precondition } from '../slash-command.js';

/** What deciding "staff or not" needs to know about a member. */
export interface MemberFacts {
  /** The guild these facts hold in: Discord gives a member's roles and permissions per guild. */
  readonly guildId: string;
  readonly roleIds: readonly string[];
  /** The member's permissions in that guild (Administrator included). */
  readonly permissions: bigint;
}

/**
 * Staff of `guildId`: the member acts from that guild, and has the staff role or may manage it
 * (administrators may). Managing another guild gives no right at all here.
 */
export function isStaffMember(
  member: MemberFacts | undefined,
  guildId: string | undefined,
  staffRoleIds: string | readonly string[] | undefined,
): boolean {
  if (!member || guildId === undefined || member.guildId !== guildId) return false;
  const { permissions } = member;
  if ((permissions & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n)
    return true;
  const roles = typeof staffRoleIds === 'string' ? [staffRoleIds] : (staffRoleIds ?? []);
  return roles.some((role) => member.roleIds.includes(role));
}

/** A command, or a click on a component of a staff reply: both carry the member who acts. */
type StaffInteraction = ChatInputCommandInteraction | MessageComponentInteraction;

/** The facts about the member behind an interaction; none in a DM. */
export function memberFacts(interaction: StaffInteraction): MemberFacts | undefined {
  const member = interaction.member;
  if (!member || !interaction.inGuild()) return undefined;
  const roleIds = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
  return {
    guildId: interaction.guildId,
    roleIds,
    permissions: interaction.memberPermissions?.bitfield ?? 0n,
  };
}

const TITLE = 'Commande réservée à l’équipe';

/** The refusal of a member who is not staff of the guild the command acts on. */
function refusal(interaction: StaffInteraction, ptceGuildId: string | undefined, shared: boolean) {
  const elsewhere = interaction.inGuild() && interaction.guildId !== ptceGuildId;
  const line = !elsewhere
    ? 'Cette commande est réservée à l’équipe d’animation du PTCE (rôle équipe ou permission « Gérer le serveur »).'
    : ptceGuildId === undefined
      ? 'Aucun serveur n’est rattaché au PTCE : l’hébergeur doit indiquer son identifiant (réglage DISCORD_GUILD_ID).'
      : shared
        ? 'Les données du PTCE sont communes à tous les serveurs : seule l’équipe du serveur du PTCE peut les recharger. Les droits sur ce serveur-ci n’y donnent pas accès.'
        : 'Ce serveur n’est pas celui du PTCE : les droits sur ce serveur-ci ne donnent aucun droit sur ses réunions ni ses rappels.';
  return reply('refused', TITLE, { lines: [line], error: true });
}

/** The staff roles of a guild: its settings', and the environment's for the seeded guild. */
function staffRolesOf(services: BotServices, guildId: string | undefined): readonly string[] {
  if (guildId === undefined) return [];
  const roles = services.settings(guildId).staffRoleIds;
  return guildId === services.ptceGuildId && services.staffRoleId && !roles.includes(services.staffRoleId)
    ? [...roles, services.staffRoleId]
    : roles;
}

/**
 * Staff of the guild whose PTCE the command changes: its meetings and reminder routes. A guild
 * with a PTCE of its own is acted on by its own staff; any other is refused, with the reason.
 */
export const staffOnly: Precondition = (interaction, services) => staffRefusal(interaction, services);

/**
 * The refusal {@link staffOnly} gives, for a command or for a click on a component of a staff reply
 * (the buttons of a feuille d'émargement): `undefined` when the member is staff of the PTCE's guild.
 */
export function staffRefusal(interaction: StaffInteraction, services: BotServices): Reply | undefined {
  const guildId = services.guildData.isSetUp(interaction.guildId)
    ? (interaction.guildId ?? undefined)
    : services.ptceGuildId;
  return isStaffMember(memberFacts(interaction), guildId, staffRolesOf(services, guildId))
    ? undefined
    : refusal(interaction, guildId, false);
}

/**
 * Staff of the guild the command is used in, set up or not: what a guild's staff do to their own
 * PTCE (import its data, change its settings). Rights in another guild count for nothing.
 */
export const guildStaffOnly: Precondition = (interaction, services) => {
  const guildId = interaction.guildId ?? undefined;
  return isStaffMember(memberFacts(interaction), guildId, staffRolesOf(services, guildId))
    ? undefined
    : reply('refused', TITLE, {
        lines: [
          'Cette commande est réservée à l’équipe d’animation du PTCE de ce serveur (rôle équipe ou permission « Gérer le serveur »).',
        ],
        error: true,
      });
};

/**
 * Staff of the PTCE's own guild (the one `DISCORD_GUILD_ID` seeds), for what every guild shares:
 * the process-wide data file, the regional registry.
 */
export const sharedStaffOnly: Precondition = (interaction, services) => {
  const guildId = services.ptceGuildId;
  return isStaffMember(memberFacts(interaction), guildId, staffRolesOf(services, guildId))
    ? undefined
    : refusal(interaction, guildId, true);
};
