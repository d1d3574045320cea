/**
 * A synthetic national dataset: 203 PTCEs in one file, about 4,000 member structures and 40,000
 * meetings, with French names, communes, bodies and working groups per PTCE. Deterministic (a
 * seeded generator), so every run benchmarks the same data. Not real data.
 *
 * Run `npx tsx bench/national-dataset.ts` to print its size, or import `nationalDataset()`.
 */
import { buildDataset, type Dataset, DatasetFile } from '../packages/core/src/index.js';
import { seededRandom as random } from './bench-math.js';

/** How big the generated dataset is. */
export interface NationalOptions {
  readonly ptces?: number;
  readonly structuresPerPtce?: number;
  readonly firstYear?: number;
  readonly lastYear?: number;
  readonly seed?: number;
}

const DEPARTMENTS: readonly [code: string, name: string, communes: readonly string[]][] = [
  ['02', 'Aisne', ['Laon', 'Saint-Quentin', 'Soissons', 'Château-Thierry', 'Hirson', 'Chauny']],
  [
    '13',
    'Bouches-du-Rhône',
    ['Marseille', 'Aix-en-Provence', 'Arles', 'Martigues', 'Aubagne', 'Salon-de-Provence'],
  ],
  ['14', 'Calvados', ['Caen', 'Lisieux', 'Bayeux', 'Hérouville-Saint-Clair', 'Vire', 'Falaise']],
  ['21', 'Côte-d’Or', ['Dijon', 'Beaune', 'Chenôve', 'Montbard', 'Auxonne', 'Is-sur-Tille']],
  ['22', 'Côtes-d’Armor', ['Saint-Brieuc', 'Lannion', 'Dinan', 'Guingamp', 'Loudéac', 'Paimpol']],
  ['25', 'Doubs', ['Besançon', 'Montbéliard', 'Pontarlier', 'Audincourt', 'Valentigney', 'Morteau']],
  ['29', 'Finistère', ['Brest', 'Quimper', 'Morlaix', 'Concarneau', 'Landerneau', 'Douarnenez']],
  ['31', 'Haute-Garonne', ['Toulouse', 'Colomiers', 'Muret', 'Blagnac', 'Saint-Gaudens', 'Balma']],
  ['33', 'Gironde', ['Bordeaux', 'Mérignac', 'Pessac', 'Libourne', 'Arcachon', 'Bègles']],
  ['34', 'Hérault', ['Montpellier', 'Béziers', 'Sète', 'Lunel', 'Agde', 'Lodève']],
  ['35', 'Ille-et-Vilaine', ['Rennes', 'Saint-Malo', 'Fougères', 'Vitré', 'Redon', 'Bruz']],
  ['38', 'Isère', ['Grenoble', 'Vienne', 'Voiron', 'Échirolles', 'Bourgoin-Jallieu', 'Saint-Martin-d’Hères']],
  ['42', 'Loire', ['Saint-Étienne', 'Roanne', 'Montbrison', 'Firminy', 'Rive-de-Gier', 'Saint-Chamond']],
  ['44', 'Loire-Atlantique', ['Nantes', 'Saint-Nazaire', 'Rezé', 'Châteaubriant', 'Ancenis', 'Pornic']],
  ['45', 'Loiret', ['Orléans', 'Montargis', 'Gien', 'Pithiviers', 'Fleury-les-Aubrais', 'Olivet']],
  ['49', 'Maine-et-Loire', ['Angers', 'Cholet', 'Saumur', 'Segré', 'Trélazé', 'Avrillé']],
  [
    '54',
    'Meurthe-et-Moselle',
    ['Nancy', 'Lunéville', 'Toul', 'Vandœuvre-lès-Nancy', 'Pont-à-Mousson', 'Longwy'],
  ],
  ['57', 'Moselle', ['Metz', 'Thionville', 'Forbach', 'Sarreguemines', 'Saint-Avold', 'Sarrebourg']],
  [
    '59',
    'Nord',
    ['Lille', 'Roubaix', 'Tourcoing', 'Dunkerque', 'Maubeuge', 'Douai', 'Denain', 'Armentières'],
  ],
  [
    '62',
    'Pas-de-Calais',
    ['Arras', 'Lens', 'Béthune', 'Calais', 'Boulogne-sur-Mer', 'Liévin', 'Hénin-Beaumont'],
  ],
  ['63', 'Puy-de-Dôme', ['Clermont-Ferrand', 'Riom', 'Issoire', 'Thiers', 'Cournon-d’Auvergne', 'Ambert']],
  [
    '67',
    'Bas-Rhin',
    ['Strasbourg', 'Haguenau', 'Sélestat', 'Saverne', 'Schiltigheim', 'Illkirch-Graffenstaden'],
  ],
  ['69', 'Rhône', ['Lyon', 'Villeurbanne', 'Vénissieux', 'Vaulx-en-Velin', 'Villefranche-sur-Saône', 'Bron']],
  ['72', 'Sarthe', ['Le Mans', 'La Flèche', 'Sablé-sur-Sarthe', 'Allonnes', 'Coulaines', 'Mamers']],
  ['76', 'Seine-Maritime', ['Rouen', 'Le Havre', 'Dieppe', 'Fécamp', 'Elbeuf', 'Sotteville-lès-Rouen']],
  ['80', 'Somme', ['Amiens', 'Abbeville', 'Péronne', 'Albert', 'Montdidier', 'Doullens']],
  ['84', 'Vaucluse', ['Avignon', 'Carpentras', 'Orange', 'Cavaillon', 'Apt', 'Pertuis']],
  ['87', 'Haute-Vienne', ['Limoges', 'Saint-Junien', 'Panazol', 'Couzeix', 'Isle', 'Bellac']],
  ['93', 'Seine-Saint-Denis', ['Saint-Denis', 'Montreuil', 'Aubervilliers', 'Bobigny', 'Pantin', 'Bondy']],
  [
    '97',
    'La Réunion',
    ['Saint-Denis de La Réunion', 'Saint-Pierre', 'Le Port', 'Saint-Paul', 'Le Tampon', 'Saint-André'],
  ],
];

