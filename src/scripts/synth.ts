/**
 * Synthetic articles and events for tests, demos and benchmarks.
 *
 * Each article is written sentence by sentence from small templates, and every span of every
 * event (trigger, actor, recipient, place, date, numbers, attribution, sentence) is recorded
 * while the text is being written, so offsets always point at the right characters. The output
 * is deterministic for a given (n, seed): article and event ids are stable.
 */
import { createHash } from 'node:crypto';
import type { Article, EventActor, EventLocation, EventRecord, Quantity, TextSpan } from '../types.js';
import type { IngestItem } from '../store/types.js';

export type { IngestItem };

/** mulberry32: small, fast, good enough for picking templates */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface City {
  name: string;
  geonameid: number;
  lat: number;
  lon: number;
  province: string;
  cc: string;
}

interface CountryRow {
  cc: string;
  iso3: string;
  name: string;
  lat: number;
  lon: number;
}

// Country centroids (approximate) and cities with their GeoNames ids and coordinates.
const COUNTRIES: CountryRow[] = [
  { cc: 'KG', iso3: 'KGZ', name: 'Kyrgyzstan', lat: 41.0, lon: 75.0 },
  { cc: 'UA', iso3: 'UKR', name: 'Ukraine', lat: 49.0, lon: 32.0 },
  { cc: 'SD', iso3: 'SDN', name: 'Sudan', lat: 15.0, lon: 30.0 },
  { cc: 'AF', iso3: 'AFG', name: 'Afghanistan', lat: 33.0, lon: 65.0 },
  { cc: 'IQ', iso3: 'IRQ', name: 'Iraq', lat: 33.0, lon: 44.0 },
  { cc: 'SY', iso3: 'SYR', name: 'Syria', lat: 35.0, lon: 38.0 },
  { cc: 'PS', iso3: 'PSE', name: 'Palestine', lat: 31.9, lon: 35.2 },
  { cc: 'IR', iso3: 'IRN', name: 'Iran', lat: 32.0, lon: 53.0 },
  { cc: 'PK', iso3: 'PAK', name: 'Pakistan', lat: 30.0, lon: 70.0 },
  { cc: 'BD', iso3: 'BGD', name: 'Bangladesh', lat: 24.0, lon: 90.0 },
  { cc: 'MM', iso3: 'MMR', name: 'Myanmar', lat: 22.0, lon: 98.0 },
  { cc: 'PH', iso3: 'PHL', name: 'Philippines', lat: 13.0, lon: 122.0 },
  { cc: 'ID', iso3: 'IDN', name: 'Indonesia', lat: -5.0, lon: 120.0 },
  { cc: 'TH', iso3: 'THA', name: 'Thailand', lat: 15.0, lon: 100.0 },
  { cc: 'VE', iso3: 'VEN', name: 'Venezuela', lat: 8.0, lon: -66.0 },
  { cc: 'CO', iso3: 'COL', name: 'Colombia', lat: 4.0, lon: -72.0 },
  { cc: 'PE', iso3: 'PER', name: 'Peru', lat: -10.0, lon: -76.0 },
  { cc: 'EC', iso3: 'ECU', name: 'Ecuador', lat: -2.0, lon: -77.5 },
  { cc: 'BO', iso3: 'BOL', name: 'Bolivia', lat: -17.0, lon: -65.0 },
  { cc: 'CL', iso3: 'CHL', name: 'Chile', lat: -30.0, lon: -71.0 },
  { cc: 'AR', iso3: 'ARG', name: 'Argentina', lat: -34.0, lon: -64.0 },
  { cc: 'MX', iso3: 'MEX', name: 'Mexico', lat: 23.0, lon: -102.0 },
  { cc: 'KE', iso3: 'KEN', name: 'Kenya', lat: 1.0, lon: 38.0 },
  { cc: 'SO', iso3: 'SOM', name: 'Somalia', lat: 10.0, lon: 49.0 },
  { cc: 'ET', iso3: 'ETH', name: 'Ethiopia', lat: 8.0, lon: 38.0 },
  { cc: 'NG', iso3: 'NGA', name: 'Nigeria', lat: 10.0, lon: 8.0 },
  { cc: 'ML', iso3: 'MLI', name: 'Mali', lat: 17.0, lon: -4.0 },
  { cc: 'BF', iso3: 'BFA', name: 'Burkina Faso', lat: 13.0, lon: -2.0 },
  { cc: 'NE', iso3: 'NER', name: 'Niger', lat: 16.0, lon: 8.0 },
  { cc: 'CD', iso3: 'COD', name: 'DR Congo', lat: -2.5, lon: 23.5 },
  { cc: 'LY', iso3: 'LBY', name: 'Libya', lat: 25.0, lon: 17.0 },
  { cc: 'EG', iso3: 'EGY', name: 'Egypt', lat: 27.0, lon: 30.0 },
  { cc: 'TN', iso3: 'TUN', name: 'Tunisia', lat: 34.0, lon: 9.0 },
  { cc: 'DZ', iso3: 'DZA', name: 'Algeria', lat: 28.0, lon: 3.0 },
  { cc: 'TR', iso3: 'TUR', name: 'Turkey', lat: 39.0, lon: 35.0 },
  { cc: 'GE', iso3: 'GEO', name: 'Georgia', lat: 42.0, lon: 43.5 },
  { cc: 'AM', iso3: 'ARM', name: 'Armenia', lat: 40.0, lon: 45.0 },
  { cc: 'BY', iso3: 'BLR', name: 'Belarus', lat: 53.0, lon: 28.0 },
  { cc: 'FR', iso3: 'FRA', name: 'France', lat: 46.0, lon: 2.0 },
  { cc: 'GR', iso3: 'GRC', name: 'Greece', lat: 39.0, lon: 22.0 },
  { cc: 'RS', iso3: 'SRB', name: 'Serbia', lat: 44.0, lon: 21.0 },
  { cc: 'YE', iso3: 'YEM', name: 'Yemen', lat: 15.0, lon: 48.0 },
  { cc: 'HT', iso3: 'HTI', name: 'Haiti', lat: 19.0, lon: -72.4 },
  { cc: 'UG', iso3: 'UGA', name: 'Uganda', lat: 1.0, lon: 32.0 },
  { cc: 'SS', iso3: 'SSD', name: 'South Sudan', lat: 7.0, lon: 30.0 },
  { cc: 'MZ', iso3: 'MOZ', name: 'Mozambique', lat: -18.25, lon: 35.0 },
  { cc: 'ZW', iso3: 'ZWE', name: 'Zimbabwe', lat: -20.0, lon: 30.0 },
  { cc: 'LB', iso3: 'LBN', name: 'Lebanon', lat: 33.8, lon: 35.8 },
  { cc: 'LK', iso3: 'LKA', name: 'Sri Lanka', lat: 7.0, lon: 81.0 },
  { cc: 'NP', iso3: 'NPL', name: 'Nepal', lat: 28.0, lon: 84.0 },
  { cc: 'IN', iso3: 'IND', name: 'India', lat: 20.0, lon: 77.0 },
];

