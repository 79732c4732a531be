// The deep tier (npm run test:deep) runs properties.test.ts again with its
// full property run counts: KHABAR_TEST_TIER=deep is set (test/helpers/tier.ts).
import './properties.test';
