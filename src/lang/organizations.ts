import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/**
 * Capitalised words that make a run of names an organisation, not a person
 * ("Medical College of Wisconsin Cancer Center", "Chicago Tribune", "Parlement"):
 * the organisation nouns of every language table, which releases in one
 * language borrow from another, and the heads of company and press names.
 */
const heads = [
  'inc', 'ltd', 'llc', 'llp', 'corp', 'corporation', 'co', 'gmbh', 'ag', 'plc', 'sa', 'sas', 'sarl', 'srl', 'bv', 'nv', 'holdings', 'partners', 'capital', 'ventures',
  'technologies', 'technology', 'systems', 'solutions', 'labs', 'laboratories', 'networks', 'network', 'media', 'tribune', 'times', 'news', 'press', 'journal', 'gazette',
  'herald', 'hospital', 'clinic', 'college', 'school', 'academy', 'church', 'club', 'society', 'parliament', 'parlement', 'parlamento', 'parlament', 'bundestag',
  'confederation', 'confédération', 'republic', 'république', 'república', 'republik', 'nations', 'union', 'police', 'polizei', 'policía', 'senate', 'congress',
  'assembly', 'committee', 'comité', 'ausschuss', 'authority', 'autorité', 'behörde', 'service', 'services', 'team', 'institution', 'museum', 'musée', 'museo',
];

export const organizationWords: ReadonlySet<string> = new Set([...heads, ...fr.orgNouns, ...en.orgNouns, ...es.orgNouns, ...de.orgNouns]);
