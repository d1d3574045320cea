/** One step of the schema: SQL run in a single transaction, after which the version is its position. */
export interface Migration {
  /** What the step adds, for logs and error messages. */
  readonly description: string;
  readonly sql: string;
}

/**
 * The store's schema, as an ordered list of steps. Step `i` brings the database to version `i + 1`
 * (kept in `PRAGMA user_version`). Never edit or reorder a released step: append a new one.
 * Every table carries `guild_id`, since one process serves several Discord servers.
 * Times are ISO 8601 UTC text, so that they sort and read well in the `sqlite3` shell.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    description: 'registre des rappels, routes et journal des décisions',
    sql: `
      CREATE TABLE reminder_ledger (
        guild_id TEXT NOT NULL,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'skipped')),
        nonce TEXT NOT NULL,
        channel_id TEXT,
        claimed_at TEXT,
        sent_at TEXT,
        message_id TEXT,
        reason TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, key, fingerprint)
      ) STRICT;
      CREATE INDEX reminder_ledger_state ON reminder_ledger (guild_id, state);

      CREATE TABLE reminder_routes (
        guild_id TEXT NOT NULL,
        target TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        role_id TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, target, channel_id)
      ) STRICT;

      CREATE TABLE decision_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id TEXT NOT NULL,
        key TEXT NOT NULL,
        decision TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX decision_log_key ON decision_log (guild_id, key, seq);
      -- Staff read this log to learn why a reminder did not arrive: history must not be rewritten.
      CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON decision_log
        BEGIN SELECT RAISE(ABORT, 'decision_log is append-only'); END;
      CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log
        BEGIN SELECT RAISE(ABORT, 'decision_log is append-only'); END;
    `,
  },
  {
    description: 'réunions modifiées sur Discord, résumés et événements programmés',
    sql: `
      -- data holds the whole validated Meeting; the other columns copy it for queries.
      CREATE TABLE meeting_overlay (
        guild_id TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        body_id TEXT,
        group_id TEXT,
        start_local TEXT NOT NULL,
        status TEXT NOT NULL,
        revision INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (guild_id, meeting_id)
      ) STRICT;

      CREATE TABLE digest_state (
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        period_key TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, channel_id)
      ) STRICT;

      CREATE TABLE scheduled_events (
        guild_id TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        event_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, meeting_id)
      ) STRICT;
    `,
  },
  {
    description: 'repère du planificateur de rappels',
    sql: `
      -- The last instant the reminder scheduler decided up to, so a restart after a long
      -- downtime still decides (and records) every reminder of the gap.
      CREATE TABLE scheduler_state (
        guild_id TEXT NOT NULL,
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, name)
      ) STRICT;
    `,
  },
  {
    description: 'présences : réponses aux convocations, membres liés et messages à boutons',
    sql: `
      -- One answer per (meeting, Discord member): a second click replaces the first, never adds.
      CREATE TABLE attendance_answers (
        guild_id TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        respondent TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('present', 'excused', 'absent', 'proxy')),
        holder TEXT,
        answered_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, meeting_id, user_id)
      ) STRICT;

      -- Which person or structure of the data file a Discord member answers for (set by staff).
      CREATE TABLE member_links (
        guild_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        respondent TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, user_id)
      ) STRICT;
      CREATE INDEX member_links_respondent ON member_links (guild_id, respondent);

      -- Messages carrying answer buttons, and the counts they last showed: a restart between an
      -- answer and the edit of the counts is caught up from here.
      CREATE TABLE attendance_messages (
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        shown TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, message_id)
      ) STRICT;
      CREATE INDEX attendance_messages_meeting ON attendance_messages (guild_id, meeting_id);
    `,
  },
  {
    description: 'serveurs liés à un PTCE, versions des données, réglages par serveur',
    sql: `
      -- One guild, one PTCE; one PTCE, one guild. left_at is set when the bot leaves the guild:
      -- its data are purged 30 days later unless it comes back.
      CREATE TABLE guild_bindings (
        guild_id TEXT NOT NULL PRIMARY KEY,
        ptce_id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL CHECK (source IN ('env', 'upload')),
        bound_at TEXT NOT NULL,
        left_at TEXT
      ) STRICT;

      -- Every accepted data file, byte for byte: the current one is the latest version.
      CREATE TABLE dataset_versions (
        guild_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        ptce_id TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        yaml TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        restored_from INTEGER,
        PRIMARY KEY (guild_id, version)
      ) STRICT;

      -- Only what staff changed with /parametres; the rest comes from the defaults (and, for the
      -- seeded guild, the environment). Validated by the GuildSettings schema on both ways.
      CREATE TABLE guild_settings (
        guild_id TEXT NOT NULL PRIMARY KEY,
        settings TEXT NOT NULL CHECK (json_valid(settings)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- The guild a member picked for their DMs, when they share several PTCE guilds with the bot.
      CREATE TABLE dm_choices (
        user_id TEXT NOT NULL PRIMARY KEY,
        guild_id TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX dm_choices_guild ON dm_choices (guild_id);

      -- Purging a guild is the one deletion the decision log allows: while a guild's id sits in
      -- guild_purges (inside the purge transaction only), its lines may go.
      CREATE TABLE guild_purges (guild_id TEXT NOT NULL PRIMARY KEY) STRICT;
      DROP TRIGGER decision_log_no_delete;
      CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON decision_log
        WHEN NOT EXISTS (SELECT 1 FROM guild_purges WHERE guild_id = OLD.guild_id)
        BEGIN SELECT RAISE(ABORT, 'decision_log is append-only'); END;
    `,
  },
  {
    description: 'feuilles d’émargement : corrections en cours et feuilles confirmées',
    sql: `
      -- The sheet staff are correcting, whole (core SheetRow[] as JSON): each click rewrites it.
      CREATE TABLE attendance_sheet_drafts (
        guild_id TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        rows TEXT NOT NULL CHECK (json_valid(rows)),
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, meeting_id)
      ) STRICT;

      -- The confirmed sheet of a meeting, one per meeting: confirming again replaces it. Its
      -- present count is the meeting's participant figure (source « bot »).
      CREATE TABLE attendance_sheets (
        guild_id TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        present INTEGER NOT NULL,
        represented INTEGER NOT NULL,
        confirmed_by TEXT NOT NULL,
        confirmed_at TEXT NOT NULL,
        PRIMARY KEY (guild_id, meeting_id)
      ) STRICT;

      -- Its lines, as confirmed: names are kept as they were, whatever the data file becomes.
      CREATE TABLE attendance_sheet_rows (
        guild_id TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        voter_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('structure', 'person')),
        structure_id TEXT,
        structure_name TEXT,
        name TEXT,
        status TEXT NOT NULL CHECK (status IN ('present', 'represented', 'excused', 'absent')),
        holder TEXT,
        PRIMARY KEY (guild_id, meeting_id, voter_id)
      ) STRICT;
    `,
  },
  {
    description: 'version des réunions modifiées sur Discord, tenue par des déclencheurs',
    sql: `
      -- One row per guild: how many meetings its overlay holds, and a counter that every change
      -- to the overlay increments, so that a process knows its overlaid dataset is current by
      -- reading one row. epoch is never reused (AUTOINCREMENT): a purged guild starts again with
      -- a new one, so that no version seen before the purge is mistaken for one after it.
      CREATE TABLE meeting_overlay_versions (
        epoch INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id TEXT NOT NULL UNIQUE,
        meetings INTEGER NOT NULL,
        version INTEGER NOT NULL
      ) STRICT;

      -- The version at which each meeting of the overlay last changed (stored, changed or
      -- removed: the row outlives the meeting), so that a process applies only what changed
      -- since the version it built for.
      CREATE TABLE meeting_overlay_changes (
        guild_id TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        PRIMARY KEY (guild_id, meeting_id)
      ) STRICT;
      CREATE INDEX meeting_overlay_changes_version ON meeting_overlay_changes (guild_id, version);

      INSERT INTO meeting_overlay_versions (guild_id, meetings, version)
        SELECT guild_id, count(*), 1 FROM meeting_overlay GROUP BY guild_id ORDER BY guild_id;
      INSERT INTO meeting_overlay_changes (guild_id, meeting_id, version)
        SELECT guild_id, meeting_id, 1 FROM meeting_overlay;

      CREATE TRIGGER meeting_overlay_inserted AFTER INSERT ON meeting_overlay BEGIN
        INSERT INTO meeting_overlay_versions (guild_id, meetings, version) VALUES (NEW.guild_id, 1, 1)
          ON CONFLICT (guild_id) DO UPDATE SET meetings = meetings + 1, version = version + 1;
        INSERT INTO meeting_overlay_changes (guild_id, meeting_id, version)
          SELECT NEW.guild_id, NEW.meeting_id, version FROM meeting_overlay_versions
          WHERE guild_id = NEW.guild_id
          ON CONFLICT (guild_id, meeting_id) DO UPDATE SET version = excluded.version;
      END;
      CREATE TRIGGER meeting_overlay_updated AFTER UPDATE ON meeting_overlay BEGIN
        UPDATE meeting_overlay_versions SET version = version + 1 WHERE guild_id = NEW.guild_id;
        UPDATE meeting_overlay_changes
          SET version = (SELECT version FROM meeting_overlay_versions WHERE guild_id = NEW.guild_id)
          WHERE guild_id = NEW.guild_id AND meeting_id = NEW.meeting_id;
      END;
      CREATE TRIGGER meeting_overlay_deleted AFTER DELETE ON meeting_overlay BEGIN
        UPDATE meeting_overlay_versions SET meetings = meetings - 1, version = version + 1
          WHERE guild_id = OLD.guild_id;
        UPDATE meeting_overlay_changes
          SET version = (SELECT version FROM meeting_overlay_versions WHERE guild_id = OLD.guild_id)
          WHERE guild_id = OLD.guild_id AND meeting_id = OLD.meeting_id;
      END;
      -- The triggers above follow a meeting by its guild and id: those never change in place.
      CREATE TRIGGER meeting_overlay_key_fixed BEFORE UPDATE OF guild_id, meeting_id ON meeting_overlay
        WHEN NEW.guild_id IS NOT OLD.guild_id OR NEW.meeting_id IS NOT OLD.meeting_id
        BEGIN SELECT RAISE(ABORT, 'a meeting of the overlay keeps its guild and id'); END;
    `,
  },
];
