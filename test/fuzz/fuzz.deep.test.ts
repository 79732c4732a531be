// The deep tier (npm run test:deep) runs fuzz.test.ts again with 1,000 runs
// per cheap property: KHABAR_TEST_TIER=deep is set (test/helpers/tier.ts).
import './fuzz.test';
