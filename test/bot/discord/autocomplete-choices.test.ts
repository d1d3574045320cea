import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../packages/bot/src/data/load-data.js';
import { matchingChoices, resolveChoice } from '../../../packages/bot/src/discord/autocomplete-choices.js';

const dataset = loadDataset(new URL('../../fixtures/second-ptce.yaml', import.meta.url).pathname);

describe('matchingChoices', () => {
  it('lists every body then every group, in dataset order, when nothing is typed', () => {
    expect(matchingChoices(dataset, '', ['body', 'group', 'subgroup'])).toEqual([
      { name: 'Conseil de coopération', value: 'conseil-cooperation' },
      { name: 'Assemblée des membres', value: 'assemblee-membres' },
      { name: 'Bureau', value: 'bureau' },
      { name: 'GT1 Filière textile', value: 'gt1' },
      { name: "GT2 Accès à l'alimentation", value: 'gt2' },
      { name: 'GT3 Réemploi et réparation', value: 'gt3' },
    ]);
  });

  it('matches the start of any word, ignoring case and accents', () => {
    expect(matchingChoices(dataset, 'REEMP', ['body', 'group', 'subgroup'])).toEqual([
      { name: 'GT3 Réemploi et réparation', value: 'gt3' },
    ]);
    expect(matchingChoices(dataset, 'gt2', ['group'])).toEqual([
      { name: "GT2 Accès à l'alimentation", value: 'gt2' },
    ]);
  });

  it('finds structures by name', () => {
    expect(matchingChoices(dataset, 'opale', ['structure'])).toEqual([
      { name: "Fil d'Opale", value: 'fil-d-opale' },
    ]);
  });

  it('tolerates a typo', () => {
    expect(matchingChoices(dataset, 'conseil de cooperaton', ['body']).map((c) => c.value)).toContain(
      'conseil-cooperation',
    );
  });

  it('returns nothing for a name that does not exist', () => {
    expect(matchingChoices(dataset, 'zzzz', ['body', 'group'])).toEqual([]);
  });
});

describe('resolveChoice', () => {
  it('takes an id picked from the choices as it is, with its kind', () => {
    expect(resolveChoice(dataset, 'bureau', ['body', 'group'])).toEqual({ kind: 'body', id: 'bureau' });
    expect(resolveChoice(dataset, 'gt1', ['body', 'group'])).toEqual({ kind: 'group', id: 'gt1' });
  });

  it('takes the best match for typed text, and nothing when there is none', () => {
    expect(resolveChoice(dataset, 'textile', ['group'])).toEqual({ kind: 'group', id: 'gt1' });
    expect(resolveChoice(dataset, 'inconnu', ['group'])).toBeUndefined();
  });
});