const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Sarah',
  'Julie',
  'Pauline',
  'Claire',
  'Nadia',
  'Sophie',
  'Aurélie',
  'Hélène',
  'Fatima',
  'Élodie',
  'Mathilde',
  'Agathe',
  'Louise',
  'Yasmine',
  'Céline',
  'Lucas',
  'Hugo',
  'Thomas',
  'Nicolas',
  'Julien',
  'Karim',
  'Mehdi',
  'Antoine',
  'Olivier',
  'Pierre',
  'Mathieu',
  'Romain',
  'Yann',
  'Bastien',
  'Cédric',
  'Laurent',
  'Samir',
  'Franck',
  'Damien',
  'Benoît',
];
const SURNAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Durand',
  'Lefebvre',
  'Leroy',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clément',
  'Gauthier',
  'Dumont',
  'Lopez',
  'Fontaine',
  'Chevalier',
  'Robin',
  'Masson',
  'Sanchez',
  'Boyer',
  'Denis',
  'Lemaire',
  'Duval',
  'Joly',
  'Gautier',
  'Roger',
  'Roche',
  'Roy',
  'Noël',
  'Meyer',
  'Lucas',
  'Meunier',
  'Jean',
  'Perez',
  'Marchand',
  'Dufour',
  'Blanchard',
  'Brun',
];
const PTCE_WORDS = [
  'Coopérations',
  'Synergies',
  'Territoires Solidaires',
  'Ressources',
  'Horizons',
  'Alliances',
  'Transitions',
  'Initiatives',
  'Communs',
  'Racines',
  'Passerelles',
  'Élan',
  'Convergences',
  'Écosystème',
  'Tisserands',
];
const STRUCTURES: readonly [prefix: string, kind: string, activity: string][] = [
  ['Ressourcerie', 'association', 'Réemploi et revente d’objets de seconde main'],
  ['Atelier vélo', 'association', 'Réparation de vélos et mobilité douce'],
  ['Jardin de Cocagne', 'siae', 'Insertion par le maraîchage biologique'],
  ['Régie de quartier', 'siae', 'Entretien des espaces verts et propreté urbaine'],
  ['Épicerie solidaire', 'association', 'Aide alimentaire et ateliers cuisine'],
  ['Garage solidaire', 'siae', 'Réparation automobile à prix solidaire'],
  ['Recyclerie', 'association', 'Collecte et tri des déchets'],
  ['Coopérative d’activités', 'cooperative', 'Accompagnement des entrepreneurs salariés'],
  ['Chantier d’insertion', 'siae', 'Rénovation du bâtiment et second œuvre'],
  ['Tiers-lieu', 'association', 'Espace de travail partagé et fabrication numérique'],
  ['Crèche associative', 'association', 'Accueil de la petite enfance'],
  ['Mutuelle', 'mutual', 'Complémentaire santé solidaire'],
  ['Maison de l’emploi', 'public', 'Accompagnement vers l’emploi'],
  ['Auto-école sociale', 'association', 'Apprentissage de la conduite pour les publics en insertion'],
  ['Centre social', 'association', 'Animation de la vie locale et éducation populaire'],
  ['Entreprise adaptée', 'company', 'Emploi de personnes en situation de handicap'],
];
const THEMES = [
  'Mobilité solidaire',
  'Alimentation durable',
  'Économie circulaire',
  'Numérique inclusif',
  'Emploi et compétences',
  'Habitat et rénovation',
  'Culture et lien social',
  'Transition énergétique',
];

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The facts a benchmark needs to ask about the generated PTCEs. */
export interface NationalSample {
  readonly ptceNames: readonly string[];
  readonly structureNames: readonly string[];
  readonly communes: readonly string[];
  readonly people: readonly string[];
  readonly groupNames: readonly string[];
}

