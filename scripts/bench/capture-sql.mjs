// Preloaded into the app server (NODE_OPTIONS=--import) only while the
// benchmark captures the SQL of a request: appends every statement the app
// sends through pg, with its parameters as pg would send them, as one JSON
// line to SAMFORLOEB_SQL_CAPTURE. Not part of the app; the measured server
// runs without it.
import { appendFileSync } from "node:fs";
import pg from "pg";
import utils from "pg/lib/utils.js";

const file = process.env.SAMFORLOEB_SQL_CAPTURE;
if (file) {
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function capture(config, values, callback) {
    const text = typeof config === "string" ? config : config?.text;
    const params = typeof config === "string" || Array.isArray(values) ? values : config?.values;
    if (typeof text === "string") {
      const prepared = (params ?? []).map((value) => utils.prepareValue(value));
      const line = JSON.stringify({ text, values: prepared.map((v) => (Buffer.isBuffer(v) ? { bytea: v.toString("hex") } : v)) });
      appendFileSync(file, `${line}\n`);
    }
    return query.call(this, config, values, callback);
  };
}
