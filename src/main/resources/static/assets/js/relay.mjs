// The BSL video relay in the browser: the caller's camera check and call, the interpreter's console (who connects
// the caller and the contact handler and records the call), and the handler's view. Media goes browser to browser;
// the server only passes on offers, answers and network candidates (signalling) and stores what is typed.

// Signing needs smooth motion more than sharp detail: at least 25 frames a second at 640x480, and when the
// connection is poor, keep the frame rate and lose resolution instead.
const SIGNING_VIDEO = { width: { min: 640, ideal: 1280 }, height: { min: 480, ideal: 720 }, frameRate: { min: 25, ideal: 30 } };
const ANY_VIDEO = { width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 30 } };
const PING_EVERY_MS = 10000;
const RECORD_PIECE_MS = 4000;

async function camera({ video = true, audio = true } = {}) {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new Error('no camera support');
  }
  if (!video) {
    return navigator.mediaDevices.getUserMedia({ audio, video: false });
  }
  try {
    return await navigator.mediaDevices.getUserMedia({ audio, video: SIGNING_VIDEO });
  } catch (e) {
    // A camera that cannot manage 25 frames at 640x480 is still better than none.
    if (e.name === 'OverconstrainedError') {
      return navigator.mediaDevices.getUserMedia({ audio, video: ANY_VIDEO });
    }
    throw e;
  }
}

function preferFrameRate(pc) {
  for (const sender of pc.getSenders()) {
    if (sender.track?.kind !== 'video') continue;
    sender.track.contentHint = 'motion';
    const parameters = sender.getParameters();
    parameters.degradationPreference = 'maintain-framerate';
    (parameters.encodings || []).forEach((encoding) => { encoding.maxFramerate = 30; });
    sender.setParameters(parameters).catch(() => {});
  }
}

function text(root, key, value) {
  const template = root.dataset[key] || '';
  return value === undefined ? template : template.replace('{0}', value);
}

function setStatus(root, ...lines) {
  const status = root.querySelector('[data-status]');
  if (!status) return;
  status.replaceChildren(...lines.map((line) => {
    const p = document.createElement('p');
    p.className = 'govuk-body';
    p.textContent = line;
    return p;
  }));
}

// The signalling connection: reconnects by itself (a dropped caller gets back into the same call) and says it is
// still there every few seconds.
class Signal {
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

// Typed lines go by fetch; they come back to everyone, the writer included, through the signalling connection.
function enhanceChat(root, signal) {
  const form = root.querySelector('[data-chat-form]');
  if (!form) return;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = form.querySelector('input[name="text"]');
    const response = await fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form)),
      headers: { 'X-Requested-With': 'fetch', 'X-XSRF-TOKEN': root.dataset.csrf },
    });
    if (response.status === 204) {
      input.value = '';
      if (!signal.connected) location.reload();
    } else {
      form.submit();
    }
  });
}

function showLine(root, message, me) {
  const list = root.querySelector('[data-chat-lines]');
  root.querySelector('[data-chat-none]')?.remove();
  const item = document.createElement('li');
  item.className = 'bluelamp-relay__line' + (message.from === me ? ' bluelamp-relay__line--mine' : '');
  const who = document.createElement('span');
  who.className = 'govuk-!-font-weight-bold';
  who.textContent = text(root, 'textFrom' + message.from[0].toUpperCase() + message.from.slice(1));
  const at = document.createElement('span');
  at.className = 'govuk-body-s';
  at.textContent = ' ' + message.at;
  item.append(who, at, document.createElement('br'), message.text);
  list.append(item);
}

// One browser-to-browser link of the call (caller and interpreter, or interpreter and handler).
// Each connection has an id, sent with everything about it, so what comes late for a replaced one is ignored.
class Link {
  constructor(signal, peer, iceServers, onTrack, id = crypto.randomUUID()) {
    this.signal = signal;
    this.peer = peer;
    this.id = id;
    this.pc = new RTCPeerConnection({ iceServers });
    this.pc.addEventListener('icecandidate', (event) => {
      if (event.candidate) signal.send({ type: 'signal', to: peer, data: { link: this.id, candidate: event.candidate } });
    });
    this.pc.addEventListener('track', (event) => onTrack(event));
  }

  async offer() {
    preferFrameRate(this.pc);
    await this.pc.setLocalDescription(await this.pc.createOffer());
    this.signal.send({ type: 'signal', to: this.peer, data: { link: this.id, description: this.pc.localDescription } });
  }

  async receive(data) {
    if (data.description) {
      await this.pc.setRemoteDescription(data.description);
      if (data.description.type === 'offer') {
        await this.pc.setLocalDescription(await this.pc.createAnswer());
        preferFrameRate(this.pc);
        this.signal.send({ type: 'signal', to: this.peer, data: { link: this.id, description: this.pc.localDescription } });
      }
    } else if (data.candidate) {
      await this.pc.addIceCandidate(data.candidate).catch(() => {});
    }
  }

