"use client";

import { useForm } from "react-hook-form";
import { recordFeedbackAction } from "@/lib/underretninger/server-actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { FeedbackInput } from "@/lib/underretninger/schemas";
import { RadioGroup, YES_NO } from "./radio-group";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadFeedbackSchema = () => import("@/lib/underretninger/schemas").then((m) => m.feedbackSchema);

/** Feedback to a professional reporter: was an afdækning, undersøgelse or indsats started? */
export function FeedbackForm({ reportId }: { reportId: string }) {
  const { register, handleSubmit, setError, formState } = useForm<FeedbackInput>({
    resolver: useLazyResolver(loadFeedbackSchema, { raw: true }),
    defaultValues: { reportId },
  });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => {
    apply(await recordFeedbackAction(values), "Tilbagemeldingen er registreret.");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("reportId")} />
      <RadioGroup legend="Er der iværksat handling (afdækning, undersøgelse eller indsats)?" options={YES_NO} registration={register("actionStarted")} error={formState.errors.actionStarted?.message} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Registrér tilbagemelding"}</Button>
      </div>
    </form>
  );
}
