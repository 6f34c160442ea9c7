// Passkeys, for staff: signing in with one (/staff/sign-in) and adding one (/staff/passkeys), with Spring Security's
// WebAuthn endpoints. Only offered where the browser has passkeys (window.PublicKeyCredential); without them, or
// without JavaScript, the pages still work with a password and a code.
// The CSRF cookie cannot be read by scripts, so the token comes from the page's form and goes in the header
// CookieCsrfTokenRepository reads (X-XSRF-TOKEN).

const toBase64Url = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes)))
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = text => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0)).buffer;

async function post(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    redirect: 'manual',
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      'Content-Type': 'application/json',
      'Accept': 'application/json',
      'X-XSRF-TOKEN': document.querySelector('input[name="_csrf"]').value
    }
  });
  // A redirect (to the sign-in or code page) or an HTML page means the request was not allowed.
  if (!response.ok || !(response.headers.get('Content-Type') || '').includes('json')) {
    throw new Error(`${url}: ${response.status}`);
  }
  return response.json();
}

function showError(text) {
  const summary = document.querySelector('[data-passkey-error]');
  const link = summary.querySelector('[data-passkey-error-text]');
  link.textContent = text || link.dataset.defaultText;
  summary.hidden = false;
  const prefix = summary.dataset.errorPrefix + ' ';
  if (!document.title.startsWith(prefix)) {
    document.title = prefix + document.title;
  }
  summary.focus();
}

async function signIn() {
  const options = await post('/webauthn/authenticate/options');
  const credential = await navigator.credentials.get({
    publicKey: {
      ...options,
      challenge: fromBase64Url(options.challenge),
      allowCredentials: (options.allowCredentials || []).map(c => ({ ...c, id: fromBase64Url(c.id) }))
    }
  });
  const r = credential.response;
  const done = await post('/login/webauthn', {
    id: credential.id,
    rawId: toBase64Url(credential.rawId),
    type: credential.type,
    response: {
      authenticatorData: toBase64Url(r.authenticatorData),
      clientDataJSON: toBase64Url(r.clientDataJSON),
      signature: toBase64Url(r.signature),
      userHandle: r.userHandle ? toBase64Url(r.userHandle) : null
    },
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment
  });
  if (!done.authenticated) {
    throw new Error('not signed in');
  }
  // Spring Security gives the page first asked for, or "/" when there was none.
  const next = done.redirectUrl && new URL(done.redirectUrl, location.href);
  location.assign(!next || next.origin !== location.origin || next.pathname === '/' ? '/staff' : next.href);
}

async function add(label) {
  const options = await post('/webauthn/register/options');
  const credential = await navigator.credentials.create({
    publicKey: {
      ...options,
      challenge: fromBase64Url(options.challenge),
      user: { ...options.user, id: fromBase64Url(options.user.id) },
      excludeCredentials: (options.excludeCredentials || []).map(c => ({ ...c, id: fromBase64Url(c.id) }))
    }
  });
  const r = credential.response;
  await post('/webauthn/register', {
    publicKey: {
      label,
      credential: {
        id: credential.id,
        rawId: toBase64Url(credential.rawId),
        type: credential.type,
        response: {
          attestationObject: toBase64Url(r.attestationObject),
          clientDataJSON: toBase64Url(r.clientDataJSON),
          transports: r.getTransports ? r.getTransports() : []
        },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      }
    }
  });
  location.assign('/staff/passkeys?added');
}

if (window.PublicKeyCredential) {
  const signInPart = document.querySelector('[data-passkey-sign-in]');
  if (signInPart) {
    signInPart.hidden = false;
    const button = signInPart.querySelector('button');
    button.addEventListener('click', () => {
      button.disabled = true;
      signIn().catch(() => {
        button.disabled = false;
        showError();
      });
    });
  }

  const addForm = document.querySelector('[data-passkey-add]');
  if (addForm) {
    addForm.hidden = false;
    document.querySelector('[data-passkeys-unsupported]').hidden = true;
    addForm.addEventListener('submit', event => {
      event.preventDefault();
      const input = addForm.querySelector('#passkey-label');
      const label = input.value.trim();
      if (!label) {
        showError(addForm.dataset.labelMissing);
        return;
      }
      const button = addForm.querySelector('button');
      button.disabled = true;
      add(label).catch(() => {
        button.disabled = false;
        showError();
      });
    });
  }
}
