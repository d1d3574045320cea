import { capitalizeFr, type Dataset, type DatedMeeting, formatCountFr } from '@ptce/core';
import type { ComponentChildren } from 'preact';
import { meetingDateText, targetName } from '../../conversation/answers/meeting-text.js';
import type { SiteContext } from '../site-context.js';
import { siteMeetings } from '../site-meetings.js';
import { sitePaths } from '../site-paths.js';
import { Layout } from './layout.js';

/** The meetings a compte-rendu is expected for, by body or group, then by year (latest first). */
export interface MinutesShelf {
  readonly target: string;
  readonly name: string;
  readonly years: readonly { readonly year: number; readonly meetings: readonly DatedMeeting[] }[];
}

/**
 * Every meeting of a body or a group that has a compte-rendu or should have one (it is over and
 * was not cancelled), grouped by body or group in dataset order, then by year, latest first.
 */
export function minutesShelves(
  dataset: Dataset,
  meetings: readonly DatedMeeting[],
  now: Date,
  filter: { target?: string; year?: number } = {},
): MinutesShelf[] {
  const byTarget = new Map<string, Map<number, DatedMeeting[]>>();
  for (const m of meetings) {
    const target = m.body ?? m.group;
    if (target === undefined || m.status === 'cancelled') continue;
    if (m.minutes === undefined && m.when.endsAt > now.getTime()) continue;
    const shelf = dataset.subgroupById.get(target)?.group.id ?? target;
    if (filter.target !== undefined && shelf !== filter.target) continue;
    if (filter.year !== undefined && m.when.start.year !== filter.year) continue;
    let years = byTarget.get(shelf);
    if (!years) {
      years = new Map();
      byTarget.set(shelf, years);
    }
    const list = years.get(m.when.start.year) ?? [];
    list.push(m);
    years.set(m.when.start.year, list);
  }
  const order = [...dataset.bodies.map((b) => b.id), ...dataset.groups.map((g) => g.id)];
  return order
    .filter((id) => byTarget.has(id))
    .map((id) => ({
      target: id,
      name: targetName(dataset, id),
      years: [...byTarget.get(id)!.entries()]
        .sort(([a], [b]) => b - a)
        .map(([year, list]) => ({ year, meetings: list })),
    }));
}

/** How many comptes-rendus are for the members only. */
export function membersOnlyCount(shelves: readonly MinutesShelf[]): number {
  let n = 0;
  for (const shelf of shelves)
    for (const y of shelf.years) for (const m of y.meetings) if (m.minutes?.visibility === 'members') n++;
  return n;
}

function MinutesEntry({ site, meeting }: { site: SiteContext; meeting: DatedMeeting }) {
  const { minutes } = meeting;
  let what: ComponentChildren;
  if (minutes?.visibility === 'members') what = <span class="members">réservé aux membres</span>;
  else if (minutes?.url !== undefined) what = <a href={minutes.url}>compte-rendu</a>;
  else if (minutes?.summary !== undefined) what = <span class="summary">{minutes.summary}</span>;
  else what = <span class="none">compte-rendu non publié</span>;
  return (
    <li>
      <a href={sitePaths.meeting(site.prefix, meeting.id)}>{capitalizeFr(meetingDateText(meeting))}</a>
      {' — '}
      {meeting.title} : {what}
    </li>
  );
}

/** `/comptes-rendus`: every compte-rendu by body and year; members-only ones are counted, not shown. */
export function MinutesPage({ site }: { site: SiteContext }) {
  const shelves = minutesShelves(site.dataset, siteMeetings(site.dataset, site.now).all, site.now);
  const hidden = membersOnlyCount(shelves);
  return (
    <Layout
      site={site}
      section="minutes"
      title="Comptes-rendus"
      description={`Les comptes-rendus des réunions de ${site.dataset.ptce.name}.`}
    >
      <h1>Comptes-rendus</h1>
      {hidden === 0 ? null : (
        <p class="members-note">
          {hidden === 1
            ? '1 compte-rendu réservé aux membres, sur Discord.'
            : `${formatCountFr(hidden, 'compte-rendu', 'comptes-rendus')} réservés aux membres, sur Discord.`}
        </p>
      )}
      {shelves.length === 0 ? <p>Aucune réunion passée n’est connue.</p> : null}
      {shelves.map((shelf) => (
        <section key={shelf.target} aria-labelledby={`cr-${shelf.target}`}>
          <h2 id={`cr-${shelf.target}`}>{shelf.name}</h2>
          {shelf.years.map((y) => (
            <section key={y.year} aria-label={`${shelf.name}, ${y.year}`}>
              <h3>{y.year}</h3>
              <ul class="minutes-list">
                {y.meetings.map((m) => (
                  <MinutesEntry key={m.id} site={site} meeting={m} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </Layout>
  );
}
