// "Leave this site": Escape, or the button, replaces this page with a neutral one so Back does not return here.
// The server forgets this browser's unfinished reports on the way (/leave). Kept apart from the other scripts
// so that it works even if they fail to load.
(function () {
  var link = document.querySelector('[data-leave-site]');
  if (!link) {
    return;
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.body.hidden = true;
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      leave(event);
    }
  });
})();
