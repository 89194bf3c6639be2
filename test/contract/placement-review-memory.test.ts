import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { describePlacementReviewContract } from './placement-review.contract';

describePlacementReviewContract('memory', () => MemoryGraphStore.open());
