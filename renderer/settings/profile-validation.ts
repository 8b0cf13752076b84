/** The rules of the raadslid's profile (naam and fractie), with the messages the form shows. */
import type { Author } from '../model/author';

/** The longest naam and fractie accepted, in characters. */
export const PROFILE_MAX_LENGTH = 80;

/** A message per field that is not valid; an empty object when the profile is fine. */
export type ProfileErrors = Partial<Record<keyof Author, string>>;

/** Checks a profile as typed (white space around the values does not count). */
export function validateProfile(profile: Author): ProfileErrors {
  const errors: ProfileErrors = {};
  const naam = profile.naam.trim();
  const fractie = profile.fractie.trim();
  if (naam === '') errors.naam = 'Vul je naam in.';
  else if (naam.length > PROFILE_MAX_LENGTH) errors.naam = `Je naam mag hoogstens ${PROFILE_MAX_LENGTH} tekens lang zijn.`;
  if (fractie.length > PROFILE_MAX_LENGTH) {
    errors.fractie = `De naam van je fractie mag hoogstens ${PROFILE_MAX_LENGTH} tekens lang zijn.`;
  }
  return errors;
}
