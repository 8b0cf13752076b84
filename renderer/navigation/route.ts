/**
 * The app's URLs, kept in the hash so they work from a file and the desktop scheme:
 * `#/` the library, `#/doc/<id>` a document, `#/doc/<id>/<sectionId>` a section in it,
 * `#/vergaderingen` the vergaderingen, `#/vergadering/<id>` one vergadering with its questions,
 * `#/reservekopie` the reservekopie (backup and restore), `#/prullenbak` the Prullenbak and
 * `#/fractie` sharing with the fractie (Delen, Importeren, the imported sets) and
 * `#/rekencontrole` the rekencontrole of every table of every document.
 */
import { useSyncExternalStore } from 'react';

/** Which screen the URL asks for. */
export type Route =
  | { screen: 'library' }
  | { screen: 'document'; documentId: string; sectionId?: string }
  | { screen: 'meetings' }
  | { screen: 'meeting'; meetingId: string }
  | { screen: 'backup' }
  | { screen: 'trash' }
  | { screen: 'fractie' }
  | { screen: 'rekencontrole' };

/** Reads a route from a location hash; anything unknown is the library. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(safeDecode);
  if (parts[0] === 'doc' && parts[1]) {
    return { screen: 'document', documentId: parts[1], sectionId: parts[2] || undefined };
  }
  if (parts[0] === 'vergaderingen') return { screen: 'meetings' };
  if (parts[0] === 'vergadering' && parts[1]) return { screen: 'meeting', meetingId: parts[1] };
  if (parts[0] === 'reservekopie') return { screen: 'backup' };
  if (parts[0] === 'prullenbak') return { screen: 'trash' };
  if (parts[0] === 'fractie') return { screen: 'fractie' };
  if (parts[0] === 'rekencontrole') return { screen: 'rekencontrole' };
  return { screen: 'library' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The hash of the library. */
export const libraryHref = '#/';

/** The hash of a document, or of a section in it. */
export function documentHref(documentId: string, sectionId?: string): string {
  const base = `#/doc/${encodeURIComponent(documentId)}`;
  return sectionId ? `${base}/${encodeURIComponent(sectionId)}` : base;
}

/** The hash of the vergaderingen. */
export const meetingsHref = '#/vergaderingen';

/** The hash of one vergadering with its questions. */
export function meetingHref(meetingId: string): string {
  return `#/vergadering/${encodeURIComponent(meetingId)}`;
}

/** The hash of the reservekopie screen (make one, restore one). */
export const backupHref = '#/reservekopie';

/** The hash of the Prullenbak. */
export const trashHref = '#/prullenbak';

/** The hash of Delen met de fractie (export, import, the imported sets). */
export function fractieHref(): string {
  return '#/fractie';
}

/** The hash of the Rekencontrole overview (the findings in the tables of all documents). */
export const rekencontroleHref = '#/rekencontrole';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current location hash, re-rendering on every change. */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
