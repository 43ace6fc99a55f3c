#!/usr/bin/env node
// A real OpenID Connect provider for the SSO e2e spec (ADR 0034), on
// localhost only: node-oidc-provider with its development login form (any
// login name becomes the subject and the e-mail), one confidential client for
// the app, and RP-initiated logout. A control endpoint makes the token
// endpoint misbehave as an attacker or a misconfiguration would:
//   POST /__mode/aud     id_token re-signed with the provider's key for another audience
//   POST /__mode/tamper  id_token payload changed, signature kept
//   POST /__mode/normal
import { createSign, generateKeyPairSync } from "node:crypto";
import Provider from "oidc-provider";

const PORT = Number(process.env.IDP_PORT ?? 3341);
const APP_URL = (process.env.APP_URL ?? "http://localhost:3100").replace(/\/+$/, "");
const ISSUER = `http://localhost:${PORT}`;
const CLIENT = { id: process.env.OIDC_CLIENT_ID ?? "samforloeb-e2e", secret: process.env.OIDC_CLIENT_SECRET ?? "e2e-hemmelighed" };

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: "jwk" }), kid: "e2e-key", alg: "RS256", use: "sig" };

const b64 = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
const claimsOf = (jwt) => JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString());
/** An RS256 JWT signed with the provider's own key: valid, only not meant for the app. */
function sign(claims) {
  const input = `${b64({ alg: "RS256", kid: jwk.kid, typ: "JWT" })}.${b64(claims)}`;
  return `${input}.${createSign("RSA-SHA256").update(input).sign(privateKey).toString("base64url")}`;
}

const provider = new Provider(ISSUER, {
  clients: [{
    client_id: CLIENT.id,
    client_secret: CLIENT.secret,
    redirect_uris: [`${APP_URL}/api/auth/callback/oidc`],
    post_logout_redirect_uris: [`${APP_URL}/login`],
    grant_types: ["authorization_code"],
    response_types: ["code"],
  }],
  jwks: { keys: [jwk] },
  cookies: { keys: ["e2e-idp-cookie-key"] },
  claims: { openid: ["sub"], email: ["email"], profile: ["name"] },
  // The e-mail in the id_token itself, as municipal IdPs send it.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  findAccount: async (_ctx, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, email: sub, name: `SSO ${sub.split("@")[0]}` }),
  }),
});

let mode = "normal";
provider.use(async (ctx, next) => {
  if (ctx.method === "POST" && ctx.path.startsWith("/__mode/")) {
    mode = ctx.path.slice("/__mode/".length);
    ctx.body = { mode };
    return;
  }
  await next();
  if (ctx.path !== "/token" || mode === "normal" || !ctx.body?.id_token) return;
  const [header, , signature] = ctx.body.id_token.split(".");
  const claims = claimsOf(ctx.body.id_token);
  if (mode === "aud") {
    ctx.body = { ...ctx.body, id_token: sign({ ...claims, aud: "et-andet-system" }) };
  } else if (mode === "tamper") {
    // Posing as the administrator, with the signature of the real token.
    ctx.body = { ...ctx.body, id_token: `${header}.${b64({ ...claims, sub: "admin@vejle.demo", email: "admin@vejle.demo" })}.${signature}` };
  }
});

provider.listen(PORT, () => console.log(`e2e OpenID Connect provider on ${ISSUER}`));
