import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../packages/bot/src/discord/slash-commands.js';

type Localized = { name: string; name_localizations?: Record<string, string> | null; options?: Localized[] };

describe('slash command definitions', () => {
  const definitions = commandDefinitions();

  it('are the fifteen French commands', () => {
    expect(definitions.map((d) => d.name)).toEqual([
      'prochain',
      'agenda',
      'groupe',
      'structure',
      'indicateurs',
      'gouvernance',
      'question',
      'aide',
      'comptes-rendus',
      'mes-reunions',
      'mes-donnees',
      'membre',
      'donnees',
      'parametres',
      'reunion',
      'rappels',
    ]);
  });

  it('give every command and option an English name and description for en-US and en-GB', () => {
    const check = (
      item: Localized & { description?: string; description_localizations?: Record<string, string> | null },
    ) => {
      expect(Object.keys(item.name_localizations ?? {}).sort()).toEqual(['en-GB', 'en-US']);
      expect(Object.keys(item.description_localizations ?? {}).sort()).toEqual(['en-GB', 'en-US']);
      for (const option of item.options ?? []) check(option);
    };
    for (const definition of definitions) check(definition as never);
  });

  it('name their English versions', () => {
    expect(Object.fromEntries(definitions.map((d) => [d.name, d.name_localizations?.['en-US']]))).toEqual({
      prochain: 'next',
      agenda: 'agenda',
      groupe: 'group',
      structure: 'organisation',
      indicateurs: 'indicators',
      gouvernance: 'governance',
      question: 'question',
      aide: 'help',
      'comptes-rendus': 'minutes',
      'mes-reunions': 'my-meetings',
      'mes-donnees': 'my-data',
      membre: 'member',
      donnees: 'data',
      parametres: 'settings',
      reunion: 'meeting',
      rappels: 'reminders',
    });
  });

  it('offer autocomplete for bodies, groups and structures, and fixed choices for the agenda period', () => {
    const option = (command: string, name: string) =>
      (definitions.find((d) => d.name === command)?.options ?? []).find(
        (o) => o.name === name,
      ) as unknown as Record<string, unknown>;
    expect(option('prochain', 'instance')).toMatchObject({ autocomplete: true, required: false });
    expect(option('groupe', 'nom')).toMatchObject({ autocomplete: true, required: true });
    expect(option('structure', 'nom')).toMatchObject({ autocomplete: true, required: true });
    expect((option('agenda', 'periode').choices as { value: string }[]).map((c) => c.value)).toEqual([
      'semaine',
      'mois',
      'trimestre',
      'annee',
    ]);
  });

  it('hide /donnees and /parametres from members who cannot manage the server, and keep them out of DMs', () => {
    const donnees = definitions.find((d) => d.name === 'donnees')!;
    const parametres = definitions.find((d) => d.name === 'parametres')!;
    expect([donnees.default_member_permissions, parametres.default_member_permissions]).toEqual(['32', '32']);
    expect([donnees.contexts, parametres.contexts]).toEqual([[0], [0]]);
    expect(donnees.options?.map((o) => o.name)).toEqual([
      'recharger',
      'importer',
      'historique',
      'restaurer',
      'exporter',
    ]);
    expect(parametres.options?.map((o) => o.name)).toEqual([
      'voir',
      'role-equipe',
      'salon-equipe',
      'evenements',
      'relance-compte-rendu',
      'resume',
    ]);
  });

  it('hide /reunion and /rappels the same way, with their French subcommands', () => {
    const staff = (name: string) => definitions.find((d) => d.name === name)!;
    for (const name of ['reunion', 'rappels']) {
      expect(staff(name).default_member_permissions).toBe('32');
      expect(staff(name).contexts).toEqual([0]);
    }
    expect(staff('reunion').options?.map((o) => o.name)).toEqual([
      'planifier',
      'deplacer',
      'annuler',
      'ordre-du-jour',
      'compte-rendu',
      'presences',
      'relancer',
      'emargement',
    ]);
    expect(staff('rappels').options?.map((o) => o.name)).toEqual(['canal', 'retirer', 'liste', 'tester']);
  });
});