const CITIES: City[] = [
  { name: 'Bishkek', geonameid: 1528675, lat: 42.87, lon: 74.59, province: 'Bishkek', cc: 'KG' },
  { name: 'Osh', geonameid: 1527534, lat: 40.52828, lon: 72.7985, province: 'Osh', cc: 'KG' },
  { name: 'Jalal-Abad', geonameid: 1528260, lat: 40.93333, lon: 73.0, province: 'Jalal-Abad', cc: 'KG' },
  { name: 'Kyiv', geonameid: 703448, lat: 50.45466, lon: 30.5238, province: 'Kyiv City', cc: 'UA' },
  { name: 'Kharkiv', geonameid: 706483, lat: 49.98081, lon: 36.25272, province: 'Kharkiv', cc: 'UA' },
  { name: 'Khartoum', geonameid: 379252, lat: 15.55177, lon: 32.53241, province: 'Khartoum', cc: 'SD' },
  { name: 'El Fasher', geonameid: 379555, lat: 13.62793, lon: 25.34936, province: 'North Darfur', cc: 'SD' },
  { name: 'Kabul', geonameid: 1138958, lat: 34.52813, lon: 69.17233, province: 'Kabul', cc: 'AF' },
  { name: 'Baghdad', geonameid: 98182, lat: 33.34058, lon: 44.40088, province: 'Baghdad', cc: 'IQ' },
  { name: 'Mosul', geonameid: 99072, lat: 36.335, lon: 43.11889, province: 'Nineveh', cc: 'IQ' },
  { name: 'Damascus', geonameid: 170654, lat: 33.5102, lon: 36.29128, province: 'Damascus', cc: 'SY' },
  { name: 'Aleppo', geonameid: 170063, lat: 36.20124, lon: 37.16117, province: 'Aleppo', cc: 'SY' },
  { name: 'Gaza', geonameid: 281133, lat: 31.50161, lon: 34.46672, province: 'Gaza Strip', cc: 'PS' },
  { name: 'Tehran', geonameid: 112931, lat: 35.69439, lon: 51.42151, province: 'Tehran', cc: 'IR' },
  { name: 'Karachi', geonameid: 1174872, lat: 24.8608, lon: 67.0104, province: 'Sindh', cc: 'PK' },
  { name: 'Lahore', geonameid: 1172451, lat: 31.558, lon: 74.35071, province: 'Punjab', cc: 'PK' },
  { name: 'Dhaka', geonameid: 1185241, lat: 23.7104, lon: 90.40744, province: 'Dhaka Division', cc: 'BD' },
  { name: 'Yangon', geonameid: 1298824, lat: 16.80528, lon: 96.15611, province: 'Yangon Region', cc: 'MM' },
  { name: 'Mandalay', geonameid: 1311874, lat: 21.97473, lon: 96.08359, province: 'Mandalay Region', cc: 'MM' },
  { name: 'Manila', geonameid: 1701668, lat: 14.6042, lon: 120.9822, province: 'Metro Manila', cc: 'PH' },
  { name: 'Jakarta', geonameid: 1642911, lat: -6.21462, lon: 106.84513, province: 'Jakarta', cc: 'ID' },
  { name: 'Bangkok', geonameid: 1609350, lat: 13.75398, lon: 100.50144, province: 'Bangkok', cc: 'TH' },
  { name: 'Caracas', geonameid: 3646738, lat: 10.48801, lon: -66.87919, province: 'Capital District', cc: 'VE' },
  { name: 'Bogota', geonameid: 3688689, lat: 4.60971, lon: -74.08175, province: 'Bogota D.C.', cc: 'CO' },
  { name: 'Lima', geonameid: 3936456, lat: -12.04318, lon: -77.02824, province: 'Lima', cc: 'PE' },
  { name: 'Quito', geonameid: 3652462, lat: -0.22985, lon: -78.52495, province: 'Pichincha', cc: 'EC' },
  { name: 'La Paz', geonameid: 3911925, lat: -16.5, lon: -68.15, province: 'La Paz', cc: 'BO' },
  { name: 'Santiago', geonameid: 3871336, lat: -33.45694, lon: -70.64827, province: 'Santiago Metropolitan', cc: 'CL' },
  { name: 'Buenos Aires', geonameid: 3435910, lat: -34.61315, lon: -58.37723, province: 'Buenos Aires F.D.', cc: 'AR' },
  { name: 'Mexico City', geonameid: 3530597, lat: 19.42847, lon: -99.12766, province: 'Mexico City', cc: 'MX' },
  { name: 'Nairobi', geonameid: 184745, lat: -1.28333, lon: 36.81667, province: 'Nairobi', cc: 'KE' },
  { name: 'Mogadishu', geonameid: 53654, lat: 2.03711, lon: 45.34375, province: 'Banaadir', cc: 'SO' },
  { name: 'Kismayo', geonameid: 55671, lat: -0.35817, lon: 42.54536, province: 'Lower Juba', cc: 'SO' },
  { name: 'Addis Ababa', geonameid: 344979, lat: 9.02497, lon: 38.74689, province: 'Addis Ababa', cc: 'ET' },
  { name: 'Lagos', geonameid: 2332459, lat: 6.45407, lon: 3.39467, province: 'Lagos', cc: 'NG' },
  { name: 'Maiduguri', geonameid: 2331447, lat: 11.84692, lon: 13.15712, province: 'Borno', cc: 'NG' },
  { name: 'Abuja', geonameid: 2352778, lat: 9.05785, lon: 7.49508, province: 'FCT', cc: 'NG' },
  { name: 'Bamako', geonameid: 2460596, lat: 12.65, lon: -8.0, province: 'Bamako', cc: 'ML' },
  { name: 'Timbuktu', geonameid: 2449067, lat: 16.77348, lon: -3.00742, province: 'Tombouctou', cc: 'ML' },
  { name: 'Ouagadougou', geonameid: 2357048, lat: 12.36566, lon: -1.53388, province: 'Centre', cc: 'BF' },
  { name: 'Niamey', geonameid: 2440485, lat: 13.51366, lon: 2.1098, province: 'Niamey', cc: 'NE' },
  { name: 'Kinshasa', geonameid: 2314302, lat: -4.32758, lon: 15.31357, province: 'Kinshasa', cc: 'CD' },
  { name: 'Goma', geonameid: 216281, lat: -1.67409, lon: 29.22845, province: 'North Kivu', cc: 'CD' },
  { name: 'Beni', geonameid: 219057, lat: 0.49113, lon: 29.47306, province: 'North Kivu', cc: 'CD' },
  { name: 'Benghazi', geonameid: 88319, lat: 32.11486, lon: 20.06859, province: 'Benghazi', cc: 'LY' },
  { name: 'Cairo', geonameid: 360630, lat: 30.06263, lon: 31.24967, province: 'Cairo', cc: 'EG' },
  { name: 'Tunis', geonameid: 2464470, lat: 36.81897, lon: 10.16579, province: 'Tunis', cc: 'TN' },
  { name: 'Algiers', geonameid: 2507480, lat: 36.73225, lon: 3.08746, province: 'Algiers', cc: 'DZ' },
  { name: 'Istanbul', geonameid: 745044, lat: 41.01384, lon: 28.94966, province: 'Istanbul', cc: 'TR' },
  { name: 'Ankara', geonameid: 323786, lat: 39.91987, lon: 32.85427, province: 'Ankara', cc: 'TR' },
  { name: 'Tbilisi', geonameid: 611717, lat: 41.69411, lon: 44.83368, province: 'Tbilisi', cc: 'GE' },
  { name: 'Yerevan', geonameid: 616052, lat: 40.18111, lon: 44.51361, province: 'Yerevan', cc: 'AM' },
  { name: 'Minsk', geonameid: 625144, lat: 53.9, lon: 27.56667, province: 'Minsk City', cc: 'BY' },
  { name: 'Paris', geonameid: 2988507, lat: 48.85341, lon: 2.3488, province: 'Ile-de-France', cc: 'FR' },
  { name: 'Marseille', geonameid: 2995469, lat: 43.29695, lon: 5.38107, province: "Provence-Alpes-Cote d'Azur", cc: 'FR' },
  { name: 'Athens', geonameid: 264371, lat: 37.98376, lon: 23.72784, province: 'Attica', cc: 'GR' },
  { name: 'Belgrade', geonameid: 792680, lat: 44.80401, lon: 20.46513, province: 'Belgrade', cc: 'RS' },
  { name: 'Sanaa', geonameid: 71137, lat: 15.35472, lon: 44.20667, province: 'Sanaa', cc: 'YE' },
  { name: 'Aden', geonameid: 415189, lat: 12.77944, lon: 45.03667, province: 'Aden', cc: 'YE' },
  { name: 'Port-au-Prince', geonameid: 3718426, lat: 18.54349, lon: -72.33881, province: 'Ouest', cc: 'HT' },
  { name: 'Kampala', geonameid: 232422, lat: 0.31628, lon: 32.58219, province: 'Central Region', cc: 'UG' },
  { name: 'Juba', geonameid: 373303, lat: 4.85165, lon: 31.58247, province: 'Central Equatoria', cc: 'SS' },
  { name: 'Maputo', geonameid: 1040652, lat: -25.96553, lon: 32.58322, province: 'Maputo City', cc: 'MZ' },
  { name: 'Harare', geonameid: 890299, lat: -17.82772, lon: 31.05337, province: 'Harare', cc: 'ZW' },
  { name: 'Beirut', geonameid: 276781, lat: 33.89332, lon: 35.50157, province: 'Beirut', cc: 'LB' },
  { name: 'Colombo', geonameid: 1248991, lat: 6.93194, lon: 79.84778, province: 'Western Province', cc: 'LK' },
  { name: 'Kathmandu', geonameid: 1283240, lat: 27.70169, lon: 85.3206, province: 'Bagmati', cc: 'NP' },
  { name: 'Delhi', geonameid: 1273294, lat: 28.65195, lon: 77.23149, province: 'Delhi', cc: 'IN' },
  { name: 'Srinagar', geonameid: 1255634, lat: 34.08565, lon: 74.80555, province: 'Jammu and Kashmir', cc: 'IN' },
];

