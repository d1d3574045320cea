import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../packages/bot/src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.s3cr3t-t0k3n-never-printed_xyz';
const base = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '123456789012345678' };

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('reads the required settings and fills the defaults', () => {
    const config = loadConfig(base);
    expect(config.token).toBe(TOKEN);
    expect(config.applicationId).toBe('123456789012345678');
    expect(config.apiUrl).toBe('https://discord.com/api');
    expect(config.dbPath).toBe('./data/ptce.sqlite');
    expect(config.dataPath).toBeUndefined();
    expect(config.guildId).toBeUndefined();
    expect(config.clock).toBeUndefined();
    expect(config.httpPort).toBeUndefined();
  });

  it('reads every optional setting', () => {
    const config = loadConfig({
      ...base,
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:5000/api/',
      PTCE_DATA: 'data/mon-ptce.yaml',
      PTCE_DB: '/var/lib/ptce/ptce.sqlite',
      PTCE_STAFF_ROLE_ID: '323456789012345678',
      PTCE_STAFF_CHANNEL_ID: '423456789012345678',
      PTCE_CLOCK: '2026-03-27T08:59:00+01:00x60',
      PTCE_HTTP_PORT: '8080',
      PTCE_PUBLIC_URL: 'https://agenda.example.org/',
      PTCE_DIGEST_CHANNEL_ID: '523456789012345678',
      PTCE_DIGEST_SCHEDULE: 'vendredi 17h30',
      PTCE_MINUTES_AFTER_DAYS: '10',
      PTCE_EVENTS: 'non',
      PTCE_BACKUP_DIR: '/var/backups/ptce',
      PTCE_BACKUP_KEEP: '30',
    });
    expect({ ...config }).toEqual({
      applicationId: '123456789012345678',
      guildId: '223456789012345678',
      apiUrl: 'http://127.0.0.1:5000/api',
      dataPath: 'data/mon-ptce.yaml',
      dbPath: '/var/lib/ptce/ptce.sqlite',
      staffRoleId: '323456789012345678',
      staffChannelId: '423456789012345678',
      clock: { start: '2026-03-27T08:59:00+01:00', speed: 60 },
      httpPort: 8080,
      publicUrl: 'https://agenda.example.org',
      digest: { channelId: '523456789012345678', weekday: 'FR', time: '17:30' },
      minutesAfterDays: 10,
      events: false,
      backup: { dir: '/var/backups/ptce', keep: 30 },
    });
  });

  it('explains a malformed digest schedule in one French line', () => {
    expect(() => loadConfig({ ...base, PTCE_DIGEST_SCHEDULE: 'tous les lundis' })).toThrow(
      'Réglage invalide : PTCE_DIGEST_SCHEDULE attend un jour et une heure comme « lundi 08:00 », reçu « tous les lundis ».',
    );
  });

  it('names a bad number of backups to keep', () => {
    expect(configError({ ...base, PTCE_BACKUP_KEEP: '0' }).message).toBe(
      'Réglage invalide : PTCE_BACKUP_KEEP attend un nombre de sauvegardes à garder (1 à 999), reçu « 0 ».',
    );
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ ...base, DISCORD_GUILD_ID: '', PTCE_CLOCK: '  ' });
    expect(config.guildId).toBeUndefined();
    expect(config.clock).toBeUndefined();
  });

  it('stops on a missing token with one French line naming DISCORD_TOKEN', () => {
    const error = configError({ DISCORD_APPLICATION_ID: '123456789012345678' });
    expect(error.message).toBe(
      'Réglage manquant : DISCORD_TOKEN (le jeton du bot, à copier depuis le portail des développeurs Discord).',
    );
    expect(error.variables).toEqual(['DISCORD_TOKEN']);
  });

  it('names a malformed application id and shows what it received', () => {
    const error = configError({ ...base, DISCORD_APPLICATION_ID: '12ab' });
    expect(error.message).toBe(
      'Réglage invalide : DISCORD_APPLICATION_ID doit être un identifiant Discord de 17 à 20 chiffres, reçu « 12ab ».',
    );
  });

  it('names a missing application id', () => {
    expect(configError({ DISCORD_TOKEN: TOKEN }).message).toBe(
      'Réglage manquant : DISCORD_APPLICATION_ID (identifiant Discord, 17 à 20 chiffres).',
    );
  });

  it('names a bad clock, port, API URL and staff role', () => {
    expect(configError({ ...base, PTCE_CLOCK: 'demain' }).message).toBe(
      'Réglage PTCE_CLOCK invalide : « demain » (attendu : une date et heure comme 2026-03-27T08:59:00+01:00, éventuellement suivie de x60 pour faire passer le temps 60 fois plus vite).',
    );
    expect(configError({ ...base, PTCE_HTTP_PORT: '70000' }).message).toBe(
      'Réglage invalide : PTCE_HTTP_PORT doit être un numéro de port entre 1 et 65535, reçu « 70000 ».',
    );
    expect(configError({ ...base, DISCORD_API_URL: 'discord.com' }).message).toBe(
      'Réglage invalide : DISCORD_API_URL doit être une adresse http(s), reçu « discord.com ».',
    );
    expect(configError({ ...base, PTCE_STAFF_ROLE_ID: 'Bureau' }).variables).toEqual(['PTCE_STAFF_ROLE_ID']);
  });

  it('keeps several problems on one line, naming the other variables', () => {
    const error = configError({ DISCORD_APPLICATION_ID: 'x', PTCE_HTTP_PORT: 'http' });
    expect(error.message.split('\n')).toHaveLength(1);
    expect(error.message).toBe(
      'Réglage manquant : DISCORD_TOKEN (le jeton du bot, à copier depuis le portail des développeurs Discord). (à corriger aussi : DISCORD_APPLICATION_ID, PTCE_HTTP_PORT)',
    );
  });

  it('never shows the token in a config error, even a malformed one', () => {
    const spaced = `${TOKEN} extra`;
    const error = configError({ ...base, DISCORD_TOKEN: spaced, DISCORD_APPLICATION_ID: TOKEN });
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain('s3cr3t');
    expect(error.message).toContain('DISCORD_TOKEN');
  });

  it('never shows the token in its string, JSON or inspect forms', () => {
    const config = loadConfig(base);
    for (const text of [
      String(config),
      `${config}`,
      JSON.stringify(config),
      inspect(config),
      inspect({ config }),
    ]) {
      expect(text).not.toContain(TOKEN);
      expect(text).toContain('[masqué]');
    }
    expect(Object.keys(config)).not.toContain('token');
    expect(JSON.parse(JSON.stringify(config)).applicationId).toBe('123456789012345678');
  });
});
