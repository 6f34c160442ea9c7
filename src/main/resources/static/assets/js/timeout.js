// Warns a signed-in member of staff before their session ends for want of use, as HMRC's timeout warning does:
// "Stay signed in" (or Escape) asks the server to keep the session; otherwise, at the end, the page signs out and
// says why. The server's timeout is the real limit; this only tells people about it.
(function () {
  var dialog = document.querySelector('[data-bluelamp-timeout]');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var data = dialog.dataset;
  var timeout = Number(data.timeout) * 1000;
  var warning = Number(data.warning) * 1000;
  var visible = dialog.querySelector('[data-bluelamp-timeout-visible]');
  var spoken = dialog.querySelector('[data-bluelamp-timeout-spoken]');
  var csrf = document.querySelector('input[name="_csrf"]');
  // Every staff page and keep-alive touches the same session, so each tab restarts the clock of the others.
  var activityKey = 'bluelamp.staff.activity';
  var lastActivity = Date.now();
  var ended = false;

  function inWords(seconds) {
    if (seconds > 60) {
      var minutes = Math.ceil(seconds / 60);
      return data.minutes.replace('{0}', minutes);
    }
    if (seconds === 60) {
      return data.minute;
    }
    return seconds === 1 ? data.second : data.seconds.replace('{0}', seconds);
  }

  // Screen readers hear the minutes, then every 15 seconds in the last minute and every 5 in the last 20: often
  // enough to act on, not so often that it drowns everything else out.
  function spokenSeconds(seconds) {
    if (seconds > 60) {
      return Math.ceil(seconds / 60) * 60;
    }
    var step = seconds > 20 ? 15 : 5;
    return Math.ceil(seconds / step) * step;
  }

  function noteActivity(at) {
    lastActivity = at;
    try {
      localStorage.setItem(activityKey, String(at));
    } catch (e) {
      // Private browsing may refuse storage; this tab still counts for itself.
    }
  }

  function end() {
    ended = true;
    var form = new URLSearchParams();
    form.append('_csrf', csrf ? csrf.value : '');
    // Signs out in case the server's session is still there (say, a clock that slept), then says why.
    fetch(data.signOut, {method: 'POST', body: form, redirect: 'manual', credentials: 'same-origin'})
      .catch(function () {})
      .then(function () {
        window.location.assign(data.timedOut);
      });
  }

  function stay() {
    dialog.close();
    // The server's clock restarts when the request arrives: count from when it was sent, never later.
    var sent = Date.now();
    var form = new URLSearchParams();
    form.append('_csrf', csrf ? csrf.value : '');
    fetch(data.keepAlive, {method: 'POST', body: form, redirect: 'manual', credentials: 'same-origin'})
      .then(function (response) {
        if (response.status === 204) {
          noteActivity(sent);
        } else {
          end();
        }
      })
      .catch(function () {});
  }

  function tick() {
    if (ended) {
      return;
    }
    var left = Math.ceil((lastActivity + timeout - Date.now()) / 1000);
    if (left <= 0) {
      dialog.close();
      end();
      return;
    }
    if (left * 1000 > warning) {
      if (dialog.open) {
        dialog.close();
      }
      return;
    }
    var countdown = data.countdown;
    visible.textContent = countdown.replace('{0}', inWords(left));
    var toSay = countdown.replace('{0}', inWords(spokenSeconds(left)));
    if (spoken.textContent !== toSay) {
      spoken.textContent = toSay;
    }
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  dialog.querySelector('[data-bluelamp-timeout-stay]').addEventListener('click', stay);
  // Escape means "I'm here": stay signed in rather than just hiding the warning.
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault();
    stay();
  });
  window.addEventListener('storage', function (event) {
    if (event.key === activityKey && Number(event.newValue) > lastActivity) {
      lastActivity = Number(event.newValue);
      tick();
    }
  });
  document.addEventListener('visibilitychange', tick);
  noteActivity(lastActivity);
  // Deadlines, not counted ticks: a tab in the background or a computer that slept is still right when it wakes.
  setInterval(tick, 1000);
})();
