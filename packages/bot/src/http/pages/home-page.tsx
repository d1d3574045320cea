import { cadenceReport, type DatedMeeting, formatLocalDateFr, parseLocalDate, toLocalDate } from '@ptce/core';
import { targetName } from '../../meeting-text/target-name.js';
import type { SiteContext } from '../site-context.js';
import { siteMeetings } from '../site-meetings.js';
import { sitePaths } from '../site-paths.js';
import { cadenceLineFr } from './cadence-line-fr.js';
import { Layout } from './layout.js';
import { MeetingItem } from './meeting-item.js';

/** At most this many meetings per list: a page stays light on a national-size dataset. */
export const LISTED_MAX = 40;

/** The meetings of a body or group (a group's sub-groups included), or every meeting. */
export function meetingsOfTarget(site: SiteContext, target: string | undefined): readonly DatedMeeting[] {
  const all = siteMeetings(site.dataset, site.now).all;
  if (target === undefined) return all;
  const ids = new Set([target, ...(site.dataset.groupById.get(target)?.subgroups.map((s) => s.id) ?? [])]);
  return all.filter((m) => ids.has(m.body ?? m.group ?? ''));
}

function monthLabel(meeting: DatedMeeting): string {
  const { start } = meeting.when;
  if (start.month === undefined) return `Date à préciser (${start.year})`;
  return formatLocalDateFr(parseLocalDate(`${start.year}-${String(start.month).padStart(2, '0')}`)!);
}

function byMonth(meetings: readonly DatedMeeting[]): { label: string; meetings: DatedMeeting[] }[] {
  const groups: { label: string; meetings: DatedMeeting[] }[] = [];
  for (const meeting of meetings) {
    const label = monthLabel(meeting);
    const last = groups.at(-1);
    if (last?.label === label) last.meetings.push(meeting);
    else groups.push({ label, meetings: [meeting] });
  }
  return groups;
}

function MoreNotice({ total }: { total: number }) {
  return total > LISTED_MAX ? (
    <p class="more">
      {total - LISTED_MAX} autres réunions ne sont pas listées ici : elles sont toutes dans l’agenda
      iCalendar.
    </p>
  ) : null;
}

/** Upcoming meetings grouped by month, with the heading level the page needs. */
export function UpcomingByMonth({
  site,
  meetings,
  hideTarget,
}: {
  site: SiteContext;
  meetings: readonly DatedMeeting[];
  hideTarget?: boolean;
}) {
  if (meetings.length === 0) return <p>Aucune réunion à venir n’est connue pour l’instant.</p>;
  return (
    <>
      {byMonth(meetings.slice(0, LISTED_MAX)).map((month) => (
        <section class="month" key={month.label} aria-label={month.label}>
          <h3>{month.label}</h3>
          <ul class="meetings">
            {month.meetings.map((m) => (
              <MeetingItem key={m.id} site={site} meeting={m} hideTarget={hideTarget ?? false} />
            ))}
          </ul>
        </section>
      ))}
      <MoreNotice total={meetings.length} />
    </>
  );
}

/** Meetings that are over, most recent first. */
export function PastList({
  site,
  meetings,
  hideTarget,
}: {
  site: SiteContext;
  meetings: readonly DatedMeeting[];
  hideTarget?: boolean;
}) {
  if (meetings.length === 0) return <p>Aucune réunion passée cette année.</p>;
  return (
    <>
      <ul class="meetings">
        {meetings.slice(0, LISTED_MAX).map((m) => (
          <MeetingItem key={m.id} site={site} meeting={m} hideTarget={hideTarget ?? false} />
        ))}
      </ul>
      <MoreNotice total={meetings.length} />
    </>
  );
}

/** Upcoming meetings (not yet over), and those of the current year that are over, latest first. */
export function splitByNow(
  site: SiteContext,
  meetings: readonly DatedMeeting[],
): { upcoming: DatedMeeting[]; past: DatedMeeting[]; year: number } {
  const now = site.now.getTime();
  const year = toLocalDate(site.now, site.dataset.timeZone).year;
  const upcoming = meetings.filter((m) => m.when.endsAt > now);
  const past = meetings.filter((m) => m.when.endsAt <= now && m.when.start.year === year).reverse();
  return { upcoming, past, year };
}

/** The bodies, then the working groups, that have at least one meeting (a series' included). */
export function targetsWithMeetings(site: SiteContext): { id: string; name: string }[] {
  const { dataset } = site;
  const used = new Set<string>();
  for (const m of siteMeetings(dataset, site.now).all) {
    const target = m.body ?? m.group;
    if (target !== undefined) used.add(dataset.subgroupById.get(target)?.group.id ?? target);
  }
  return [...dataset.bodies, ...dataset.groups]
    .filter((t) => used.has(t.id))
    .map((t) => ({ id: t.id, name: targetName(dataset, t.id) }));
}

/** The home page: name and motto, coming meetings by month, a filter by body, the year so far. */
export function HomePage({ site, target }: { site: SiteContext; target: string | undefined }) {
  const { dataset } = site;
  const { upcoming, past, year } = splitByNow(site, meetingsOfTarget(site, target));
  const cadence = cadenceReport(dataset, { year, now: site.now }).filter(
    (e) => target === undefined || e.target.id === target,
  );
  const filterName = target === undefined ? undefined : targetName(dataset, target);
  return (
    <Layout
      site={site}
      section="agenda"
      title={filterName === undefined ? dataset.ptce.name : `Agenda : ${filterName}`}
      description={`Les prochaines réunions de ${dataset.ptce.name}.`}
    >
      <h1>{dataset.ptce.name}</h1>
      {dataset.ptce.motto === undefined ? null : <p class="motto">{dataset.ptce.motto}</p>}
      <nav class="filter" aria-label="Filtrer par instance">
        <p>Afficher :</p>
        <ul>
          <li>
            <a href={sitePaths.home(site.prefix)} aria-current={target === undefined ? 'page' : undefined}>
              Toutes les réunions
            </a>
          </li>
          {targetsWithMeetings(site).map((t) => (
            <li key={t.id}>
              <a
                href={sitePaths.homeFiltered(site.prefix, t.id)}
                aria-current={t.id === target ? 'page' : undefined}
              >
                {t.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="a-venir">
        <h2 id="a-venir">
          {filterName === undefined ? 'Prochaines réunions' : `Prochaines réunions : ${filterName}`}
        </h2>
        <UpcomingByMonth site={site} meetings={upcoming} hideTarget={target !== undefined} />
      </section>
      <section aria-labelledby="passees">
        <h2 id="passees">Réunions passées en {year}</h2>
        <PastList site={site} meetings={past} hideTarget={target !== undefined} />
      </section>
      {cadence.length === 0 ? null : (
        <section aria-labelledby="rythme">
          <h2 id="rythme">Rythme des instances en {year}</h2>
          <ul class="cadence">
            {cadence.map((e) => (
              <li key={e.target.id}>{cadenceLineFr(e)}</li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
