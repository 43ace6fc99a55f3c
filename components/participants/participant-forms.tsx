"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { addParticipantAction, appointCoordinatorAction, removeParticipantAction } from "@/lib/participants/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useConfirmSaved } from "@/components/ui/save-confirmation";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { AddParticipantInput, AppointCoordinatorInput } from "@/lib/participants/schemas";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadAddParticipantSchema = () => import("@/lib/participants/schemas").then((m) => m.addParticipantSchema);
const loadAppointCoordinatorSchema = () => import("@/lib/participants/schemas").then((m) => m.appointCoordinatorSchema);

type Org = { id: string; name: string };

export function AddParticipantForm({ caseId, orgs }: { caseId: string; orgs: Org[] }) {
  const defaults: AddParticipantInput = { caseId, orgId: orgs[0]?.id ?? "", roleOnCase: "", contactName: "", contactPhone: "", contactEmail: "", emergencyContact: "" };
  const { register, handleSubmit, setError, formState } = useForm<AddParticipantInput>({ resolver: useLazyResolver(loadAddParticipantSchema), defaultValues: defaults });
  const { formError, apply } = useActionErrors(setError);
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    // The added organisation leaves the list: the parent remounts this form with fresh defaults.
    apply(await addParticipantAction(values), "Deltageren er tilføjet. Registrér et samtykke med Stamdata under Samtykker, så deltageren kan se, hvem borgeren er.");
  });
  if (orgs.length === 0) return null;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">Tilføj deltager</h3>
      <p className="text-sm text-slate-700">En ny deltager ser sagsnummer og termin og sine egne oplysninger. Navn og CPR-nummer ser den først, når et samtykke eller en hjemmel omfatter Stamdata.</p>
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("caseId")} />
      <Field label="Organisation" error={errors.orgId?.message}>
        <select className={inputClass} {...register("orgId")}>
          {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </Field>
      <Field label="Rolle i sagen" hint="Fx Familieambulatorium, Rusmiddelbehandling, Sundhedspleje." error={errors.roleOnCase?.message}>
        <input className={inputClass} {...register("roleOnCase")} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Kontaktperson" error={errors.contactName?.message}><input className={inputClass} autoComplete="off" {...register("contactName")} /></Field>
        <Field label="Telefon" error={errors.contactPhone?.message}><input type="tel" className={inputClass} autoComplete="off" {...register("contactPhone")} /></Field>
        <Field label="E-mail" error={errors.contactEmail?.message}><input type="email" className={inputClass} autoComplete="off" {...register("contactEmail")} /></Field>
      </div>
      <Field label="Akutkontakt" hint="Hvem kontaktes uden for åbningstid?" error={errors.emergencyContact?.message}>
        <input className={inputClass} autoComplete="off" {...register("emergencyContact")} />
      </Field>
      <div><Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Tilføj deltager"}</Button></div>
    </form>
  );
}

export function RemoveParticipantButton({ caseId, org }: { caseId: string; org: Org }) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmSaved = useConfirmSaved();
  async function remove() {
    setBusy(true);
    const result = await removeParticipantAction({ caseId, orgId: org.id });
    setBusy(false);
    setMessage(result.ok ? null : result.message);
    if (result.ok) confirmSaved(`${org.name} er fjernet fra sagen.`);
  }
  return (
    <div className="flex flex-col gap-1">
      <Button type="button" variant="secondary" disabled={busy} onClick={remove}>
        {busy ? "Fjerner …" : <>Fjern <span className="sr-only">{org.name} </span>fra sagen</>}
      </Button>
      <FormMessage kind="error">{message}</FormMessage>
    </div>
  );
}

export function AppointCoordinatorForm({ caseId, orgs }: { caseId: string; orgs: Org[] }) {
  const defaults: AppointCoordinatorInput = { caseId, orgId: orgs[0]?.id ?? "", userName: "", handoverNote: "" };
  const { register, handleSubmit, setError, reset, formState } = useForm<AppointCoordinatorInput>({ resolver: useLazyResolver(loadAppointCoordinatorSchema), defaultValues: defaults });
  const { formError, apply } = useActionErrors(setError);
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    if (apply(await appointCoordinatorAction(values), "Tovholderen er udpeget.")) reset(defaults);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">Udpeg tovholder</h3>
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("caseId")} />
      <Field label="Ny tovholders organisation" error={errors.orgId?.message}>
        <select className={inputClass} {...register("orgId")}>
          {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </Field>
      <Field label="Navn på tovholder" error={errors.userName?.message}><input className={inputClass} autoComplete="off" {...register("userName")} /></Field>
      <Field label="Overdragelsesnote" hint="Hvad skal den nye tovholder vide? Noten gemmes i historikken." error={errors.handoverNote?.message}>
        <textarea rows={3} className={inputClass} {...register("handoverNote")} />
      </Field>
      <div><Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Udpeg tovholder"}</Button></div>
    </form>
  );
}
