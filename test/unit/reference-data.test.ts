/** The contract's facts about the regions agree with the reference data the CMS seeds. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COLLABORATIVE_AREA_COUNT, WELLBEING_SERVICES_COUNTY_COUNT } from '@kumppani/contract';
import { REGIONS } from '../../cms/server/src/reference-data/regions';

describe('collaborative areas', () => {
  it('are as many as the contract says (an organisation with all of them is shown as serving all of Finland)', () => {
    assert.equal(REGIONS.filter((region) => region.kind === 'collaborative_area').length, COLLABORATIVE_AREA_COUNT);
  });
});

describe('wellbeing services counties', () => {
  it('are as many as the contract says, with Helsinki the one city (together they too cover all of Finland)', () => {
    assert.equal(REGIONS.filter((region) => region.kind === 'wellbeing_services_county').length, WELLBEING_SERVICES_COUNTY_COUNT);
    assert.deepEqual(
      REGIONS.filter((region) => region.kind === 'city').map((region) => region.slug),
      ['helsinki'],
    );
  });
});
