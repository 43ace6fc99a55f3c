"use client";

import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { CancelMeetingInput, MoveMeetingInput } from "@/lib/meetings/schemas";
import { cancelMeetingAction, moveMeetingAction } from "@/lib/meetings/server-actions";
import type { MeetingWhen } from "@/lib/meetings/when";

const loadMove = () => import("@/lib/meetings/schemas").then((m) => m.moveMeetingSchema);
const loadCancel = () => import("@/lib/meetings/schemas").then((m) => m.cancelMeetingSchema);

/** The convener moves the meeting (time, place, link) with a reason; invitees answer again. */
export function MoveMeetingForm({ meetingId, when, place, videoUrl }: { meetingId: string; when: MeetingWhen; place: string | null; videoUrl: string | null }) {
  const { register, handleSubmit, setError, formState, reset } = useForm<MoveMeetingInput>({
    resolver: useLazyResolver(loadMove),
    defaultValues: { meetingId, ...when, place: place ?? "", videoUrl: videoUrl ?? "", reason: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => { if (apply(await moveMeetingAction(values), "Mødet er flyttet, og de inviterede kan se ændringen.")) reset({ ...values, reason: "" }); });
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormMessage kind="error">{formError}</FormMessage>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Ny dato" error={e.date?.message}><input type="date" className={inputClass} {...register("date")} /></Field>
        <Field label="Nyt tidspunkt" error={e.time?.message}><input inputMode="numeric" autoComplete="off" placeholder="tt:mm" maxLength={5} className={inputClass} {...register("time")} /></Field>
        <Field label="Varighed i minutter" error={e.durationMinutes?.message}><input type="number" min={15} max={480} step={15} className={inputClass} {...register("durationMinutes")} /></Field>
      </div>
      <Field label="Mødested" error={e.place?.message}><input className={inputClass} {...register("place")} /></Field>
      <Field label="Videolink" error={e.videoUrl?.message}><input type="url" className={inputClass} {...register("videoUrl")} /></Field>
      <Field label="Begrundelse for ændringen" hint="Vises for alle inviterede" error={e.reason?.message}><input className={inputClass} {...register("reason")} /></Field>
      <div><Button type="submit" disabled={formState.isSubmitting}>Flyt mødet</Button></div>
    </form>
  );
}

/** The convener cancels with a reason; the meeting stays in the history. */
export function CancelMeetingForm({ meetingId }: { meetingId: string }) {
  const { register, handleSubmit, setError, formState } = useForm<CancelMeetingInput>({
    resolver: useLazyResolver(loadCancel), defaultValues: { meetingId, reason: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => { apply(await cancelMeetingAction(values), "Mødet er aflyst."); });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormMessage kind="error">{formError}</FormMessage>
      <Field label="Begrundelse for aflysningen" hint="Vises for alle inviterede" error={formState.errors.reason?.message}>
        <input className={inputClass} {...register("reason")} />
      </Field>
      <div><Button type="submit" variant="danger" disabled={formState.isSubmitting}>Aflys mødet</Button></div>
    </form>
  );
}
