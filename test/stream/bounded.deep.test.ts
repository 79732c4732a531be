// The deep tier (npm run test:deep) runs bounded.test.ts again at full size:
// KHABAR_TEST_TIER=deep is set, so the file picks its deep parameters.
import './bounded.test';
