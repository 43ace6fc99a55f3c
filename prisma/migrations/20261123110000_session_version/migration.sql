-- Sessions are signed cookies. To end them on the server (sign-out ends every
-- session of the user, also a copied cookie), each session carries the
-- user's session version, and sign-out bumps it. Read on the system path only.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
