import { type Body, cadenceReport, type WorkingGroup } from '@ptce/core';
import { cadenceText } from '../../conversation/answers/bodies.js';
import { targetName } from '../../meeting-text/target-name.js';
import type { SiteContext } from '../site-context.js';
import { sitePaths } from '../site-paths.js';
import { cadenceCountFr } from './cadence-line-fr.js';
import { meetingsOfTarget, PastList, splitByNow, UpcomingByMonth } from './home-page.js';
import { Layout } from './layout.js';

function people(site: SiteContext, ids: readonly string[]): string {
  return ids.map((id) => site.dataset.personById.get(id)?.name ?? id).join(', ');
}

/** A body or a working group: what the target page shows. */
export type Target =
  | { readonly kind: 'body'; readonly body: Body }
  | { readonly kind: 'group'; readonly group: WorkingGroup };

/** The page of a body or a working group: its role, cadence, co-pilots, animateurs and meetings. */
export function TargetPage({ site, target }: { site: SiteContext; target: Target }) {
  const id = target.kind === 'body' ? target.body.id : target.group.id;
  const name = targetName(site.dataset, id);
  const { upcoming, past, year } = splitByNow(site, meetingsOfTarget(site, id));
  const cadence = cadenceReport(site.dataset, { year, now: site.now }).find((e) => e.target.id === id);
  const declared = target.kind === 'body' ? target.body.cadence : target.group.cadence;
  return (
    <Layout site={site} section="agenda" title={name} description={`Les réunions de ${name}.`}>
      <h1>{name}</h1>
      <dl class="facts">
        {target.kind === 'body' ? (
          <>
            {target.body.purpose === undefined ? null : (
              <>
                <dt>Rôle</dt>
                <dd>{target.body.purpose}</dd>
              </>
            )}
            {target.body.composition === undefined ? null : (
              <>
                <dt>Composition</dt>
                <dd>{target.body.composition}</dd>
              </>
            )}
          </>
        ) : (
          <>
            {target.group.objective === undefined && target.group.description === undefined ? null : (
              <>
                <dt>Objectif</dt>
                <dd>{target.group.objective ?? target.group.description}</dd>
              </>
            )}
            {target.group.copilots.length === 0 ? null : (
              <>
                <dt>Co-pilotes</dt>
                <dd>{people(site, target.group.copilots)}</dd>
              </>
            )}
            {target.group.facilitators.length === 0 ? null : (
              <>
                <dt>Animateurs</dt>
                <dd>{people(site, target.group.facilitators)}</dd>
              </>
            )}
            {target.group.subgroups.length === 0 ? null : (
              <>
                <dt>Sous-groupes</dt>
                <dd>{target.group.subgroups.map((s) => s.name).join(', ')}</dd>
              </>
            )}
          </>
        )}
        <dt>Rythme</dt>
        <dd>
          {declared === undefined ? 'non fixé' : cadenceText(declared)}
          {cadence === undefined ? null : (
            <>
              <br />
              En {year} : {cadenceCountFr(cadence)}
            </>
          )}
        </dd>
      </dl>
      <p>
        <a href={sitePaths.targetFeed(site.prefix, id)}>Agenda de {name} au format iCalendar</a>
      </p>
      <section aria-labelledby="a-venir">
        <h2 id="a-venir">Prochaines réunions</h2>
        <UpcomingByMonth site={site} meetings={upcoming} hideTarget />
      </section>
      <section aria-labelledby="passees">
        <h2 id="passees">Réunions passées en {year}</h2>
        <PastList site={site} meetings={past} hideTarget />
      </section>
    </Layout>
  );
}
