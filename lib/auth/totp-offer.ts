import "server-only";
import QRCode from "qrcode";
import { newTotpSecret, otpauthUri, sealTotpSecret } from "./totp";

/** What an enrolment page shows: the QR code, the secret for typing in by hand, and the sealed secret the form sends back. */
export type TotpOffer = { sealed: string; qrDataUrl: string; secretGroups: string };

export async function totpOffer(user: { id: string; email: string }): Promise<TotpOffer> {
  const secret = newTotpSecret();
  return {
    sealed: sealTotpSecret(user.id, secret),
    qrDataUrl: await QRCode.toDataURL(otpauthUri(secret, user.email), { errorCorrectionLevel: "M", margin: 2, width: 200 }),
    secretGroups: secret.match(/.{1,4}/g)?.join(" ") ?? secret,
  };
}