const COUNTRY_BY_CC = new Map(COUNTRIES.map((c) => [c.cc, c]));

/** actor phrases by sector: [text as written, canonical name] */
const ACTORS: Record<string, Array<[string, string]>> = {
  COP: [['police', 'Police'], ['riot police', 'Police'], ['police officers', 'Police'], ['security forces', 'Security Forces']],
  MIL: [['soldiers', 'Military'], ['the army', 'Military'], ['troops', 'Military'], ['government forces', 'Military']],
  GOV: [['the government', 'Government'], ['the interior ministry', 'Interior Ministry'], ['officials', 'Government'], ['the cabinet', 'Government']],
  PRE: [['the president', 'President']],
  OPP: [['opposition supporters', 'Opposition'], ['the opposition', 'Opposition'], ['opposition leaders', 'Opposition']],
  PRO: [['protesters', 'Protesters'], ['demonstrators', 'Protesters'], ['students', 'Students']],
  LAB: [['workers', 'Workers'], ['teachers', 'Teachers'], ['dock workers', 'Workers'], ['union members', 'Trade Union']],
  REB: [['rebels', 'Rebels'], ['insurgents', 'Insurgents'], ['militants', 'Militants']],
  UAF: [['gunmen', 'Gunmen'], ['unidentified attackers', 'Unidentified Armed Group']],
  CVL: [['civilians', 'Civilians'], ['villagers', 'Villagers'], ['residents', 'Residents'], ['farmers', 'Farmers']],
  JRN: [['journalists', 'Journalists'], ['reporters', 'Journalists']],
  CRM: [['criminal gangs', 'Criminal Gangs'], ['a gang', 'Criminal Gangs']],
  MED: [['doctors', 'Doctors'], ['nurses', 'Nurses']],
  REF: [['displaced families', 'Refugees'], ['refugees', 'Refugees']],
  NGO: [['the Red Cross', 'Red Cross'], ['aid workers', 'Aid Workers']],
  UNO: [['UN agencies', 'United Nations'], ['the World Food Programme', 'World Food Programme']],
};

