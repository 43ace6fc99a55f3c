import { z } from "zod";
import { da } from "zod/locales";

// Zod's own messages (for rules without a message of ours) in Danish, in the
// browser and on the server alike. Import `z` from here, not from "zod".
z.config(da());

export { z };
