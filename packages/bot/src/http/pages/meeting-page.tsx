import { type AgendaItem, capitalizeFr, type DatedMeeting, toJsonLd } from '@ptce/core';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import { targetName } from '../../meeting-text/target-name.js';
import { calendarLinks } from '../calendar-links.js';
import type { SiteContext } from '../site-context.js';
import { sitePaths } from '../site-paths.js';
import { Layout } from './layout.js';
import { MeetingStatus, targetPath } from './meeting-item.js';

function Agenda({ items }: { items: readonly AgendaItem[] }) {
  return (
    <ol>
      {items.map((item, i) => (
        <li key={i}>
          {item.time === undefined ? null : <span class="time">{item.time.replace(':', ' h ')} — </span>}
          {item.title}
          {item.speaker === undefined ? null : <span class="speaker"> ({item.speaker})</span>}
          {item.items === undefined || item.items.length === 0 ? null : <Agenda items={item.items} />}
        </li>
      ))}
    </ol>
  );
}

/** What the page says of a meeting's compte-rendu. */
export function MinutesNote({ site, meeting }: { site: SiteContext; meeting: DatedMeeting }) {
  const { minutes } = meeting;
  if (minutes?.visibility === 'members') {
    return <p class="minutes members">Compte-rendu réservé aux membres, sur Discord.</p>;
  }
  if (minutes?.url !== undefined || minutes?.summary !== undefined) {
    return (
      <>
        {minutes.summary === undefined ? null : <p class="minutes">{minutes.summary}</p>}
        {minutes.url === undefined ? null : (
          <p>
            <a href={minutes.url}>Lire le compte-rendu</a>
          </p>
        )}
      </>
    );
  }
  const over = meeting.when.endsAt <= site.now.getTime() && meeting.status !== 'cancelled';
  return over ? <p class="minutes none">Compte-rendu non publié.</p> : null;
}

/** The page of one meeting: date, place, status, agenda, compte-rendu, and "add to my calendar". */
export function MeetingPage({ site, meeting }: { site: SiteContext; meeting: DatedMeeting }) {
  const { dataset, prefix } = site;
  const target = meeting.body ?? meeting.group;
  const targetHref = targetPath(site, target);
  const links = meeting.status === 'cancelled' ? undefined : calendarLinks(meeting, dataset);
  const jsonLd = toJsonLd([meeting], { dataset }).jsonLd['@graph'][0];
  const minutes = MinutesNote({ site, meeting });
  return (
    <Layout
      site={site}
      section="agenda"
      title={meeting.title}
      description={`${meeting.title}, ${meetingDateText(meeting)}.`}
      jsonLd={jsonLd === undefined ? undefined : { '@context': 'https://schema.org', ...jsonLd }}
    >
      <h1>{meeting.title}</h1>
      <dl class="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={meeting.when.start.text}>{capitalizeFr(meetingDateText(meeting))}</time>
        </dd>
        {targetHref === undefined ? null : (
          <>
            <dt>Instance</dt>
            <dd>
              <a href={targetHref}>{targetName(dataset, target)}</a>
            </dd>
          </>
        )}
        {meeting.place === undefined ? null : (
          <>
            <dt>Lieu</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        {meeting.link === undefined ? null : (
          <>
            <dt>En ligne</dt>
            <dd>
              <a href={meeting.link}>Rejoindre la réunion</a>
            </dd>
          </>
        )}
        <dt>Statut</dt>
        <dd>
          <MeetingStatus site={site} meeting={meeting} />
        </dd>
      </dl>
      {meeting.note === undefined ? null : <p class="note">{meeting.note}</p>}
      <section aria-labelledby="ordre-du-jour">
        <h2 id="ordre-du-jour">Ordre du jour</h2>
        {meeting.agenda.length === 0 ? (
          <p>L’ordre du jour n’est pas encore publié.</p>
        ) : (
          <Agenda items={meeting.agenda} />
        )}
      </section>
      {minutes === null ? null : (
        <section aria-labelledby="compte-rendu">
          <h2 id="compte-rendu">Compte-rendu</h2>
          {minutes}
        </section>
      )}
      <section aria-labelledby="ajouter" class="add">
        <h2 id="ajouter">Ajouter à mon agenda</h2>
        {links === undefined ? (
          <p>
            {meeting.status === 'cancelled'
              ? 'Cette réunion est annulée.'
              : 'La date n’est connue qu’au mois près : elle ne peut pas encore être ajoutée à un agenda.'}
          </p>
        ) : (
          <ul class="buttons">
            <li>
              <a
                class="button"
                href={sitePaths.meetingIcs(prefix, meeting.id)}
                download={`${meeting.id}.ics`}
              >
                Fichier .ics
              </a>
            </li>
            <li>
              <a class="button" href={links.google} rel="noopener noreferrer">
                Google Agenda
              </a>
            </li>
            <li>
              <a class="button" href={links.outlook} rel="noopener noreferrer">
                Outlook
              </a>
            </li>
          </ul>
        )}
      </section>
    </Layout>
  );
}
