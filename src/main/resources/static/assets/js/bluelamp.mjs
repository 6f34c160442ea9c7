// GOV.UK Frontend is imported from the fingerprinted URL the page gives (a static import's URL could not carry the
// fingerprint, so the file could not be cached for long).
const frontend = document.querySelector('script[data-govuk-frontend]').dataset.govukFrontend;
import(frontend).then(({ initAll }) => initAll());

// A print button is only any use with JavaScript; without it the page says how to print instead.
for (const button of document.querySelectorAll('[data-bluelamp-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
for (const help of document.querySelectorAll('[data-bluelamp-print-help]')) {
  help.hidden = true;
}
