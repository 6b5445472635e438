// Positions handed to the next graph view instead of a layout run (a presentation file knows them).
let preset: ReadonlyMap<string, { x: number; y: number }> | null = null;

export function setPresetPositions(positions: ReadonlyMap<string, { x: number; y: number }> | null): void {
  preset = positions;
}

/** The preset positions, once: a later graph (an import) is laid out as usual. */
export function takePresetPositions(): ReadonlyMap<string, { x: number; y: number }> | null {
  const taken = preset;
  preset = null;
  return taken && taken.size > 0 ? taken : null;
}
