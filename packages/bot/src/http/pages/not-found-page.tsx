import type { SiteContext } from '../site-context.js';
import { sitePaths } from '../site-paths.js';
import { Layout } from './layout.js';

/** The French 404 page, with the way back. */
export function NotFoundPage({ site, what }: { site: SiteContext; what?: string }) {
  return (
    <Layout site={site} section="none" title="Page introuvable">
      <h1>Page introuvable</h1>
      <p>{what ?? 'Cette adresse ne correspond à aucune page de l’agenda.'}</p>
      <p>
        <a href={sitePaths.home(site.prefix)}>Revenir à l’agenda</a>
      </p>
    </Layout>
  );
}
