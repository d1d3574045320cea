import { capitalizeFr } from '@ptce/core';
import { meetingDateText } from '../../meeting-text/meeting-date-text.js';
import type { SiteContext } from '../site-context.js';
import { sitePaths } from '../site-paths.js';
import { meetingsOfTarget } from './home-page.js';
import { MeetingStatus } from './meeting-item.js';

/** How many meetings the widget lists. */
export const WIDGET_MEETINGS = 5;

/**
 * `/widget`: the next meetings, compact, to sit in an `<iframe>` on the association's own site.
 * Its links open in a new tab, so a visitor never browses the agenda inside the frame.
 */
export function WidgetPage({ site }: { site: SiteContext }) {
  const now = site.now.getTime();
  const next = meetingsOfTarget(site, undefined)
    .filter((m) => m.when.endsAt > now)
    .slice(0, WIDGET_MEETINGS);
  const title = `Prochaines réunions — ${site.dataset.ptce.name}`;
  return (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={sitePaths.style(site.prefix)} />
      </head>
      <body class="widget">
        <main>
          <h1>{title}</h1>
          {next.length === 0 ? (
            <p>Aucune réunion à venir n’est connue pour l’instant.</p>
          ) : (
            <ul class="meetings">
              {next.map((m) => (
                <li key={m.id} class="meeting">
                  <p class="when">
                    <time dateTime={m.when.start.text}>{capitalizeFr(meetingDateText(m))}</time>
                  </p>
                  <p class="what">
                    <a href={sitePaths.meeting(site.prefix, m.id)} target="_blank" rel="noopener">
                      {m.title}
                    </a>
                    {m.place === undefined ? null : <span class="place"> · {m.place}</span>}{' '}
                    <MeetingStatus site={site} meeting={m} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p class="more">
            <a href={sitePaths.home(site.prefix)} target="_blank" rel="noopener">
              Tout l’agenda
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
