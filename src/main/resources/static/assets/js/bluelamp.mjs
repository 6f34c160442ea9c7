// GOV.UK Frontend is imported from the fingerprinted URL the page gives (a static import's URL could not carry the
// fingerprint, so the file could not be cached for long).
const script = document.querySelector('script[data-govuk-frontend]');
import(script.dataset.govukFrontend).then(({ initAll }) => initAll());

// Staff tables sort by a column with MoJ Frontend's sortable table, loaded only where there is one.
const sortable = document.querySelectorAll('[data-module="moj-sortable-table"]');
if (sortable.length > 0 && script.dataset.mojSortableTable) {
  import(script.dataset.mojSortableTable).then(({ SortableTable }) => sortable.forEach((table) => new SortableTable(table)));
}

// A print button is only any use with JavaScript; without it the page says how to print instead.
for (const button of document.querySelectorAll('[data-bluelamp-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
for (const help of document.querySelectorAll('[data-bluelamp-print-help]')) {
  help.hidden = true;
}
