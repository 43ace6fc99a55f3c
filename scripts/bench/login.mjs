// Signs a demo user in through next-auth's credentials flow, exactly as the
// login form does (csrf token, then the credentials callback), and returns
// the Cookie header of the signed-in session.
function cookiesOf(response, jar) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [name, ...rest] = pair.split("=");
    jar.set(name.trim(), rest.join("="));
  }
  return jar;
}

const header = (jar) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

export async function login(base, email, password) {
  const jar = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/sager`, json: "true" }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`login as ${email} failed (HTTP ${response.status}): no session cookie`);
  }
  return header(jar);
}
