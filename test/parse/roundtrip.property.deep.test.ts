// The deep tier (npm run test:deep) runs roundtrip.property.test.ts again with its
// full property run counts: KHABAR_TEST_TIER=deep is set (test/helpers/tier.ts).
import './roundtrip.property.test';
