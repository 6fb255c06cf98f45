// Login for the operations console: OAuth 2.0 authorization code flow with PKCE (S256)
// against Keycloak's public client `safeguarding-web`. Tokens stay in memory only.
'use strict';
const OpsAuth = (() => {
  const KEY = 'ops.pkce';
  let config = null;
  let tokens = null; // {access, refresh, expiresAt}

  const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const random = (n) => b64url(crypto.getRandomValues(new Uint8Array(n)));
  const redirectUri = () => window.location.origin + '/ops/';
  const endpoint = (name) => config.authUrl.replace(/\/+$/, '') + '/protocol/openid-connect/' + name;

  async function challenge(verifier) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    return b64url(digest);
  }

  async function login() {
    const verifier = random(48);
    const state = random(16);
    sessionStorage.setItem(KEY, JSON.stringify({verifier, state}));
    const params = new URLSearchParams({
      client_id: config.clientId, redirect_uri: redirectUri(), response_type: 'code', scope: 'openid',
      state, nonce: random(16), code_challenge: await challenge(verifier), code_challenge_method: 'S256'
    });
    window.location.assign(endpoint('auth') + '?' + params.toString());
    return new Promise(() => {}); // the page is leaving
  }

  async function tokenRequest(body) {
    const response = await fetch(endpoint('token'), {
      method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: new URLSearchParams(body)
    });
    if (!response.ok) throw new Error('login failed (' + response.status + ')');
    const json = await response.json();
    tokens = {access: json.access_token, refresh: json.refresh_token, expiresAt: Date.now() + (json.expires_in || 60) * 1000};
  }

  async function completeLogin(params) {
    const saved = JSON.parse(sessionStorage.getItem(KEY) || '{}');
    sessionStorage.removeItem(KEY);
    window.history.replaceState({}, document.title, '/ops/');
    if (!saved.state || saved.state !== params.get('state')) throw new Error('login state mismatch; please reload');
    await tokenRequest({grant_type: 'authorization_code', code: params.get('code'), redirect_uri: redirectUri(),
      client_id: config.clientId, code_verifier: saved.verifier});
  }

  async function init() {
    config = await (await fetch('/ops/config.json', {headers: {Accept: 'application/json'}})).json();
    const injected = config.allowInjectedToken && sessionStorage.getItem('ops.injectedToken');
    if (injected) { // test profile only: a token placed by the browser test
      tokens = {access: injected, refresh: null, expiresAt: Number.MAX_SAFE_INTEGER};
      return;
    }
    const params = new URLSearchParams(window.location.search);
    if (params.has('code')) return completeLogin(params);
    if (params.has('error')) throw new Error('login refused: ' + params.get('error'));
    return login();
  }

  async function token() {
    if (tokens && tokens.expiresAt - Date.now() < 30000 && tokens.refresh) {
      try {
        await tokenRequest({grant_type: 'refresh_token', refresh_token: tokens.refresh, client_id: config.clientId});
      } catch (e) {
        return login();
      }
    }
    if (!tokens) return login();
    return tokens.access;
  }

  function logout() {
    tokens = null;
    sessionStorage.removeItem('ops.injectedToken');
    const params = new URLSearchParams({client_id: config.clientId, post_logout_redirect_uri: redirectUri()});
    window.location.assign(endpoint('logout') + '?' + params.toString());
  }

  return {init, token, login, logout};
})();
