"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useFreshIdempotencyKey } from "@/components/ui/use-fresh-idempotency-key";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { MeetingAgreement } from "@/lib/domain/meetings/agreement";
import { noticeCheck } from "@/lib/domain/meetings/notice";
import { MEETING_TYPE_INFO, MEETING_TYPES, type MeetingType } from "@/lib/domain/meetings/types";
import { formatDate } from "@/lib/format";
import type { ScheduleMeetingInput } from "@/lib/meetings/schemas";
import { checkSlotAction, scheduleMeetingAction } from "@/lib/meetings/server-actions";
import type { SlotCheck } from "@/lib/meetings/slot-check";
import { isMeetingDay, meetingInterval } from "@/lib/meetings/when";
import { AgendaFields } from "./agenda-fields";
import { ExternalInvitees } from "./external-invitees";
import { InviteeOrgs, type InviteeOrg, type InviteePerson } from "./invitee-orgs";
import { SlotInfo } from "./slot-info";

const loadSchema = () => import("@/lib/meetings/schemas").then((m) => m.scheduleMeetingSchema);

type Props = {
  caseId: string; caseKind: "GRAVID" | "BARN"; idempotencyKey: string; agreement: MeetingAgreement; prefillType?: MeetingType; prefillDate?: string;
  orgs: readonly (InviteeOrg & { type: string | null; defaultUserId: string })[]; people: readonly InviteePerson[];
};

