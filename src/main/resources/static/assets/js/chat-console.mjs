// The handlers' web chat console. Without JavaScript every page works by its forms and Refresh links; with it, the
// console reloads when the queue changes, and a held chat shows new lines and "typing" as they happen, says when the
// handler is typing, and a chosen standard reply goes straight into the reply box to edit before sending.

const PING_EVERY_MS = 10000;
const TYPING_SHOWN_MS = 4000;

// The live connection: opens again by itself, waiting longer each time, and says it is there every few seconds.
class Live {
  constructor(path, onMessage, onState = () => {}) {
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
      this.onState(false);
      setTimeout(() => this.open(), this.retry);
      this.retry = Math.min(this.retry * 2, 30000);
    });
  }

  send(message) {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }
}

function timeOfDay(iso) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hour12: true })
    .formatToParts(new Date(iso));
  const hour = parts.find((p) => p.type === 'hour').value;
  const minute = parts.find((p) => p.type === 'minute').value;
  const half = parts.find((p) => p.type === 'dayPeriod').value.toLowerCase().replace(/\./g, '').replace(/\s/g, '');
  return minute === '00' ? hour + half : hour + ':' + minute + half;
}

// The words the possible-emergency rules matched, marked in the line as the server marks them.
function marked(text, words) {
  const nodes = [];
  const lower = text.toLowerCase();
  let from = 0;
  while (from < text.length) {
    let at = -1;
    let found = '';
    for (const word of words || []) {
      const i = word ? lower.indexOf(word.toLowerCase(), from) : -1;
      if (i >= 0 && (at < 0 || i < at || (i === at && word.length > found.length))) { at = i; found = word; }
    }
    if (at < 0) { nodes.push(text.slice(from)); break; }
    if (at > from) nodes.push(text.slice(from, at));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(at, at + found.length);
    nodes.push(mark);
    from = at + found.length;
  }
  return nodes;
}

// A line missed (a dropped connection): the conversation is read again, without touching the reply box.
async function reloadLines(root) {
  const response = await fetch(location.pathname, { headers: { Accept: 'text/html' } });
  if (!response.ok) { location.reload(); return; }
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const fresh = page.querySelector('[data-chat-lines]');
  const shown = root.querySelector('[data-chat-lines]');
  // a line that came live while the page was fetched is newer than the page: keep what is shown
  if (fresh && Number(fresh.dataset.lastSeq || 0) >= Number(shown.dataset.lastSeq || 0)) {
    shown.replaceWith(document.importNode(fresh, true));
  }
}

function showLine(root, line) {
  const list = root.querySelector('[data-chat-lines]');
  const last = Number(list.dataset.lastSeq || 0);
  if (line.seq <= last) return;
  if (line.seq > last + 1) { reloadLines(root); return; }
  root.querySelector('[data-chat-none]')?.remove();
  const item = document.createElement('li');
  item.className = 'bluelamp-relay__line' + (line.from === 'handler' ? ' bluelamp-relay__line--mine' : '');
  item.dataset.seq = line.seq;
  const who = document.createElement('span');
  who.className = 'govuk-!-font-weight-bold';
  who.textContent = root.dataset[line.from === 'handler' ? 'textMe' : line.from === 'system' ? 'textSystem' : 'textPerson'];
  const at = document.createElement('span');
  at.className = 'govuk-body-s';
  at.textContent = ' ' + timeOfDay(line.at) + ' ';
  item.append(who, at);
  if (line.words && line.words.length) {
    const tag = document.createElement('strong');
    tag.className = 'govuk-tag govuk-tag--red';
    tag.textContent = root.dataset.textFlagged;
    item.append(tag);
  }
  item.append(document.createElement('br'), ...marked(line.text, line.words));
  list.append(item);
  list.dataset.lastSeq = line.seq;
  list.scrollTop = list.scrollHeight;
  if (line.from === 'person') root.querySelector('[data-typing]').hidden = true;
}

// Once the handler has pressed a button or followed a link, a reload would cancel where they are going: their own
// answer changes the queue, their own handing on moves the chat, and on a busy server the reload can come first.
let leaving = false;
addEventListener('beforeunload', () => { leaving = true; });

const queue = document.querySelector('[data-chat-console]');
if (queue) {
  queue.querySelector('[data-live-note]').hidden = false;
  let timer = null;
  addEventListener('beforeunload', () => clearTimeout(timer));
  new Live(queue.dataset.live, (message) => {
    if (message.type === 'queue' && !leaving) {
      clearTimeout(timer);
      timer = setTimeout(() => location.reload(), 300);
    }
  });
}

// the held chat's page (the console's rows of held chats carry data-held-chat too, without a connection of their own)
const held = document.querySelector('[data-held-chat][data-live]');
if (held) {
  const typing = held.querySelector('[data-typing]');
  let typingTimer = null;
  const live = new Live(held.dataset.live, (message) => {
    if (message.type === 'line') showLine(held, message);
    if (message.type === 'typing' && message.from === 'person') {
      typing.hidden = false;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => { typing.hidden = true; }, TYPING_SHOWN_MS);
    }
    // handed on (the chat's page is no longer this handler's: the console says so) or ended (the page says how)
    if (message.type === 'transferred' && !leaving) location.assign('/staff/chat?notice=transferred');
    if (message.type === 'ended' && !leaving) location.reload();
  }, (open) => {
    // lines may have come since the page was made, or while a dropped connection was down
    if (open) reloadLines(held);
  });

  const form = held.querySelector('[data-reply-form]');
  const box = form?.querySelector('textarea');
  box?.addEventListener('input', () => live.send({ type: 'typing' }));

  // a reply goes by fetch and comes back through the live connection, so the page (and where the handler is in it)
  // stays; whatever the server refuses is posted again as a form, whose page says what is wrong and keeps the words
  form?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form)), headers: { 'X-Requested-With': 'fetch' },
    });
    if (response.status === 204) {
      box.value = '';
      box.focus();
    } else {
      leaving = true;
      form.submit();
    }
  });

  // a standard reply goes into the box at once, to edit before sending; without JavaScript the form asks the server
  const replies = held.querySelector('[data-standard-replies]');
  if (replies && box) {
    const texts = JSON.parse(replies.dataset.texts || '[]');
    replies.addEventListener('submit', (event) => {
      const chosen = texts[Number(replies.querySelector('select').value) - 1];
      if (chosen === undefined) return;
      event.preventDefault();
      box.value = chosen;
      box.dispatchEvent(new Event('input'));
      box.focus();
    });
  }
}