/** foreign actors for diplomatic events: [text, name, code] */
const FOREIGN: Array<[string, string, string]> = [
  ['the United States', 'United States', 'USA'],
  ['the European Union', 'European Union', 'EUR'],
  ['China', 'China', 'CHN'],
  ['Russia', 'Russia', 'RUS'],
  ['the African Union', 'African Union', 'AFR'],
  ['the United Nations', 'United Nations', 'UNO'],
  ['Turkey', 'Turkey', 'TUR'],
  ['Qatar', 'Qatar', 'QAT'],
];

interface Kind {
  event: string;
  quad: number;
  cameo: string;
  modes: Array<string | null>;
  /** past-tense trigger phrases; a recipient, when there is one, follows the trigger */
  triggers: string[];
  actors: string[];
  /** sectors of the recipient; [] = none; 'FOREIGN' = another country */
  recipients: string[];
  acled: (recipientSector: string | null) => [string, string] | null;
  context: string[];
  dead?: number; // probability a death toll is reported
  injured?: number;
  arrested?: number;
  crowd?: number;
  foreignActor?: boolean;
  weight: number;
}

const ARMED = new Set(['MIL', 'REB', 'UAF', 'COP', 'CRM']);

const KINDS: Kind[] = [
  {
    event: 'PROTEST', quad: 4, cameo: '141', modes: ['demo'], weight: 14,
    triggers: ['protested', 'marched', 'rallied', 'demonstrated', 'held a sit-in'],
    actors: ['PRO', 'OPP', 'LAB', 'MED', 'JRN', 'CVL'], recipients: [],
    acled: () => ['Protests', 'Peaceful protest'], context: ['pro_democracy', 'economic', 'election', 'rights_freedoms'], crowd: 0.6, arrested: 0.1,
  },
  {
    event: 'PROTEST', quad: 4, cameo: '143', modes: ['strike'], weight: 5,
    triggers: ['went on strike', 'walked out', 'staged a strike'],
    actors: ['LAB', 'MED'], recipients: [],
    acled: () => ['Protests', 'Peaceful protest'], context: ['economic'], crowd: 0.5,
  },
  {
    event: 'PROTEST', quad: 4, cameo: '145', modes: ['riot', 'vandalize'], weight: 7,
    triggers: ['rioted', 'torched cars', 'stormed government buildings', 'looted shops'],
    actors: ['PRO', 'OPP', 'CVL'], recipients: [],
    acled: () => ['Riots', 'Violent demonstration'], context: ['repression', 'election', 'economic'], dead: 0.3, injured: 0.5, arrested: 0.4, crowd: 0.3,
  },
  {
    event: 'PROTEST', quad: 4, cameo: '144', modes: ['obstruct'], weight: 4,
    triggers: ['blocked roads', 'blockaded the port', 'occupied the main square'],
    actors: ['PRO', 'LAB', 'CVL', 'OPP'], recipients: [],
    acled: () => ['Protests', 'Peaceful protest'], context: ['economic', 'natural_resource'], crowd: 0.4,
  },
  {
    event: 'ASSAULT', quad: 4, cameo: '190', modes: ['firearms'], weight: 12,
    triggers: ['opened fire on', 'attacked', 'clashed with', 'ambushed', 'shot at'],
    actors: ['MIL', 'REB', 'UAF', 'COP', 'CRM'], recipients: ['CVL', 'MIL', 'REB', 'PRO', 'COP'],
    acled: (r) => (r === 'PRO' ? ['Protests', 'Excessive force against protesters'] : r && ARMED.has(r) ? ['Battles', 'Armed clash'] : ['Violence against civilians', 'Attack']),
    context: ['military', 'terrorism', 'crime'], dead: 0.8, injured: 0.5,
  },
  {
    event: 'ASSAULT', quad: 4, cameo: '195', modes: ['aerial', 'drone'], weight: 6,
    triggers: ['carried out air strikes on', 'bombed', 'launched drone strikes on'],
    actors: ['MIL'], recipients: ['REB', 'CVL'],
    acled: () => ['Explosions/Remote violence', 'Air/drone strike'], context: ['military'], dead: 0.8, injured: 0.4,
  },
  {
    event: 'ASSAULT', quad: 4, cameo: '194', modes: ['heavy-weapons'], weight: 4,
    triggers: ['shelled', 'fired rockets at'],
    actors: ['MIL', 'REB'], recipients: ['CVL', 'MIL', 'REB'],
    acled: () => ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], context: ['military'], dead: 0.7, injured: 0.5,
  },
  {
    event: 'ASSAULT', quad: 4, cameo: '183', modes: ['explosives', 'suicide-attack'], weight: 4,
    triggers: ['detonated a bomb near', 'set off an explosive device targeting'],
    actors: ['REB', 'UAF'], recipients: ['CVL', 'MIL', 'COP', 'GOV'],
    acled: () => ['Explosions/Remote violence', 'Remote explosive/landmine/IED'], context: ['terrorism'], dead: 0.9, injured: 0.7,
  },
  {
    event: 'ASSAULT', quad: 4, cameo: '181', modes: ['abduct'], weight: 3,
    triggers: ['abducted', 'kidnapped'],
    actors: ['REB', 'UAF', 'CRM'], recipients: ['CVL', 'JRN', 'MED'],
    acled: () => ['Violence against civilians', 'Abduction/forced disappearance'], context: ['crime', 'human_rights'],
  },
  {
    event: 'ASSAULT', quad: 4, cameo: '180', modes: ['crowd-control', 'beat'], weight: 4,
    triggers: ['fired tear gas at', 'beat', 'dispersed'],
    actors: ['COP', 'MIL'], recipients: ['PRO', 'OPP', 'JRN'],
    acled: () => ['Protests', 'Protest with intervention'], context: ['repression'], injured: 0.6, arrested: 0.4,
  },
  {
    event: 'COERCE', quad: 4, cameo: '173', modes: ['arrest'], weight: 8,
    triggers: ['arrested', 'detained', 'rounded up'],
    actors: ['COP', 'MIL', 'GOV'], recipients: ['PRO', 'OPP', 'JRN', 'CVL'],
    acled: () => ['Strategic developments', 'Arrests'], context: ['repression', 'legal', 'crime'], arrested: 0.9,
  },
  {
    event: 'COERCE', quad: 4, cameo: '172', modes: ['curfew', 'restrict', 'censor'], weight: 3,
    triggers: ['imposed a curfew on', 'shut down the internet for', 'banned gatherings by'],
    actors: ['GOV', 'MIL'], recipients: ['CVL', 'PRO'],
    acled: () => null, context: ['repression', 'rights_freedoms'],
  },
  {
    event: 'MOBILIZE', quad: 4, cameo: '150', modes: ['troops', 'police'], weight: 4,
    triggers: ['deployed troops', 'massed forces', 'sent reinforcements'],
    actors: ['MIL', 'GOV', 'COP'], recipients: [],
    acled: () => null, context: ['military'],
  },
  {
    event: 'SANCTION', quad: 4, cameo: '163', modes: ['withdraw', 'discontinue', null], weight: 2,
    triggers: ['imposed sanctions on', 'suspended aid to', 'expelled diplomats from'],
    actors: ['FOREIGN'], recipients: ['GOV'], foreignActor: true,
    acled: () => null, context: ['diplomatic', 'economic'],
  },
  {
    event: 'THREATEN', quad: 3, cameo: '138', modes: ['violence', 'arrest', null], weight: 3,
    triggers: ['threatened', 'warned'],
    actors: ['GOV', 'MIL', 'REB', 'PRE'], recipients: ['OPP', 'PRO', 'REB'],
    acled: () => null, context: ['repression', 'military'],
  },
  {
    event: 'ACCUSE', quad: 3, cameo: '112', modes: ['disapprove', 'allege', null], weight: 5,
    triggers: ['accused', 'condemned', 'criticised'],
    actors: ['OPP', 'GOV', 'NGO', 'JRN', 'PRE'], recipients: ['GOV', 'COP', 'MIL', 'OPP'],
    acled: () => null, context: ['human_rights', 'corruption', 'election'],
  },
  {
    event: 'REQUEST', quad: 3, cameo: '100', modes: ['change', 'meet', null], weight: 4,
    triggers: ['called on', 'urged', 'demanded action from'],
    actors: ['OPP', 'PRO', 'NGO', 'LAB'], recipients: ['GOV', 'PRE'],
    acled: () => null, context: ['political_institutions', 'economic'],
  },
  {
    event: 'REJECT', quad: 3, cameo: '120', modes: ['change', null], weight: 2,
    triggers: ['rejected demands from', 'refused to negotiate with'],
    actors: ['GOV', 'PRE'], recipients: ['OPP', 'PRO', 'LAB'],
    acled: () => null, context: ['political_institutions'],
  },
  {
    event: 'AGREE', quad: 1, cameo: '030', modes: [null], weight: 2,
    triggers: ['agreed to hold talks with', 'signed a peace agreement with'],
    actors: ['GOV', 'REB', 'OPP'], recipients: ['REB', 'OPP', 'GOV'],
    acled: () => ['Strategic developments', 'Agreement'], context: ['diplomatic', 'peacekeeping'],
  },
  {
    event: 'CONSULT', quad: 1, cameo: '040', modes: ['visit', 'multilateral', 'phone'], weight: 3,
    triggers: ['met', 'held talks with', 'hosted'],
    actors: ['GOV', 'PRE'], recipients: ['FOREIGN'],
    acled: () => null, context: ['diplomatic'],
  },
  {
    event: 'SUPPORT', quad: 1, cameo: '051', modes: [null], weight: 1,
    triggers: ['praised', 'backed'],
    actors: ['FOREIGN'], recipients: ['GOV'], foreignActor: true,
    acled: () => null, context: ['diplomatic'],
  },
  {
    event: 'COOPERATE', quad: 2, cameo: '061', modes: [null], weight: 1,
    triggers: ['signed a security pact with', 'launched joint patrols with'],
    actors: ['GOV', 'MIL'], recipients: ['FOREIGN'],
    acled: () => null, context: ['military', 'economic'],
  },
  {
    event: 'AID', quad: 2, cameo: '070', modes: [null], weight: 2,
    triggers: ['delivered food aid to', 'provided medical supplies to'],
    actors: ['NGO', 'UNO'], recipients: ['CVL', 'REF'],
    acled: () => null, context: ['human_security', 'health', 'disasters'],
  },
  {
    event: 'RETREAT', quad: 2, cameo: '0841', modes: ['release', 'withdraw', 'ceasefire'], weight: 2,
    triggers: ['released', 'freed'],
    actors: ['GOV', 'COP', 'REB'], recipients: ['OPP', 'PRO', 'JRN', 'CVL'],
    acled: () => null, context: ['human_rights'],
  },
  {
    event: 'CONCEDE', quad: 1, cameo: '081', modes: [null], weight: 1,
    triggers: ['eased restrictions on', 'lifted the ban on'],
    actors: ['GOV'], recipients: ['OPP', 'PRO', 'JRN'],
    acled: () => null, context: ['rights_freedoms'],
  },
];

