import { capitalizeFr, type DatedMeeting, formatCountFr } from '@ptce/core';
import type { ComponentChildren } from 'preact';
import { membersOnlyCount, minutesShelves } from '../../data/minutes-shelves.js';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import type { SiteContext } from '../site-context.js';
import { siteMeetings } from '../site-meetings.js';
import { sitePaths } from '../site-paths.js';
import { Layout } from './layout.js';

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
