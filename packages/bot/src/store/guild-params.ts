/** The named parameter every statement of the store takes: rows always belong to one guild. */
export type GuildParams = { guild: string };
