import type { ComponentChildren } from 'preact';
import type { SiteContext } from '../site-context.js';
import { sitePaths } from '../site-paths.js';
import { scriptJson } from './render-html.js';

/** Which entry of the site's navigation a page belongs to. */
export type Section = 'agenda' | 'minutes' | 'subscribe' | 'none';

interface LayoutProps {
  readonly site: SiteContext;
  readonly title: string;
  readonly section: Section;
  readonly description?: string;
  /** schema.org data for search engines. */
  readonly jsonLd?: unknown;
  readonly children: ComponentChildren;
}

const NAV: readonly { section: Section; label: string; href: (prefix: string) => string }[] = [
  { section: 'agenda', label: 'Agenda', href: sitePaths.home },
  { section: 'minutes', label: 'Comptes-rendus', href: sitePaths.minutes },
  { section: 'subscribe', label: 'S’abonner', href: sitePaths.subscribe },
];

/** The frame of every page: head, skip link, header with the navigation, main, footer. */
export function Layout({ site, title, section, description, jsonLd, children }: LayoutProps) {
  const { ptce } = site.dataset;
  const fullTitle = title === ptce.name ? title : `${title} — ${ptce.name}`;
  return (
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {description === undefined ? null : <meta name="description" content={description} />}
        <link rel="stylesheet" href={sitePaths.style(site.prefix)} />
        <link
          rel="alternate"
          type="text/calendar"
          title="Agenda (iCalendar)"
          href={sitePaths.feed(site.prefix)}
        />
        {jsonLd === undefined ? null : (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(jsonLd) }} />
        )}
      </head>
      <body>
        <a class="skip" href="#contenu">
          Aller au contenu
        </a>
        <header class="site">
          <a class="site-name" href={sitePaths.home(site.prefix)}>
            {ptce.name}
          </a>
          <nav aria-label="Menu principal">
            <ul>
              {NAV.map((item) => (
                <li key={item.section}>
                  <a
                    href={item.href(site.prefix)}
                    aria-current={item.section === section ? 'page' : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="contenu">{children}</main>
        <footer class="site">
          <p>
            {ptce.carrier === undefined ? ptce.name : `${ptce.name}, porté par ${ptce.carrier.name}`}.{' '}
            <a href={sitePaths.feed(site.prefix)}>Agenda au format iCalendar</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