  close() {
    this.pc.close();
  }
}

// For support staff and the browser tests: how many video frames this page has decoded from each link.
const links = new Map();
window.bluelampRelay = {
  async framesDecoded() {
    const frames = {};
    for (const [peer, link] of links) {
      let decoded = 0;
      (await link.pc.getStats()).forEach((report) => {
        if (report.type === 'inbound-rtp' && report.kind === 'video') decoded += report.framesDecoded || 0;
      });
      frames[peer] = decoded;
    }
    return frames;
  },
  frames: {},
};
setInterval(async () => { window.bluelampRelay.frames = await window.bluelampRelay.framesDecoded(); }, 500);

function play(video, stream) {
  if (video.srcObject !== stream) video.srcObject = stream;
  video.play().catch(() => {});
}

// The interpreter's console records the call: both videos side by side and every voice, in pieces of a few
// seconds, each uploaded as soon as it is made, so a crashed browser loses only the last few seconds.
class CallRecorder {
  constructor(root, callerVideo, interpreterVideo, interpreterStream) {
    this.root = root;
    this.url = root.dataset.recordingUrl;
    this.status = root.querySelector('[data-recording-status]');
    this.seq = 0;
    this.uploads = Promise.resolve();
    const canvas = document.createElement('canvas');
    canvas.width = 1280;
    canvas.height = 480;
    const draw = canvas.getContext('2d');
    this.drawing = setInterval(() => {
      draw.fillStyle = '#0b0c0c';
      draw.fillRect(0, 0, 1280, 480);
      if (callerVideo.videoWidth) draw.drawImage(callerVideo, 0, 0, 640, 480);
      if (interpreterVideo?.videoWidth) draw.drawImage(interpreterVideo, 640, 0, 640, 480);
    }, 40);
    this.audio = new AudioContext();
    this.mix = this.audio.createMediaStreamDestination();
    this.addAudio(interpreterStream);
    document.addEventListener('click', () => this.audio.resume(), { once: true });
    const stream = new MediaStream([...canvas.captureStream(25).getVideoTracks(), ...this.mix.stream.getAudioTracks()]);
    const type = ['video/webm;codecs=vp8,opus', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t));
    this.recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 1000000 });
    this.recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) this.upload(this.seq++, event.data);
    });
    this.stopped = new Promise((resolve) => this.recorder.addEventListener('stop', resolve));
    this.recorder.start(RECORD_PIECE_MS);
    this.say('textRecordingOn');
  }

  addAudio(stream) {
    if (stream?.getAudioTracks().length) this.audio.createMediaStreamSource(stream).connect(this.mix);
  }

  // Tries for about two minutes, long enough for the server to be restarted after a crash, before saying so.
  upload(seq, blob) {
    this.uploads = this.uploads.then(async () => {
      for (let attempt = 0; attempt < 15; attempt++) {
        try {
          const response = await fetch(this.url + seq, {
            method: 'POST', body: blob, headers: { 'Content-Type': 'video/webm', 'X-XSRF-TOKEN': this.root.dataset.csrf },
          });
          if (response.ok) return;
          if (response.status < 500) break;
        } catch (e) {
          // The network: try again shortly.
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** attempt, 10000)));
      }
      this.say('textRecordingFailed');
    });
  }

  async finish() {
    if (this.finished) return;
    this.finished = true;
    if (this.recorder.state !== 'inactive') {
      this.recorder.stop();
      await this.stopped;
    }
    clearInterval(this.drawing);
    await this.uploads;
  }

  say(key) {
    if (this.status) this.status.textContent = text(this.root, key);
  }
}

// ---- The caller's camera check -------------------------------------------------------------------------------
const check = document.querySelector('[data-relay-check]');
if (check) {
  check.hidden = false;
  const result = check.querySelector('[data-check-result]');
  const join = check.querySelector('[data-join]');
  check.querySelector('[data-check-camera]').addEventListener('click', async () => {
    try {
      const stream = await camera();
      play(check.querySelector('[data-preview]'), stream);
      result.textContent = check.querySelector('[data-check-ok-text]').textContent;
      check.querySelector('[data-join-video]').value = 'yes';
    } catch (e) {
      result.textContent = check.querySelector('[data-check-failed-text]').textContent;
      check.querySelector('[data-join-video]').value = 'no';
      check.querySelector('[data-join-button]').textContent = check.querySelector('[data-join-typing-text]').textContent;
    }
    result.hidden = false;
    join.hidden = false;
  });
}

