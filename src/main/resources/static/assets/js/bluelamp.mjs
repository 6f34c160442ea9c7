import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// "Leave this site": Escape, or the button, replaces this page with a neutral one, so Back does not return here.
// The server forgets this browser's drafts on the way (/leave).
const leaveLink = document.querySelector('[data-leave-site]');
if (leaveLink) {
  const leave = (event) => {
    if (event) {
      event.preventDefault();
    }
    document.body.hidden = true;
    document.title = 'Loading';
    window.location.replace(leaveLink.href);
  };
  leaveLink.addEventListener('click', leave);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === 'Esc') {
      leave(event);
    }
  });
}
