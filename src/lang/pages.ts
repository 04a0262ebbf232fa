/**
 * Text of pages that are not releases: bot checks and access walls that a
 * scraper saved instead of the page (in the four languages), and sign-up forms.
 * Regular-expression sources, matched case-insensitively anywhere in a line.
 */
export const notReleaseLines: readonly string[] = [
  'pardon our interruption', 'made us think you were a bot', 'checking (?:if the site connection is secure|your browser)', 'verify(?:ing)? (?:that )?you are (?:a )?human',
  'enable javascript and cookies to continue', '^just a moment\\.{0,3}$', '^access denied$', '^attention required', 'complete the security check', 'please turn javascript on',
  'vérification (?:que vous n.êtes pas un robot|de sécurité)', 'activez javascript', 'verificando (?:que no eres un robot|tu navegador)', 'habilita javascript',
  'überprüfung, ob sie ein mensch sind', 'bitte aktivieren sie javascript', 'sicherheitsüberprüfung',
];

/** Words of a sign-up form ("Subscribe to …", "Full name (optional)", "Email"). */
export const formLines: readonly string[] = ['^subscribe(?: to\\b.*)?$', '^full name(?: \\(optional\\))?$', '^e-?mail(?: address)?$', '^s.inscrire$', '^suscribirse$', '^abonnieren$', '^newsletter'];
