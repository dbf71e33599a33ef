/** Plain words for each scope, shown on the consent page. */
const SCOPE_WORDS: Record<string, string> = {
  goal: 'see, create, change and delete your reading goals',
  streak: 'see how many days in a row you have read the Quran (your streak)',
  activity_day: 'record the Quran you read each day, and see that record',
  'activity_day.read': 'see the Quran reading recorded for each day',
  'activity_day.create': 'record the Quran you read each day',
  'activity_day.estimate': 'estimate how long verses take to read',
  'activity_day.update': 'change the reading recorded for a day',
  'activity_day.delete': 'delete the reading recorded for a day',
  reading_session: 'see and record where you stopped reading',
  'reading_session.read': 'see where you stopped reading',
  'reading_session.create': 'record where you stopped reading',
  'reading_session.update': 'record where you stopped reading',
  offline_access: 'stay signed in until you sign out',
  offline: 'stay signed in until you sign out',
  openid: 'know which account you use',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const STYLE = `
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; background: #f4f1ea; color: #1d1d1b; }
  main { max-width: 30rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: .75rem; }
  h1 { font-size: 1.4rem; margin-top: 0; }
  .note { color: #4a4a45; font-size: .9rem; }
  .actions { display: flex; gap: 1rem; margin-top: 1.5rem; }
  button { font: inherit; padding: .6rem 1.4rem; border-radius: .5rem; border: 2px solid #1f5f4a; cursor: pointer; }
  button[value=approve] { background: #1f5f4a; color: #fff; }
  button[value=deny] { background: #fff; color: #1f5f4a; }
  button:focus-visible { outline: 3px solid #b8860b; outline-offset: 2px; }`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

/** The page that asks the reader to approve or deny a sign-in request. */
export function consentPage(request: {
  id: string;
  clientId: string;
  redirectUri: string;
  scope: string;
}): string {
  const items = [...new Set(request.scope.split(' ').map((s) => SCOPE_WORDS[s] ?? `use ${s}`))]
    .map((words) => `<li>${escapeHtml(words)}</li>`)
    .join('');
  return page(
    'Sign in – Quran Foundation sandbox',
    `<h1>Allow Quran Goals to use your Quran.com account?</h1>
<p>Quran Goals would like to:</p><ul>${items}</ul>
<p class="note">Client <code>${escapeHtml(request.clientId)}</code>, returning to
<code>${escapeHtml(new URL(request.redirectUri).origin)}</code>. This is the local
Quran Foundation sandbox: no real account is used.</p>
<form method="post" action="/oauth2/auth">
<input type="hidden" name="request" value="${escapeHtml(request.id)}">
<div class="actions">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div></form>`,
  );
}

/** A page that only explains something (an expired request, for example). */
export function messagePage(title: string, text: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`);
}
