import { z } from "zod";
// The Danish locale alone: "zod/locales" is a barrel of every locale, and the
// bundler keeps them all (about 60 KB gzip in every form page's JavaScript).
import da from "zod/v4/locales/da.js";

// Zod's own messages (for rules without a message of ours) in Danish, in the
// browser and on the server alike. Import `z` from here, not from "zod".
z.config(da());

export { z };
