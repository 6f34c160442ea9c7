// 101 live chat, the person's page: live over a WebSocket of its own. Without this script the page works by
// posting each line and refreshing (a link, and a refresh while nothing is expected of the person).
const PING_EVERY_MS = 10000;
const TYPING_EVERY_MS = 2000;
const TYPING_SHOWN_MS = 4000;

const root = document.querySelector('[data-chat]');

function text(name, value) {
  const words = root.dataset[name] || '';
  return value === undefined ? words : words.replace('{0}', value);
}

// Reconnects by itself, so a dropped connection gets back to the same chat, and says it is still there.
class Live {
  constructor(path, onMessage, onState) {
    this.url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path;
    this.onMessage = onMessage;
    this.onState = onState;
    this.retry = 1000;
    this.open();
    setInterval(() => this.send({ type: 'ping' }), PING_EVERY_MS);
  }

  open() {
    this.socket = new WebSocket(this.url);
    this.socket.addEventListener('open', () => { this.retry = 1000; this.onState(true); });
    this.socket.addEventListener('message', (event) => this.onMessage(JSON.parse(event.data)));
    this.socket.addEventListener('close', () => {
      if (this.ended) return;
      this.onState(false);
      setTimeout(() => this.open(), this.retry);
      this.retry = Math.min(this.retry * 2, 10000);
    });
  }

  send(message) {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  get connected() {
    return this.socket.readyState === WebSocket.OPEN;
  }
}

function setStatus(...paragraphs) {
  const status = root.querySelector('[data-chat-status]');
  status.replaceChildren(...paragraphs.map((words, i) => {
    const p = document.createElement('p');
    p.className = 'govuk-body' + (i === 0 && paragraphs.length > 1 ? ' govuk-!-font-weight-bold' : '');
    p.textContent = words;
    return p;
  }));
}

function showLine(message) {
  const list = root.querySelector('[data-chat-lines]');
  if (list.querySelector(`[data-seq="${message.seq}"]`)) return;
  root.dataset.lastSeq = String(Math.max(message.seq, Number(root.dataset.lastSeq || 0)));
  const item = document.createElement('li');
  item.className = `bluelamp-chat__line bluelamp-chat__line--${message.from}`;
  item.dataset.seq = String(message.seq);
  const who = document.createElement('span');
  who.className = 'govuk-!-font-weight-bold';
  who.textContent = text(message.from === 'person' ? 'textFromPerson' : 'textFromHandler');
  const at = document.createElement('span');
  at.className = 'govuk-body-s';
  at.textContent = ' ' + message.time;
  item.append(who, at, document.createElement('br'), message.text);
  list.append(item);
  if (message.from !== 'person') hideTyping();
  if (message.flagged) root.querySelector('[data-chat-danger]').hidden = false;
}

let typingTimer;
function showTyping() {
  const typing = root.querySelector('[data-chat-typing]');
  typing.hidden = false;
  clearTimeout(typingTimer);
  typingTimer = setTimeout(hideTyping, TYPING_SHOWN_MS);
}

function hideTyping() {
  root.querySelector('[data-chat-typing]').hidden = true;
}

// Lines go by fetch and come back to everyone, the writer included, through the live connection.
function enhanceForm(live) {
  const form = root.querySelector('[data-chat-form]');
  if (!form) return;
  const box = form.querySelector('[name="text"]');
  let lastTyping = 0;
  box.addEventListener('input', () => {
    const now = Date.now();
    if (now - lastTyping >= TYPING_EVERY_MS) {
      lastTyping = now;
      live.send({ type: 'typing' });
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form)),
      headers: { 'X-Requested-With': 'fetch', 'X-XSRF-TOKEN': root.dataset.csrf },
    });
    if (response.status === 204) {
      box.value = '';
      box.dispatchEvent(new Event('input'));
      if (!live.connected) location.reload();
    } else {
      // The server's own page says what is wrong, and keeps what was typed.
      form.submit();
    }
  });
}

if (root) {
  const live = new Live(root.dataset.signal, (message) => {
    switch (message.type) {
      case 'queue':
        setStatus(text('textWaiting', message.position),
          message.minutes <= 1 ? text('textWaitOne') : text('textWait', message.minutes));
        break;
      case 'answered':
        if (root.dataset.answered !== 'true') location.reload();
        else setStatus(text('textAnswered'));
        break;
      case 'line':
        showLine(message);
        break;
      case 'typing':
        showTyping();
        break;
      case 'ended':
        live.ended = true;
        location.reload();
        break;
      default:
        break;
    }
  }, async (connected) => {
    if (!connected) {
      setStatus(text('textReconnecting'));
      return;
    }
    // Lines said while the connection was down: read from the server, in order.
    const response = await fetch(`${root.dataset.lines}?after=${root.dataset.lastSeq || 0}`,
      { headers: { Accept: 'application/json' } });
    if (response.ok) (await response.json()).forEach(showLine);
  });
  enhanceForm(live);
}