export function ScheduleMeetingForm({ caseId, caseKind, idempotencyKey, agreement, prefillType, prefillDate, orgs, people }: Props) {
  const router = useRouter();
  const initialType = prefillType ?? "KOORDINATIONSMOEDE";
  const [picked, setPicked] = useState<Record<string, string>>(() => Object.fromEntries(orgs.map((o) => [o.id, o.defaultUserId])));
  const professionalsOf = (p: Record<string, string>) => Object.entries(p).filter(([, u]) => u).map(([orgId, userId]) => ({ orgId, userId }));
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<ScheduleMeetingInput>({
    // The error summary takes focus on a failed submit (ADR 0021), not the first field.
    shouldFocusError: false,
    resolver: useLazyResolver(loadSchema),
    defaultValues: {
      caseId, idempotencyKey, type: initialType, date: prefillDate ?? "", time: "10:00", durationMinutes: MEETING_TYPE_INFO[initialType].defaultMinutes,
      place: "", videoUrl: "", agenda: "", prompts: {}, professionals: professionalsOf(picked),
      citizen: MEETING_TYPE_INFO[initialType].citizenPresent, partner: false, partnerName: "", externals: [],
    },
  });
  useFreshIdempotencyKey((key) => setValue("idempotencyKey", key));
  const { formError, apply } = useActionErrors(setError);
  const summary = useErrorSummary(formState);
  const [type, date, time, duration, professionals, partner] = useWatch({ control, name: ["type", "date", "time", "durationMinutes", "professionals", "partner"] });

  const pick = (orgId: string, userId: string) => {
    const next = { ...picked, [orgId]: userId };
    setPicked(next);
    setValue("professionals", professionalsOf(next), { shouldValidate: formState.isSubmitted });
  };
  const onTypeChange = (next: MeetingType) => {
    setValue("durationMinutes", MEETING_TYPE_INFO[next].defaultMinutes);
    setValue("citizen", MEETING_TYPE_INFO[next].citizenPresent);
  };

  const interval = useMemo(() => {
    if (!isMeetingDay(date ?? "") || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time ?? "")) return null;
    return meetingInterval({ date: date!, time: time!, durationMinutes: Number(duration) || 60 });
  }, [date, time, duration]);
  const notice = interval && type ? noticeCheck({ type, caseKind, startsAt: interval.startsAt, now: new Date(), agreement }) : null;
  const required = MEETING_TYPE_INFO[type ?? initialType].requiredOrgTypes;
  const missingRequired = orgs.filter((o) => o.type && (required as readonly string[]).includes(o.type) && !picked[o.id]).map((o) => o.name);

  // The last answer and the slot it was for: "pending" while the form shows another slot.
  const [slot, setSlot] = useState<{ key: string; check: SlotCheck | null } | null>(null);
  const userIds = (professionals ?? []).map((p) => p.userId).join(",");
  const slotKey = interval && type ? [type, date, time, duration, userIds].join("|") : null;
  useEffect(() => {
    if (!slotKey) return;
    const [t, d, tm, dur, users] = slotKey.split("|");
    const timer = setTimeout(async () => {
      const result = await checkSlotAction({
        caseId, date: d!, time: tm!, durationMinutes: Number(dur) || 60, type: t as MeetingType, userIds: users ? users.split(",") : [],
      });
      setSlot({ key: slotKey, check: result.ok ? result.data : null });
    }, 400);
    return () => clearTimeout(timer);
  }, [caseId, slotKey]);
  const checking = !!slotKey && slot?.key !== slotKey;

  const onSubmit = handleSubmit(async (values) => {
    const result = await scheduleMeetingAction(values);
    if (apply(result)) router.push(`/moeder/${result.data.id}?oprettet=1`);
  });
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <ErrorSummary {...summary} />
      <FormMessage kind="error">{formError}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Mødetype" error={errors.type?.message}>
          <select className={inputClass} {...register("type", { onChange: (e) => onTypeChange(e.target.value as MeetingType) })}>
            {MEETING_TYPES.filter((t) => !MEETING_TYPE_INFO[t].pregnancyOnly || caseKind === "GRAVID").map((t) => (
              <option key={t} value={t}>{MEETING_TYPE_INFO[t].label}</option>
            ))}
          </select>
        </Field>
        <Field label="Dato" error={errors.date?.message}
          warning={notice && !notice.met ? `${notice.rule}. Varslet er først overholdt fra ${formatDate(notice.metFrom)}.` : undefined}
          hint={notice?.met ? `${notice.rule}: overholdt.` : undefined}>
          <input type="date" className={inputClass} {...register("date")} />
        </Field>
        <Field label="Tidspunkt (24-timer)" hint="Dansk tid, fx 09:30" error={errors.time?.message}>
          <input inputMode="numeric" autoComplete="off" placeholder="tt:mm" maxLength={5} className={inputClass} {...register("time")} />
        </Field>
        <Field label="Varighed i minutter" error={errors.durationMinutes?.message}>
          <input type="number" min={15} max={480} step={15} inputMode="numeric" className={inputClass} {...register("durationMinutes")} />
        </Field>
        <Field label="Mødested" hint="Adresse og lokale. Stedet står i kalenderinvitationen: skriv ikke borgerens hjemadresse." error={errors.place?.message}>
          <input className={inputClass} {...register("place")} />
        </Field>
        <Field label="Videolink (valgfri)" hint="En https://-adresse" error={errors.videoUrl?.message}>
          <input type="url" className={inputClass} {...register("videoUrl")} />
        </Field>
      </div>

      <InviteeOrgs orgs={orgs} people={people} picked={picked} onPick={pick} missingRequired={missingRequired} error={errors.professionals?.message ?? errors.professionals?.root?.message} />
      <SlotInfo check={slotKey && slot?.key === slotKey ? slot.check : null} pending={checking} />

      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">Borgeren og netværket</legend>
        <p className="text-sm text-slate-600">Vises som deltagere. Du inviterer dem selv uden for Samforløb.</p>
        <label className="flex items-center gap-2"><input type="checkbox" className="h-5 w-5" {...register("citizen")} /> Borgeren deltager</label>
        <label className="flex items-center gap-2"><input type="checkbox" className="h-5 w-5" {...register("partner")} /> Partneren deltager</label>
        {partner && (
          <Field label="Partnerens navn (valgfrit)" error={errors.partnerName?.message}>
            <input className={inputClass} {...register("partnerName")} />
          </Field>
        )}
      </fieldset>
      <ExternalInvitees control={control} register={register} errors={errors.externals} />
      <AgendaFields register={register} error={errors.agenda?.message} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Indkalder …" : "Indkald til mødet"}</Button>
      </div>
    </form>
  );
}
