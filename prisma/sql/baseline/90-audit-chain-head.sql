-- The audit chain's head: the last sealed row's number and hash. Only the
-- sealer (the owner's job) touches it.
CREATE TABLE audit_chain_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (seq, hash) VALUES (0, repeat('0', 64));
REVOKE ALL ON audit_chain_head FROM PUBLIC;


-- What retention dropped (ADR 0013): each run of consecutive chain numbers of
-- a dropped partition, with the hash of its last row. Verification treats a
-- range as one link that stands for its rows, so the rows that remain still
-- chain to what came before them. Owner only, like the head.
CREATE TABLE audit_dropped_range (
  first_seq bigint PRIMARY KEY,
  last_seq bigint NOT NULL CHECK (last_seq >= first_seq),
  last_hash text NOT NULL,
  partition_name text NOT NULL,
  dropped_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON audit_dropped_range FROM PUBLIC;
