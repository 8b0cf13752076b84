// The profile's rules: a naam is required, both fields have a maximum length. The form
// (ProfileForm) shows them per field; setProfile refuses what breaks them.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/db/database';
import { PROFILE_MAX_LENGTH, validateProfile } from '../../../renderer/settings/profile-validation';
import { getSettings, setProfile } from '../../../renderer/settings/settings-store';

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

describe('setProfile', () => {
  it('stores the trimmed profile and refuses one that breaks the rules, storing nothing', async () => {
    const database = createDatabase(`profile-${Math.random()}`);
    await expect(setProfile({ naam: 'Anna', fractie: 'x'.repeat(PROFILE_MAX_LENGTH + 1) }, database)).rejects.toThrow(
      'De naam van je fractie mag hoogstens 80 tekens lang zijn.',
    );
    expect((await getSettings(database)).profile).toBeNull();
    await setProfile({ naam: ' Anna de Vries ', fractie: ' CDA ' }, database);
    expect((await getSettings(database)).profile).toEqual({ naam: 'Anna de Vries', fractie: 'CDA' });
    database.close();
  });
});
