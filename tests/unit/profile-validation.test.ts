// The profile form's rules: a naam is required, both fields have a maximum length.
import { describe, expect, it } from 'vitest';
import { PROFILE_MAX_LENGTH, validateProfile } from '../../renderer/settings/profile-validation';

describe('validateProfile', () => {
  it('accepts a naam with or without fractie', () => {
    expect(validateProfile({ naam: 'Anna de Vries', fractie: 'CDA' })).toEqual({});
    expect(validateProfile({ naam: ' Bram Jansen ', fractie: '' })).toEqual({});
  });

  it('asks for a naam, in Dutch', () => {
    expect(validateProfile({ naam: '   ', fractie: 'VVD' })).toEqual({ naam: 'Vul je naam in.' });
  });

  it('refuses values longer than the maximum', () => {
    const long = 'x'.repeat(PROFILE_MAX_LENGTH + 1);
    expect(validateProfile({ naam: long, fractie: long })).toEqual({
      naam: 'Je naam mag hoogstens 80 tekens lang zijn.',
      fractie: 'De naam van je fractie mag hoogstens 80 tekens lang zijn.',
    });
    expect(validateProfile({ naam: 'x'.repeat(PROFILE_MAX_LENGTH), fractie: '' })).toEqual({});
  });
});