// ---- A call, from any side ----------------------------------------------------------------------------------
const root = document.querySelector('[data-relay-call]');
if (root) {
  const role = root.dataset.role;
  const settings = role === 'caller' ? { iceServers: JSON.parse(root.dataset.ice || '[]'), consoleRecords: false }
    : JSON.parse(root.dataset.media);
  const remote = root.querySelector('[data-remote]');
  const local = root.querySelector('[data-local]');
  let mine = null;
  try {
    mine = await camera({ video: role !== 'handler', audio: true });
    if (local) play(local, mine);
  } catch (e) {
    if (role === 'caller') setStatus(root, text(root, 'textVideoFailed'));
  }

  let callerStream = null;
  let handlerVideo = null;
  let recorder = null;

  // One message at a time, in order: a network candidate must not overtake the offer it belongs to.
  let handling = Promise.resolve();
  const inTurn = (message) => { handling = handling.then(() => onMessage(message)).catch(() => {}); };
  const signal = new Signal(root.dataset.signal, inTurn, (up) => {
    if (!up && role === 'caller') setStatus(root, text(root, 'textReconnecting'));
  });
  enhanceChat(root, signal);

  function linkTo(peer, id) {
    links.get(peer)?.close();
    const link = new Link(signal, peer, settings.iceServers, (event) => onTrack(peer, event), id);
    links.set(peer, link);
    return link;
  }

  function onTrack(peer, event) {
    const stream = event.streams[0] || new MediaStream([event.track]);
    if (role === 'interpreter' && peer === 'handler') {
      // The interpreter hears the handler; nobody needs to see them.
      let audio = document.querySelector('audio[data-handler-audio]');
      if (!audio) {
        audio = document.createElement('audio');
        audio.dataset.handlerAudio = '';
        audio.autoplay = true;
        document.body.append(audio);
      }
      audio.srcObject = stream;
      recorder?.addAudio(stream);
      return;
    }
    play(remote, stream);
    if (role === 'interpreter') {
      callerStream = stream;
      const video = stream.getVideoTracks()[0];
      if (video && handlerVideo) handlerVideo.sender.replaceTrack(video);
      if (settings.consoleRecords && !recorder) recorder = new CallRecorder(root, remote, local, mine);
      recorder?.addAudio(stream);
    }
    if (role === 'caller') setStatus(root, text(root, 'textAnswered'));
    if (role !== 'caller') setStatus(root, text(root, 'textConnected'));
  }

  async function onMessage(message) {
    switch (message.type) {
      case 'queue':
        if (role === 'caller' && message.position) {
          setStatus(root, text(root, 'textWaiting', message.position),
            message.minutes <= 1 ? text(root, 'textWaitOne') : text(root, 'textWait', message.minutes));
        }
        break;
      case 'answered':
        if (role === 'caller') setStatus(root, text(root, 'textAnswered'), text(root, 'textConnecting'));
        break;
      case 'presence':
        if (role !== 'interpreter' && message.here) {
          // The interpreter has (re)joined: tell them this side is ready for their offer.
          signal.send({ type: 'signal', to: 'interpreter', data: { ready: true } });
        } else if (role === 'interpreter' && message.here) {
          const link = linkTo(message.who);
          if (message.who === 'caller') {
            mine?.getTracks().forEach((track) => link.pc.addTrack(track, mine));
          } else {
            // The handler hears the interpreter and sees the caller.
            mine?.getAudioTracks().forEach((track) => link.pc.addTrack(track, mine));
            handlerVideo = link.pc.addTransceiver('video', { direction: 'sendonly' });
            const video = callerStream?.getVideoTracks()[0];
            if (video) await handlerVideo.sender.replaceTrack(video);
          }
          await link.offer();
        } else if (!message.here) {
          links.get(message.who)?.close();
          links.delete(message.who);
          if (role === 'interpreter' && message.who === 'caller') setStatus(root, text(root, 'textCallerAway'));
        }
        break;
      case 'signal': {
        if (message.data.ready && role === 'interpreter') {
          await onMessage({ type: 'presence', who: message.from, here: true });
          break;
        }
        let link = links.get(message.from);
        if (message.data.description?.type === 'offer') {
          link = linkTo(message.from, message.data.link);
          mine?.getTracks().forEach((track) => link.pc.addTrack(track, mine));
        }
        if (link && link.id === message.data.link) await link.receive(message.data);
        break;
      }
      case 'chat':
        showLine(root, message, role);
        break;
      case 'ended':
        signal.ended = true;
        links.forEach((link) => link.close());
        if (recorder) await recorder.finish();
        location.reload();
        break;
      default:
    }
  }

  // The interpreter ends the call: the recording's last piece is saved before the page moves on.
  const end = root.querySelector('[data-end-form]');
  end?.addEventListener('submit', async (event) => {
    if (!recorder || recorder.finished) return;
    event.preventDefault();
    await recorder.finish();
    end.submit();
  });
}

// ---- The console's queue: looks again when it changes ----------------------------------------------------------
const console_ = document.querySelector('[data-relay-console]');
if (console_) {
  console_.querySelector('[data-live-note]').hidden = false;
  let timer = null;
  new Signal(console_.dataset.signal, (message) => {
    if (message.type === 'queue') {
      clearTimeout(timer);
      timer = setTimeout(() => location.reload(), 300);
    }
  }, () => {});
}
