import { describe, expect, it } from "vitest";
import { auditRetentionMonths, MIN_RETENTION_MONTHS } from "@/lib/audit/partitions";
import { partitionAuditEvent } from "@/scripts/lib/partition-audit.mjs";

const table = (pkey: string) => `-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY (${pkey})
);

-- CreateTable
CREATE TABLE "AuditEventNote" (
    "id" UUID NOT NULL,

    CONSTRAINT "AuditEventNote_pkey" PRIMARY KEY ("id")
);
`;

describe("the baseline's partitioned AuditEvent (scripts/lib/partition-audit.mjs)", () => {
  it("partitions exactly the AuditEvent table by range on at", () => {
    const sql = partitionAuditEvent(table(`"id","at"`) + `CREATE INDEX "AuditEvent_chainSeq_idx" ON "AuditEvent"("chainSeq");\n`);
    expect(sql).toContain(`    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id","at")\n) PARTITION BY RANGE ("at");`);
    expect(sql.match(/PARTITION BY/g)).toHaveLength(1);
    expect(sql).toContain(`CONSTRAINT "AuditEventNote_pkey" PRIMARY KEY ("id")\n);`);
  });

  it("refuses a diff a partitioned table cannot take, instead of writing a migration that fails", () => {
    expect(() => partitionAuditEvent(table(`"id"`))).toThrow(/primary key must include "at"/);
    expect(() => partitionAuditEvent(table(`"id","at"`) + `CREATE UNIQUE INDEX "AuditEvent_chainSeq_key" ON "AuditEvent"("chainSeq");\n`)).toThrow(
      /unique index/,
    );
    expect(() => partitionAuditEvent(`CREATE TABLE "Note" (\n    "id" UUID\n);\n`)).toThrow(/found 0/);
  });
});

describe("AUDIT_RETENTION_MONTHS", () => {
  it("defaults to the customary six months and refuses less or a non-number", () => {
    expect(MIN_RETENTION_MONTHS).toBe(6);
    expect(auditRetentionMonths({})).toBe(6);
    expect(auditRetentionMonths({ AUDIT_RETENTION_MONTHS: " 24 " })).toBe(24);
    for (const bad of ["5", "0", "-6", "6.5", "seks"]) {
      expect(() => auditRetentionMonths({ AUDIT_RETENTION_MONTHS: bad })).toThrow(/at least 6/);
    }
  });
});