const TOTAL_WEIGHT = KINDS.reduce((s, k) => s + k.weight, 0);

const SOURCES = ['Al Jazeera', 'Reuters', 'AFP', 'Associated Press', 'BBC News', 'The Guardian', 'Radio Free Europe', 'Xinhua', 'Anadolu', 'allAfrica'];
const ATTRIBUTIONS = ['witnesses said', 'police said', 'local officials said', 'a spokesman said', 'according to local media', 'residents told reporters', 'rights groups said'];
const ISSUES = ['fuel prices', 'election results', 'land rights', 'water shortages', 'pension reform', 'corruption', 'unpaid wages', 'a disputed constitutional amendment', 'food prices', 'the arrest of an opposition leader'];
const HEADLINES: Record<string, string[]> = {
  PROTEST: ['Protests spread', 'Thousands take to the streets', 'Unrest grows'],
  ASSAULT: ['Deadly violence', 'Fighting flares', 'Attack kills civilians'],
  COERCE: ['Crackdown widens', 'Arrests mount'],
  MOBILIZE: ['Troops deployed', 'Security tightened'],
  SANCTION: ['Sanctions imposed', 'Diplomatic row deepens'],
  THREATEN: ['Government issues warning'],
  ACCUSE: ['Accusations fly', 'Rights groups condemn abuses'],
  REQUEST: ['Opposition demands change'],
  REJECT: ['Government rejects demands'],
  AGREE: ['Talks agreed', 'Peace deal signed'],
  CONSULT: ['Leaders meet'],
  SUPPORT: ['Allies voice support'],
  COOPERATE: ['Security pact signed'],
  AID: ['Aid arrives'],
  RETREAT: ['Detainees freed'],
  CONCEDE: ['Restrictions eased'],
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VAGUE: Array<[string, number]> = [['dozens of', 12], ['scores of', 20], ['hundreds of', 100], ['several', 3]];

const DAY_MS = 86_400_000;
const START = Date.UTC(2018, 0, 1);
const SPAN_DAYS = 8 * 365;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** builds text left to right and remembers where each piece went */
class Writer {
  text = '';
  add(s: string): { start: number; end: number; text: string } {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }
}

function eventId(articleId: string, start: number, end: number): string {
  return 'ev_' + createHash('sha1').update(`${articleId}:${start}:${end}`).digest('hex').slice(0, 16);
}

/**
 * Yields articles with their events until n events have been produced (the last article may
 * be cut short). Same n and seed, same output.
 */
export function* syntheticEvents(n: number, seed = 1): Generator<IngestItem> {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const chance = (p: number | undefined) => p !== undefined && r() < p;
  const pickKind = (): Kind => {
    let x = r() * TOTAL_WEIGHT;
    for (const k of KINDS) if ((x -= k.weight) < 0) return k;
    return KINDS[0];
  };
  let produced = 0;
  let articleNo = 0;
  while (produced < n) {
    articleNo++;
    const articleId = `syn-${seed}-${articleNo}`;
    // an article is about one city (sometimes a second one of the same country) around one date
    const city = pick(CITIES);
    const country = COUNTRY_BY_CC.get(city.cc)!;
    const sameCountry = CITIES.filter((c) => c.cc === city.cc);
    const baseDay = START + Math.floor(r() * SPAN_DAYS) * DAY_MS;
    const publishedMs = baseDay + Math.floor(r() * 3) * DAY_MS;
    const published = iso(publishedMs);
    const source = pick(SOURCES);
    const issue = pick(ISSUES);
    const want = Math.min(n - produced, 1 + Math.floor(r() * 5));

    const w = new Writer();
    const kinds: Kind[] = [];
    for (let i = 0; i < want; i++) kinds.push(pickKind());
    const first = kinds[0];
    const title = `${pick(HEADLINES[first.event] ?? ['Tension rises'])} in ${city.name} amid anger over ${issue}`;

    const sentences: Array<{ start: number; end: number }> = [];
    const filler = (s: string) => {
      const sp = w.add(s);
      sentences.push({ start: sp.start, end: sp.end });
      w.add(' ');
    };
    filler(`${country.name} has seen weeks of unrest over ${issue}.`);

    const events: EventRecord[] = [];
    for (const kind of kinds) {
      const sentenceIndex = sentences.length;
      const sStart = w.text.length;
      const evDay = baseDay - Math.floor(r() * 3) * DAY_MS;
      const evDate = iso(evDay);
      const dateStyle = r();
      let dateSpan: TextSpan | null = null;
      let datePrecision: EventRecord['date_precision'] = 'day';
      let dateBasis: EventRecord['date_basis'] = 'text';
      let date = evDate;
      let atStart = true;
      if (dateStyle < 0.35) {
        w.add('On ');
        const d = new Date(evDay);
        dateSpan = w.add(publishedMs - evDay <= 6 * DAY_MS ? WEEKDAYS[d.getUTCDay()] : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`);
        w.add(', ');
        atStart = false;
      }
      // actor
      let actor: EventActor;
      const aSec = pick(kind.actors);
      if (aSec === 'FOREIGN') {
        const [t, name, code] = pick(FOREIGN);
        const sp = w.add(atStart ? cap(t) : t);
        actor = { start: sp.start, end: sp.end, entity_text: sp.text, entity_name: name, code, sector: 'GOV', cameo_code: code + 'GOV' };
      } else {
        const [t, name] = pick(ACTORS[aSec]);
        const sp = w.add(atStart ? cap(t) : t);
        const code = aSec === 'UNO' ? 'UNO' : aSec === 'NGO' ? 'NGO' : country.iso3;
        const sector = aSec === 'UNO' || aSec === 'NGO' ? null : aSec;
        actor = { start: sp.start, end: sp.end, entity_text: sp.text, entity_name: aSec === 'UNO' || aSec === 'NGO' ? name : `${country.name} ${name}`, code, sector, cameo_code: code + (sector ?? '') };
      }
      w.add(' ');
      const trig = w.add(pick(kind.triggers));
      // recipient
      let recipient: EventActor | null = null;
      let rSec: string | null = null;
      if (kind.recipients.length) {
        rSec = pick(kind.recipients);
        w.add(' ');
        if (rSec === 'FOREIGN') {
          let f = pick(FOREIGN);
          if (f[2] === actor.code) f = FOREIGN[0];
          const sp = w.add(f[0]);
          recipient = { start: sp.start, end: sp.end, entity_text: sp.text, entity_name: f[1], code: f[2], sector: 'GOV', cameo_code: f[2] + 'GOV' };
        } else {
          if (rSec === aSec) rSec = kind.recipients.find((x) => x !== aSec) ?? rSec;
          const [t, name] = pick(ACTORS[rSec]);
          const sp = w.add(t);
          recipient = { start: sp.start, end: sp.end, entity_text: sp.text, entity_name: `${country.name} ${name}`, code: country.iso3, sector: rSec, cameo_code: country.iso3 + rSec };
        }
      }
      // place
      const res = r();
      const placeCity = r() < 0.7 ? city : pick(sameCountry);
      let loc: EventLocation;
      if (res < 0.75) {
        w.add(' in ');
        const sp = w.add(placeCity.name);
        loc = {
          extracted_place: sp.text, resolved_place: placeCity.name, geonameid: placeCity.geonameid, lat: placeCity.lat, lon: placeCity.lon,
          province: placeCity.province, country: country.name, country_code: country.cc, resolution: 'city', start: sp.start, end: sp.end, basis: 'sentence',
        };
      } else if (res < 0.88) {
        w.add(' in ');
        const sp = w.add(`${placeCity.province} province`);
        loc = {
          extracted_place: sp.text, resolved_place: placeCity.province, geonameid: null, lat: placeCity.lat, lon: placeCity.lon,
          province: placeCity.province, country: country.name, country_code: country.cc, resolution: 'admin1', start: sp.start, end: sp.end, basis: 'sentence',
        };
      } else {
        w.add(' across ');
        const sp = w.add(country.name);
        loc = {
          extracted_place: sp.text, resolved_place: country.name, geonameid: null, lat: country.lat, lon: country.lon,
          province: null, country: country.name, country_code: country.cc, resolution: 'country', start: sp.start, end: sp.end, basis: 'sentence',
        };
      }
      if (!dateSpan) {
        if (dateStyle < 0.6) {
          w.add(' on ');
          const d = new Date(evDay);
          dateSpan = w.add(publishedMs - evDay <= 6 * DAY_MS ? WEEKDAYS[d.getUTCDay()] : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`);
        } else if (dateStyle < 0.67) {
          w.add(' ');
          dateSpan = w.add('earlier this month');
          datePrecision = 'month';
          date = published.slice(0, 8) + '01';
        } else {
          dateBasis = 'publication';
          date = published;
        }
      }
      // numbers
      const quantity = (unitAfter: string): Quantity => {
        let q: Quantity;
        if (r() < 0.2) {
          const [t, v] = pick(VAGUE);
          const sp = w.add(t);
          q = { start: sp.start, end: sp.end, value: v, text: sp.text, approximate: true };
        } else {
          const v = 1 + Math.floor(r() * r() * 60);
          const sp = w.add(String(v));
          q = { start: sp.start, end: sp.end, value: v, text: sp.text, approximate: false };
        }
        w.add(unitAfter);
        return q;
      };
      let dead: Quantity | null = null;
      let injured: Quantity | null = null;
      let arrested: Quantity | null = null;
      let crowdQ: Quantity | null = null;
      if (chance(kind.dead)) {
        w.add(', killing ');
        dead = quantity(' people');
      }
      if (chance(kind.injured)) {
        w.add(dead ? ' and wounding ' : ', wounding ');
        injured = quantity(' others');
      }
      if (chance(kind.arrested)) {
        w.add('; ');
        arrested = quantity(' people were detained');
      }
      if (chance(kind.crowd)) {
        w.add(', with about ');
        const v = (1 + Math.floor(r() * 50)) * 100;
        const sp = w.add(v.toLocaleString('en-US'));
        crowdQ = { start: sp.start, end: sp.end, value: v, text: sp.text, approximate: true };
        w.add(' people taking part');
      }
      let attribution: TextSpan | null = null;
      if (r() < 0.6) {
        w.add(', ');
        const sp = w.add(pick(ATTRIBUTIONS));
        attribution = { start: sp.start, end: sp.end, text: sp.text };
      }
      w.add('.');
      const sEnd = w.text.length;
      sentences.push({ start: sStart, end: sEnd });
      w.add(' ');
      const sentence = w.text.slice(sStart, sEnd);
      const context: string[] = [];
      if (r() < 0.6) context.push(pick(kind.context));
      if (r() < 0.15) {
        const c = pick(kind.context);
        if (!context.includes(c)) context.push(c);
      }
      const acled = kind.acled(rSec);
      const ev: EventRecord = {
        id: eventId(articleId, trig.start, trig.end),
        event: kind.event,
        mode: pick(kind.modes),
        context,
        quad_code: kind.quad,
        event_scale: null,
        cameo: kind.cameo,
        acled: acled ? { event_type: acled[0], sub_event_type: acled[1] } : null,
        actor,
        recipient,
        date,
        date_precision: datePrecision,
        date_text: dateSpan ? dateSpan.text : null,
        date_start: dateSpan ? dateSpan.start : null,
        date_end: dateSpan ? dateSpan.end : null,
        date_basis: dateBasis,
        event_loc: loc,
        size: { dead, injured, arrested, crowd: crowdQ },
        attribution,
        event_text: trig.text,
        trigger: { start: trig.start, end: trig.end, text: trig.text },
        reality: 'asserted',
        text_info: { sentence_index: sentenceIndex, start: sStart, end: sEnd, sentence },
        article: { id: articleId, title, source, url: `https://news.example.org/${articleNo}`, published },
        confidence: Math.round((0.45 + r() * 0.54) * 100) / 100,
      };
      events.push(ev);
      if (r() < 0.3) filler(`Officials did not respond to requests for comment on ${issue}.`);
    }
    if (r() < 0.5) filler(`The situation in ${city.name} remained tense.`);
    const text = w.text.trimEnd();
    const article: Article = { id: articleId, title, source, url: `https://news.example.org/${articleNo}`, published, text };
    produced += events.length;
    yield { article, events };
  }
}
