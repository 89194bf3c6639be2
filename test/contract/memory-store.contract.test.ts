import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { describeGraphStoreContract } from './graph-store.contract';

describeGraphStoreContract('memory (graphology)', () => MemoryGraphStore.open());
