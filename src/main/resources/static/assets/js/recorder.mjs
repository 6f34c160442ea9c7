// Recording a BSL video in the page, where the browser can: the camera's picture is shown, the person starts and
// stops, watches what they recorded, and may record again. The recording is put into the page's file input, so the
// same form posts it as it would a chosen file. Without a camera, permission, MediaRecorder or DataTransfer, the
// recorder stays hidden (or says so) and the file input works as ever. Only video is recorded: BSL is seen, not heard.

const box = document.querySelector('[data-recorder-for]');
const input = box && document.getElementById(box.dataset.recorderFor);

function canRecord() {
  return Boolean(navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.MediaRecorder
    && window.DataTransfer && window.File);
}

// WebM where the browser makes it (Chrome, Firefox, Edge); MP4 in Safari.
function recordingType() {
  const types = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'];
  return types.find((type) => MediaRecorder.isTypeSupported(type)) || '';
}

function start() {
  const preview = box.querySelector('[data-recorder-preview]');
  const status = box.querySelector('[data-recorder-status]');
  const buttons = {
    camera: box.querySelector('[data-recorder-camera]'),
    start: box.querySelector('[data-recorder-start]'),
    stop: box.querySelector('[data-recorder-stop]'),
    again: box.querySelector('[data-recorder-again]'),
  };
  const text = (name) => box.querySelector('[data-recorder-text-' + name + ']').textContent;
  let stream = null;
  let recorder = null;
  let recordingUrl = null;
  let chosenByHand = false;

  function show(...names) {
    Object.entries(buttons).forEach(([name, button]) => { button.hidden = !names.includes(name); });
  }

  function say(message) {
    status.textContent = message;
  }

  function stopCamera() {
    if (stream) {
      stream.getTracks().forEach((track) => track.stop());
      stream = null;
    }
  }

  async function turnOnCamera() {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false });
    } catch (refused) {
      show();
      say(text('refused'));
      input.focus();
      return;
    }
    if (recordingUrl) {
      URL.revokeObjectURL(recordingUrl);
      recordingUrl = null;
    }
    preview.removeAttribute('src');
    preview.controls = false;
    preview.muted = true;
    preview.srcObject = stream;
    preview.play().catch(() => {});
    show('start');
    say(text('ready'));
    buttons.start.focus();
  }

  function startRecording() {
    chosenByHand = false;
    const type = recordingType();
    const chunks = [];
    recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data && event.data.size > 0) {
        chunks.push(event.data);
      }
    });
    recorder.addEventListener('stop', () => {
      if (chosenByHand) {
        stopCamera();
        show('again');
        return;
      }
      const mediaType = (recorder.mimeType || type || 'video/webm').split(';')[0];
      const blob = new Blob(chunks, { type: mediaType });
      const name = 'bsl-message.' + (mediaType === 'video/mp4' ? 'mp4' : 'webm');
      const files = new DataTransfer();
      files.items.add(new File([blob], name, { type: mediaType }));
      input.files = files.files;
      stopCamera();
      recordingUrl = URL.createObjectURL(blob);
      preview.srcObject = null;
      preview.src = recordingUrl;
      preview.controls = true;
      show('again');
      say(text('recorded'));
      preview.focus();
    });
    recorder.start(1000);
    show('stop');
    say(text('recording'));
    buttons.stop.focus();
  }

  buttons.camera.addEventListener('click', turnOnCamera);
  buttons.again.addEventListener('click', turnOnCamera);
  buttons.start.addEventListener('click', startRecording);
  buttons.stop.addEventListener('click', () => recorder && recorder.state !== 'inactive' && recorder.stop());
  // A file chosen by hand replaces any recording.
  input.addEventListener('change', () => {
    if (recorder && recorder.state !== 'inactive') {
      chosenByHand = true;
      recorder.stop();
    }
  });
  window.addEventListener('pagehide', stopCamera);
  box.hidden = false;
}

if (box && input && canRecord()) {
  start();
}
