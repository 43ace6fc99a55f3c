// One HTTP load run with autocannon: N connections for D seconds on one
// path, signed in. Latencies come from every response (autocannon's own
// histogram has no p95). A response counts as right only if it is a 200
// whose HTML carries the page's marker: a redirect to /login, an error page
// or another page is counted as wrong, never as a fast success.
import autocannon from "autocannon";
import { summarise } from "./stats.mjs";

const matches = (body, marker) => (typeof marker === "string" ? body.includes(marker) : marker.test(body));

/**
 * `base` is one URL or several: autocannon gives connection i the URL i mod N,
 * so several app processes share the connections round-robin.
 */
export async function runLoad({ base, path, cookie, marker, connections, duration }) {
  const bases = [base].flat();
  const latencies = [];
  const okLatencies = [];
  const statuses = {};
  let wrong = 0;
  const instance = autocannon({
    url: bases.length === 1 ? bases[0] : bases,
    connections,
    duration,
    timeout: 60,
    headers: { cookie, accept: "text/html" },
    requests: [
      {
        method: "GET",
        path,
        onResponse: (status, body) => {
          if (status !== 200 || !matches(body, marker)) wrong++;
        },
      },
    ],
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode === 200) okLatencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  // A page slower than the whole run gets no sample from autocannon: time one request alone instead.
  if (latencies.length === 0) {
    const started = performance.now();
    const response = await fetch(`${bases[0]}${path}`, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
    const body = await response.text();
    latencies.push(performance.now() - started);
    if (response.status === 200) okLatencies.push(latencies[0]);
    statuses[response.status] = 1;
    if (response.status !== 200 || !matches(body, marker)) wrong++;
  }
  const summary = summarise(latencies);
  const non200 = Object.entries(statuses).reduce((sum, [code, n]) => (code === "200" ? sum : sum + n), 0);
  return {
    ...summary,
    // The app's time for pages it actually served: what the floor ratio compares.
    ok: summarise(okLatencies),
    rps: summary.n / result.duration,
    errors: result.errors + result.timeouts,
    non200,
    wrong,
    statuses,
  };
}

/** One request as the load will make it: whether it is a 200 of the right page, and if not, what came back. */
export async function probe({ base, path, cookie, marker }) {
  const bases = [base].flat();
  // Every process once per probe, so each one is warmed and checked.
  const results = await Promise.all(bases.map((b) => probeOne({ base: b, path, cookie, marker })));
  return results.find((r) => !r.ok) ?? results[0];
}

async function probeOne({ base, path, cookie, marker }) {
  const response = await fetch(`${base}${path}`, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
  const body = await response.text();
  const ok = response.status === 200 && matches(body, marker);
  const location = response.headers.get("location");
  return { ok, detail: ok ? "" : `${path}: expected HTTP 200 with ${marker}, got ${response.status}${location ? ` -> ${location}` : ""}` };
}
