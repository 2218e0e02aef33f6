import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupCountry, countryByIso3 } from './countries.js';

test('countries by name, demonym and alias', () => {
  assert.equal(lookupCountry('Kyrgyzstan')?.iso3, 'KGZ');
  assert.equal(lookupCountry('Kyrgyz')?.iso2, 'KG');
  assert.equal(lookupCountry('Ukrainian')?.iso3, 'UKR');
  assert.equal(lookupCountry('Britain')?.iso3, 'GBR');
  assert.equal(lookupCountry('Côte d’Ivoire')?.iso2, 'CI');
  assert.equal(lookupCountry('Israelis')?.iso3, 'ISR');
  assert.equal(countryByIso3('kgz')?.name, 'Kyrgyzstan');
  assert.equal(lookupCountry('Police'), null);
});
