/**
 * "Who we lose if someone steps away": for every record, the records whose only link to the rest of their part of
 * the coalition runs through it.
 *
 * Removing a record v from its connected part C splits C − v into pieces. The largest piece is "the rest of the
 * coalition"; everyone in the other pieces is cut off by v. This is exactly what Tarjan's articulation-point search
 * gives in one pass (O(records + links)): a DFS child c of v whose subtree has no link above v (low[c] >= disc[v])
 * is one piece (the subtree, a contiguous run of the preorder), and what is left of C besides v and those subtrees is
 * the piece holding v's DFS parent.
 *
 * Written here rather than taken from a library: graphology (which the project uses for maps and clusters) has no
 * articulation points, and building a graphology graph alone took 6-17 s per million ties here (see docs/leaders.md),
 * while this runs on the CSR arrays the reach index already keeps.
 */

/** Undirected adjacency: the neighbours of node i are targets[offsets[i] .. offsets[i+1]). Each link is listed from both ends. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

export interface StepsAway {
  /** How many records each record's removal cuts off from the rest of its part of the coalition. */
  readonly cutOff: Int32Array;
  /** Connected part of each record (0..parts-1) and the size of each part. */
  readonly part: Int32Array;
  readonly partSize: Int32Array;
  /** Internal to {@link whoIsCutOff}: DFS numbering, subtree sizes, preorder, and the low-link. */
  readonly disc: Int32Array;
  readonly low: Int32Array;
  readonly subtree: Int32Array;
  readonly preorder: Int32Array;
  readonly parent: Int32Array;
}

/** One pass over the whole graph (iterative, so a chain of a million records does not overflow the stack). */
export function stepsAway(graph: Adjacency): StepsAway {
  const n = graph.offsets.length - 1;
  const { offsets, targets } = graph;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const subtree = new Int32Array(n);
  const preorder = new Int32Array(n);
  const part = new Int32Array(n);
  const partSizes: number[] = [];
  // Per record: the summed and the largest size of the pieces its removal separates below it in the DFS tree.
  const separated = new Int32Array(n);
  const largestSeparated = new Int32Array(n);
  // Explicit stack: the record and where it is in its neighbour list; and whether the link back to its parent
  // has been passed over once (a second link to the parent, e.g. a tie and an affiliation, is a real cycle).
  const stack = new Int32Array(n);
  const cursor = new Int32Array(n);
  const parentSkipped = new Uint8Array(n);
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const partId = partSizes.length;
    const start = time;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time;
    preorder[time++] = root;
    cursor[root] = offsets[root];
    part[root] = partId;
    while (top >= 0) {
      const v = stack[top];
      const end = offsets[v + 1];
      let i = cursor[v];
      let descended = false;
      for (; i < end; i++) {
        const w = targets[i];
        if (w === v) continue;
        if (w === parent[v] && !parentSkipped[v]) {
          parentSkipped[v] = 1;
          continue;
        }
        if (disc[w] === -1) {
          cursor[v] = i + 1;
          parent[w] = v;
          disc[w] = low[w] = time;
          preorder[time++] = w;
          cursor[w] = offsets[w];
          part[w] = partId;
          stack[++top] = w;
          descended = true;
          break;
        }
        if (disc[w] < low[v]) low[v] = disc[w];
      }
      if (descended) continue;
      cursor[v] = end;
      // v is finished: its subtree is the run of the preorder from disc[v] to the current time.
      subtree[v] = time - disc[v];
      top--;
      const p = parent[v];
      if (p !== -1) {
        if (low[v] < low[p]) low[p] = low[v];
        if (low[v] >= disc[p]) {
          separated[p] += subtree[v];
          if (subtree[v] > largestSeparated[p]) largestSeparated[p] = subtree[v];
        }
      }
    }
    partSizes.push(time - start);
  }

  const partSize = Int32Array.from(partSizes);
  const cutOff = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const others = partSize[part[v]] - 1;
    const aboveV = others - separated[v];
    cutOff[v] = others - Math.max(aboveV, largestSeparated[v]);
  }
  return { cutOff, part, partSize, disc, low, subtree, preorder, parent };
}

/**
 * The records cut off if `v` steps away (the pieces of its part other than the largest; of two largest pieces of
 * equal size, the one holding v's DFS parent, else the first in DFS order, stays "the rest").
 */
export function whoIsCutOff(graph: Adjacency, result: StepsAway, v: number): number[] {
  if (result.cutOff[v] === 0) return [];
  const { disc, low, subtree, preorder, parent, part, partSize } = result;
  // The pieces below v: children in the DFS tree whose subtree has no link above v.
  const pieces: Array<[from: number, size: number]> = [];
  for (let i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
    const c = graph.targets[i];
    if (parent[c] === v && disc[c] > disc[v] && low[c] >= disc[v] && !pieces.some(([from]) => from === disc[c])) {
      pieces.push([disc[c], subtree[c]]);
    }
  }
  const others = partSize[part[v]] - 1;
  const aboveV = others - pieces.reduce((s, [, size]) => s + size, 0);
  const largestBelow = pieces.reduce((m, [, size]) => Math.max(m, size), 0);
  const out: number[] = [];
  const kept = aboveV >= largestBelow ? -1 : pieces.findIndex(([, size]) => size === largestBelow);
  pieces.forEach(([from, size], k) => {
    if (k === kept) return;
    for (let j = from; j < from + size; j++) out.push(preorder[j]);
  });
  if (kept !== -1 && aboveV > 0) {
    // The piece above v is cut off: the rest of v's part, without v and the pieces below it.
    const below = new Set<number>();
    for (const [from, size] of pieces) for (let j = from; j < from + size; j++) below.add(preorder[j]);
    for (let j = 0; j < preorder.length; j++) {
      const u = preorder[j];
      if (u !== v && part[u] === part[v] && !below.has(u)) out.push(u);
    }
  }
  return out;
}

/** Builds the adjacency from a list of links between numbered records (each link given once). */
export function adjacencyOf(n: number, from: ArrayLike<number>, to: ArrayLike<number>): Adjacency {
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < from.length; i++) {
    degree[from[i] + 1]++;
    degree[to[i] + 1]++;
  }
  for (let i = 0; i < n; i++) degree[i + 1] += degree[i];
  const offsets = degree;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]);
  for (let i = 0; i < from.length; i++) {
    targets[fill[from[i]]++] = to[i];
    targets[fill[to[i]]++] = from[i];
  }
  return { offsets, targets };
}
