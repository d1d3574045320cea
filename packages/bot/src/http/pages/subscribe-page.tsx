import type { SiteContext } from '../site-context.js';
import { sitePaths } from '../site-paths.js';
import { targetsWithMeetings } from './home-page.js';
import { Layout } from './layout.js';

/** The `<iframe>` an association pastes into its own site to show the widget. */
export function widgetSnippet(site: SiteContext): string {
  const src = `${site.origin}${sitePaths.widget(site.prefix)}`;
  // The snippet is HTML the association pastes: the name is escaped as an attribute value.
  const title = `Prochaines réunions — ${site.dataset.ptce.name}`
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;');
  return `<iframe src="${src}" title="${title}" width="100%" height="420" style="border:0" loading="lazy"></iframe>`;
}

/** The subscribe page: the webcal link, the .ics address, the feeds per body, the widget snippet. */
export function SubscribePage({ site }: { site: SiteContext }) {
  const feed = `${site.origin}${sitePaths.feed(site.prefix)}`;
  const webcal = feed.replace(/^https?:/, 'webcal:');
  const { dataset } = site;
  const targets = targetsWithMeetings(site);
  return (
    <Layout
      site={site}
      section="subscribe"
      title="S’abonner à l’agenda"
      description={`Recevoir les réunions de ${dataset.ptce.name} dans son agenda.`}
    >
      <h1>S’abonner à l’agenda</h1>
      <p>
        Abonnez-vous une fois : les nouvelles réunions, les changements de date et les annulations arrivent
        d’eux-mêmes dans votre agenda.
      </p>
      <ul class="buttons">
        <li>
          <a class="button" href={webcal}>
            S’abonner (webcal)
          </a>
        </li>
      </ul>
      <p>
        Adresse de l’agenda, à coller dans Google Agenda (« Autres agendas », « À partir de l’URL ») ou
        Outlook (« Ajouter un calendrier », « S’abonner à partir du web ») :
      </p>
      <p>
        <code class="url">{feed}</code>
      </p>
      {targets.length === 0 ? null : (
        <section aria-labelledby="par-instance">
          <h2 id="par-instance">Une seule instance</h2>
          <ul>
            {targets.map((t) => (
              <li key={t.id}>
                <a href={sitePaths.targetFeed(site.prefix, t.id)}>{t.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="widget">
        <h2 id="widget">Afficher les dates sur votre site</h2>
        <p>
          Copiez ce code dans une page de votre site : la liste des prochaines réunions s’y affiche et se met
          à jour toute seule.
        </p>
        <pre>
          <code>{widgetSnippet(site)}</code>
        </pre>
        <p>
          <a href={sitePaths.widget(site.prefix)}>Voir le widget seul</a>
        </p>
      </section>
    </Layout>
  );
}
