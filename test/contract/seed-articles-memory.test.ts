import { MemoryGraphStore } from '../../src/store/memory/memory-graph-store';
import { describeSeedArticles } from './seed-articles.contract';

describeSeedArticles('memory', () => MemoryGraphStore.open());
