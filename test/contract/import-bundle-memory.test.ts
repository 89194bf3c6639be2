import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { describeImportContract } from './import-bundle.contract';

describeImportContract('memory', () => MemoryGraphStore.open());
