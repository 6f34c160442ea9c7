import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// A print button is only any use with JavaScript; without it the page says how to print instead.
for (const button of document.querySelectorAll('[data-bluelamp-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
for (const help of document.querySelectorAll('[data-bluelamp-print-help]')) {
  help.hidden = true;
}
