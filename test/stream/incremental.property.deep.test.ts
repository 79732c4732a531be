// The deep tier (npm run test:deep) runs incremental.property.test.ts again at full size:
// KHABAR_TEST_TIER=deep is set, so the file picks its deep parameters.
import './incremental.property.test';
