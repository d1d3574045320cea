import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixture } from '../bot/discord/e2e-harness.js';
import type { FakeGuildInput } from '../support/fake-discord.js';

/** Eve is staff of another server the bot is in, and a plain member of the PTCE's. */
export const EVE = '110000000000000042';

/**
 * The second PTCE with attendance rules on its council, as a PTCE's staff would set them: the
 * four member structures are convened, one voice each, quorum half, one proxy per holder.
 */
export function dataWithRules(dir: string): string {
  const text = readFileSync(fixture('second-ptce.yaml'), 'utf8').replace(
    '    composition: Les membres, les EPCI et les partenaires.\n',
    '    composition: Les membres, les EPCI et les partenaires.\n' +
      '    attendance: { convened: members, voice: structure, quorum: 1/2, proxies: { maxPerHolder: 1 }, noticeDays: 8, setting: true }\n',
  );
  const file = path.join(dir, 'ptce-presences.yaml');
  writeFileSync(file, text);
  return file;
}

/** The PTCE's server: Alice is staff (Bureau), the others members. */
export const ptceGuild: FakeGuildInput = {
  name: 'PTCE Pôle Ressources',
  members: [
    { user: { username: 'alice', globalName: 'Alice Martin' }, roles: ['Bureau', 'Membre'] },
    { user: { username: 'bob', globalName: 'Bob Durand' }, roles: ['Membre'] },
    { user: { username: 'carol', globalName: 'Carole Petit' }, roles: ['Membre'] },
    { user: { username: 'dan', globalName: 'Dan Roux' }, roles: ['Membre'] },
    { user: { id: EVE, username: 'eve', globalName: 'Ève Voisine' }, roles: ['Membre'] },
  ],
};
