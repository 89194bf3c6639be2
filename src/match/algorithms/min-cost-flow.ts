/**
 * Minimum-cost maximum flow by the primal-dual method: Dijkstra with Johnson potentials finds
 * the shortest residual distances, then blocking flows are pushed along every admissible
 * (zero-reduced-cost) path before the next Dijkstra (Ahuja, Magnanti & Orlin, "Network Flows",
 * 1993, §9.8). Integer capacities and non-negative integer costs; typed arrays inside.
 *
 * @example
 * const f = new MinCostFlow(4);
 * f.addEdge(0, 1, 2, 1); f.addEdge(1, 3, 2, 1); f.addEdge(0, 2, 1, 5); f.addEdge(2, 3, 1, 0);
 * f.solve(0, 3) // { flow: 3, cost: 9 }
 */
export const MIN_COST_FLOW_DEFAULTS = { initialEdges: 1024 } as const;

export class MinCostFlow {
  private head: Int32Array;
  private next: Int32Array;
  private to: Int32Array;
  private cap: Float64Array;
  private cost: Float64Array;
  private edgeCount = 0;

  constructor(
    readonly nodeCount: number,
    expectedEdges: number = MIN_COST_FLOW_DEFAULTS.initialEdges,
  ) {
    if (!Number.isInteger(nodeCount) || nodeCount < 2)
      throw new Error('min-cost-flow: nodeCount must be a whole number ≥ 2');
    this.head = new Int32Array(nodeCount).fill(-1);
    const size = Math.max(2, expectedEdges * 2);
    this.next = new Int32Array(size);
    this.to = new Int32Array(size);
    this.cap = new Float64Array(size);
    this.cost = new Float64Array(size);
  }

  /** Adds an arc and its residual twin; returns the arc's index for flowOn. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!(from >= 0 && from < this.nodeCount && to >= 0 && to < this.nodeCount))
      throw new Error(`min-cost-flow: edge ${from}→${to} names a node outside 0..${this.nodeCount - 1}`);
    if (!Number.isInteger(capacity) || capacity < 0)
      throw new Error('min-cost-flow: capacity must be a whole number ≥ 0');
    if (!Number.isInteger(cost) || cost < 0) throw new Error('min-cost-flow: cost must be a whole number ≥ 0');
    if (this.edgeCount + 2 > this.to.length) this.grow();
    const index = this.edgeCount;
    this.link(from, to, capacity, cost);
    this.link(to, from, 0, -cost);
    return index;
  }

  /** Flow on an arc after solve. */
  flowOn(edge: number): number {
    return this.cap[edge ^ 1] as number;
  }

  /**
   * Pushes flow from source to sink along cheapest paths. Stops at maxFlow, or when the cheapest
   * remaining path would cost more than maxPathCost: with arc costs C − weight this gives a
   * maximum-weight flow rather than a maximum flow (no path with a negative marginal gain is taken).
   */
  solve(
    source: number,
    sink: number,
    maxFlow = Number.POSITIVE_INFINITY,
    maxPathCost = Number.POSITIVE_INFINITY,
  ): { flow: number; cost: number } {
    if (source === sink) throw new Error('min-cost-flow: source and sink must differ');
    const n = this.nodeCount;
    const potential = new Float64Array(n);
    const distance = new Float64Array(n);
    const iter = new Int32Array(n);
    const onPath = new Uint8Array(n);
    let flow = 0;
    let cost = 0;
    while (flow < maxFlow) {
      if (!this.dijkstra(source, sink, potential, distance)) break;
      for (let v = 0; v < n; v++) if (distance[v]! < Number.POSITIVE_INFINITY) potential[v]! += distance[v]!;
      if (potential[sink]! - potential[source]! > maxPathCost) break;
      // push blocking flow along admissible arcs (reduced cost 0) until none is left
      for (;;) {
        iter.set(this.head);
        let pushed = 0;
        for (;;) {
          onPath.fill(0);
          const f = this.augment(source, sink, maxFlow - flow, potential, iter, onPath);
          if (f === 0) break;
          pushed += f;
          flow += f;
          if (flow >= maxFlow) break;
        }
        if (pushed === 0 || flow >= maxFlow) break;
      }
    }
    for (let e = 0; e < this.edgeCount; e += 2) cost += this.flowOn(e) * (this.cost[e] as number);
    return { flow, cost };
  }

  private augment(
    v: number,
    sink: number,
    limit: number,
    potential: Float64Array,
    iter: Int32Array,
    onPath: Uint8Array,
  ): number {
    if (v === sink) return limit;
    onPath[v] = 1;
    for (let e = iter[v]!; e !== -1; e = this.next[e]!, iter[v] = e) {
      const w = this.to[e]!;
      if (this.cap[e]! <= 0 || onPath[w] || this.cost[e]! + potential[v]! - potential[w]! !== 0) continue;
      const pushed = this.augment(w, sink, Math.min(limit, this.cap[e]!), potential, iter, onPath);
      if (pushed > 0) {
        this.cap[e]! -= pushed;
        this.cap[e ^ 1]! += pushed;
        onPath[v] = 0;
        return pushed;
      }
    }
    onPath[v] = 0;
    return 0;
  }

  /** Shortest reduced distances from the source; false when the sink is unreachable. */
  private dijkstra(source: number, sink: number, potential: Float64Array, distance: Float64Array): boolean {
    distance.fill(Number.POSITIVE_INFINITY);
    distance[source] = 0;
    const heap = new MinHeap();
    heap.push(0, source);
    while (heap.size > 0) {
      const [d, v] = heap.pop();
      if (d > distance[v]!) continue;
      for (let e = this.head[v]!; e !== -1; e = this.next[e]!) {
        if (this.cap[e]! <= 0) continue;
        const w = this.to[e]!;
        const nd = d + this.cost[e]! + potential[v]! - potential[w]!;
        if (nd < distance[w]!) {
          distance[w] = nd;
          heap.push(nd, w);
        }
      }
    }
    return distance[sink]! < Number.POSITIVE_INFINITY;
  }

  private link(from: number, to: number, capacity: number, cost: number): void {
    const e = this.edgeCount++;
    this.to[e] = to;
    this.cap[e] = capacity;
    this.cost[e] = cost;
    this.next[e] = this.head[from]!;
    this.head[from] = e;
  }

  private grow(): void {
    const size = this.to.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.next = copy(this.next, (n) => new Int32Array(n));
    this.to = copy(this.to, (n) => new Int32Array(n));
    this.cap = copy(this.cap, (n) => new Float64Array(n));
    this.cost = copy(this.cost, (n) => new Float64Array(n));
  }
}

/** A binary min-heap of (priority, value) pairs. */
class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    const k = this.keys;
    const v = this.values;
    let i = k.length;
    k.push(key);
    v.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (k[parent]! <= key) break;
      k[i] = k[parent]!;
      v[i] = v[parent]!;
      i = parent;
    }
    k[i] = key;
    v[i] = value;
  }

  pop(): [number, number] {
    const k = this.keys;
    const v = this.values;
    const top: [number, number] = [k[0]!, v[0]!];
    const lastKey = k.pop()!;
    const lastValue = v.pop()!;
    if (k.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= k.length) break;
        const child = left + 1 < k.length && k[left + 1]! < k[left]! ? left + 1 : left;
        if (k[child]! >= lastKey) break;
        k[i] = k[child]!;
        v[i] = v[child]!;
        i = child;
      }
      k[i] = lastKey;
      v[i] = lastValue;
    }
    return top;
  }
}
