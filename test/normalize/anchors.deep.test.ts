// The deep tier (npm run test:deep) runs anchors.test.ts again with its
// full property run counts: KHABAR_TEST_TIER=deep is set (test/helpers/tier.ts).
import './anchors.test';
