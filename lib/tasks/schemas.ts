import { z } from "@/lib/validation/zod";

export const taskIdSchema = z.object({ taskId: z.guid("Ukendt opgave") });
