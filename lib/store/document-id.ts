/**
 * Document ids are 128 random bits in base64url (22 characters): a permalink is the only way to
 * find a document, so it must not be guessable or enumerable.
 */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{22}$/;

export function newDocumentId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function isDocumentId(value: string): boolean {
  return DOCUMENT_ID.test(value);
}
