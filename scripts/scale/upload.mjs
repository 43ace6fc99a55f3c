// Uploads rows from Node in batches: one INSERT ... SELECT FROM unnest() per
// batch of columns as arrays, a few statements instead of one per row.
const BATCH = 20_000;

export async function insertRows(client, table, columns, types, rows) {
  let batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const arrays = columns.map((_, c) => batch.map((row) => row[c]));
    const list = columns.map((col) => `"${col}"`).join(", ");
    const unnest = types.map((type, i) => `$${i + 1}::${type}[]`).join(", ");
    await client.query(`INSERT INTO ${table} (${list}) SELECT * FROM unnest(${unnest})`, arrays);
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
}