/**
 * Generates the national dataset file.
 *
 * @param options - Sizes and seed.
 * @returns The file content (validated by the schema) and names to ask about.
 */
export function nationalDatasetFile(options: NationalOptions = {}): {
  file: DatasetFile;
  sample: NationalSample;
} {
  const { ptces = 203, structuresPerPtce = 20, firstYear = 2019, lastYear = 2028, seed = 2024 } = options;
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const source = 'donnees-synthetiques';
  const arrondissements = DEPARTMENTS.map(([code, name]) => ({ id: `dep-${code}`, name }));
  const epcis: { id: string; shortName: string; name: string; arrondissement: string }[] = [];
  const structures: unknown[] = [];
  const people: unknown[] = [];
  const partners: unknown[] = [];
  const bodies: unknown[] = [];
  const groups: unknown[] = [];
  const meetings: unknown[] = [];
  const members: { period: string; value: number; source: string; area: string }[] = [];
  const sample = {
    ptceNames: [] as string[],
    structureNames: [] as string[],
    communes: [] as string[],
    people: [] as string[],
    groupNames: [] as string[],
  };
  const personName = () => `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;

  for (let p = 1; p <= ptces; p++) {
    const [code, , communes] = DEPARTMENTS[p % DEPARTMENTS.length]!;
    const home = communes[p % communes.length]!;
    const name = `${pick(PTCE_WORDS)} ${home}`;
    const id = `p${p}`;
    sample.ptceNames.push(name);
    const epci = {
      id: `${id}-epci`,
      shortName: `CA${p}`,
      name: `Communauté d’agglomération de ${home} n°${p}`,
      arrondissement: `dep-${code}`,
    };
    epcis.push(epci);

    partners.push({ id: `${id}-porteur`, name: `Association porteuse ${name}`, kind: 'association', source });
    // Staff and co-pilots.
    const staff = ['Directrice', 'Chargé de développement', 'Chargée de mission', 'Coordinateur'].map(
      (title, k) => {
        const n = personName();
        const pid = `${id}-personne-${k}`;
        people.push({
          id: pid,
          name: n,
          email: `${slug(n)}.${p}@ptce.example`,
          roles: [{ title, kind: 'staff', organisation: `${id}-porteur`, area: home, source }],
          source,
        });
        return { pid, n };
      },
    );
    sample.people.push(staff[0]!.n);

    const structureIds: string[] = [];
    for (let s = 0; s < structuresPerPtce; s++) {
      const [prefix, kind, activity] = STRUCTURES[(p * 7 + s) % STRUCTURES.length]!;
      const commune = communes[(p + s) % communes.length]!;
      const sname = `${prefix} ${commune}${s >= STRUCTURES.length ? ` ${s}` : ''}`;
      const sid = `${id}-s${s}`;
      structureIds.push(sid);
      if (s === 0) sample.structureNames.push(sname);
      structures.push({
        id: sid,
        name: sname,
        kind,
        address: {
          street: `${1 + Math.floor(rand() * 120)} rue ${pick(['de la République', 'Jean Jaurès', 'Victor Hugo', 'de la Gare', 'Pasteur', 'du Moulin'])}`,
          postalCode: `${code.length === 2 ? code : '97'}${String(100 + Math.floor(rand() * 899)).slice(0, 3)}`,
          commune,
          arrondissement: `dep-${code}`,
          epci: epci.id,
        },
        president: personName(),
        director: personName(),
        activities: [activity],
        membership: [{ period: String(lastYear - 5), source }],
        source,
      });
    }
    sample.communes.push(home);

    const bodyDefs = [
      ['copil', 'Comité de pilotage', 'committee', 'ptce', { per: 'year', min: 1, max: 1 }],
      ['costrat', 'Comité stratégique', 'committee', 'ptce', { per: 'year', min: 1, max: 2 }],
      ['bureau', 'Bureau', 'bureau', 'association', { per: 'year', min: 6, max: 12 }],
      ['ag', 'Assemblée générale', 'general-assembly', 'association', { per: 'year', min: 1, max: 1 }],
    ] as const;
    for (const [key, label, kind, level, cadence] of bodyDefs)
      bodies.push({ id: `${id}-${key}`, name: `${label} ${name}`, level, kind, cadence, source });

    const themes = THEMES.slice(p % 3, (p % 3) + 6);
    themes.forEach((theme, g) => {
      const gname = `${theme} ${home}`;
      if (g === 0) sample.groupNames.push(gname);
      groups.push({
        id: `${id}-gt${g + 1}`,
        number: g + 1,
        name: gname,
        copilots: [staff[(g + 1) % 4]!.pid],
        facilitators: [staff[g % 4]!.pid],
        objective: `Développer la filière ${theme.toLowerCase()} autour de ${home}`,
        structures: structureIds.slice(g * 3, g * 3 + 4),
        source,
      });
    });

    for (let y = firstYear; y <= lastYear; y++) {
      const status = y < 2025 ? 'held' : 'planned';
      const day = (m: number) => `${y}-${pad(m)}-${pad(1 + Math.floor(rand() * 27))}`;
      meetings.push({
        id: `${id}-copil-${y}`,
        body: `${id}-copil`,
        title: `Comité de pilotage ${y}`,
        start: `${day(4)}T14:00`,
        place: `Mairie de ${home}`,
        status,
        source,
      });
      for (const m of [3, 11])
        meetings.push({
          id: `${id}-costrat-${y}-${m}`,
          body: `${id}-costrat`,
          title: 'Comité stratégique',
          start: `${day(m)}T09:30`,
          status,
          source,
        });
      for (const m of [1, 2, 3, 4, 5, 6, 9, 10, 11, 12])
        meetings.push({
          id: `${id}-bureau-${y}-${m}`,
          body: `${id}-bureau`,
          title: 'Bureau',
          start: day(m),
          status,
          source,
        });
      meetings.push({
        id: `${id}-ag-${y}`,
        body: `${id}-ag`,
        title: `Assemblée générale ${y}`,
        start: `${day(6)}T18:00`,
        place: home,
        status,
        source,
      });
      themes.forEach((_, g) =>
        meetings.push({
          id: `${id}-gt${g + 1}-${y}`,
          group: `${id}-gt${g + 1}`,
          title: 'Réunion du groupe',
          start: `${day(1 + ((g * 2) % 12))}T10:00`,
          status,
          source,
        }),
      );
    }
    for (let y = firstYear; y < 2025; y++)
      members.push({ period: String(y), value: 10 + Math.floor(rand() * 30), source, area: epci.id });
  }

  const file = DatasetFile.parse({
    version: 1,
    ptce: {
      id: 'national',
      name: 'PTCE de France (données synthétiques)',
      territory: {
        name: 'France',
        region: 'France',
        departments: DEPARTMENTS.map(([, n]) => n),
        arrondissements,
        epcis,
      },
      source,
    },
    sources: [{ id: source, title: 'Données synthétiques de test', date: '2024' }],
    structures,
    partners,
    people,
    bodies,
    groups,
    meetings,
    indicators: [
      {
        key: 'members',
        label: 'Structures adhérentes',
        aliases: ['adhérents'],
        unit: 'count',
        scope: 'ptce',
        observations: members,
      },
    ],
  });
  return { file, sample };
}

/**
 * The national dataset, built with core's `buildDataset`.
 *
 * @param options - Sizes and seed.
 * @returns The dataset and names to ask about.
 */
export function nationalDataset(options: NationalOptions = {}): { dataset: Dataset; sample: NationalSample } {
  const { file, sample } = nationalDatasetFile(options);
  return { dataset: buildDataset(file), sample };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const { dataset } = nationalDataset();
  console.log(
    `${dataset.bodies.length} instances, ${dataset.groups.length} groupes, ${dataset.structures.length} structures, ` +
      `${dataset.people.length} personnes, ${dataset.meetings.length} réunions — construit en ${Math.round(performance.now() - started)} ms`,
  );
}
