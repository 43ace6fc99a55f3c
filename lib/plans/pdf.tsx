import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { GOAL_STATUS_LABELS } from "@/lib/domain/plans/goal-status";
import { PLAN_TRACKS, TRACK_LABELS, VERSION_STATUS_LABELS } from "@/lib/domain/plans/kinds";
import { formatDate, formatCivilDay } from "@/lib/format";
import type { PlanPage } from "./plan-page";

// The plan as a PDF the family can take home (issue 11 item 7), rendered with
// @react-pdf/renderer in the route handler (no headless browser). Plain
// Danish; only what the downloading organisation's page shows (the same
// filtered content), with version, approval and date.

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 11, fontFamily: "Helvetica", lineHeight: 1.4 },
  h1: { fontSize: 18, marginBottom: 4, fontFamily: "Helvetica-Bold" },
  h2: { fontSize: 13, marginTop: 12, marginBottom: 4, fontFamily: "Helvetica-Bold" },
  muted: { color: "#444444" },
  item: { marginBottom: 4 },
});


function PlanDocument({ page }: { page: PlanPage & { version: NonNullable<PlanPage["version"]> } }) {
  const { plan, version } = page;
  const c = version.content;
  const approval = version.approvedAt ? `Godkendt ${formatDate(version.approvedAt)} af ${version.approvedByName ?? ""}` : VERSION_STATUS_LABELS[version.status];
  return (
    <Document title={`${plan.label}, version ${version.number}`} language="da" author="Samforløb">
      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{plan.label}</Text>
        <Text style={styles.muted}>{plan.legalReference} · Sag {page.caseNumber}</Text>
        <Text style={styles.muted}>Version {version.number} · {approval} · Udskrevet {formatDate(new Date())}</Text>
        <Text style={styles.h2}>Formål</Text>
        <Text>{version.purpose || "Ikke skrevet endnu."}</Text>
        {version.focusPoints.length > 0 && <><Text style={styles.h2}>Fokuspunkter</Text>{version.focusPoints.map((f) => <Text key={f} style={styles.item}>• {f}</Text>)}</>}
        <Text style={styles.h2}>Mål</Text>
        {c.goals.map((g) => <Text key={g.id} style={styles.item}>• {g.title} (senest {formatCivilDay(g.targetDate)}, {GOAL_STATUS_LABELS[g.status].toLowerCase()})</Text>)}
        {PLAN_TRACKS.map((track) => {
          const list = c.interventions.filter((i) => i.track === track);
          return (
            <View key={track}>
              <Text style={styles.h2}>Hvem gør hvad: {TRACK_LABELS[track].toLowerCase()}</Text>
              {list.length === 0 ? <Text>Ingen indsatser.</Text> : list.map((i) => (
                <Text key={i.id} style={styles.item}>
                  • {i.title}: {i.responsibleOrgName}{i.responsibleName ? ` (${i.responsibleName})` : ""}. Fra {formatCivilDay(i.startDate)}, {i.frequency.toLowerCase()}. Opfølgning {formatCivilDay(i.followUpDate)}.
                </Text>
              ))}
            </View>
          );
        })}
        <Text style={styles.h2}>Hvem kan I ringe til?</Text>
        {c.contacts.length === 0 ? <Text>Ingen kontaktpersoner.</Text> : c.contacts.map((k) => (
          <Text key={k.id} style={styles.item}>• {k.orgName}: {k.name}{k.phone ? `, tlf. ${k.phone}` : ""}{k.fallback ? `. Kan ikke træffes: ${k.fallback}` : ""}</Text>
        ))}
        {(version.afterBirthStay || version.afterBirthFeeding || version.afterBirthDischarge) && (
          <View>
            <Text style={styles.h2}>Efter fødslen</Text>
            {version.afterBirthStay && <Text style={styles.item}>Barselsgangen: {version.afterBirthStay}</Text>}
            {version.afterBirthFeeding && <Text style={styles.item}>Amning: {version.afterBirthFeeding}</Text>}
            {version.afterBirthDischarge && <Text style={styles.item}>Udskrivning: {version.afterBirthDischarge}</Text>}
          </View>
        )}
      </Page>
    </Document>
  );
}

export async function planPdf(page: PlanPage): Promise<Buffer> {
  if (!page.version) throw new Error("planPdf needs a readable version");
  return renderToBuffer(<PlanDocument page={{ ...page, version: page.version }} />);
}
