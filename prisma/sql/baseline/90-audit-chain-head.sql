-- The audit chain's head: the last sealed row's number and hash. Only the
-- sealer (the owner's job) touches it.
CREATE TABLE audit_chain_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (seq, hash) VALUES (0, repeat('0', 64));
REVOKE ALL ON audit_chain_head FROM PUBLIC;

