import { z } from "zod";

export const taskIdSchema = z.object({ taskId: z.guid("Ukendt opgave") });
