import "server-only";
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReceiptLetter } from "./receipt-letter";

// The kvittering as a PDF (issue 9 item 8), rendered in the route handler
// like the plan's (ADR 0027): no headless browser.

const styles = StyleSheet.create({
  page: { padding: 56, fontSize: 11, fontFamily: "Helvetica", lineHeight: 1.45 },
  sender: { textAlign: "right", marginBottom: 24 },
  recipient: { marginBottom: 24 },
  title: { fontSize: 15, fontFamily: "Helvetica-Bold", marginBottom: 12 },
  paragraph: { marginBottom: 8 },
  closing: { marginTop: 16 },
});

export function receiptPdf(letter: ReceiptLetter): Promise<Buffer> {
  return renderToBuffer(
    <Document title={letter.title} language="da" author={letter.sender[0]}>
      <Page size="A4" style={styles.page}>
        <View style={styles.sender}>{letter.sender.map((l) => <Text key={l}>{l}</Text>)}</View>
        <View style={styles.recipient}>{letter.recipient.map((l) => <Text key={l}>{l}</Text>)}</View>
        <Text style={styles.title}>{letter.title}</Text>
        {letter.paragraphs.map((p) => <Text key={p} style={styles.paragraph}>{p}</Text>)}
        <View style={styles.closing}>{letter.closing.map((l) => <Text key={l}>{l}</Text>)}</View>
      </Page>
    </Document>,
  );
}
