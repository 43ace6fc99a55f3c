import { STATUTORY_CODES } from "@/lib/access/statutory-bases";
import { CATEGORIES } from "@/lib/domain/categories";
import { STAGES } from "@/lib/domain/stages";
import { z } from "@/lib/validation/zod";

// The schemas of the domain's fixed lists. They live apart from the lists so
// a browser component that shows a label does not pull zod into its bundle
// (ADR 0007: zod loads only when a form validates).

export const categorySchema = z.enum(CATEGORIES, { error: "Ukendt oplysningskategori" });

export const statutoryCodeSchema = z.enum(STATUTORY_CODES, { error: "Vælg en hjemmel fra listen" });

export const stageSchema = z.enum(STAGES, { error: "Vælg en gyldig fase" });
