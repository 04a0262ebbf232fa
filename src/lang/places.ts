/**
 * Places that datelines name beside a city: US states (postal codes and AP
 * abbreviations) and Canadian provinces, to their country. Country names
 * themselves come from i18n-iso-countries in the four languages.
 */
const US_STATES: [string, string[]][] = [
  ['Alabama', ['AL', 'Ala']], ['Alaska', ['AK']], ['Arizona', ['AZ', 'Ariz']], ['Arkansas', ['AR', 'Ark']], ['California', ['CA', 'Calif', 'Cal']],
  ['Colorado', ['CO', 'Colo']], ['Connecticut', ['CT', 'Conn']], ['Delaware', ['DE', 'Del']], ['Florida', ['FL', 'Fla']], ['Georgia', ['GA', 'Ga']],
  ['Hawaii', ['HI']], ['Idaho', ['ID']], ['Illinois', ['IL', 'Ill']], ['Indiana', ['IN', 'Ind']], ['Iowa', ['IA']], ['Kansas', ['KS', 'Kan', 'Kans']],
  ['Kentucky', ['KY', 'Ky']], ['Louisiana', ['LA', 'La']], ['Maine', ['ME']], ['Maryland', ['MD', 'Md']], ['Massachusetts', ['MA', 'Mass']],
  ['Michigan', ['MI', 'Mich']], ['Minnesota', ['MN', 'Minn']], ['Mississippi', ['MS', 'Miss']], ['Missouri', ['MO', 'Mo']], ['Montana', ['MT', 'Mont']],
  ['Nebraska', ['NE', 'Neb', 'Nebr']], ['Nevada', ['NV', 'Nev']], ['New Hampshire', ['NH', 'N.H']], ['New Jersey', ['NJ', 'N.J']], ['New Mexico', ['NM', 'N.M']],
  ['New York', ['NY', 'N.Y']], ['North Carolina', ['NC', 'N.C']], ['North Dakota', ['ND', 'N.D']], ['Ohio', ['OH']], ['Oklahoma', ['OK', 'Okla']],
  ['Oregon', ['OR', 'Ore']], ['Pennsylvania', ['PA', 'Pa']], ['Rhode Island', ['RI', 'R.I']], ['South Carolina', ['SC', 'S.C']], ['South Dakota', ['SD', 'S.D']],
  ['Tennessee', ['TN', 'Tenn']], ['Texas', ['TX', 'Tex']], ['Utah', ['UT']], ['Vermont', ['VT', 'Vt']], ['Virginia', ['VA', 'Va']], ['Washington', ['WA', 'Wash']],
  ['West Virginia', ['WV', 'W.Va']], ['Wisconsin', ['WI', 'Wis']], ['Wyoming', ['WY', 'Wyo']], ['District of Columbia', ['DC', 'D.C']], ['Puerto Rico', ['PR', 'P.R']],
];
const CA_PROVINCES: [string, string[]][] = [
  ['Ontario', ['ON', 'Ont']], ['Quebec', ['QC', 'Que', 'Québec']], ['British Columbia', ['BC', 'B.C']], ['Alberta', ['AB', 'Alta']], ['Manitoba', ['MB', 'Man']],
  ['Saskatchewan', ['SK', 'Sask']], ['Nova Scotia', ['NS', 'N.S']], ['New Brunswick', ['NB', 'N.B']], ['Newfoundland and Labrador', ['NL', 'Nfld']],
  ['Prince Edward Island', ['PE', 'PEI', 'P.E.I']], ['Yukon', ['YT']], ['Northwest Territories', ['NT', 'NWT']], ['Nunavut', ['NU']],
];
const MX_STATES = ['Baja California', 'Baja California Sur', 'Sonora', 'Chihuahua', 'Jalisco', 'Nuevo León', 'Yucatán', 'Quintana Roo', 'Ciudad de México', 'Estado de México', 'Puebla', 'Veracruz', 'Oaxaca', 'Guanajuato', 'Sinaloa', 'Coahuila', 'Tamaulipas', 'Querétaro', 'Michoacán', 'Guerrero'];

/** Region names and abbreviations (lower case, no dots) to the ISO code of their country. */
export const regionCountry: Map<string, string> = new Map();
for (const [name, abbr] of US_STATES) for (const n of [name, ...abbr]) regionCountry.set(n.toLowerCase().replace(/\./g, ''), 'US');
for (const [name, abbr] of CA_PROVINCES) for (const n of [name, ...abbr]) regionCountry.set(n.toLowerCase().replace(/\./g, ''), 'CA');
for (const n of MX_STATES) regionCountry.set(n.toLowerCase(), 'MX');
// Codes that collide with a US state's postal code are read as the state only after a city.
regionCountry.delete('in');

/** Country names the package does not list the way releases write them. */
export const countryAliases: Record<string, string> = {
  usa: 'US', 'u.s.': 'US', 'u.s.a.': 'US', us: 'US', 'united states': 'US', 'united states of america': 'US', 'états-unis': 'US', 'etats-unis': 'US', 'estados unidos': 'US', 'eeuu': 'US', 'ee.uu.': 'US', usa_: 'US',
  uk: 'GB', 'u.k.': 'GB', 'united kingdom': 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'royaume-uni': 'GB', 'reino unido': 'GB', großbritannien: 'GB',
  uae: 'AE', 'u.a.e.': 'AE', 'emirats arabes unis': 'AE', 'émirats arabes unis': 'AE', suisse: 'CH', schweiz: 'CH', switzerland: 'CH', suiza: 'CH', svizzera: 'CH',
  'hong kong sar': 'HK', 'hong kong': 'HK', macau: 'MO', macao: 'MO', 'south korea': 'KR', korea: 'KR', russia: 'RU', russie: 'RU', rusia: 'RU', russland: 'RU',
  'czech republic': 'CZ', 'république tchèque': 'CZ', taiwan: 'TW', vietnam: 'VN', 'viet nam': 'VN', 'côte d’ivoire': 'CI', "côte d'ivoire": 'CI', 'ivory coast': 'CI',
};
