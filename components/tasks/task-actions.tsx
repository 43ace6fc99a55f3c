"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "@/lib/validation/zod";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { assignTaskSchema, completeTaskSchema, rescheduleTaskSchema } from "@/lib/tasks/schemas";
import { assignTaskAction, completeTaskAction, rescheduleTaskAction } from "@/lib/tasks/server-actions";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadCompleteTaskSchema = () => import("@/lib/tasks/schemas").then((m) => m.completeTaskSchema);
const loadAssignTaskSchema = () => import("@/lib/tasks/schemas").then((m) => m.assignTaskSchema);
const loadRescheduleTaskSchema = () => import("@/lib/tasks/schemas").then((m) => m.rescheduleTaskSchema);

export type Colleague = { id: string; name: string };

type CompleteInput = z.input<typeof completeTaskSchema>;
type AssignInput = z.input<typeof assignTaskSchema>;
type RescheduleInput = z.input<typeof rescheduleTaskSchema>;

function CompleteForm({ taskId, title }: { taskId: string; title: string }) {
  const { register, handleSubmit, setError, formState } = useForm<CompleteInput>({
    resolver: useLazyResolver(loadCompleteTaskSchema), defaultValues: { taskId, note: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  return (
    <form noValidate className="flex flex-col gap-2" onSubmit={handleSubmit(async (values) => { apply(await completeTaskAction(values), "Opgaven er løst."); })}>
      <FormMessage kind="error">{formError}</FormMessage>
      <Field label="Note (valgfri)" hint="Højst 1.000 tegn. Noten står i opgavens historik." error={formState.errors.note?.message}>
        <textarea rows={2} className={inputClass} {...register("note")} />
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting} aria-label={`Markér som udført: ${title}`}>
          {formState.isSubmitting ? "Gemmer …" : "Markér som udført"}
        </Button>
      </div>
    </form>
  );
}

function AssignForm({ taskId, colleagues, currentUserId }: { taskId: string; colleagues: Colleague[]; currentUserId: string | null }) {
  const { register, handleSubmit, setError, formState } = useForm<AssignInput>({
    resolver: useLazyResolver(loadAssignTaskSchema), defaultValues: { taskId, userId: currentUserId ?? "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const [saved, setSaved] = useState(false);
  return (
    <form noValidate className="flex flex-col gap-2" onSubmit={handleSubmit(async (values) => setSaved(apply(await assignTaskAction(values))))}>
      <FormMessage kind="error">{formError}</FormMessage>
      <FormMessage kind="success">{saved ? "Opgaven er tildelt." : null}</FormMessage>
      <Field label="Tildel til" error={formState.errors.userId?.message}>
        <select className={inputClass} {...register("userId")}>
          <option value="">Ingen (organisationens opgave)</option>
          {colleagues.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Tildel"}</Button>
      </div>
    </form>
  );
}

function RescheduleForm({ taskId }: { taskId: string }) {
  const { register, handleSubmit, setError, formState } = useForm<RescheduleInput>({
    resolver: useLazyResolver(loadRescheduleTaskSchema), defaultValues: { taskId, dueDate: "", reason: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const [saved, setSaved] = useState(false);
  return (
    <form noValidate className="flex flex-col gap-2" onSubmit={handleSubmit(async (values) => setSaved(apply(await rescheduleTaskAction(values))))}>
      <FormMessage kind="error">{formError}</FormMessage>
      <FormMessage kind="success">{saved ? "Fristen er flyttet." : null}</FormMessage>
      <Field label="Ny frist" error={formState.errors.dueDate?.message}>
        <input type="date" className={inputClass} {...register("dueDate")} />
      </Field>
      <Field label="Begrundelse" hint="Påkrævet. Højst 500 tegn." error={formState.errors.reason?.message}>
        <input type="text" className={inputClass} {...register("reason")} />
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Flyt fristen"}</Button>
      </div>
    </form>
  );
}

/**
 * An open task's actions behind one disclosure, so the list stays a list. The
 * forms are made when it is first opened: a list of 200 tasks does not ship
 * 600 forms.
 */
export function TaskActions({ taskId, title, colleagues, ownerUserId }: { taskId: string; title: string; colleagues: Colleague[]; ownerUserId: string | null }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="text-sm" onToggle={(event) => setOpened(opened || event.currentTarget.open)}>
      <summary className="cursor-pointer text-brand-700 underline">Handlinger<span className="sr-only">: {title}</span></summary>
      {opened && (
        <div className="mt-2 flex min-w-64 flex-col gap-4 rounded border border-slate-200 bg-slate-50 p-3">
          <CompleteForm taskId={taskId} title={title} />
          <AssignForm taskId={taskId} colleagues={colleagues} currentUserId={ownerUserId} />
          <RescheduleForm taskId={taskId} />
        </div>
      )}
    </details>
  );
}
