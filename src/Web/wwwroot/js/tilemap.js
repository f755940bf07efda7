// Lays the 34 provinces out on a grid that keeps Vietnam's shape: each province's capital is scaled
// into a 7 × 13 grid and the provinces are then given distinct cells so that the total (squared)
// distance from where they should be is as small as possible. An optimal assignment, unlike placing
// one tile after another, never pushes a late tile far from home because earlier ones took its place,
// and it keeps neighbours in their real order (Hà Nội west of Hải Phòng, Cà Mau at the southern tip).

export const COLUMNS = 7;
export const ROWS = 13;

/** Vietnam's archipelagos, east of the mainland grid; shown on the map as every map of Vietnam shows them. */
const ARCHIPELAGOS = [
  { key: 'hoangSa', latitude: 16.5, longitude: 112.0 },
  { key: 'truongSa', latitude: 9.5, longitude: 114.0 },
];

/**
 * @param provinces [{code, latitude, longitude}]
 * @returns {{cells: Map<string, {row, column}>, archipelagos: [{key, row, column}], legend: {row, column, rows, columns}}}
 *   grid positions, from 1.
 */
export function layoutTiles(provinces) {
  const latitudes = provinces.map(p => p.latitude);
  const longitudes = provinces.map(p => p.longitude);
  const north = Math.max(...latitudes);
  const south = Math.min(...latitudes);
  const west = Math.min(...longitudes);
  const east = Math.max(...longitudes);
  const place = (latitude, longitude) => ({
    x: Math.min(1, (longitude - west) / (east - west)) * (COLUMNS - 1),
    y: (north - latitude) / (north - south) * (ROWS - 1),
  });

  const cost = provinces.map(p => {
    const { x, y } = place(p.latitude, p.longitude);
    const row = [];
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLUMNS; c++) {
        row.push((c - x) ** 2 + (r - y) ** 2);
      }
    }
    return row;
  });

  const assigned = assign(cost);
  const taken = new Set(assigned);
  const cells = new Map(provinces.map((p, i) => [p.code, cellOf(assigned[i])]));

  const archipelagos = ARCHIPELAGOS.map(island => {
    const { x, y } = place(island.latitude, island.longitude);
    let best = -1;
    for (let cell = 0; cell < ROWS * COLUMNS; cell++) {
      if (!taken.has(cell) && (best < 0 || distance(cell, x, y) < distance(best, x, y))) {
        best = cell;
      }
    }
    taken.add(best);
    return { key: island.key, ...cellOf(best) };
  });

  return { cells, archipelagos, legend: largestFreeArea(taken) };
}

/**
 * The largest empty rectangle of the grid at least three tiles wide (west of the central coast, where
 * Laos is): room for the legend beside the tiles rather than above them, where it would cost height.
 */
function largestFreeArea(taken, minColumns = 3) {
  let best = { row: 1, column: 1, rows: 0, columns: 0 };
  for (let top = 0; top < ROWS; top++) {
    for (let left = 0; left < COLUMNS; left++) {
      for (let bottom = top; bottom < ROWS; bottom++) {
        let right = left;
        while (right < COLUMNS && isFree(taken, top, bottom, right)) {
          right++;
        }
        const width = right - left;
        const height = bottom - top + 1;
        if (width === 0) {
          break;
        }
        if (width >= minColumns && width * height > best.rows * best.columns) {
          best = { row: top + 1, column: left + 1, rows: height, columns: width };
        }
      }
    }
  }
  return best;
}

function isFree(taken, top, bottom, column) {
  for (let row = top; row <= bottom; row++) {
    if (taken.has(row * COLUMNS + column)) {
      return false;
    }
  }
  return true;
}

const cellOf = cell => ({ row: Math.floor(cell / COLUMNS) + 1, column: (cell % COLUMNS) + 1 });
const distance = (cell, x, y) => ((cell % COLUMNS) - x) ** 2 + (Math.floor(cell / COLUMNS) - y) ** 2;

/**
 * The Hungarian algorithm (Kuhn–Munkres with potentials) for a rectangular cost matrix with no more
 * rows than columns: the column given to each row, minimising the total cost. O(rows² × columns).
 */
function assign(cost) {
  const n = cost.length;
  const m = cost[0].length;
  const u = new Array(n + 1).fill(0);
  const v = new Array(m + 1).fill(0);
  const owner = new Array(m + 1).fill(0); // owner[j]: the row (from 1) holding column j; column 0 is a sentinel.
  const way = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    const minimum = new Array(m + 1).fill(Infinity);
    const used = new Array(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = owner[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (!used[j]) {
          const reduced = cost[i0 - 1][j - 1] - u[i0] - v[j];
          if (reduced < minimum[j]) {
            minimum[j] = reduced;
            way[j] = j0;
          }
          if (minimum[j] < delta) {
            delta = minimum[j];
            j1 = j;
          }
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[owner[j]] += delta;
          v[j] -= delta;
        } else {
          minimum[j] -= delta;
        }
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    // Flip the augmenting path back to its start.
    do {
      const j1 = way[j0];
      owner[j0] = owner[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array(n);
  for (let j = 1; j <= m; j++) {
    if (owner[j] !== 0) {
      result[owner[j] - 1] = j - 1;
    }
  }
  return result;
}
